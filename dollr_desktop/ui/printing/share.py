"""Share a receipt: a short message with Dollr's receipt link, by email or WhatsApp.

Pure URL building (no Qt), so the texts are easy to test. A mail client cannot be handed an
attachment portably through `mailto:`, so the PDF is saved and the person attaches it.
"""
from __future__ import annotations

import re
from urllib.parse import quote

from dollr_desktop.services.receipts import ReceiptData
from dollr_desktop.ui.money import format_money


def share_message(data: ReceiptData) -> str:
    paid = f" on {data.paid_at.strftime('%d %b %Y')}" if data.paid_at else ""
    text = (f"Receipt {data.document_number} from {data.merchant.name}: "
            f"{format_money(data.total_paid, data.total_paid_currency)} paid{paid}.")
    if data.receipt_url:
        text += f" View it here: {data.receipt_url}"
    return text


def mailto_url(data: ReceiptData) -> str:
    to = quote(data.customer_email or "", safe="@.+-_")
    subject = quote(f"Receipt {data.document_number} from {data.merchant.name}")
    body = quote(share_message(data) + "\n\n(The PDF receipt is attached.)")
    return f"mailto:{to}?subject={subject}&body={body}"


def whatsapp_url(data: ReceiptData) -> str:
    """wa.me wants the number in international form, digits only (E.164 without '+')."""
    digits = re.sub(r"\D", "", data.customer_phone or "")
    return f"https://wa.me/{digits}?text={quote(share_message(data))}"
