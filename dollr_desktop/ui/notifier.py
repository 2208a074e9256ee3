"""Notices for the merchant, wherever they are in the app: the status bar and the system tray.
A notice may lead somewhere (a payment that landed): then the status bar offers "Show" and a
click on the tray message goes there too."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton, QSystemTrayIcon

NOTICE_MS = 30_000


class Notifier(QObject):
    sig_notice = Signal(str)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.notices: list[str] = []
        self._tray: QSystemTrayIcon | None = None
        self._open: Callable[[], object] | None = None
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setAccessibleName(self.tr("Show what the notice is about"))
        self.show_button.hide()
        self.show_button.clicked.connect(self.open_last)
        window.statusBar().addWidget(self.show_button)
        self._hide_timer = QTimer(self, singleShot=True, interval=NOTICE_MS, timeout=self._forget)

    def show(self, text: str, on_open: Callable[[], object] | None = None) -> None:
        self.notices = [*self.notices[-99:], text]   # the last hundred, for tests and support
        self.sig_notice.emit(text)
        self.window.statusBar().showMessage(text, NOTICE_MS)
        self._open = on_open
        self.show_button.setVisible(on_open is not None)
        self._hide_timer.start()
        tray_icon = self.window.windowIcon()
        if tray_icon.isNull():
            tray_icon = QApplication.windowIcon()
        if QSystemTrayIcon.isSystemTrayAvailable() and not tray_icon.isNull():
            if self._tray is None:
                self._tray = QSystemTrayIcon(tray_icon, self)
                self._tray.messageClicked.connect(self.open_last)
                self._tray.show()
            self._tray.showMessage("Dollr", text)

    def open_last(self) -> None:
        action, self._open = self._open, None
        self.show_button.hide()
        if action is not None:
            action()

    def _forget(self) -> None:
        self._open = None
        self.show_button.hide()
