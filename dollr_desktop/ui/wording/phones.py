"""Words for the phone checks of `services/phones.py` (codes `phone.*`)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def _country(iso: str) -> str:
    from dollr_desktop.ui.formatting import country_label

    return country_label(iso) or QCoreApplication.translate("Phones", "this country")


WORDS = {
    "phone.empty": lambda **p: QCoreApplication.translate(
        "Phones", "Enter a mobile number, e.g. 0771234567."),
    "phone.too_short": lambda country="", missing=1, **p: QCoreApplication.translate(
        "Phones", "Too short for {country}: {missing} digit(s) missing.").format(
        country=_country(country), missing=missing),
    "phone.too_long": lambda country="", extra=1, **p: QCoreApplication.translate(
        "Phones", "Too long for {country}: {extra} digit(s) too many.").format(
        country=_country(country), extra=extra),
    "phone.not_a_number": lambda **p: QCoreApplication.translate(
        "Phones", "This is not a phone number: a number has 8 to 15 digits with its country code."),
    "phone.unknown_country": lambda **p: QCoreApplication.translate(
        "Phones", "Country not recognised; check the country code."),
    "phone.not_mobile_money": lambda country="", **p: QCoreApplication.translate(
        "Phones", "{country}: not a mobile-money number Dollr recognises.").format(country=_country(country)),
    "phone.not_in_use": lambda country="", **p: QCoreApplication.translate(
        "Phones", "{country}: no number of this kind is in use; check it.").format(country=_country(country)),
}


def phone_words(info: Any) -> str:
    """What to say about a `services.phones.PhoneInfo` ("" when all is well)."""
    problem = getattr(info, "problem", None)
    if problem is None:
        return ""
    words = WORDS.get(problem.code)
    return words(**problem.params) if words else problem.code
