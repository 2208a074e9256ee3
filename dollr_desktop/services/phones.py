"""Phone numbers as the Dollr API wants them (E.164 digits without '+'), checked offline.

Parsing, lengths and the international format come from `phonenumbers` (the `phonenumberslite`
distribution: Google's numbering metadata without its geocoder and carrier data, which we do
not ship). The mobile-money operator comes from the catalogue's own prefix table, because
libphonenumber's carrier data is not something Dollr routes on. `describe()` runs on every
keystroke: it is pure and offline; the server's `predictions/mmo-provider-info` stays the
authority before money moves.

No sentences here: what is wrong (or worth saying) is a `Problem` code with parameters, worded
in `ui/wording/phones.py`.
"""
from __future__ import annotations

import importlib
import re
from dataclasses import dataclass

from dollr_desktop.services.catalogue import CALLING_CODES, Method, operator_for
from dollr_desktop.services.problems import Problem


class _Lazy:
    """`phonenumbers` imported on first use: its metadata costs ~60 ms, not worth paying before
    the window shows (the Settings page and the lists format numbers only once they are seen)."""

    def __init__(self, name: str) -> None:
        self._name, self._module = name, None

    def __getattr__(self, attr: str):
        if self._module is None:
            self._module = importlib.import_module(self._name)
        return getattr(self._module, attr)


phonenumbers = _Lazy("phonenumbers")

E164_PATTERN = re.compile(r"^[1-9]\d{7,14}$")


@dataclass(frozen=True)
class Country:
    iso: str               # ISO 3166 alpha-2
    name: str              # in English; the UI translates it (context "Countries")

    @property
    def calling_code(self) -> str:
        return str(phonenumbers.country_code_for_region(self.iso))


# The countries offered in a phone field: Dollr's two first, then the neighbours customers and
# suppliers call from.
COUNTRIES: dict[str, Country] = {
    c.iso: c
    for c in (
        Country("LR", "Liberia"), Country("RW", "Rwanda"), Country("SL", "Sierra Leone"),
        Country("GN", "Guinea"), Country("CI", "Côte d'Ivoire"), Country("GH", "Ghana"),
        Country("NG", "Nigeria"), Country("UG", "Uganda"), Country("KE", "Kenya"),
        Country("TZ", "Tanzania"), Country("BI", "Burundi"), Country("CD", "DR Congo"),
        Country("US", "United States"),
    )
}


@dataclass(frozen=True)
class PhoneInfo:
    digits: str                 # E.164 without '+', or the best guess while typing
    valid: bool                 # the API would take it (a `problem` may still be worth saying)
    country: Country | None
    operator: Method | None     # the catalogue's mobile-money operator for the prefix
    problem: Problem | None = None


def _parse(text: str, default_country: str) -> phonenumbers.PhoneNumber | None:
    """The number as typed: '+231 77 123 4567', '0771234567', '771234567' and '231771234567' agree."""
    raw = text.strip()
    digits = re.sub(r"\D", "", raw)
    if not digits:
        return None
    if raw.startswith("+") or raw.startswith("00"):
        candidates = ["+" + (digits[2:] if raw.startswith("00") else digits)]
    else:
        # Typed with its country code but without '+' ("250 72 812 3456" in a Liberian field).
        candidates = [digits, "+" + digits]
    parsed = []
    for candidate in candidates:
        try:
            number = _without_trunk_zero(
                phonenumbers.parse(candidate, None if candidate.startswith("+") else default_country))
        except phonenumbers.NumberParseException:
            continue
        if _length_check(number) == phonenumbers.ValidationResult.IS_POSSIBLE:
            return number
        parsed.append(number)
    return parsed[0] if parsed else None


def _region(number: phonenumbers.PhoneNumber) -> str | None:
    region = phonenumbers.region_code_for_number(number) \
        or phonenumbers.region_code_for_country_code(number.country_code)
    return None if region in (None, phonenumbers.UNKNOWN_REGION, "001") else region


def _without_trunk_zero(number: phonenumbers.PhoneNumber) -> phonenumbers.PhoneNumber:
    """'0886123' is 886123 missing digits, not a 7-digit number starting with 0: in a country
    whose trunk prefix is 0, a national number never starts with it."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(
        phonenumbers.region_code_for_country_code(number.country_code))
    if number.italian_leading_zero and metadata is not None and metadata.national_prefix == "0":
        return phonenumbers.PhoneNumber(country_code=number.country_code, national_number=number.national_number)
    return number


def _length_check(number: phonenumbers.PhoneNumber) -> phonenumbers.ValidationResult:
    return phonenumbers.is_possible_number_for_type_with_reason(number, phonenumbers.PhoneNumberType.MOBILE)


def _digits(number: phonenumbers.PhoneNumber) -> str:
    return f"{number.country_code}{phonenumbers.national_significant_number(number)}"


def _mobile_length(number: phonenumbers.PhoneNumber) -> int | None:
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(
        phonenumbers.region_code_for_country_code(number.country_code))
    if metadata is None:
        return None
    lengths = metadata.mobile.possible_length or metadata.general_desc.possible_length
    return max(lengths) if lengths else None


def normalize(text: str, default_country: str = "LR") -> str:
    """The digits the API wants, or the best guess while the number is being typed."""
    number = _parse(text, default_country)
    return _digits(number) if number is not None else re.sub(r"\D", "", text)


def format_international(digits: str | None) -> str:
    """'+231 77 123 4567' for E.164 digits; anything unparseable as '+digits'."""
    if not digits:
        return ""
    try:
        number = phonenumbers.parse("+" + digits, None)
    except phonenumbers.NumberParseException:
        return "+" + digits
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def country_of(digits: str) -> Country | None:
    """The country of E.164 digits (a country the app does not list is named by its ISO code)."""
    try:
        number = phonenumbers.parse("+" + digits, None)
    except phonenumbers.NumberParseException:
        return None
    return _country(number)


def _country(number: phonenumbers.PhoneNumber) -> Country | None:
    region = _region(number)
    return (COUNTRIES.get(region) or Country(region, region)) if region else None


def describe(text: str, default_country: str = "LR") -> PhoneInfo:
    number = _parse(text, default_country)
    if number is None:
        typed = re.sub(r"\D", "", text).removeprefix("00" if text.strip().startswith("00") else "")
        if not typed.lstrip("0"):   # nothing yet, or only the trunk 0
            return PhoneInfo("", False, None, None, Problem("phone.empty", field="phone"))
        return PhoneInfo(typed, bool(E164_PATTERN.match(typed)), None, None,
                         Problem("phone.unknown_country", field="phone"))
    digits = _digits(number)
    country = _country(number)
    national = digits[len(str(number.country_code)):]
    operator = operator_for(country.iso, national) if country else None
    where = country.iso if country else ""
    length = _length_check(number)
    if length != phonenumbers.ValidationResult.IS_POSSIBLE:
        expected = _mobile_length(number)
        if length == phonenumbers.ValidationResult.TOO_LONG and expected:
            return PhoneInfo(digits, False, country, operator,
                             Problem("phone.too_long", field="phone", country=where, extra=len(national) - expected))
        if length in (phonenumbers.ValidationResult.TOO_SHORT, phonenumbers.ValidationResult.INVALID_LENGTH) and expected \
                and len(national) < expected:
            return PhoneInfo(digits, False, country, operator,
                             Problem("phone.too_short", field="phone", country=where, missing=expected - len(national)))
    if not E164_PATTERN.match(digits) or length != phonenumbers.ValidationResult.IS_POSSIBLE and country is not None:
        return PhoneInfo(digits, False, country, operator, Problem("phone.not_a_number", field="phone"))
    if country is None:
        return PhoneInfo(digits, True, None, None, Problem("phone.unknown_country", field="phone"))
    if operator is None and country.iso in CALLING_CODES:   # a country whose operators Dollr serves
        return PhoneInfo(digits, True, country, None, Problem("phone.not_mobile_money", field="phone",
                                                              country=country.iso))
    if operator is None and not phonenumbers.is_valid_number(number):
        return PhoneInfo(digits, True, country, None, Problem("phone.not_in_use", field="phone",
                                                              country=country.iso))
    return PhoneInfo(digits, True, country, operator)
