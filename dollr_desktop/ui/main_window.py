"""The window a merchant lives in: sidebar, pages, banners, status bar. No business logic here."""
from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import datetime

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QVBoxLayout,
    QWidget,
)

from dollr_desktop import APP_NAME
from dollr_desktop.ui.icons import icon
from dollr_desktop.ui.widgets.banners import OfflineBanner, PracticeBanner


class MainWindow(QMainWindow):
    sig_new_invoice_requested = Signal()
    sig_retry_requested = Signal()
    sig_closed = Signal()   # the window really closed (after in-flight work finished)

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self.resize(1180, 760)
        self._pages: dict[str, QWidget] = {}
        self._before_close: Callable[[], Awaitable[None]] | None = None
        self._closing = False
        self.closed = False

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName("Sections")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(200)
        self.sidebar.currentRowChanged.connect(self.on_sidebar_current_row_changed)
        self.stack = QStackedWidget()
        self.stack.setAccessibleName("Current section")

        self.practice_banner = PracticeBanner()
        self.offline_banner = OfflineBanner()
        self.offline_banner.sig_retry_clicked.connect(self.sig_retry_requested)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.sidebar)
        body.addWidget(self.stack, 1)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.practice_banner)
        outer.addWidget(self.offline_banner)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)

        self.account_label = QLabel()
        self.account_label.setAccessibleName("Account")
        self.environment_label = QLabel()
        self.environment_label.setObjectName("environmentLabel")
        self.environment_label.setAccessibleName("Environment")
        self.online_label = QLabel()
        self.online_label.setAccessibleName("Connection state")
        self.synced_label = QLabel()
        self.synced_label.setAccessibleName("Last synced")
        for label in (self.account_label, self.environment_label, self.online_label, self.synced_label):
            self.statusBar().addPermanentWidget(label)
        self.set_account("Not connected", None)
        self.set_online(None)
        self.set_last_synced(None)

        QShortcut(QKeySequence.StandardKey.New, self, activated=self.sig_new_invoice_requested.emit)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)

    # pages -----------------------------------------------------------------------------------
    def add_page(self, key: str, title: str, widget: QWidget, icon_name: str | None = None) -> None:
        """Add a section, or replace the one with the same key (later issues swap placeholders)."""
        if key in self._pages:
            index = self.stack.indexOf(self._pages[key])
            old = self._pages[key]
            self.stack.insertWidget(index, widget)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.sidebar.item(index).setText(title)
        else:
            item = QListWidgetItem(icon(icon_name or key), title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
            self.sidebar.addItem(item)
            self.stack.addWidget(widget)
        self._pages[key] = widget
        if self.sidebar.currentRow() < 0:
            self.sidebar.setCurrentRow(0)

    def page(self, key: str) -> QWidget:
        return self._pages[key]

    def show_page(self, key: str) -> QWidget:
        widget = self._pages[key]
        self.sidebar.setCurrentRow(self.stack.indexOf(widget))
        return widget

    def current_key(self) -> str | None:
        item = self.sidebar.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    @Slot(int)
    def on_sidebar_current_row_changed(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentIndex(row)

    @Slot()
    def focus_search(self) -> None:
        focus = getattr(self.stack.currentWidget(), "focus_search", None)
        if focus:
            focus()

    # status ------------------------------------------------------------------------------------
    def set_account(self, name: str, environment: str | None) -> None:
        self.account_label.setText(f"Account: {name}")
        if environment == "practice":
            self.environment_label.setText("  PRACTICE  ")
            self.environment_label.setProperty("environment", "practice")
        elif environment == "live":
            self.environment_label.setText("  LIVE  ")
            self.environment_label.setProperty("environment", "live")
        else:
            self.environment_label.setText("")
            self.environment_label.setProperty("environment", "")
        self.environment_label.style().unpolish(self.environment_label)
        self.environment_label.style().polish(self.environment_label)

    def set_online(self, online: bool | None) -> None:
        text = {True: "● Online", False: "○ Offline", None: "○ Not connected"}[online]
        self.online_label.setText(text)
        self.online_label.setProperty("online", bool(online))
        if online:
            self.offline_banner.hide()

    def set_last_synced(self, when: datetime | None) -> None:
        self.synced_label.setText("Last synced: " + (when.astimezone().strftime("%d %b %H:%M") if when else "never"))

    def show_offline(self, message: str) -> None:
        self.set_online(False)
        self.offline_banner.show_text(message)

    # closing -----------------------------------------------------------------------------------
    def set_before_close(self, callback: Callable[[], Awaitable[None]]) -> None:
        """Work to finish before the window really closes (pending requests, saving drafts)."""
        self._before_close = callback

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        if self._closing or self._before_close is None:
            event.accept()
            self.closed = True
            self.sig_closed.emit()
            return
        # Hide now, finish what is in flight, then close for real: nothing typed is lost.
        event.ignore()
        self._closing = True
        self.hide()
        self._close_task = asyncio.ensure_future(self._finish_then_close())

    async def _finish_then_close(self) -> None:
        try:
            await self._before_close()
        finally:
            self.close()
