"""What the collect dialog says about a payment, in a merchant's words (pure functions)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from dollr_desktop.services.catalogue import fee_lines
from dollr_desktop.store.journal import JournalEntry
from dollr_desktop.ui.money import format_money
from dollr_desktop.ui.wording.catalogue import fee_line_words

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
    fees = " · ".join(fee_line_words(line, format_money)
                      for line in fee_lines(entry.quote or {}, currency=entry.currency))
    return quote, (QCoreApplication.translate("PaymentWords", "Fees: {fees}").format(fees=fees) if fees else "")


def quote_fees(plan: Any) -> str:
    """"Dollr fee 0.25 USD · Operator fee 0.38 USD": the catalogue's fee lines of a collection
    plan's Dollr quote."""
    return " · ".join(fee_line_words(line, format_money) for line in fee_lines(plan.quote))