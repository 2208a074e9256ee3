"""The sandbox's one fee and FX model, used alike by predictions, executions and receipts.

Dollr's real rates are not public; these are plausible numbers, documented in the README:
- FX: mid rates against USD; converting adds an FX fee of the tier's fx_percentage.
- Gateway fee: a percentage per payment method and operation (+ a fixed fee for cards).
- Platform fee: a percentage per fee tier and operation.
All fees are charged in the payer's currency. With fee_bearer PAYER the payer pays the converted
amount plus fees and the payee gets the base amount; with PAYEE the payer pays the converted
amount and the payee gets the base amount minus the fees converted back to the base currency.
Every amount is in whole minor units of its currency (ISO 4217: cents for USD and LRD, whole
francs for RWF), each fee and conversion rounded half-up on its own, totals summed from them.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")

# ISO 4217 minor units of the currencies the sandbox holds (the app has its own table).
MINOR_UNITS = {"USD": 2, "LRD": 2, "RWF": 0}

# Units of the currency per 1 USD.
USD_RATES = {"USD": Decimal("1"), "LRD": Decimal("185.50"), "RWF": Decimal("1450.00")}

MOMO_METHODS = ("MTN_MOMO_LBR", "ORANGE_MONEY_LBR", "AIRTEL_RWA", "MTN_MOMO_RWA", "ORANGE_MONEY_RWA")

# (percentage, fixed fee, fixed fee currency) per method and operation.
GATEWAY_FEES: dict[tuple[str, str], tuple[Decimal, Decimal | None, str | None]] = {}
for _m in MOMO_METHODS:
    GATEWAY_FEES[(_m, "COLLECTION")] = (Decimal("1.50"), None, None)
    GATEWAY_FEES[(_m, "PAYOUT")] = (Decimal("1.00"), None, None)
    GATEWAY_FEES[(_m, "REFUND")] = (Decimal("1.00"), None, None)
GATEWAY_FEES[("CREDIT_CARD", "COLLECTION")] = (Decimal("2.90"), Decimal("0.30"), "USD")
GATEWAY_FEES[("CREDIT_CARD", "REFUND")] = (Decimal("0.00"), None, None)
for _op in ("COLLECTION", "PAYOUT", "TRANSFER", "REFUND"):
    GATEWAY_FEES[("WALLET", _op)] = (Decimal("0.00"), None, None)

# tier name -> (operation -> platform percentage), fx percentage
FEE_TIERS = {
    "default": ({"COLLECTION": Decimal("1.00"), "PAYOUT": Decimal("0.50"),
                 "TRANSFER": Decimal("0.00"), "REFUND": Decimal("0.00")}, Decimal("1.50")),
    "growth": ({"COLLECTION": Decimal("0.75"), "PAYOUT": Decimal("0.40"),
                "TRANSFER": Decimal("0.00"), "REFUND": Decimal("0.00")}, Decimal("1.25")),
}
GATEWAY_PROVIDER_IDS = {"MTN_MOMO_LBR": 1, "ORANGE_MONEY_LBR": 2, "PAWAPAY": 3, "STRIPE": 4, "PLATFORM": 5}


def unit(currency: str) -> Decimal:
    """The currency's smallest amount: 0.01 USD, 1 RWF."""
    return Decimal(1).scaleb(-MINOR_UNITS.get(currency, 2))


def to_minor(value: Decimal, currency: str) -> Decimal:
    """Rounded half-up to whole minor units of `currency`."""
    return value.quantize(unit(currency), rounding=ROUND_HALF_UP)


def fits(amount: Decimal, currency: str) -> bool:
    """Whether `amount` is whole minor units of `currency` (RWF has no decimals)."""
    return amount == amount.quantize(unit(currency))


def whole_units_message(currency: str) -> str:
    return f"{currency} amounts have at most {MINOR_UNITS.get(currency, 2)} decimal places"


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def fx_rate(base: str, target: str) -> Decimal:
    """Units of target per 1 unit of base (kept to 6 places, as the receipt's fx_rate string)."""
    return (USD_RATES[target] / USD_RATES[base]).quantize(Decimal("0.000001"), rounding=ROUND_HALF_UP)


def convert(amount: Decimal, base: str, target: str) -> Decimal:
    """Convert and round to the target's minor units; a positive amount never converts to nothing."""
    if base == target:
        return to_minor(amount, target)
    converted = to_minor(amount * fx_rate(base, target), target)
    return max(converted, unit(target)) if amount > 0 else converted


@dataclass(frozen=True)
class Quote:
    payer_amount: Decimal
    payer_currency: str
    payee_amount: Decimal
    payee_currency: str
    platform_fee: Decimal
    gateway_fee: Decimal
    fx_fee: Decimal | None
    fx_rate: Decimal | None
    fee_currency: str

    @property
    def total_fees(self) -> Decimal:
        return self.platform_fee + self.gateway_fee + (self.fx_fee or Decimal(0))

    def to_record(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def gateway_fee_rule(method: str, operation: str) -> tuple[Decimal, Decimal | None, str | None] | None:
    return GATEWAY_FEES.get((method, operation))


def quote(base_amount: Decimal, base_currency: str, target_currency: str, *, method: str,
          operation: str, fee_bearer: str, tier: str = "default") -> Quote:
    """Price a payment of base_amount (in base_currency) paid in target_currency."""
    rule = gateway_fee_rule(method, operation) or (Decimal("0"), None, None)
    platform_pct = FEE_TIERS[tier][0][operation]
    fx_pct = FEE_TIERS[tier][1]
    converted = convert(base_amount, base_currency, target_currency)
    gateway = converted * rule[0] / 100
    if rule[1] is not None:
        gateway += convert(rule[1], rule[2] or target_currency, target_currency)
    gateway_fee = to_minor(gateway, target_currency)
    platform_fee = to_minor(converted * platform_pct / 100, target_currency)
    crosses = base_currency != target_currency
    fx_fee = to_minor(converted * fx_pct / 100, target_currency) if crosses else None
    fees = gateway_fee + platform_fee + (fx_fee or Decimal(0))
    base = to_minor(base_amount, base_currency)
    nothing = to_minor(Decimal(0), base_currency)
    if fee_bearer == "PAYEE":
        payer_amount = converted
        fees_in_base = convert(fees, target_currency, base_currency) if fees > 0 else nothing
        payee_amount = min(base, base - fees_in_base)
    else:
        payer_amount = converted + fees
        payee_amount = base
    return Quote(payer_amount=payer_amount, payer_currency=target_currency,
                 payee_amount=max(payee_amount, nothing), payee_currency=base_currency,
                 platform_fee=platform_fee, gateway_fee=gateway_fee, fx_fee=fx_fee,
                 fx_rate=fx_rate(base_currency, target_currency) if crosses else None,
                 fee_currency=target_currency)
