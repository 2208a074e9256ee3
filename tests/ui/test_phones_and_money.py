"""Offline phone checks (typed the way people dial) and money formatting per currency."""
from __future__ import annotations

from decimal import Decimal

import pytest

from dollr_desktop.services.phones import describe, normalize
from dollr_desktop.ui.money import format_money, parse_amount


@pytest.mark.parametrize("typed, country, digits, operator", [
    ("0771234567", "LR", "231771234567", "Orange Liberia"),
    ("+231 88 612 3456", "LR", "231886123456", "MTN (Lonestar Cell)"),
    ("231 555 123 456", "LR", "231555123456", "MTN (Lonestar Cell)"),
    ("0788123456", "RW", "250788123456", "MTN Rwanda"),
    ("250 72 812 3456", "LR", "250728123456", "Airtel Rwanda"),   # a Rwandan number typed in Liberia
])
def test_numbers_become_e164_without_plus_with_the_operator(typed, country, digits, operator):
    info = describe(typed, country)
    assert info.valid and info.digits == digits
    assert info.operator is not None and info.operator.name == operator


def test_bad_numbers_say_what_is_wrong():
    assert "missing" in describe("077123", "LR").message
    assert "too many" in describe("07712345678", "LR").message
    assert not describe("", "LR").valid
    unknown_network = describe("0661234567", "LR")
    assert unknown_network.valid and unknown_network.operator is None and "not a mobile-money" in unknown_network.message
    assert normalize("00231 77 123 4567") == "231771234567"


@pytest.mark.parametrize("amount, currency, text", [
    (Decimal("1234.5"), "LRD", "1,234.50 LRD"),
    ("20150", "USD", "20,150.00 USD"),
    (Decimal("1500"), "RWF", "1,500 RWF"),
    (Decimal("0.005"), "USD", "0.005 USD"),       # Dollr's digits, never rounded away
    (Decimal("14862.50"), "RWF", "14,862.5 RWF"),
])
def test_money_is_formatted_per_currency(amount, currency, text):
    assert format_money(amount, currency) == text


def test_amounts_typed_by_people_are_parsed_exactly_or_refused_in_words():
    assert parse_amount("1,250.75", "LRD") == Decimal("1250.75")
    assert parse_amount("300 RWF", "RWF") == Decimal("300")
    with pytest.raises(ValueError, match="no decimals"):
        parse_amount("300.5", "RWF")
    with pytest.raises(ValueError, match="at most 2 decimals"):
        parse_amount("1.234", "USD")
    with pytest.raises(ValueError, match="more than zero"):
        parse_amount("0", "USD")
    with pytest.raises(ValueError, match="not an amount"):
        parse_amount("ten", "USD")
