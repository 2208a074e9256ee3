"""Words for the payment codes (services/collection.py, services/payments_core.py)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("PaymentWording", text)


WORDS = {
    "payment.document_not_payable": lambda number="", status="", **_: _tr(
        "{number} is {status}, so it cannot be paid now. Publish it first (or refresh: it may already be "
        "paid).").format(number=number, status=str(status).lower()),
    "payment.retry_not_allowed": lambda **_: _tr(
        "Only a payment request that never reached Dollr can be sent again; this one did reach it. "
        "Its status is checked instead."),
    # Whose side a payment failed on (the journal's failure_code).
    "payout.recipient_declined": lambda **_: _tr(
        "the recipient's mobile-money operator did not accept the payout (their wallet or number, not "
        "yours). Nothing was paid to them: check the number with the recipient, then make a new payout"),
    "payout.wallet_short": lambda **_: _tr(
        "Nothing was paid: top up the wallet (or pay less), then make a new payout"),
    "payout.failed": lambda **_: _tr("Nothing was paid to the recipient; you can make a new payout"),
    "collection.payer_declined": lambda **_: _tr("the customer's mobile-money operator did not approve the payment"),
    "payment.late": lambda **_: _tr(
        "Dollr answered late for this attempt, after the app had taken it as never received: this money "
        "DID move. Check for a second payment made meanwhile"),
}


def paid_notice(entry: Any) -> str:
    """Under a paid payment: its reference, and loudly, an answer that came after "never received"."""
    reference = _tr("Reference {reference}").format(reference=entry.reference_id)
    if getattr(entry, "late_at", None):
        return "⚠ " + WORDS["payment.late"]() + f" ({reference})"
    return reference
