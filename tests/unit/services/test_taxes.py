"""Taxes and discounts: the lines sent to Dollr add up, to the last unit, to the total shown."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings, strategies as st

from dollr_desktop.services.catalogue import fits_minor_units, quantum
from dollr_desktop.services.problems import Problem
from dollr_desktop.services.taxes import Discount, DiscountKind, PricedLine, allocate, compute

CURRENCIES = ("LRD", "USD", "RWF")


@st.composite
def documents(draw):
    currency = draw(st.sampled_from(CURRENCIES))
    q = quantum(currency)
    lines = []
    for _ in range(draw(st.integers(1, 6))):
        qty = draw(st.integers(1, 50))
        price = Decimal(draw(st.integers(1, 2_000_000))) * q
        discount = draw(st.one_of(
            st.none(),
            st.builds(lambda p: Discount(DiscountKind.PERCENT, Decimal(p) / 4), st.integers(1, 199)),
            st.builds(lambda u: Discount(DiscountKind.AMOUNT, Decimal(u) * q), st.integers(1, 1000))))
        tax = draw(st.sampled_from((None, "RW_VAT", "LR_GST")))
        lines.append(PricedLine(f"item{len(lines)}", qty, price, discount, tax))
    doc_discount = draw(st.one_of(st.none(), st.builds(lambda p: Discount(DiscountKind.PERCENT, Decimal(p)),
                                                       st.integers(1, 60))))
    return currency, lines, doc_discount, draw(st.booleans())


@settings(max_examples=400, deadline=None)
@given(documents())
def test_sent_lines_sum_exactly_to_the_total_shown(document):
    currency, lines, doc_discount, inclusive = document
    try:
        result = compute(lines, currency, prices_include_tax=inclusive, document_discount=doc_discount)
    except Problem as problem:   # a discount eating a whole line is refused, never sent
        assert problem.code in ("discount.too_large", "line.nothing_left")
        return
    sent = sum((line.amount * line.qty for line in result.sent), Decimal(0))
    assert sent == result.total
    assert result.total == result.net + result.tax_total
    assert all(line.amount > 0 and line.qty >= 1 and fits_minor_units(line.amount, currency) for line in result.sent)
    assert result.subtotal - result.discount == (result.net + result.tax_total if inclusive else result.net)
    assert sum((line.net for line in result.lines), Decimal(0)) == result.net


def test_vat_exclusive_with_a_line_discount_in_rwf():
    lines = [PricedLine("Sugar", 3, Decimal(1000), Discount.from_code("10%"), "RW_VAT"),
             PricedLine("Soap", 1, Decimal(501), None, "RW_VAT")]
    result = compute(lines, "RWF", tax_names={"RW_VAT": "VAT 18%"})
    assert result.net == Decimal(3201) and result.discount == Decimal(300)
    assert result.taxes[0].amount == Decimal(576)   # 3201 × 18 % = 576.18 → 576
    assert result.total == Decimal(3777)
    assert [(s.name, s.qty, s.amount) for s in result.sent] == [
        ("Sugar", 3, Decimal(900)), ("Soap", 1, Decimal(501)), ("VAT 18%", 1, Decimal(576))]


def test_vat_inclusive_takes_the_tax_out_of_the_prices():
    result = compute([PricedLine("Bread", 1, Decimal("118.00"), None, "RW_VAT")], "USD", prices_include_tax=True)
    assert result.total == Decimal("118.00") and result.net == Decimal("100.00")
    assert result.taxes[0].amount == Decimal("18.00")


def test_a_net_that_does_not_divide_by_the_quantity_is_sent_as_two_lines():
    result = compute([PricedLine("Pen", 3, Decimal("1.00"), Discount.from_code("0.01"))], "USD")
    assert [(s.qty, s.amount) for s in result.sent] == [(1, Decimal("0.99")), (2, Decimal("1.00"))]


def test_a_discount_that_eats_the_line_is_refused():
    with pytest.raises(Problem) as caught:
        compute([PricedLine("Pen", 1, Decimal(10), Discount.from_code("10"))], "RWF")
    assert caught.value.code == "discount.too_large" and caught.value.params["row"] == 0


def test_allocate_gives_the_leftover_units_to_the_largest_remainders():
    assert allocate(10, [1, 1, 1]) == [4, 3, 3]
    assert sum(allocate(7, [5, 3, 2])) == 7
