"""Offline phone checks (typed the way people dial) and money formatting per currency."""
from __future__ import annotations

from decimal import Decimal

import pytest

from dollr_desktop.services.phones import describe, format_international, normalize
from dollr_desktop.ui.money import format_money, parse_amount
from dollr_desktop.ui.wording.phones import phone_words


@pytest.mark.parametrize("typed, country, digits, method", [
    ("0771234567", "LR", "231771234567", "ORANGE_MONEY_LBR"),
    ("+231 88 612 3456", "LR", "231886123456", "MTN_MOMO_LBR"),
    ("231 555 123 456", "LR", "231555123456", "MTN_MOMO_LBR"),
    ("0788123456", "RW", "250788123456", "MTN_MOMO_RWA"),
    ("250 72 812 3456", "LR", "250728123456", "AIRTEL_RWA"),   # a Rwandan number typed in Liberia
    ("+231 0886123456", "LR", "231886123456", "MTN_MOMO_LBR"),  # a trunk 0 after the country code
])
def test_numbers_become_e164_without_plus_with_the_operator(typed, country, digits, method):
    info = describe(typed, country)
    assert info.valid and info.digits == digits and info.problem is None
    assert info.operator is not None and info.operator.payment_method == method


def test_bad_numbers_are_codes_worded_in_the_ui(qapp):
    short = describe("077123", "LR")
    assert not short.valid and (short.problem.code, short.problem.params) == (
        "phone.too_short", {"country": "LR", "missing": 4})
    assert phone_words(short) == "Too short for Liberia: 4 digit(s) missing."
    long = describe("07712345678", "LR")
    assert long.problem.code == "phone.too_long" and "1 digit(s) too many" in phone_words(long)
    assert describe("", "LR").problem.code == "phone.empty" and not describe("", "LR").valid
    unknown_network = describe("0661234567", "LR")
    assert unknown_network.valid and unknown_network.operator is None
    assert unknown_network.problem.code == "phone.not_mobile_money"
    assert phone_words(unknown_network) == "Liberia: not a mobile-money number Dollr recognises."
    assert normalize("00231 77 123 4567") == "231771234567"
    assert phone_words(describe("0771234567", "LR")) == ""
    # The trunk 0 is not a digit of the number: 0886123 is three digits short, not a 7-digit number.
    assert describe("0886123", "LR").problem.params == {"country": "LR", "missing": 3}
    assert describe("+999 123456789").problem.code == "phone.unknown_country"
    assert describe("0").problem.code == "phone.empty"


def test_numbers_are_shown_in_their_countrys_international_form():
    assert format_international("231771234567") == "+231 77 123 4567"
    assert format_international("250788123456") == "+250 788 123 456"
    assert format_international("12025550100") == "+1 202-555-0100"


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


def test_every_phone_field_says_what_is_wrong_in_words(qtbot, qloop):
    """The contact, quick-sale, recipient and account forms word the phone check's code (they
    read a sentence off the phone info before; it is a code now)."""
    from dollr_desktop.ui.collect.quick_sale_dialog import QuickSaleDialog
    from dollr_desktop.ui.dialogs.contact_dialog import ContactDialog
    from dollr_desktop.ui.widgets.account_form import AccountForm

    contact = ContactDialog(runner=None, create_contact=None)
    qtbot.addWidget(contact)
    contact.name_edit.setText("Musu Kollie")
    contact.phone_edit.number_edit.setText("077123")
    assert contact.check() is None
    assert contact.errors.message("phone") == "Too short for Liberia: 4 digit(s) missing."

    account = AccountForm()
    qtbot.addWidget(account)
    account.passcode_phone_edit.number_edit.setText("07712345678")
    account.check()
    assert account.errors.message("passcode_phone") == "Too long for Liberia: 1 digit(s) too many."

    sale = QuickSaleDialog(runner=None, links=None)
    qtbot.addWidget(sale)
    sale.phone_edit.number_edit.setText("077123")
    sale.amount_edit.setText("10")
    sale.on_create_button_clicked()
    qtbot.waitUntil(lambda: bool(sale.errors.message("party_phone")), timeout=2_000)
    assert sale.errors.message("party_phone") == "Too short for Liberia: 4 digit(s) missing."
