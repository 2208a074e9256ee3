"""The one catalogue of how money moves through Dollr: payment methods and the mobile-money
operators behind them, currencies and their minor units, and the names of the fees on a quote.

Everything that shows or checks a method, an operator, a currency's decimals or a fee reads it
from here. No Qt and no sentences: `Method.name` is a proper name the UI passes through `tr()`
(`ui/wording/catalogue.py`), fee lines carry a `FeeKind` code the UI words.

The sandbox keeps its own tables on purpose (it plays the other side of the contract);
`tests/unit/services/test_catalogue.py` checks that the two agree.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any


PORTAL_URL = "https://heydollr.app"   # the merchant portal (its exact pages are not public)
# The most one amount may be, as the sandbox enforces it (openapi.yaml states none: `Amount` is only
# "positive, non-zero"); an amount over it could never be paid, so the app refuses it where it is typed.
MAX_AMOUNT = Decimal("1000000000")


class Channel(StrEnum):
    MOBILE_MONEY = "MOBILE_MONEY"
    CARD = "CARD"
    WALLET = "WALLET"


@dataclass(frozen=True)
class Method:
    """One way to pay, as Dollr names it (`payment_method`), and the one name a merchant sees."""

    payment_method: str            # Dollr's PaymentMethod value; the key
    name: str                      # the merchant-facing name (translated by the UI)
    provider: str                  # Dollr's provider value for a payment account of this method
    channel: Channel
    currencies: tuple[str, ...]    # what a payer may pay in with it
    country: str | None = None     # ISO 3166 alpha-2, for mobile money
    prefixes: tuple[str, ...] = ()  # national prefixes (after the calling code, no trunk 0)

    @property
    def is_mobile_money(self) -> bool:
        return self.channel is Channel.MOBILE_MONEY


_MM = Channel.MOBILE_MONEY
METHODS: dict[str, Method] = {m.payment_method: m for m in (
    Method("MTN_MOMO_LBR", "MTN MoMo · Liberia", "MTN_MOMO_LBR", _MM, ("USD", "LRD"), "LR", ("88", "55")),
    Method("ORANGE_MONEY_LBR", "Orange Money · Liberia", "ORANGE_MONEY_LBR", _MM, ("USD", "LRD"), "LR", ("77",)),
    Method("MTN_MOMO_RWA", "MTN MoMo · Rwanda", "PAWAPAY", _MM, ("RWF",), "RW", ("78", "79")),
    Method("AIRTEL_RWA", "Airtel Money · Rwanda", "PAWAPAY", _MM, ("RWF",), "RW", ("72", "73")),
    # In Dollr's enum, but no Rwandan number routes to it any more (Airtel took over Orange's
    # network): kept so an old payment still has a name, never offered for a new one.
    Method("ORANGE_MONEY_RWA", "Orange Money · Rwanda", "PAWAPAY", _MM, ("RWF",), "RW", ()),
    Method("CREDIT_CARD", "Card", "STRIPE", Channel.CARD, ("USD",)),
    Method("WALLET", "Dollr wallet", "PLATFORM", Channel.WALLET, ("USD", "LRD", "RWF")),
)}

# Countries whose operators Dollr serves, with their calling codes (E.164, no '+').
CALLING_CODES: dict[str, str] = {"LR": "231", "RW": "250"}


def method(payment_method: Any) -> Method | None:
    return METHODS.get(str(getattr(payment_method, "value", payment_method) or "").upper())


def method_name(payment_method: Any) -> str:
    """The merchant-facing name; an unknown method (a newer API value) shows its raw code."""
    found = method(payment_method)
    return found.name if found else str(getattr(payment_method, "value", payment_method) or "")


def operators(country: str | None = None) -> list[Method]:
    """The mobile-money operators a payer can be on today (in `country` if given)."""
    return [m for m in METHODS.values()
            if m.is_mobile_money and m.prefixes and country in (None, m.country)]


def operator_for(country: str, national: str) -> Method | None:
    """The operator of a national mobile number (digits after the calling code)."""
    national = national[1:] if national.startswith("0") else national   # a stray trunk 0
    for candidate in operators(country):
        if national.startswith(candidate.prefixes):
            return candidate
    return None


def operator_for_phone(digits: str) -> Method | None:
    """The operator of an E.164 number (digits, no '+'), or None when Dollr serves no such prefix."""
    for country, code in CALLING_CODES.items():
        if digits.startswith(code):
            return operator_for(country, digits[len(code):])
    return None


# ISO 4217 minor units. Dollr's own currencies first, then those of the neighbours a phone
# number may come from; anything else has 2.
CURRENCIES: dict[str, int] = {
    "USD": 2, "LRD": 2, "RWF": 0,
    "SLE": 2, "GNF": 0, "XOF": 0, "XAF": 0, "GHS": 2, "NGN": 2, "UGX": 0, "KES": 2, "TZS": 2,
    "BIF": 0, "CDF": 2, "EUR": 2, "JPY": 0, "KRW": 0,
}
DOLLR_CURRENCIES: tuple[str, ...] = ("LRD", "USD", "RWF")   # one wallet each; the order offered


def minor_units(currency: str | None) -> int:
    return CURRENCIES.get((currency or "").upper(), 2)


def quantum(currency: str | None) -> Decimal:
    """The smallest amount of the currency: 0.01 USD, 1 RWF."""
    return Decimal(1).scaleb(-minor_units(currency))


def fits_minor_units(amount: Decimal, currency: str | None) -> bool:
    """Whether `amount` is a whole number of the currency's smallest unit (no 300.5 RWF)."""
    return amount == amount.quantize(quantum(currency)) if amount.is_finite() else False


class FeeKind(StrEnum):
    DOLLR = "dollr"          # Dollr's platform fee
    OPERATOR = "operator"    # the mobile-money operator's (or card network's) gateway fee
    EXCHANGE = "exchange"    # the currency exchange fee


@dataclass(frozen=True)
class FeeLine:
    kind: FeeKind
    amount: Decimal
    currency: str

    @property
    def label(self) -> str:
        """The fee's code, for records that key fees by it (the UI words `kind`)."""
        return self.kind.value


# kind -> (amount field, currency fields tried in order) in a quote, execution or receipt.
_FEE_FIELDS: tuple[tuple[FeeKind, str, tuple[str, ...]], ...] = (
    (FeeKind.DOLLR, "platform_fee", ("platform_currency",)),
    (FeeKind.OPERATOR, "gateway_fee", ("gateway_currency",)),
    (FeeKind.EXCHANGE, "fx_fee", ("fx_currency_to",)),
)


def fee_lines(quote: Any, *, currency: str | None = None) -> list[FeeLine]:
    """The fees of a Dollr quote, execution or receipt (model, dataclass or dict), as lines.

    Amounts are Dollr's own, never rounded. A fee that is absent or zero is not a line. A fee
    without its own currency is in the payer's (where Dollr charges fees), else `currency`.
    """
    fallback = _field(quote, "payer_currency") or currency or ""
    lines = []
    for kind, amount_key, currency_keys in _FEE_FIELDS:
        raw = _field(quote, amount_key)
        if raw in (None, ""):
            continue
        amount = Decimal(str(raw))
        if not amount:
            continue
        fee_currency = next((c for c in (_field(quote, k) for k in currency_keys) if c), fallback)
        lines.append(FeeLine(kind, amount, str(fee_currency).upper()))
    return lines


def _field(source: Any, name: str) -> Any:
    value = source.get(name) if isinstance(source, Mapping) else getattr(source, name, None)
    return getattr(value, "value", value)
