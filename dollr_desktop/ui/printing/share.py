"""Share a receipt: a short message with Dollr's receipt link, by email or WhatsApp.

The message is in the customer's language when their contact has one (`ReceiptData.language`). A mail client cannot be handed an
attachment portably through `mailto:`, so the PDF is saved and the person attaches it.
"""
from __future__ import annotations

import re
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication

from dollr_desktop.services.receipts import ReceiptData
from dollr_desktop.ui import i18n
from dollr_desktop.ui.money import format_money


def share_message(data: ReceiptData) -> str:
    with i18n.speaking(data.language):
        amount = format_money(data.total_paid, data.total_paid_currency)
        if data.paid_at:
            text = QCoreApplication.translate("ShareMessage", "Receipt {number} from {merchant}: {amount} paid on {date}.").format(
                number=data.document_number, merchant=data.merchant.name, amount=amount,
                date=i18n.format_date(data.paid_at))
        else:
            text = QCoreApplication.translate("ShareMessage", "Receipt {number} from {merchant}: {amount} paid.").format(
                number=data.document_number, merchant=data.merchant.name, amount=amount)
        if data.receipt_url:
            text += " " + QCoreApplication.translate("ShareMessage", "View it here: {url}").format(url=data.receipt_url)
        return text


def mailto_url(data: ReceiptData) -> str:
    to = quote(data.customer_email or "", safe="@.+-_")
    with i18n.speaking(data.language):
        subject = quote(QCoreApplication.translate("ShareMessage", "Receipt {number} from {merchant}").format(
            number=data.document_number, merchant=data.merchant.name))
        attached = QCoreApplication.translate("ShareMessage", "(The PDF receipt is attached.)")
    body = quote(share_message(data) + "\n\n" + attached)
    return f"mailto:{to}?subject={subject}&body={body}"


def whatsapp_url(data: ReceiptData) -> str:
    """wa.me wants the number in international form, digits only (E.164 without '+')."""
    digits = re.sub(r"\D", "", data.customer_phone or "")
    return f"https://wa.me/{digits}?text={quote(share_message(data))}"
