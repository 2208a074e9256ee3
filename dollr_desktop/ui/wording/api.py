"""Words for what can go wrong talking to Dollr (the codes of `api.errors`)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


WORDS = {
    "api.error": lambda **_: QCoreApplication.translate("ApiErrors", "Something went wrong while talking to Dollr. Please try again."),
    "api.connection": lambda **_: QCoreApplication.translate("ApiErrors", "Can't reach Dollr. Check the internet connection, then try again."),
    "api.timeout": lambda **_: QCoreApplication.translate("ApiErrors", 
        "Dollr is taking too long to answer. Check the internet connection, then try again."),
    "api.authentication": lambda **_: QCoreApplication.translate("ApiErrors", 
        "Dollr did not accept this app's API keys. Check the client ID and secret in Settings, then sign in "
        "again."),
    "api.forbidden": lambda **_: QCoreApplication.translate("ApiErrors", 
        "Your Dollr account is not allowed to do this yet. Payouts, payment links and refunds need a verified "
        "merchant account: contact Dollr support to finish verification."),
    "api.not_found": lambda **_: QCoreApplication.translate("ApiErrors", 
        "Dollr could not find this record. It may have been removed; refresh the list and try again."),
    "api.validation": lambda **_: QCoreApplication.translate("ApiErrors", "Dollr could not accept these details. Please correct them and try again."),
    "api.rate_limited": lambda **_: QCoreApplication.translate("ApiErrors", 
        "Dollr is receiving too many requests from this account right now. Wait a minute, then try again."),
    "api.server": lambda **_: QCoreApplication.translate("ApiErrors", 
        "Dollr is having trouble right now. Your data is safe; please try again in a few minutes."),
    "api.server_maybe_saved": lambda **_: QCoreApplication.translate("ApiErrors", 
        "Dollr had a problem while saving this, so it may or may not have been saved. Refresh to check before "
        "trying again."),
    "api.outcome_unknown": lambda **_: QCoreApplication.translate("ApiErrors", 
        "The connection dropped while sending this payment, so it is not yet known whether it went through. "
        "Do not pay again: the app will check its status."),
}


def keyring_problem_words(problem: str | None) -> str:
    """The credential store's problem (it only ever has one: no usable keyring), said with what to do."""
    if not problem:
        return ""
    return QCoreApplication.translate(
        "ApiErrors", "This computer has no password store (keyring) that Dollr Desktop can use, so your client "
        "secret is kept for this session only and you will be asked for it again next time. To keep it, set up "
        "or unlock the system's password store (Windows Credential Manager, macOS Keychain, GNOME Keyring or "
        "KWallet), then restart Dollr Desktop.")
