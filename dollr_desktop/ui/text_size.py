"""The size of the words on every screen: the computer's own size, or larger (Settings → Language and appearance).

Start-up applies the saved size before the first widget exists, so every screen is built at it. A change in
Settings applies at once to the words that follow the app's font; a few headings sized on their own follow at the
next start, which the Settings box says (with a button to restart).
"""
from __future__ import annotations

from PySide6.QtWidgets import QApplication

SIZES = (100, 125, 150)   # per cent of the computer's own text size
_BASE = "dollr_base_point_size"


def apply_text_size(percent: int, app: QApplication | None = None) -> int:
    """Set the app's font to `percent` of the computer's size (an unknown value means 100); returns what was set."""
    app = app or QApplication.instance()
    percent = percent if percent in SIZES else 100
    base = app.property(_BASE)
    if base is None:   # the computer's size, remembered once so 125 then 150 never compounds
        base = app.font().pointSizeF()
        app.setProperty(_BASE, base)
    font = app.font()
    if base > 0:
        font.setPointSizeF(float(base) * percent / 100)
        app.setFont(font)
        if app.styleSheet():   # with a style sheet, widgets already built keep their font until it is applied again
            app.setStyleSheet(app.styleSheet())
    return percent


def current_text_size(app: QApplication | None = None) -> int:
    app = app or QApplication.instance()
    base = app.property(_BASE)
    if not base:
        return 100
    return min(SIZES, key=lambda size: abs(app.font().pointSizeF() - float(base) * size / 100))
