"""Amounts as people read them: Decimal in, '1,234.50 LRD' out. Never float, never rounded.

The one money formatter of the app. An amount Dollr returned is shown with all its digits:
padded to the currency's minor units (from `services.catalogue`), never rounded to them, so
what the merchant reads is exactly what is charged.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from dollr_desktop.services.catalogue import DOLLR_CURRENCIES, fits_minor_units, minor_units

CURRENCIES: tuple[str, ...] = DOLLR_CURRENCIES


def decimals(currency: str) -> int:
    return minor_units(currency)


def to_decimal(value: object) -> Decimal:
    """The API sends numbers or strings; both go through str so no float error creeps in."""
    if isinstance(value, Decimal):
        return value
    if value is None or value == "":
        return Decimal(0)
    return Decimal(str(value))


def format_amount(amount: object, currency: str) -> str:
    """'1,234.50' for LRD/USD, '1,235' for RWF; '1 234,50' in French (the chosen language)."""
    from dollr_desktop.ui.i18n import format_decimal

    return format_decimal(to_decimal(amount), decimals(currency))


def format_money(amount: object, currency: str) -> str:
    return f"{format_amount(amount, currency)} {(currency or '').upper()}".strip()


def parse_amount(text: str, currency: str) -> Decimal:
    """Parse what a person typed; raises ValueError with a sentence they can act on."""
    from dollr_desktop.ui.i18n import number_separators

    group, point = number_separators()   # what format_amount writes, so an edit reads back the same
    cleaned = text.strip()
    for separator in {group, " ", "\u00a0", "\u202f"} - {point}:
        cleaned = cleaned.replace(separator, "")
    cleaned = cleaned.replace(point, ".")
    if cleaned.upper().endswith(currency.upper()):
        cleaned = cleaned[: -len(currency)]
    from PySide6.QtCore import QCoreApplication

    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(QCoreApplication.translate("Money", "“{text}” is not an amount. Type digits, e.g. 150.00.")
                         .format(text=text)) from None
    if not value.is_finite() or value <= 0:
        raise ValueError(QCoreApplication.translate("Money", "The amount must be more than zero."))
    if not fits_minor_units(value, currency):
        places = decimals(currency)
        if places == 0:
            raise ValueError(QCoreApplication.translate("Money", "{currency} amounts have no decimals.")
                             .format(currency=currency))
        raise ValueError(QCoreApplication.translate("Money", "{currency} amounts have at most {places} decimals.")
                         .format(currency=currency, places=places))
    return value
