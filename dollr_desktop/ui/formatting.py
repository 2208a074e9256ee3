"""Small text helpers for lists: phones, countries, relationships, dates."""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dollr_desktop.services.phones import COUNTRIES, format_international

RELATIONSHIPS = ("CUSTOMER", "SUPPLIER", "EMPLOYEE", "BENEFICIARY", "SERVICE_PROVIDER", "PARTNER",
                 "CONTACT", "FRIEND", "FAMILY", "DONOR", "DONEE", "SELF")


# Words for pyside6-lupdate: the relationship labels below and the country names of services.phones.
WORDS = (QT_TRANSLATE_NOOP("Relationships", "Customer"), QT_TRANSLATE_NOOP("Relationships", "Supplier"),
         QT_TRANSLATE_NOOP("Relationships", "Employee"), QT_TRANSLATE_NOOP("Relationships", "Beneficiary"),
         QT_TRANSLATE_NOOP("Relationships", "Service provider"), QT_TRANSLATE_NOOP("Relationships", "Partner"),
         QT_TRANSLATE_NOOP("Relationships", "Contact"), QT_TRANSLATE_NOOP("Relationships", "Friend"),
         QT_TRANSLATE_NOOP("Relationships", "Family"), QT_TRANSLATE_NOOP("Relationships", "Donor"),
         QT_TRANSLATE_NOOP("Relationships", "Donee"), QT_TRANSLATE_NOOP("Relationships", "Self"),
         QT_TRANSLATE_NOOP("Countries", "Liberia"), QT_TRANSLATE_NOOP("Countries", "Rwanda"),
         QT_TRANSLATE_NOOP("Countries", "Sierra Leone"), QT_TRANSLATE_NOOP("Countries", "Guinea"),
         QT_TRANSLATE_NOOP("Countries", "Côte d'Ivoire"), QT_TRANSLATE_NOOP("Countries", "Ghana"),
         QT_TRANSLATE_NOOP("Countries", "Nigeria"), QT_TRANSLATE_NOOP("Countries", "Uganda"),
         QT_TRANSLATE_NOOP("Countries", "Kenya"), QT_TRANSLATE_NOOP("Countries", "Tanzania"),
         QT_TRANSLATE_NOOP("Countries", "Burundi"), QT_TRANSLATE_NOOP("Countries", "DR Congo"),
         QT_TRANSLATE_NOOP("Countries", "United States"))


def relationship_label(value: str | None) -> str:
    return QCoreApplication.translate("Relationships", (value or "").replace("_", " ").capitalize())


def phone_label(digits: str | None) -> str:
    """'+231 77 123 4567': E.164 digits in the international form of their country."""
    return format_international(digits)


def country_label(iso: str | None) -> str:
    country = COUNTRIES.get((iso or "").upper())
    return QCoreApplication.translate("Countries", country.name) if country else (iso or "")


def date_label(value: str | date | datetime | None) -> str:
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value[:10]
    from dollr_desktop.ui.i18n import format_date

    return format_date(value)   # "12 Dec 2026" / "12 déc. 2026": the chosen language's month names
