"""What the collect dialog says about a payment, in a merchant's words (pure functions)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dollr_desktop.store.journal import JournalEntry
from dollr_desktop.ui.money import format_money

FALLBACK_REASON = "the customer's mobile-money operator did not approve the payment"


def failure_words(message: str | None) -> str:
    """The operator's reason as a merchant reads it (never a code alone)."""
    text = (message or "").strip().rstrip(".")
    if not text:
        return FALLBACK_REASON
    return text[0].lower() + text[1:] if not text[:2].isupper() else text


def waiting_words(seconds: float) -> str:
    if seconds < 60:
        return QCoreApplication.translate("PaymentWords", "The customer has a prompt on their phone to enter their PIN.")
    minutes = int(seconds // 60)
    return QCoreApplication.translate(
        "PaymentWords", "Still waiting after {minutes} min. That is normal: some customers take a while. "
        "You can close this window; the app keeps watching and tells you when it ends.").format(minutes=minutes)


def entry_amounts(entry: JournalEntry) -> tuple[str, str]:
    """("Customer pays … · you receive …", "Fees: …") for a confirmed payment."""
    received = entry.payee_amount if entry.payee_amount is not None else entry.amount
    quote = QCoreApplication.translate("PaymentWords", "Customer pays {paid} · you receive {received}").format(
        paid=format_money(entry.amount, entry.currency),
        received=format_money(received, entry.payee_currency or entry.currency))
    fees = [(label, entry.quote.get(key), entry.quote.get(currency_key) or entry.currency)
            for label, key, currency_key in (
                (QCoreApplication.translate("PaymentWords", "Dollr fee"), "platform_fee", "platform_currency"),
                (QCoreApplication.translate("PaymentWords", "Operator fee"), "gateway_fee", "gateway_currency"),
                (QCoreApplication.translate("PaymentWords", "Exchange fee"), "fx_fee", "payer_currency"))]
    words = " · ".join(f"{label} {format_money(amount, currency)}" for label, amount, currency in fees
                       if amount not in (None, "", "0", "0.00"))
    return quote, (QCoreApplication.translate("PaymentWords", "Fees: {fees}").format(fees=words) if words else "")
