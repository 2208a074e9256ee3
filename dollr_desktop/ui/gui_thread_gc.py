"""Drives `dollr_desktop.garbage` from a timer on the GUI thread."""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from dollr_desktop import garbage


class GuiThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = 200) -> None:
        super().__init__(parent)
        garbage.disable_automatic_collection()
        self.timer = QTimer(self)
        self.timer.timeout.connect(garbage.collect_if_due)
        self.timer.start(interval_ms)
