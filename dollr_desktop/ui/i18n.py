"""Languages: which catalogue is loaded, and amounts, dates and numbers written the local way.

English is the source language (no catalogue needed); French ships for Rwanda. `install()` loads
the app's catalogue plus Qt's own (standard buttons, print and file dialogs) and makes the
matching `QLocale` the default, so every `format_*` helper below follows the chosen language.

Money stays `Decimal` all the way: digits are grouped by hand from the Decimal's own text, never
through a float, and never rounded: an amount is shown with every digit it has (padded to the
places asked for). `ui/money.py` is the one money formatter built on `format_decimal`.

Catalogues: `resources/translations/dollr_<code>.ts` (source, edited by translators) compiled to
`.qm` with `make translations` (pyside6-lupdate / pyside6-lrelease), see packaging/README.md.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Context, Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, QTranslator

from dollr_desktop.paths import resources_dir

log = logging.getLogger(__name__)

SYSTEM = "system"
# code -> (name shown in its own language, the locale used for numbers and dates)
LANGUAGES: dict[str, tuple[str, str]] = {
    "en": ("English", "en_LR"),
    "fr": ("Français", "fr_RW"),
    "rw": ("Ikinyarwanda", "rw_RW"),   # partial catalogue: untranslated words show in English
}

_installed: list[QTranslator] = []
_current = "en"
_speaking = threading.local()          # .code: a customer's language on this thread (receipts)
_catalogues: dict[str, QTranslator] = {}
_catalogues_lock = threading.Lock()


class _CustomerLanguage(QTranslator):
    """Installed last (asked first): inside `speaking(code)` on this thread it answers from that
    language's catalogue, elsewhere it steps aside (None: Qt asks the app's own catalogues)."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401 (Qt override)
        code = getattr(_speaking, "code", None)
        if code is None:
            return None
        if code == "en":
            return source
        catalogue = _catalogue(code)
        found = catalogue.translate(context, source, disambiguation, n) if catalogue is not None else ""
        return found or source

    def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
        return False


def _catalogue(code: str) -> QTranslator | None:
    with _catalogues_lock:
        if code not in _catalogues:
            translator = QTranslator()
            _catalogues[code] = translator if translator.load(f"dollr_{code}", str(translations_dir())) else None
        return _catalogues[code]


@contextmanager
def speaking(code: str | None) -> Iterator[None]:
    """Words, numbers and dates in `code` on this thread only (a customer's receipt or message),
    whatever the app's language; None or an unknown code: the app's language."""
    if code not in LANGUAGES or code == getattr(_speaking, "code", None) or \
            (code == _current and getattr(_speaking, "code", None) is None):
        yield
        return
    before = getattr(_speaking, "code", None)
    _speaking.code = code
    try:
        yield
    finally:
        _speaking.code = before


def speaking_language() -> str:
    """The language words are said in on this thread: a customer's inside `speaking()`, else the app's."""
    return getattr(_speaking, "code", None) or _current


def translations_dir() -> Path:
    return resources_dir() / "translations"


def catalog_path(code: str) -> Path:
    return translations_dir() / f"dollr_{code}.qm"


def available_languages() -> list[str]:
    return list(LANGUAGES)


def language_name(code: str) -> str:
    return LANGUAGES.get(code, (code, ""))[0]


def resolve(code: str | None) -> str:
    """A supported language code: the setting if known, else the system's, else English."""
    if code in LANGUAGES:
        return code
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def current_language() -> str:
    return _current


def locale() -> QLocale:
    return QLocale(LANGUAGES[speaking_language()][1])


def install(code: str | None, app: QCoreApplication | None = None) -> str:
    """Switch the whole app to `code` (or the system language); returns the code now in use.

    Widgets built after this call come up translated; widgets already on screen get a
    `QEvent.LanguageChange` from Qt and translate themselves if they handle it.
    """
    global _current
    app = app or QCoreApplication.instance()
    chosen = resolve(code)
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    if chosen != "en" and app is not None:
        qt_translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        for name, folder in ((f"dollr_{chosen}", translations_dir()),
                             (f"qtbase_{chosen}", translations_dir()),   # bundled copy
                             (f"qtbase_{chosen}", qt_translations)):
            if any(t.objectName() == name for t in _installed):
                continue
            translator = QTranslator(app)
            if translator.load(name, str(folder)):
                translator.setObjectName(name)
                app.installTranslator(translator)
                _installed.append(translator)
        if not any(t.objectName() == f"dollr_{chosen}" for t in _installed):
            log.warning("No %s catalogue in %s; showing English", chosen, translations_dir())
    if app is not None:
        router = _CustomerLanguage(app)
        router.setObjectName("customer-language")
        app.installTranslator(router)
        _installed.append(router)
    _current = chosen
    QLocale.setDefault(QLocale(LANGUAGES[chosen][1]))
    return chosen


# formatting -------------------------------------------------------------------------------------
def number_separators() -> tuple[str, str]:
    """(thousands, decimal point) of the chosen language: (",", ".") or ("\u202f", ",")."""
    loc = locale()
    return loc.groupSeparator(), loc.decimalPoint()


def shown_places(value: Decimal, places: int) -> int:
    """`places`, or more when the value has digits beyond them (they are shown, never rounded)."""
    exponent = value.normalize().as_tuple().exponent if value else 0
    return max(places, -exponent if isinstance(exponent, int) and exponent < 0 else 0)


def format_decimal(value: Decimal, places: int, loc: QLocale | None = None) -> str:
    """`1234567.5` -> `1,234,567.50` (English) or `1 234 567,50` (French), from the Decimal.

    Padded to `places`; a value with more digits keeps them all (`0.005` stays `0.005`).
    """
    loc = loc or locale()
    places = shown_places(value, places)
    enough = Context(prec=max(28, len(value.as_tuple().digits) + places))
    exact = value.quantize(Decimal(1).scaleb(-places), context=enough)   # pads; drops no digit
    sign = "-" if exact < 0 else ""
    whole, _, fraction = f"{abs(exact):f}".partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = loc.groupSeparator().join(groups)
    if places:
        text += loc.decimalPoint() + fraction
    return sign + text


def format_number(value: int) -> str:
    return format_decimal(Decimal(value), 0)


def format_date(value: date | datetime | None) -> str:
    """`28 Nov 2026` / `28 nov. 2026`: unambiguous in both languages (no 11/28 vs 28/11)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone().date() if value.tzinfo else value.date()
    return locale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone() if value.tzinfo else value
    qdt = QDateTime(QDate(local.year, local.month, local.day), _qtime(local))
    return locale().toString(qdt, "d MMM yyyy " + ("HH:mm" if speaking_language() != "en" else "h:mm AP"))


def _qtime(value: datetime):
    from PySide6.QtCore import QTime

    return QTime(value.hour, value.minute, value.second)
