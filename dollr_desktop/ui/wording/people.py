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
        "export.opened": QCoreApplication.translate("Audit", "Export opened"),
        "cashup.closed": QCoreApplication.translate("Audit", "Cash-up closed"),
        "cashup.reopened": QCoreApplication.translate("Audit", "Cash-up reopened"),
        "payout_run.approved": QCoreApplication.translate("Audit", "Payout run approved"),
        "payout_run.cancelled": QCoreApplication.translate("Audit", "Payout run cancelled"),
        "payout_run.created": QCoreApplication.translate("Audit", "Payout run created"),
        "payout_run.finished": QCoreApplication.translate("Audit", "Payout run finished"),
        "payout_run.interrupted": QCoreApplication.translate("Audit", "Payout run interrupted"),
        "payout_run.paused": QCoreApplication.translate("Audit", "Payout run paused"),
        "payout_run.results_kept": QCoreApplication.translate("Audit", "Payout run results kept"),
    }
    return words.get(action, action.replace("_", " "))


def detail_key_words(key: str) -> str:
    words = {
        "amount": QCoreApplication.translate("Audit", "amount"),
        "currency": QCoreApplication.translate("Audit", "currency"),
        "recipient": QCoreApplication.translate("Audit", "recipient"),
        "phone": QCoreApplication.translate("Audit", "phone"),
        "note": QCoreApplication.translate("Audit", "note"),
        "reference_id": QCoreApplication.translate("Audit", "reference"),
        "prepared_by": QCoreApplication.translate("Audit", "prepared by"),
        "prepared_id": QCoreApplication.translate("Audit", "prepared no."),
        "debited": QCoreApplication.translate("Audit", "debited"),
        "person": QCoreApplication.translate("Audit", "person"),
        "role": QCoreApplication.translate("Audit", "role"),
        "from": QCoreApplication.translate("Audit", "from"),
        "to": QCoreApplication.translate("Audit", "to"),
        "reason": QCoreApplication.translate("Audit", "why"),
        "tries": QCoreApplication.translate("Audit", "wrong tries"),
        "environment": QCoreApplication.translate("Audit", "mode"),
        "lock_after_minutes": QCoreApplication.translate("Audit", "lock after (min)"),
        "entries": QCoreApplication.translate("Audit", "entries"),
        "file": QCoreApplication.translate("Audit", "file"),
        "what": QCoreApplication.translate("Audit", "what"),
    }
    return words.get(key, key.replace("_", " "))


def detail_value_words(key: str, value: Any) -> str:
    if key == "role":
        return role_words(str(value))
    if key == "reason":
        return {"idle": QCoreApplication.translate("Audit", "left alone"),
                "manual": QCoreApplication.translate("Audit", "by hand")}.get(str(value), str(value))
    return str(value)


def details_text(details: dict[str, Any]) -> str:
    """`what: value` pairs in words, amounts exactly as recorded."""
    return " · ".join(QCoreApplication.translate("Audit", "{what}: {value}").format(
        what=detail_key_words(key), value=detail_value_words(key, value))
        for key, value in details.items() if value not in (None, ""))
