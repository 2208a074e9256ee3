"""Helpers that keep a dialog inside a small screen (1024x600 with a taskbar, a 150 % font)."""
from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

TASKBAR = 40   # room a taskbar or dock takes from a small screen


def fit_to_screen(dialog: QWidget, width: int, height: int) -> None:
    """Open at width x height, or at what the screen has room for when that is less."""
    screen = dialog.screen() if dialog.screen() is not None else None
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width()), min(height, room.height() - TASKBAR)
    dialog.resize(width, height)


def scrolling(body: QWidget) -> QScrollArea:
    """`body` in a frameless scroll area that grows with the dialog and scrolls when the dialog is small."""
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(body)
    return area
