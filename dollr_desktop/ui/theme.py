"""Light and dark appearance: follows the computer's setting unless the person picks one in Settings.

One look everywhere (Qt's Fusion style, our palettes, `resources/styles/app.qss` plus
`app_dark.qss` in dark), so a screenshot in the help pages matches every merchant's screen.
Status colours come from here too, tuned to stay readable on both backgrounds; they always go with
words (Paid, Pending, Failed …) and marks (✔ ◔ ✖), never colour alone.
"""
from __future__ import annotations

import logging
from enum import StrEnum

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from dollr_desktop.ui.icons import stylesheet

log = logging.getLogger(__name__)


class Appearance(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


class Tone(StrEnum):
    PAID = "paid"
    PENDING = "pending"
    FAILED = "failed"
    MUTED = "muted"


# (light, dark): dark text on light backgrounds, light text on dark ones; each ≥ 4.5:1 contrast.
TONES: dict[Tone, tuple[str, str]] = {
    Tone.PAID: ("#1f7a4d", "#6ad7a0"),
    Tone.PENDING: ("#8a5a00", "#f2b955"),
    Tone.FAILED: ("#b3261e", "#ff8f85"),
    Tone.MUTED: ("#5f6873", "#a3acb6"),
}
MARKS: dict[Tone, str] = {Tone.PAID: "✔", Tone.PENDING: "◔", Tone.FAILED: "✖", Tone.MUTED: "–"}

_DARK = {
    QPalette.ColorRole.Window: "#1f2328",
    QPalette.ColorRole.WindowText: "#e6e8eb",
    QPalette.ColorRole.Base: "#16191d",
    QPalette.ColorRole.AlternateBase: "#262b31",
    QPalette.ColorRole.ToolTipBase: "#2d333a",
    QPalette.ColorRole.ToolTipText: "#e6e8eb",
    QPalette.ColorRole.PlaceholderText: "#8d96a0",
    QPalette.ColorRole.Text: "#e6e8eb",
    QPalette.ColorRole.Button: "#2b3037",
    QPalette.ColorRole.ButtonText: "#e6e8eb",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Light: "#3a4149",
    QPalette.ColorRole.Midlight: "#323840",
    QPalette.ColorRole.Mid: "#262b31",
    QPalette.ColorRole.Dark: "#111316",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Highlight: "#2e8b5f",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#7cc4ff",
    QPalette.ColorRole.LinkVisited: "#c5a3ff",
}
_DARK_DISABLED = {   # >= 4.5:1 on the window, fields and buttons (#7d858f was 3.6:1 on a button)
    QPalette.ColorRole.WindowText: "#9aa2ac",
    QPalette.ColorRole.Text: "#9aa2ac",
    QPalette.ColorRole.ButtonText: "#9aa2ac",
    QPalette.ColorRole.Highlight: "#3a4149",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def system_prefers_dark() -> bool:
    app = QGuiApplication.instance()
    if app is None:
        return False
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


class ThemeManager(QObject):
    """Applies an appearance to the whole app and re-applies it when the OS switches (if following)."""

    def __init__(self, app: QApplication | None = None) -> None:
        self._app = app or QApplication.instance()
        super().__init__(self._app)
        self.appearance = Appearance.SYSTEM
        self.dark = False
        self._os_dark = system_prefers_dark()
        self._applying = False
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.on_style_hints_color_scheme_changed)

    def apply(self, appearance: str | Appearance | None, *, os_dark: bool | None = None) -> bool:
        """Switch to `appearance` (unknown values follow the system); returns True when dark.
        `os_dark` is what the OS just announced, when it did."""
        try:
            self.appearance = Appearance(appearance or Appearance.SYSTEM)
        except ValueError:
            self.appearance = Appearance.SYSTEM
        self._applying = True
        try:
            self._request_scheme()
            if os_dark is not None:
                self._os_dark = os_dark
            elif self.appearance is Appearance.SYSTEM:
                self._os_dark = system_prefers_dark()   # the override is lifted: this is the OS's again
            dark = self._os_dark if self.appearance is Appearance.SYSTEM else self.appearance is Appearance.DARK
            app = self._app
            app.setStyle("Fusion")
            app.setPalette(dark_palette() if dark else app.style().standardPalette())
            app.setStyleSheet(stylesheet("app") + ("\n" + stylesheet("app_dark") if dark else ""))
        finally:
            self._applying = False
        self.dark = dark
        set_dark(dark)
        refresh_icons()
        return dark

    def _request_scheme(self) -> None:
        """Qt 6.8+: tell the platform too, so native title bars and dialogs match."""
        hints = QGuiApplication.styleHints()
        if not hasattr(hints, "setColorScheme"):
            return
        scheme = {Appearance.LIGHT: Qt.ColorScheme.Light, Appearance.DARK: Qt.ColorScheme.Dark}.get(
            self.appearance, Qt.ColorScheme.Unknown)
        hints.setColorScheme(scheme)

    def on_style_hints_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        if self._applying:
            return
        if self.appearance is Appearance.SYSTEM:
            self.apply(Appearance.SYSTEM, os_dark=scheme == Qt.ColorScheme.Dark)


def refresh_icons() -> None:
    """Icons drawn for the other appearance are swapped on the widgets that show them."""
    from PySide6.QtWidgets import QAbstractButton, QListWidget

    from dollr_desktop.ui.icons import icon

    for top in QApplication.topLevelWidgets():
        for widget in top.findChildren(QAbstractButton) + top.findChildren(QListWidget):
            if isinstance(widget, QListWidget):
                for row in range(widget.count()):
                    item = widget.item(row)
                    name = item.data(ICON_NAME_ROLE) or item.data(Qt.ItemDataRole.UserRole)
                    if isinstance(name, str) and not icon(name).isNull():
                        item.setIcon(icon(name))
            elif isinstance(widget.property("iconName"), str):
                widget.setIcon(icon(widget.property("iconName")))


def set_icon(widget, name: str) -> None:
    """Give a button a named icon that follows light/dark."""
    from dollr_desktop.ui.icons import icon

    widget.setProperty("iconName", name)
    widget.setIcon(icon(name))


ICON_NAME_ROLE = Qt.ItemDataRole.UserRole + 77
_manager: ThemeManager | None = None


def install(app: QApplication, appearance: str | None) -> ThemeManager:
    """Start-up: one manager per app, following the OS unless Settings says otherwise."""
    global _manager
    if _manager is None:
        _manager = ThemeManager(app)
    _manager.apply(appearance)
    return _manager


def current_manager() -> ThemeManager | None:
    return _manager


def apply_appearance(appearance: str) -> bool:
    """From Settings: switch now (start-up installs the manager; tests may not have)."""
    manager = _manager or install(QApplication.instance(), appearance)
    return manager.apply(appearance)


# status colours ---------------------------------------------------------------------------------
_dark = False


def set_dark(dark: bool) -> None:
    global _dark
    _dark = dark


def is_dark() -> bool:
    return _dark


def tone_colour(tone: Tone | str) -> str:
    light, dark = TONES[Tone(tone)]
    return dark if _dark else light


def tone_brush(tone: Tone | str) -> QBrush:
    return QBrush(QColor(tone_colour(tone)))


def tone_mark(tone: Tone | str) -> str:
    return MARKS[Tone(tone)]


def error_cell_brush() -> QBrush:
    """Background of a table cell with a mistake in it (the words go under the table)."""
    return QBrush(QColor("#5c2622" if _dark else "#f9d6d3"))
