"""Languages: catalogues load, French is complete, amounts/dates/numbers follow the chosen locale."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date, datetime, timezone
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication

from dollr_desktop.ui import i18n
from dollr_desktop.ui.money import format_amount, format_money

NNBSP = "\u202f"


@pytest.fixture
def language(qapp):
    yield lambda code: i18n.install(code, qapp)
    i18n.install("en", qapp)


def test_amounts_are_grouped_from_the_decimal_in_each_language(language):
    language("en")
    assert format_money(Decimal("1234567.5"), "LRD") == "1,234,567.50 LRD"
    assert format_amount(Decimal("12000"), "RWF") == "12,000"
    assert format_amount(Decimal("-0.005"), "USD") == "-0.005"       # never rounded away
    assert format_amount(Decimal("217.50"), "RWF") == "217.5"
    assert i18n.format_number(1234) == "1,234"
    language("fr")
    assert format_money(Decimal("1234567.5"), "LRD") == f"1{NNBSP}234{NNBSP}567,50 LRD"
    assert format_amount("12000", "RWF") == f"12{NNBSP}000"
    # No float on the way: a value a float cannot hold keeps every digit.
    assert format_amount(Decimal("90071992547409931.25"), "USD") == \
        f"90{NNBSP}071{NNBSP}992{NNBSP}547{NNBSP}409{NNBSP}931,25"


def test_dates_use_the_language_s_month_names(language):
    language("en")
    assert i18n.format_date(date(2026, 2, 3)) == "3 Feb 2026"
    language("fr")
    assert i18n.format_date(date(2026, 2, 3)) == "3 févr. 2026"
    when = datetime(2026, 2, 3, 14, 5, tzinfo=timezone.utc).astimezone()
    assert i18n.format_datetime(when).endswith(when.strftime("%H:%M"))


def test_french_installs_ours_and_qts_catalogues_and_english_removes_them(language):
    assert language("fr") == "fr"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"   # Qt's own buttons
    assert QCoreApplication.translate("LanguageAppearanceBox", "Dark") == "Sombre"
    assert language("en") == "en"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert QCoreApplication.translate("LanguageAppearanceBox", "Dark") == "Dark"
    assert language("xx") in i18n.available_languages()   # unknown: the system's or English


def test_kinyarwanda_has_qts_own_buttons_too(language, qtbot):
    """Qt ships no Kinyarwanda: the app's qtbase_rw (packaging/i18n/qtbase/rw.json) words the standard buttons."""
    from PySide6.QtWidgets import QDialogButtonBox

    assert language("rw") == "rw"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert [b.text() for b in box.buttons()] == ["OK", "Reka"]
    assert QCoreApplication.translate("QLineEdit", "Select All") == "Hitamo byose"


def test_every_french_message_is_translated_and_keeps_its_placeholders():
    ts = i18n.translations_dir() / "dollr_fr.ts"
    messages = list(ET.parse(ts).iter("message"))
    assert len(messages) > 50
    untranslated, broken = [], []
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished" or not (translation.text or "").strip():
            untranslated.append(source)
            continue
        for token in ("{", "%1", "%2", "%n"):
            if source.count(token) != (translation.text or "").count(token):
                broken.append(source)
    assert not untranslated, untranslated[:10]
    assert not broken, broken[:10]
    assert i18n.catalog_path("fr").stat().st_mtime >= ts.stat().st_mtime - 1, "run packaging/update_translations.py"


def test_amounts_typed_back_the_way_they_are_shown_keep_their_value(language):
    from dollr_desktop.ui.money import format_amount, parse_amount

    for code in ("en", "fr"):
        language(code)
        for value, currency in ((Decimal("1800.00"), "LRD"), (Decimal("1234567.5"), "USD"), (Decimal("17000"), "RWF")):
            assert parse_amount(format_amount(value, currency), currency) == value
    language("fr")
    assert parse_amount("1 800,50", "LRD") == Decimal("1800.50")
    assert parse_amount("1800.50", "LRD") == Decimal("1800.50")       # a point is a decimal point too
    with pytest.raises(ValueError):
        parse_amount("1,800.50", "LRD")    # English grouping in French: refused, never read as 1.80050
    language("en")
    assert parse_amount("1,800.50", "LRD") == Decimal("1800.50")


def test_the_words_of_codes_and_features_are_in_the_french_catalogue(language):
    """The wording modules and features call translate() with literal texts, so lupdate finds
    them: a wrapper around translate() hid 90 messages from the catalogue once."""
    from dollr_desktop.api import errors
    from dollr_desktop.services.problems import Problem
    from dollr_desktop.store.journal import PaymentState
    from dollr_desktop.ui.features.home import today_text
    from dollr_desktop.ui.models.activity_model import state_label
    from dollr_desktop.ui.wording import words_for

    language("fr")
    assert words_for(errors.ApiConnectionError()).startswith("Impossible de joindre Dollr")
    assert words_for(Problem("payout.wrong_passcode")).startswith("Ce code secret n’est pas bon")
    assert words_for(Problem("document.customer_missing")) == "Choisissez d’abord un client."
    assert state_label("COLLECTION", PaymentState.COMPLETED) != "Paid"

    class Empty:
        empty = True

    assert today_text(Empty()) != "No payments yet today."
    language("en")


def test_every_kinyarwanda_message_keeps_its_placeholders():
    """rw is partial (untranslated words stay English), but what is translated keeps {amount} etc."""
    ts = i18n.translations_dir() / "dollr_rw.ts"
    broken = []
    for message in ET.parse(ts).iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished" or not (translation.text or "").strip():
            continue
        source = message.findtext("source") or ""
        for token in ("{", "%1", "%2", "%n"):
            if source.count(token) != (translation.text or "").count(token):
                broken.append(source)
    assert not broken, broken[:10]
    assert "rw" in i18n.available_languages() and i18n.language_name("rw") == "Ikinyarwanda"
