"""Properties of the one fee/FX model (pure functions, no server)."""
from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from dollr_desktop.sandbox import fees, phones

CURRENCIES = st.sampled_from(sorted(fees.USD_RATES))
AMOUNTS = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("1000000"), places=2)
METHODS = st.sampled_from(["MTN_MOMO_LBR", "ORANGE_MONEY_LBR", "MTN_MOMO_RWA", "CREDIT_CARD", "WALLET"])


@settings(max_examples=200, deadline=None)
@given(AMOUNTS, CURRENCIES, CURRENCIES, METHODS, st.sampled_from(["PAYER", "PAYEE"]))
def test_quote_adds_up(amount, base, target, method, bearer):
    q = fees.quote(amount, base, target, method=method, operation="COLLECTION", fee_bearer=bearer)
    converted = fees.convert(amount, base, target)
    for value in (q.payer_amount, q.payee_amount, q.platform_fee, q.gateway_fee, q.fx_fee or Decimal(0)):
        assert value == value.quantize(Decimal("0.01")) and value >= 0
    assert (q.fx_fee is None) == (base == target) == (q.fx_rate is None)
    if bearer == "PAYER":
        assert q.payer_amount == converted + q.total_fees
        assert q.payee_amount == amount
    else:
        assert q.payer_amount == converted
        assert q.payee_amount <= amount
    assert (q.payer_currency, q.payee_currency) == (target, base)


def test_known_quote():
    q = fees.quote(Decimal("10.00"), "USD", "LRD", method="MTN_MOMO_LBR", operation="COLLECTION", fee_bearer="PAYER")
    # 10 USD = 1855.00 LRD; gateway 1.5 % = 27.83; platform 1 % = 18.55; fx 1.5 % = 27.83
    assert (q.gateway_fee, q.platform_fee, q.fx_fee) == (Decimal("27.83"), Decimal("18.55"), Decimal("27.83"))
    assert q.payer_amount == Decimal("1929.21") and q.payee_amount == Decimal("10.00")


@given(st.text(alphabet="0123456789", min_size=8, max_size=15))
def test_phone_outcomes_and_detection_never_crash(phone):
    phones.detect_operator(phone)
    assert phones.outcome_for_phone(phone) in ("fail", "hold", "complete")
