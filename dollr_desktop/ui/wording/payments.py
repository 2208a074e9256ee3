"""Words for the payment codes (services/collection.py, services/payments_core.py)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


WORDS = {
    "payment.document_not_payable": lambda number="", status="", **_: QCoreApplication.translate("PaymentWording", 
        "{number} is {status}, so it cannot be paid now. Publish it first (or refresh: it may already be "
        "paid).").format(number=number, status=_status_words(status)),
    "payment.retry_not_allowed": lambda **_: QCoreApplication.translate("PaymentWording", 
        "Only a payment request that never reached Dollr can be sent again; this one did reach it. "
        "Its status is checked instead."),
    # Whose side a payment failed on (the journal's failure_code).
    "payout.recipient_declined": lambda **_: QCoreApplication.translate("PaymentWording", 
        "the recipient's mobile-money operator did not accept the payout (their wallet or number, not "
        "yours). Nothing was paid to them: check the number with the recipient, then make a new payout"),
    "payout.wallet_short": lambda **_: QCoreApplication.translate("PaymentWording", 
        "Nothing was paid: top up the wallet (or pay less), then make a new payout"),
    "payout.failed": lambda **_: QCoreApplication.translate("PaymentWording", "Nothing was paid to the recipient; you can make a new payout"),
    "collection.payer_declined": lambda **_: QCoreApplication.translate("PaymentWording", "the customer's mobile-money operator did not approve the payment"),
    "collection.payer_short": lambda **_: QCoreApplication.translate("PaymentWording", "the customer's wallet had too little money"),
    "collection.payer_timeout": lambda **_: QCoreApplication.translate("PaymentWording", "the customer did not approve in time"),
    "collection.payer_cancelled": lambda **_: QCoreApplication.translate("PaymentWording", "the customer cancelled the prompt"),
    "payment.late": lambda **_: QCoreApplication.translate("PaymentWording", 
        "Dollr answered late for this attempt, after the app had taken it as never received: this money "
        "DID move. Check for a second payment made meanwhile"),
}


def _status_words(status: Any) -> str:
    """A document status code in the merchant's words, lower case inside a sentence ("paid", not "PAID")."""
    from dollr_desktop.ui.wording.reports import document_status_words

    code = str(getattr(status, "value", status)).upper()
    return document_status_words(code).lower()


def collection_failure_words(failure_code: str | None) -> str:
    """Why a collection failed, in a few words (after "Failed: "); Dollr's own text is for Details."""
    words = WORDS.get(failure_code or "") if (failure_code or "").startswith("collection.") else None
    return (words or WORDS["collection.payer_declined"])()


def paid_notice(entry: Any) -> str:
    """Under a paid payment: its reference, and loudly, an answer that came after "never received"."""
    reference = QCoreApplication.translate("PaymentWording", "Reference {reference}").format(reference=entry.reference_id)
    if getattr(entry, "late_at", None):
        return "⚠ " + WORDS["payment.late"]() + f" ({reference})"
    return reference


def share_message(*, merchant: str, customer: str, number: str, amount: str, url: str) -> str:
    """The message a payment link is shared with (WhatsApp, SMS, email)."""
    first = customer.split()[0] if customer.strip() else ""
    hello = QCoreApplication.translate("PaymentWording", "Hello {name},").format(name=first) if first else QCoreApplication.translate("PaymentWording", "Hello,")
    if number.upper().startswith("ORD"):
        text = QCoreApplication.translate("PaymentWording", "here is {merchant}'s order {number} for {amount}.")
    else:
        text = QCoreApplication.translate("PaymentWording", "here is {merchant}'s invoice {number} for {amount}.")
    return (hello + " " + text.format(merchant=merchant, number=number, amount=amount) + " "
            + QCoreApplication.translate("PaymentWording", "You can pay it by mobile money or card here: {url} Thank you!").format(url=url))
