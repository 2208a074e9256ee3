"""Amounts as people read them: Decimal in, '1,234.50 LRD' out. Never float."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

# Minor units per currency; the ones Dollr merchants use first, then ISO defaults.
DECIMALS: dict[str, int] = {"LRD": 2, "USD": 2, "RWF": 0, "XOF": 0, "GNF": 0, "UGX": 0, "BIF": 0}
CURRENCIES: tuple[str, ...] = ("LRD", "USD", "RWF")


def decimals(currency: str) -> int:
    return DECIMALS.get((currency or "").upper(), 2)


def to_decimal(value: object) -> Decimal:
    """The API sends numbers or strings; both go through str so no float error creeps in."""
    if isinstance(value, Decimal):
        return value
    if value is None or value == "":
        return Decimal(0)
    return Decimal(str(value))


def quantize(amount: Decimal, currency: str) -> Decimal:
    return amount.quantize(Decimal(1).scaleb(-decimals(currency)), rounding=ROUND_HALF_UP)


def format_amount(amount: object, currency: str) -> str:
    """'1,234.50' for LRD/USD, '1,235' for RWF; '1 234,50' in French (the chosen language)."""
    from dollr_desktop.ui.i18n import format_decimal

    return format_decimal(to_decimal(amount), decimals(currency))


def format_money(amount: object, currency: str) -> str:
    return f"{format_amount(amount, currency)} {currency.upper()}"


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
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"“{text}” is not an amount. Type digits, e.g. 150.00.") from None
    if not value.is_finite() or value <= 0:
        raise ValueError("The amount must be more than zero.")
    places = decimals(currency)
    if value != value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP):
        if places == 0:
            raise ValueError(f"{currency} amounts have no decimals.")
        raise ValueError(f"{currency} amounts have at most {places} decimals.")
    return value
