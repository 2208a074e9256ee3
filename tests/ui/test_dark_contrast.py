"""Dark theme: disabled text and checkboxes readable (issue 18).

Text >= 4.5:1; a checkbox's box >= 3:1 (WCAG 1.4.11)."""
from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QCheckBox, QWidget

from dollr_desktop.paths import resources_dir
from dollr_desktop.ui import theme
from dollr_desktop.ui.icons import stylesheet


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor | str, b: QColor | str) -> float:
    high, low = sorted((luminance(QColor(a)), luminance(QColor(b))), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_formula_matches_wcag():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_disabled_text_is_readable_on_every_dark_background():
    palette = theme.dark_palette()
    Role, Group = QPalette.ColorRole, QPalette.ColorGroup
    backgrounds = [palette.color(Group.Active, role)
                   for role in (Role.Window, Role.Base, Role.Button, Role.AlternateBase)]
    for text_role in (Role.WindowText, Role.Text, Role.ButtonText):
        disabled = palette.color(Group.Disabled, text_role)
        for background in backgrounds:
            assert contrast(disabled, background) >= 4.5, (text_role, disabled.name(), background.name())
        # still visibly different from enabled text
        assert contrast(disabled, palette.color(Group.Active, text_role)) >= 1.5
    for background in backgrounds[:2]:   # a hint inside a field
        assert contrast(palette.color(Role.PlaceholderText), background) >= 4.5, background.name()


def _rule(selector_part: str) -> str:
    qss = re.sub(r"/\*.*?\*/", "", stylesheet("app_dark"), flags=re.S)
    for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", qss):
        if selector_part in [s.strip() for s in selectors.split(",")]:
            return body
    raise AssertionError(f"no rule for {selector_part}")


def _colour(body: str, prop: str) -> str:
    match = re.search(rf"(?<![-\w]){prop}\s*:\s*[^;]*?(#[0-9a-fA-F]{{6}})", body)
    assert match, (prop, body)
    return match.group(1)


def test_checkbox_box_and_tick_stand_out_in_dark():
    palette = theme.dark_palette()
    window, base = palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base)
    box = _rule("QCheckBox::indicator")
    for background in (window, base):
        assert contrast(_colour(box, "border"), background) >= 3.0
    checked = _rule("QCheckBox::indicator:checked")
    fill = _colour(checked, "background")
    assert contrast(fill, window) >= 3.0
    assert "@icons@" not in checked and "check-dark.svg" in checked
    tick = re.search(r'stroke="(#[0-9a-fA-F]{6})"', (resources_dir() / "icons" / "check-dark.svg").read_text()).group(1)
    assert contrast(tick, fill) >= 4.5
    disabled = _rule("QCheckBox::indicator:disabled")
    assert contrast(_colour(disabled, "border-color"), _colour(disabled, "background")) >= 3.0


def test_a_checked_box_draws_its_tick_on_screen(qapp, qtbot):
    """The stylesheet's image really loads: a checked box shows the green fill and dark tick pixels."""
    manager = theme.install(qapp, "dark")
    try:
        holder = QWidget()
        qtbot.addWidget(holder)
        box = QCheckBox("Today only", holder)
        box.setChecked(True)
        holder.resize(200, 40)
        holder.show()
        image = box.grab().toImage()
        colours = {image.pixelColor(x, y).name() for x in range(0, 22) for y in range(image.height())}
        assert "#6ad7a0" in colours
        assert any(contrast(c, "#6ad7a0") >= 4.5 and contrast(c, "#1f2328") < 1.5 for c in colours)
        unchecked = QCheckBox("Failed only", holder)
        unchecked.show()
        image = unchecked.grab().toImage()
        border = {image.pixelColor(x, y).name() for x in range(0, 22) for y in range(image.height())}
        assert any(contrast(c, "#1f2328") >= 3.0 for c in border)
    finally:
        manager.apply("light")
