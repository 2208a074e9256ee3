"""Reminder and new-bill messages, in the CUSTOMER's language (English or French per contact), not
the app's: the source texts are marked for the catalogue (QT_TRANSLATE_NOOP, so lupdate finds them
and the French lives in packaging/i18n/fr/plans.json like every other text), and a French message
is read from the French catalogue directly, whatever language the app itself shows."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QTranslator

from dollr_desktop.ui.money import decimals, to_decimal

CONTEXT = "ReminderMessage"
OVERDUE = QT_TRANSLATE_NOOP(
    "ReminderMessage",
    "Hello {customer}, a reminder from {merchant}: {number} for {amount} was due on {due}. "
    "You can pay it here: {url}")
DUE_SOON = QT_TRANSLATE_NOOP(
    "ReminderMessage",
    "Hello {customer}, a reminder from {merchant}: {number} for {amount} is due on {due}. "
    "You can pay it here: {url}")
NEW_BILL = QT_TRANSLATE_NOOP(
    "ReminderMessage",
    "Hello {customer}, {merchant} sent you {number} for {amount}, due on {due}. You can pay it here: {url}")
SUBJECT = QT_TRANSLATE_NOOP("ReminderMessage", "Payment reminder: {number}")

_french: QTranslator | None = None


def _in(language: str, source: str) -> str:
    """The source text in `language` (English: as written; French: from the French catalogue)."""
    global _french
    if language != "fr":
        return source
    if _french is None:
        from dollr_desktop.ui.i18n import catalog_path

        _french = QTranslator()
        _french.load(str(catalog_path("fr")))
    return _french.translate(CONTEXT, source) or source


def _locale(language: str) -> QLocale:
    return QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English,
                   QLocale.Country.France if language == "fr" else QLocale.Country.UnitedStates)


def money_in(amount: Decimal | None, currency: str, language: str) -> str:
    from dollr_desktop.ui.i18n import format_decimal

    return f"{format_decimal(to_decimal(amount), decimals(currency), _locale(language))} {currency}".strip()


def date_in(day: date | None, language: str) -> str:
    from PySide6.QtCore import QDate

    if day is None:
        return ""
    return _locale(language).toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def reminder_message(language: str, *, overdue: bool, customer: str, merchant: str, number: str,
                     amount: Decimal | None, currency: str, due: date | None, url: str) -> str:
    source = OVERDUE if overdue else DUE_SOON
    return _in(language, source).format(customer=customer, merchant=merchant, number=number,
                                        amount=money_in(amount, currency, language), due=date_in(due, language),
                                        url=url)


def new_bill_message(language: str, *, customer: str, merchant: str, number: str, amount: Decimal | None,
                     currency: str, due: date | None, url: str) -> str:
    return _in(language, NEW_BILL).format(customer=customer, merchant=merchant, number=number,
                                          amount=money_in(amount, currency, language), due=date_in(due, language),
                                          url=url)


def reminder_subject(language: str, number: str) -> str:
    return _in(language, SUBJECT).format(number=number)
