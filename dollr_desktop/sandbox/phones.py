"""Mobile-money operator detection and the deterministic test phone numbers.

Phones are E.164 digits without '+'. The operator is read from the national prefix (the digits
after the country code, written locally with a leading 0): Liberia MTN 088/055, Orange 077;
Rwanda MTN 078/079, Airtel 072/073.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

PHONE_RE = re.compile(r"^[1-9]\d{7,14}$")


@dataclass(frozen=True)
class Operator:
    carrier: str
    country: str
    currencies: tuple[str, ...]
    payment_method: str
    gateway_provider: str


_LIBERIA_MTN = Operator("MTN Liberia (Lonestar Cell)", "LR", ("USD", "LRD"), "MTN_MOMO_LBR", "MTN_MOMO_LBR")
_LIBERIA_ORANGE = Operator("Orange Liberia", "LR", ("USD", "LRD"), "ORANGE_MONEY_LBR", "ORANGE_MONEY_LBR")
_RWANDA_MTN = Operator("MTN Rwanda", "RW", ("RWF",), "MTN_MOMO_RWA", "PAWAPAY")
_RWANDA_AIRTEL = Operator("Airtel Rwanda", "RW", ("RWF",), "AIRTEL_RWA", "PAWAPAY")

_PREFIXES = {
    ("231", "88"): _LIBERIA_MTN, ("231", "55"): _LIBERIA_MTN, ("231", "77"): _LIBERIA_ORANGE,
    ("250", "78"): _RWANDA_MTN, ("250", "79"): _RWANDA_MTN,
    ("250", "72"): _RWANDA_AIRTEL, ("250", "73"): _RWANDA_AIRTEL,
}
NATIONAL_LENGTH = 9  # digits after the country code, without the trunk 0

# Which providers may carry which method (a payment account must name a matching pair).
PROVIDERS_FOR_METHOD = {
    "MTN_MOMO_LBR": {"MTN_MOMO_LBR", "PAWAPAY"},
    "ORANGE_MONEY_LBR": {"ORANGE_MONEY_LBR", "PAWAPAY"},
    "MTN_MOMO_RWA": {"PAWAPAY"},
    "AIRTEL_RWA": {"PAWAPAY"},
    "ORANGE_MONEY_RWA": {"PAWAPAY"},
    "CREDIT_CARD": {"STRIPE"},
    "WALLET": {"PLATFORM"},
}
CURRENCIES_FOR_METHOD = {
    "MTN_MOMO_LBR": ("USD", "LRD"), "ORANGE_MONEY_LBR": ("USD", "LRD"),
    "MTN_MOMO_RWA": ("RWF",), "AIRTEL_RWA": ("RWF",), "ORANGE_MONEY_RWA": ("RWF",),
    "CREDIT_CARD": ("USD",), "WALLET": ("USD", "LRD", "RWF"),
}


def detect_operator(phone: str) -> Operator | None:
    if not PHONE_RE.match(phone or ""):
        return None
    country, national = phone[:3], phone[3:]
    if national.startswith("0"):  # tolerate the trunk 0 written after the country code
        national = national[1:]
    if len(national) != NATIONAL_LENGTH:
        return None
    return _PREFIXES.get((country, national[:2]))


# Test outcomes, like a PSP's test cards.
def outcome_for_phone(phone: str | None) -> str:
    """'fail', 'hold' (stays PROCESSING until the control API settles it) or 'complete'."""
    phone = phone or ""
    if phone.endswith("0000"):
        return "fail"
    if phone.endswith("1111"):
        return "hold"
    return "complete"


FAIL_MESSAGE_PHONE = "Payment declined by the payer's mobile money wallet: insufficient funds"

# Test cards (Stripe's familiar numbers). Every card goes through a simulated 3-D Secure step.
CARD_DECLINED = {"4000000000000002": "Your card was declined.",
                 "4000000000009995": "Your card has insufficient funds."}
CARD_HOLD = {"4000000000001111"}


def outcome_for_card(number: str) -> tuple[str, str | None]:
    digits = re.sub(r"\D", "", number or "")
    if digits in CARD_DECLINED:
        return "fail", CARD_DECLINED[digits]
    if digits in CARD_HOLD:
        return "hold", None
    return "complete", None


def card_brand(number: str) -> str:
    digits = re.sub(r"\D", "", number or "")
    if digits.startswith("4"):
        return "visa"
    if digits[:2] in {"51", "52", "53", "54", "55"} or digits[:2] == "22":
        return "mastercard"
    if digits[:2] in {"34", "37"}:
        return "amex"
    return "unknown"


def luhn_ok(number: str) -> bool:
    digits = [int(d) for d in re.sub(r"\D", "", number or "")]
    if len(digits) < 12:
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return total % 10 == 0
