"""Small text helpers for lists: phones, countries, relationships, dates."""
from __future__ import annotations

from datetime import date, datetime

from dollr_desktop.services.phones import COUNTRIES, country_of

RELATIONSHIPS = ("CUSTOMER", "SUPPLIER", "EMPLOYEE", "BENEFICIARY", "SERVICE_PROVIDER", "PARTNER",
                 "CONTACT", "FRIEND", "FAMILY", "DONOR", "DONEE", "SELF")


def relationship_label(value: str | None) -> str:
    return (value or "").replace("_", " ").capitalize()


def phone_label(digits: str | None) -> str:
    if not digits:
        return ""
    country = country_of(digits)
    if country is None:
        return "+" + digits
    national = digits[len(country.calling_code):]
    groups = [national[i:i + 3] for i in range(0, len(national), 3)]
    return f"+{country.calling_code} " + " ".join(groups)


def country_label(iso: str | None) -> str:
    country = COUNTRIES.get((iso or "").upper())
    return country.name if country else (iso or "")


def date_label(value: str | date | datetime | None) -> str:
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value[:10]
    from dollr_desktop.i18n import format_date

    return format_date(value)   # "12 Dec 2026" / "12 déc. 2026": the chosen language's month names
