"""A hand-made receipt as the API would send it, and helpers to read PDFs back."""
from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from dollr_desktop.services.receipts import MerchantProfile, ReceiptData, receipt_from_api

RECEIPT_URL = "http://127.0.0.1:8000/receipts/INVOICE/INV-2026-00012"
HOSTILE_NAME = "<img src=http://x/>"

MERCHANT = MerchantProfile("Mama Kebbeh's Shop", phone="231770001234", email="shop@example.lr",
                           address="Randall Street, Monrovia")


def api_receipt(**overrides) -> dict:
    raw = dict(
        invoice_id=12, invoice_number="INV-2026-00012", currency="LRD", total_amount=1855,
        status="PAID", note="Thanks, come again", due_date=None, as_payment_link=False,
        fee_bearer="PAYER", owner_id=1, owner_type="MICRO_ORGANIZATION",
        created_at="2026-11-27T10:00:00Z", counterparty_id=3, relationship_type="CUSTOMER",
        counterparty_name="Musu Kollie", counterparty_phone="231886000111",
        counterparty_email="musu@example.lr",
        reference_id="6f1c2a9e-3b7d-4c1e-9a55-0d2f7b8c4e11", paid_at="2026-11-28T09:41:00Z",
        payer_amount="10.35", payer_currency="USD", payee_amount=1855, payee_currency="LRD",
        platform_fee="0.20", platform_currency="USD", gateway_fee="0.15",
        gateway_currency="USD", fx_rate="185.5", fx_currency_from="USD", fx_currency_to="LRD",
        payment_provider="PAWAPAY", payment_method="MTN_MOMO_LBR", account_name="MUSU KOLLIE",
        provider_transaction_id="MP261128.0941.A12345",
        items=[dict(id=1, name="Rice, 25 kg bag", qty=1, amount=1500, currency="LRD"),
               dict(id=2, name="Palm oil (1 gallon)", qty=2, amount="177.50", currency="LRD")],
    )
    raw.update(overrides)
    return raw


def fixture_receipt(**overrides) -> ReceiptData:
    return receipt_from_api(api_receipt(**overrides), "INVOICE", MERCHANT, RECEIPT_URL)


def pdf_text(path: Path) -> str:
    """All text of a PDF with whitespace runs collapsed (till layouts wrap lines)."""
    reader = PdfReader(str(path))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
