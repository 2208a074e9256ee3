"""Payout states and amounts in words, shared by the history, the form and the approval dialog."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dollr_desktop.services.problems import Problem
from dollr_desktop.ui.formatting import phone_label
from dollr_desktop.ui.money import format_money
from dollr_desktop.ui.wording import words_for
from dollr_desktop.ui.wording.payouts import REFUSAL_REASONS

STATE_WORDS = {
    "SUBMITTING": QT_TRANSLATE_NOOP("PayoutWords", "Sending to Dollr…"),
    "PENDING": QT_TRANSLATE_NOOP("PayoutWords", "Pending: Dollr has it"),
    "PROCESSING": QT_TRANSLATE_NOOP("PayoutWords", "Processing: the operator is delivering it"),
    "UNKNOWN": QT_TRANSLATE_NOOP("PayoutWords", "Checking with Dollr (connection dropped)"),
    "COMPLETED": QT_TRANSLATE_NOOP("PayoutWords", "Completed"),
    "FAILED": QT_TRANSLATE_NOOP("PayoutWords", "Failed"),
    "NOT_FOUND": QT_TRANSLATE_NOOP("PayoutWords", "Not sent: no money moved"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PayoutWords", text)


def state_words(state: str, message: str | None = None, server_status: str | None = None, *,
                failure_code: str | None = None, late: bool = False) -> str:
    """A payout's state in words; `failure_code` says whose side a failure was on."""
    words = _state_words(state, message, server_status, failure_code)
    if late:   # money moved after the app took the attempt as never received: never quietly
        words = "⚠ " + words + ". " + words_for(Problem("payment.late"))
    return words


def entry_words(entry: Any) -> str:
    return state_words(entry.state.value, entry.server_message, entry.server_status,
                       failure_code=getattr(entry, "failure_code", None), late=bool(getattr(entry, "late_at", None)))


def _state_words(state: str, message: str | None, server_status: str | None, failure_code: str | None) -> str:
    """Our words only: Dollr's own text (`message`) goes to `dollr_said`, for tooltips and Details."""
    if server_status == "REFUSED":   # Dollr answered the execute with a refusal: nothing happened
        reason = REFUSAL_REASONS.get(failure_code or "") or REFUSAL_REASONS["api.validation"]
        return QCoreApplication.translate("PayoutWords", "Refused, nothing paid") + f": {reason()}"
    words = _tr(STATE_WORDS[state]) if state in STATE_WORDS else state.title()
    if state != "FAILED":
        return words
    if failure_code == "payout.recipient_declined":   # the gateway's text may speak of "the payer"
        return f"{words}: {words_for(Problem(failure_code))}"
    if failure_code == "payout.wallet_short" or (message and "insufficient balance" in message.lower()):
        short = QCoreApplication.translate("PayoutWords", "your Dollr wallet had too little money")
        return f"{words}: {short}. {words_for(Problem('payout.wallet_short'))}"
    return f"{words}: {words_for(Problem('payout.failed'))}"


def fee_of(entry: Any) -> Decimal | None:
    """What the payout cost on top of what the recipient got (same currency only).

    Nothing for a payout that failed, was refused or never reached Dollr: no fee was charged.
    """
    state = getattr(entry.state, "value", entry.state)
    if state in ("FAILED", "NOT_FOUND") or entry.payee_amount is None \
            or (entry.payee_currency or entry.currency) != entry.currency:
        return None
    return entry.amount - entry.payee_amount


def summary_html(*, recipient: str, phone: str, carrier: str, amount: Decimal, currency: str,
                 debited: Decimal, wallet_currency: str, wallet_id: int | None, note: str = "") -> str:
    """The payout restated in a sentence before anyone types a passcode."""
    fee = debited - amount if wallet_currency == currency else None
    facts = dict(amount=format_money(amount, currency), recipient=escape_html(recipient),
                 carrier=escape_html(carrier), phone=phone_label(phone), currency=wallet_currency, wallet=wallet_id,
                 debited=format_money(debited, wallet_currency),
                 fee=format_money(fee, wallet_currency) if fee is not None else "")
    pay = QCoreApplication.translate("PayoutWords", "Pay <b>{amount}</b> to <b>{recipient}</b> on {carrier} {phone}.")
    if wallet_id is not None and fee is not None:
        debit = QCoreApplication.translate(
            "PayoutWords", "Your {currency} wallet (no. {wallet}) will be debited <b>{debited}</b> "
            "({amount} + {fee} in fees).")
    elif wallet_id is not None:
        debit = QCoreApplication.translate("PayoutWords",
                                           "Your {currency} wallet (no. {wallet}) will be debited <b>{debited}</b>.")
    elif fee is not None:
        debit = QCoreApplication.translate(
            "PayoutWords", "Your {currency} wallet will be debited <b>{debited}</b> ({amount} + {fee} in fees).")
    else:
        debit = QCoreApplication.translate("PayoutWords", "Your {currency} wallet will be debited <b>{debited}</b>.")
    text = pay.format(**facts) + "<br>" + debit.format(**facts)
    if note:
        text += "<br>" + QCoreApplication.translate("PayoutWords", "Note: {note}").format(note=escape_html(note))
    return text


def escape_html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
