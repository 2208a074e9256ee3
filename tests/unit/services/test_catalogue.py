"""The app's catalogue and the sandbox (the other side of the contract) agree, and fee lines
carry Dollr's amounts untouched."""
from __future__ import annotations

from decimal import Decimal

import pytest

from dollr_desktop.sandbox import fees as sandbox_fees
from dollr_desktop.sandbox import phones as sandbox_phones
from dollr_desktop.services import catalogue
from dollr_desktop.services.catalogue import FeeKind, FeeLine


def _sandbox_prefix_table() -> dict[tuple[str, str], sandbox_phones.Operator]:
    return dict(sandbox_phones._PREFIXES)


def test_every_prefix_routes_to_the_same_operator_on_both_sides():
    sandbox = _sandbox_prefix_table()
    app = {(catalogue.CALLING_CODES[m.country], prefix): m
           for m in catalogue.operators() for prefix in m.prefixes}
    assert set(app) == set(sandbox)
    for key, operator in app.items():
        other = sandbox[key]
        assert operator.payment_method == other.payment_method, key
        assert operator.country == other.country, key
        assert operator.provider == other.gateway_provider, key
        assert set(operator.currencies) == set(other.currencies), key


def test_every_method_has_the_same_provider_and_currencies_on_both_sides():
    assert set(catalogue.METHODS) == set(sandbox_phones.PROVIDERS_FOR_METHOD)
    for key, method in catalogue.METHODS.items():
        assert method.provider in sandbox_phones.PROVIDERS_FOR_METHOD[key], key
        assert set(method.currencies) == set(sandbox_phones.CURRENCIES_FOR_METHOD[key]), key


def test_currencies_and_minor_units_agree_with_the_sandbox():
    assert set(catalogue.DOLLR_CURRENCIES) == set(sandbox_fees.USD_RATES) == set(sandbox_fees.MINOR_UNITS)
    for currency, places in sandbox_fees.MINOR_UNITS.items():
        assert catalogue.minor_units(currency) == places, currency


@pytest.mark.parametrize("digits, method", [
    ("231886123456", "MTN_MOMO_LBR"), ("231555123456", "MTN_MOMO_LBR"), ("231771234567", "ORANGE_MONEY_LBR"),
    ("250788123456", "MTN_MOMO_RWA"), ("250791234567", "MTN_MOMO_RWA"), ("250728123456", "AIRTEL_RWA"),
    ("250738123456", "AIRTEL_RWA"), ("2310881234567", "MTN_MOMO_LBR"),
])
def test_operator_by_phone_matches_the_sandbox(digits, method):
    assert catalogue.operator_for_phone(digits).payment_method == method
    assert sandbox_phones.detect_operator(digits).payment_method == method


@pytest.mark.parametrize("digits", ["231761234567", "231661234567", "250748123456", "233241234567"])
def test_numbers_neither_side_routes(digits):
    assert catalogue.operator_for_phone(digits) is None
    assert sandbox_phones.detect_operator(digits) is None


def test_one_name_per_method():
    names = [m.name for m in catalogue.METHODS.values()]
    assert len(names) == len(set(names))
    assert catalogue.method_name("MTN_MOMO_RWA") == "MTN MoMo · Rwanda"
    assert catalogue.method_name("SOMETHING_NEW") == "SOMETHING_NEW"
    assert [m.payment_method for m in catalogue.operators("RW")] == ["MTN_MOMO_RWA", "AIRTEL_RWA"]


def test_minor_units():
    assert [catalogue.minor_units(c) for c in ("RWF", "LRD", "usd", None, "ZZZ")] == [0, 2, 2, 2, 2]
    assert catalogue.fits_minor_units(Decimal("300"), "RWF")
    assert not catalogue.fits_minor_units(Decimal("300.5"), "RWF")
    assert catalogue.fits_minor_units(Decimal("300.50"), "LRD")
    assert not catalogue.fits_minor_units(Decimal("1.234"), "USD")


def test_fee_lines_keep_dollrs_amounts_and_name_them_once():
    quote = {"payer_amount": "14862.50", "payer_currency": "RWF", "platform_fee": "145.00",
             "platform_currency": "RWF", "gateway_fee": "217.50", "gateway_currency": None, "fx_fee": None}
    assert catalogue.fee_lines(quote) == [FeeLine(FeeKind.DOLLR, Decimal("145.00"), "RWF"),
                                          FeeLine(FeeKind.OPERATOR, Decimal("217.50"), "RWF")]


def test_fee_lines_from_a_receipt_skip_zero_fees_and_use_the_fx_currency():
    receipt = {"currency": "USD", "payer_currency": "LRD", "platform_fee": 18.55, "gateway_fee": 0,
               "fx_fee": 27.83, "fx_currency_to": "LRD"}
    lines = catalogue.fee_lines(receipt, currency="USD")
    assert [(f.kind, f.amount, f.currency) for f in lines] == [
        (FeeKind.DOLLR, Decimal("18.55"), "LRD"), (FeeKind.EXCHANGE, Decimal("27.83"), "LRD")]
