"""Notices for the merchant, wherever they are in the app: the status bar and the system tray."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QSystemTrayIcon

NOTICE_MS = 30_000


class Notifier(QObject):
    sig_notice = Signal(str)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.notices: list[str] = []
        self._tray: QSystemTrayIcon | None = None

    def show(self, text: str) -> None:
        self.notices = [*self.notices[-99:], text]   # the last hundred, for tests and support
        self.sig_notice.emit(text)
        self.window.statusBar().showMessage(text, NOTICE_MS)
        tray_icon = self.window.windowIcon()
        if tray_icon.isNull():
            tray_icon = QApplication.windowIcon()
        if QSystemTrayIcon.isSystemTrayAvailable() and not tray_icon.isNull():
            if self._tray is None:
                self._tray = QSystemTrayIcon(tray_icon, self)
                self._tray.show()
            self._tray.showMessage("Dollr", text)
