"""ReceiptData from API receipts, and money formatting (no Qt)."""
from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

from dollr_desktop.services.catalogue import FeeKind
from dollr_desktop.services.receipts import SourceType, receipt_from_api
from dollr_desktop.ui.money import format_money
from dollr_desktop.ui.wording.catalogue import carrier_words, channel_words
from tests.ui.receipts.fixtures import MERCHANT, api_receipt, fixture_receipt


def test_money_is_padded_to_each_currencys_decimals_and_never_rounded():
    assert format_money(Decimal("1234.5"), "LRD") == "1,234.50 LRD"
    assert format_money(Decimal("0.005"), "USD") == "0.005 USD"
    assert format_money(Decimal("12000"), "RWF") == "12,000 RWF"
    assert format_money(Decimal("12000.00"), "RWF") == "12,000 RWF"
    assert format_money(Decimal("14862.5"), "RWF") == "14,862.5 RWF"   # what Dollr charged, to the unit


def test_receipt_parses_money_as_decimal_and_totals_lines():
    data = fixture_receipt()
    assert data.source_type is SourceType.INVOICE
    assert data.document_number == "INV-2026-00012"
    assert [line.line_total for line in data.items] == [Decimal("1500"), Decimal("355.00")]
    assert data.subtotal == Decimal("1855.00")
    assert data.total_paid == Decimal("10.35") and data.total_paid_currency == "USD"
    assert [(f.kind, f.amount, f.currency) for f in data.fees] == [
        (FeeKind.DOLLR, Decimal("0.20"), "USD"), (FeeKind.OPERATOR, Decimal("0.15"), "USD")]
    assert data.fx_rate == Decimal("185.5")
    assert data.crosses_currencies
    assert data.paid_at == datetime(2026, 11, 28, 9, 41, tzinfo=timezone.utc)
    assert data.fee_bearer == "PAYER"
    assert channel_words(data.payment_method) == "Mobile money"
    assert carrier_words(data.payment_method, data.payment_provider) == "MTN MoMo · Liberia via pawaPay"


def test_single_currency_receipt_without_optional_fields():
    raw = api_receipt(payer_amount=None, payer_currency=None, payee_amount=None,
                      payee_currency=None, platform_fee=None, gateway_fee=None, fx_rate=None,
                      fx_currency_from=None, fx_currency_to=None, currency="RWF",
                      items=[dict(id=1, name="Fees term 1", qty=1, amount=45000,
                                  currency="RWF")], total_amount=45000)
    data = receipt_from_api(raw, "INVOICE", MERCHANT)
    assert not data.crosses_currencies
    assert data.fees == ()
    assert data.total_paid == Decimal(45000) and data.total_paid_currency == "RWF"


def test_order_receipts_use_order_fields():
    raw = api_receipt()
    raw["order_id"], raw["order_number"] = raw.pop("invoice_id"), raw.pop("invoice_number")
    data = receipt_from_api(raw, "ORDER", MERCHANT)
    assert data.source_type is SourceType.ORDER
    assert (data.source_id, data.document_number) == (12, "INV-2026-00012")


def test_labels_for_operator_and_a_small_fx_rate():
    data = fixture_receipt(payment_provider="MTN_MOMO_LBR", fx_rate="0.005391",
                           fx_currency_from="LRD", fx_currency_to="USD")
    assert carrier_words(data.payment_method, data.payment_provider) == "MTN MoMo · Liberia"
    assert data.fx_rate_label == "1 LRD = 0.005391 USD (1 USD ≈ 185.49 LRD)"
    assert fixture_receipt().fx_rate_label == "1 USD = 185.5 LRD"
