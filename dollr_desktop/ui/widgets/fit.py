"""Helpers that keep a dialog inside a small screen (1024x600 with a taskbar, a 150 % font)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QDialog, QFrame, QScrollArea, QWidget

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


class _DownScrollArea(QScrollArea):
    """Scrolls down only: as wide as its contents at least, so a dialog opening at its contents' size shows them
    whole across (a plain scroll area asks for almost no width, and its fields were cut on the right)."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        hint = super().minimumSizeHint()
        body = self.widget()
        if body is None:
            return hint
        width = body.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(max(hint.width(), width), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.minimumSizeHint().width()), hint.height())


def scrolling_down(body: QWidget) -> QScrollArea:
    """`body` in a frameless scroll area that scrolls down, never sideways (see _DownScrollArea)."""
    area = _DownScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(body)
    return area


def contents_size(window: QWidget) -> tuple[int, int]:
    """The size `window`'s contents need at least: its layout's least width, and the height its wrapped words take
    at the window's width (Qt ignores word-wrapped labels' height when a top-level window first opens)."""
    layout = window.layout()
    if layout is None:
        return window.minimumWidth(), window.minimumHeight()
    least = layout.totalMinimumSize()
    width = max(window.width(), least.width(), window.minimumWidth())
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else least.height()
    return width, max(height, least.height(), window.minimumHeight())


class DialogFitter(QObject):
    """Installed on the application: a dialog that opens smaller than its contents grows to them (never past the
    screen less a taskbar), so no label, tick box or button opens cut off; a dialog taller than the screen shrinks
    to it (its own scroll area, if any, then scrolls)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog) and watched.isWindow():
            fit_dialog(watched)
        return False


def fit_dialog(dialog: QWidget) -> None:
    width, height = contents_size(dialog)
    width, height = max(width, dialog.width()), max(height, dialog.height())
    screen = dialog.screen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width()), min(height, room.height() - TASKBAR)
    if (width, height) != (dialog.width(), dialog.height()):
        dialog.resize(width, height)


_fitter: DialogFitter | None = None


def install_dialog_fitter(app: QObject) -> None:
    global _fitter
    if _fitter is None:
        _fitter = DialogFitter(app)
        app.installEventFilter(_fitter)


def show_placeholders(*edits: QWidget) -> None:
    """Line edits at least as wide as their hint ("optional; scan it here"), which Qt otherwise cuts with "…"."""
    for edit in edits:
        text = edit.placeholderText()
        if text:
            edit.setMinimumWidth(min(480, edit.fontMetrics().horizontalAdvance(text) + 16))
