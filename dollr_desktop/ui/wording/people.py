"""Words for people, PINs, rights and the audit log's actions."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication


WORDS: dict[str, Callable[..., str]] = {
    "pin_format": lambda min=4, max=8, **_: QCoreApplication.translate(
        "People", "A PIN is {min} to {max} digits.").format(min=min, max=max),
    "pin_mismatch": lambda **_: QCoreApplication.translate("People", "The two PINs are not the same."),
    "pin_wrong": lambda seconds=0, **_: (QCoreApplication.translate(
        "People", "Wrong PIN. Try again in {seconds} s.").format(seconds=seconds) if seconds
        else QCoreApplication.translate("People", "Wrong PIN. Try again.")),
    "pin_wait": lambda seconds=1, **_: QCoreApplication.translate(
        "People", "Too many wrong PINs. Try again in {seconds} s.").format(seconds=seconds),
    "person_name_missing": lambda **_: QCoreApplication.translate("People", "Type the person's name."),
    "person_name_taken": lambda name="", **_: QCoreApplication.translate(
        "People", "{name} is already on this computer.").format(name=name),
    "owner_exists": lambda **_: QCoreApplication.translate("People", "This computer already has an owner."),
    "owner_cannot_be_removed": lambda **_: QCoreApplication.translate("People", "The owner cannot be removed."),
    "not_allowed": lambda **_: QCoreApplication.translate("People", "Only the owner can do this."),
}


def role_words(role: str) -> str:
    if role == "owner":
        return QCoreApplication.translate("People", "Owner")
    return QCoreApplication.translate("People", "Staff")


def action_words(action: str) -> str:
    """What an audit entry's action code means, in words (an unknown code shows as it is)."""
    words = {
        "signed_in": QCoreApplication.translate("Audit", "Signed in"),
        "user_switched": QCoreApplication.translate("Audit", "User switched"),
        "locked": QCoreApplication.translate("Audit", "Locked"),
        "unlocked": QCoreApplication.translate("Audit", "Unlocked"),
        "pin_refused": QCoreApplication.translate("Audit", "Wrong PIN"),
        "person_added": QCoreApplication.translate("Audit", "Person added"),
        "person_removed": QCoreApplication.translate("Audit", "Person removed"),
        "pin_changed": QCoreApplication.translate("Audit", "PIN changed"),
        "payout_prepared": QCoreApplication.translate("Audit", "Payout prepared"),
        "payout_approved": QCoreApplication.translate("Audit", "Payout approved"),
        "payout_refused": QCoreApplication.translate("Audit", "Payout refused"),
        "settings_changed": QCoreApplication.translate("Audit", "Settings changed"),
        "keys_changed": QCoreApplication.translate("Audit", "Keys changed"),
        "run_started": QCoreApplication.translate("Audit", "Payout run started"),
        "run_paused": QCoreApplication.translate("Audit", "Payout run paused"),
        "run_resumed": QCoreApplication.translate("Audit", "Payout run resumed"),
        "run_cancelled": QCoreApplication.translate("Audit", "Payout run cancelled"),
        "run_finished": QCoreApplication.translate("Audit", "Payout run finished"),
        "refund": QCoreApplication.translate("Audit", "Refund"),
        "cashup_closed": QCoreApplication.translate("Audit", "Cash-up closed"),
        "export": QCoreApplication.translate("Audit", "Export"),
        "audit_exported": QCoreApplication.translate("Audit", "Audit log exported"),
    }
    return words.get(action, action.replace("_", " "))


def details_text(details: dict[str, Any]) -> str:
    """Plain `key: value` pairs, amounts exactly as recorded."""
    return " · ".join(f"{key}: {value}" for key, value in details.items() if value not in (None, ""))
