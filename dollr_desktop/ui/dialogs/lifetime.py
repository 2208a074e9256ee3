"""Windows that go away: a closed dialog is deleted, with its combo-box and completer popups.

A dialog kept hidden after it closes holds its widgets, models and popups for the rest of the day
(the app stays open all day). Its Python attributes (the results callers read after it closed)
stay readable once it is deleted; Qt calls on it raise RuntimeError.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog

RECHECK_MS = 500


def delete_when_closed(dialog: QDialog, busy: Callable[[], bool] = lambda: False) -> None:
    """Delete `dialog` once it has closed and `busy()` is False.

    `busy` is the work the dialog may have started (usually its runner's): the code awaiting that
    work touches the dialog's widgets when it resumes, so the dialog waits, hidden, until it ends.
    """
    def on_finished(_result: int = 0) -> None:
        if dialog.isVisible():
            return   # opened again meanwhile: its next close decides
        if busy():
            QTimer.singleShot(RECHECK_MS, dialog, on_finished)
        else:
            dialog.deleteLater()

    dialog.finished.connect(on_finished)
