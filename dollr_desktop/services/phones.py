"""Phone numbers as the Dollr API wants them (E.164 digits without '+'), checked offline.

`describe()` runs on every keystroke, so it is pure table lookups: the country from the calling
code, the mobile-money operator from the national prefix. The server's
`predictions/mmo-provider-info` stays the authority before money moves; this is for display.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

E164_PATTERN = re.compile(r"^[1-9]\d{7,14}$")


@dataclass(frozen=True)
class Country:
    iso: str               # ISO 3166 alpha-2
    name: str
    calling_code: str
    national_length: int   # digits after the calling code for a mobile number
    currency: str


@dataclass(frozen=True)
class Operator:
    name: str
    payment_method: str | None   # the API's PaymentMethod when Dollr supports it


COUNTRIES: dict[str, Country] = {
    c.iso: c
    for c in (
        Country("LR", "Liberia", "231", 9, "LRD"),
        Country("RW", "Rwanda", "250", 9, "RWF"),
        Country("SL", "Sierra Leone", "232", 8, "SLE"),
        Country("GN", "Guinea", "224", 9, "GNF"),
        Country("CI", "Côte d'Ivoire", "225", 10, "XOF"),
        Country("GH", "Ghana", "233", 9, "GHS"),
        Country("NG", "Nigeria", "234", 10, "NGN"),
        Country("UG", "Uganda", "256", 9, "UGX"),
        Country("KE", "Kenya", "254", 9, "KES"),
        Country("TZ", "Tanzania", "255", 9, "TZS"),
        Country("BI", "Burundi", "257", 8, "BIF"),
        Country("CD", "DR Congo", "243", 9, "CDF"),
        Country("US", "United States", "1", 10, "USD"),
    )
}

_MTN_LR = Operator("MTN (Lonestar Cell)", "MTN_MOMO_LBR")
_ORANGE_LR = Operator("Orange Liberia", "ORANGE_MONEY_LBR")
_MTN_RW = Operator("MTN Rwanda", "MTN_MOMO_RWA")
_AIRTEL_RW = Operator("Airtel Rwanda", "AIRTEL_RWA")

# National prefixes (after the calling code) of the networks Dollr pays out to and collects from.
OPERATOR_PREFIXES: dict[str, dict[str, Operator]] = {
    "LR": {"88": _MTN_LR, "55": _MTN_LR, "77": _ORANGE_LR, "76": _ORANGE_LR},
    "RW": {"78": _MTN_RW, "79": _MTN_RW, "72": _AIRTEL_RW, "73": _AIRTEL_RW},
}


@dataclass(frozen=True)
class PhoneInfo:
    digits: str                 # E.164 without '+', or the best guess while typing
    valid: bool
    country: Country | None
    operator: Operator | None
    message: str                # a sentence for the person typing

    @property
    def label(self) -> str:
        parts = [p for p in (self.country and self.country.name, self.operator and self.operator.name) if p]
        return " · ".join(parts)


def normalize(text: str, default_country: str = "LR") -> str:
    """The digits the API wants: '+231 77 123 4567', '0771234567' and '771234567' agree."""
    raw = text.strip()
    digits = re.sub(r"\D", "", raw)
    if raw.startswith("+") or raw.startswith("00"):
        return digits[2:] if raw.startswith("00") else digits
    country = COUNTRIES.get(default_country)
    if not country or not digits:
        return digits
    if digits.startswith("0"):
        return country.calling_code + digits[1:]
    # Typed with its country code but without '+': long enough to be a full international number.
    known = country_of(digits)
    if known and len(digits) >= len(known.calling_code) + known.national_length:
        return digits
    return country.calling_code + digits


def country_of(digits: str) -> Country | None:
    # Calling codes are prefix-free, so the first match is the only one.
    for country in COUNTRIES.values():
        if digits.startswith(country.calling_code):
            return country
    return None


def describe(text: str, default_country: str = "LR") -> PhoneInfo:
    digits = normalize(text, default_country)
    if not digits:
        return PhoneInfo("", False, None, None, "Enter a mobile number, e.g. 0771234567.")
    country = country_of(digits)
    operator = None
    if country:
        national = digits[len(country.calling_code):]
        operator = OPERATOR_PREFIXES.get(country.iso, {}).get(national[:2])
        expected = len(country.calling_code) + country.national_length
        if len(digits) < expected:
            return PhoneInfo(digits, False, country, operator,
                             f"Too short for {country.name}: {expected - len(digits)} digit(s) missing.")
        if len(digits) > expected:
            return PhoneInfo(digits, False, country, operator,
                             f"Too long for {country.name}: {len(digits) - expected} digit(s) too many.")
    if not E164_PATTERN.match(digits):
        return PhoneInfo(digits, False, country, operator,
                         "A phone number has 8 to 15 digits and does not start with 0 after the country code.")
    if country is None:
        return PhoneInfo(digits, True, None, None, "Country not recognised; check the country code.")
    if country.iso in OPERATOR_PREFIXES and operator is None:
        return PhoneInfo(digits, True, country, None,
                         f"{country.name}: not a mobile-money number Dollr recognises.")
    return PhoneInfo(digits, True, country, operator, "")
