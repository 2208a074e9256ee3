"""Words for the payout codes (services/payout_problems.py, payouts_flow.py, the journal's
`failure_code` of a payout)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dollr_desktop.ui.wording.catalogue import method_words


def _wrong_passcode(tries: int = 0, paused: bool = False, **_: object) -> str:
    if paused:
        return QCoreApplication.translate("PayoutWording", "That passcode is not right ({tries} wrong tries). Nothing was paid. To protect your "
                   "wallet, wait before trying again.").format(tries=tries)
    return QCoreApplication.translate("PayoutWording", "That passcode is not right. Nothing was paid. Type it again.")


WORDS = {
    "payout.currency_not_offered": lambda method="", currencies=(), currency="", **_: QCoreApplication.translate("PayoutWording", 
        "{operator} pays out in {currencies}, not {currency}. Choose {choices}.").format(
        operator=method_words(method), currencies=", ".join(currencies), currency=currency,
        choices=QCoreApplication.translate("PayoutWording", " or ").join(currencies)),
    "payout.phone_missing": lambda **_: QCoreApplication.translate("PayoutWording", "Type the recipient's mobile-money number."),
    "payout.recipient_saved_offline": lambda name="", **_: QCoreApplication.translate("PayoutWording", 
        "{name} was saved on this computer and will be sent to Dollr when the connection returns. "
        "A payout needs a connection: try again once you are online.").format(name=name),
    "payout.recipient_not_synced": lambda name="", **_: QCoreApplication.translate("PayoutWording", 
        "{name} is not on Dollr yet; sync, then try again.").format(name=name),
    "payout.invalid_number": lambda phone="", **_: QCoreApplication.translate("PayoutWording", 
        "Dollr cannot pay out to {phone}. Check the number with the recipient (it must be a "
        "mobile-money number on the operator shown).").format(phone=f"+{phone}"),
    "payout.pending": lambda name="", reference_id="", **_: QCoreApplication.translate("PayoutWording", 
        "A payout to {name} on this number is still in progress (reference {reference}). Wait until it "
        "completes or fails before paying again.").format(name=name, reference=reference_id),
    "payout.paused": lambda **_: QCoreApplication.translate("PayoutWording", "Too many wrong passcodes."),
    "payout.wrong_passcode": _wrong_passcode,
    "payout.passcode_owner_user_id": lambda **_: QCoreApplication.translate("PayoutWording", 
        "Dollr has no passcode for this user id. Check it in the Dollr app, or approve with your passcode "
        "phone instead. Nothing was paid."),
    "payout.passcode_owner_phone": lambda **_: QCoreApplication.translate("PayoutWording", 
        "Dollr has no passcode for this phone. Check the payout passcode phone in Settings (it is the phone "
        "you set the passcode up with in the Dollr app). Nothing was paid."),
    "payout.expired": lambda **_: QCoreApplication.translate("PayoutWording", 
        "The payout session expired before approval. Nothing was paid. Confirm the payout again to start "
        "a new session."),
    "payout.refused": lambda fields="", **_: QCoreApplication.translate("PayoutWording", 
        "Dollr did not accept {what} for this payout. Nothing was paid.").format(what=refused_what(fields)),
    "payout.locked": lambda **_: QCoreApplication.translate("PayoutWording", 
        "Dollr has paused payouts after too many wrong passcodes. Nothing was paid. Wait, then try again; "
        "if you forgot the passcode, reset it in the Dollr app."),
    "payout.not_verified": lambda **_: QCoreApplication.translate("PayoutWording", 
        "Your Dollr account is not verified for payouts yet, so nothing was paid. Finish the business "
        "verification in the Dollr merchant portal (it usually takes a working day), then try again."),
}

# Why a refused payout was refused, in a few words (the history's Status column).
REFUSAL_REASONS = {
    "api.validation": lambda: QCoreApplication.translate("PayoutWording", "Dollr did not accept the details"),
    "api.forbidden": lambda: QCoreApplication.translate("PayoutWording", "the account may not do this yet"),
    "api.not_found": lambda: QCoreApplication.translate("PayoutWording", "Dollr no longer has this recipient or session"),
    "api.authentication": lambda: QCoreApplication.translate("PayoutWording", "Dollr did not accept the app's keys"),
    "payout.refused": lambda: QCoreApplication.translate("PayoutWording", "Dollr did not accept the details"),
    "payout.wrong_passcode": lambda: QCoreApplication.translate("PayoutWording", "wrong passcode"),
    "payout.expired": lambda: QCoreApplication.translate("PayoutWording", "the session expired before approval"),
    "payout.not_verified": lambda: QCoreApplication.translate("PayoutWording", "account not verified for payouts"),
    "payout.locked": lambda: QCoreApplication.translate("PayoutWording", "payouts locked after wrong passcodes"),
    "payout.passcode_owner_user_id": lambda: QCoreApplication.translate("PayoutWording", "no passcode for this phone or user id"),
    "payout.passcode_owner_phone": lambda: QCoreApplication.translate("PayoutWording", "no passcode for this phone or user id"),
    "payout.invalid_number": lambda: QCoreApplication.translate("PayoutWording", "Dollr cannot pay this number"),
}


def refused_what(fields: str) -> str:
    """The inputs Dollr refused (field codes, comma-separated) as the merchant names them."""
    names = {
        "amount": QCoreApplication.translate("PayoutWording", "the amount"),
        "currency": QCoreApplication.translate("PayoutWording", "the currency"),
        "session_id": QCoreApplication.translate("PayoutWording", "the payout session"),
        "passcode": QCoreApplication.translate("PayoutWording", "the passcode"),
    }
    number = QCoreApplication.translate("PayoutWording", "the recipient's number")
    for field in ("phone", "party_phone", "account_number", "insensitive_account_number", "payout_account_id",
                  "msisdn"):
        names[field] = number
    codes = [f for f in fields.split(",") if f]
    said = list(dict.fromkeys(names[f] for f in codes if f in names))
    if not said or any(f not in names for f in codes):
        said.append(QCoreApplication.translate("PayoutWording", "some details"))
    return QCoreApplication.translate("PayoutWording", " and ").join(said)
