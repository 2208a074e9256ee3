"""Light and dark: the override from Settings, the OS's choice otherwise, status colours for both."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from dollr_desktop.settings import Settings
from dollr_desktop.ui import theme
from dollr_desktop.ui.widgets.language_appearance_box import LanguageAppearanceBox


def _luminance(colour: str | QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    q = QColor(colour)
    return 0.2126 * channel(q.redF()) + 0.7152 * channel(q.greenF()) + 0.0722 * channel(q.blueF())


def contrast(a: str | QColor, b: str | QColor) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture
def manager(qapp):
    m = theme.install(qapp, "light")
    yield m
    m.apply("light")
    qapp.setStyleSheet(theme.stylesheet("app"))


def test_dark_override_switches_palette_stylesheet_and_status_colours(manager, qapp):
    assert manager.apply("dark") is True
    assert qapp.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.25
    assert "#1f4a35" in qapp.styleSheet()          # app_dark.qss is loaded after app.qss
    dark_paid = theme.tone_colour(theme.Tone.PAID)
    assert manager.apply("light") is False
    assert qapp.palette().color(QPalette.ColorRole.Window).lightnessF() > 0.75
    assert "#1f4a35" not in qapp.styleSheet()
    assert theme.tone_colour(theme.Tone.PAID) != dark_paid


@pytest.mark.parametrize("tone", list(theme.Tone))
def test_status_colours_are_readable_on_both_backgrounds(tone):
    light, dark = theme.TONES[tone]
    assert contrast(light, "#ffffff") >= 4.5
    assert contrast(dark, theme._DARK[QPalette.ColorRole.Base]) >= 4.5
    assert contrast(dark, theme._DARK[QPalette.ColorRole.Window]) >= 4.5
    assert theme.tone_mark(tone)                     # never colour alone


def test_following_the_system_tracks_the_os_when_it_changes(manager, qapp):
    from PySide6.QtCore import Qt

    manager.apply("system")
    manager.on_style_hints_color_scheme_changed(Qt.ColorScheme.Dark)
    assert manager.dark and qapp.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.25
    manager.on_style_hints_color_scheme_changed(Qt.ColorScheme.Light)
    assert not manager.dark
    manager.apply("light")
    manager.on_style_hints_color_scheme_changed(Qt.ColorScheme.Dark)   # an override wins
    assert not manager.dark


def test_settings_box_saves_and_applies_the_choice(qtbot, manager, tmp_path):
    settings = Settings()
    box = LanguageAppearanceBox(lambda: settings)
    qtbot.addWidget(box)
    box.appearance_combo.setCurrentIndex(box.appearance_combo.findData("dark"))
    assert manager.dark and settings.appearance == "dark"
    assert Settings.load().appearance == "dark"
    box.language_combo.setCurrentIndex(box.language_combo.findData("fr"))
    try:
        assert Settings.load().language == "fr"
        assert "Redémarrez" in box.restart_label.text()
    finally:
        box.language_combo.setCurrentIndex(box.language_combo.findData("en"))


def test_settings_box_shows_the_language_and_appearance_in_use(qtbot, manager, qapp):
    from dollr_desktop.ui import i18n

    i18n.install("fr", qapp)
    manager.apply("dark")
    try:
        box = LanguageAppearanceBox(lambda: Settings())   # saved defaults say en/system
        qtbot.addWidget(box)
        assert box.language_combo.currentData() == "fr"
        assert box.appearance_combo.currentData() == "dark"
    finally:
        i18n.install("en", qapp)


def _ink(icon) -> float:
    """Mean lightness of the icon's drawn (opaque) pixels."""
    image = icon.pixmap(24, 24).toImage()
    values = [image.pixelColor(x, y).lightnessF() for x in range(24) for y in range(24)
              if image.pixelColor(x, y).alphaF() > 0.8]
    assert values, "nothing drawn"
    return sum(values) / len(values)


@pytest.mark.parametrize("name", ["home", "contacts", "invoices", "payments", "payouts", "settings",
                                  "new-invoice", "new-contact", "receipt", "print", "sync", "paid",
                                  "pending", "failed"])
def test_icons_load_by_name_and_are_redrawn_light_on_dark(manager, name):
    from dollr_desktop.ui.icons import icon

    manager.apply("light")
    assert _ink(icon(name)) < 0.4
    manager.apply("dark")
    assert _ink(icon(name)) > 0.6
