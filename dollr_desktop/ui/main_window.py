"""The window a merchant lives in: sidebar, pages, banners, status bar. No business logic here."""
from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QScrollArea, QStackedWidget, QToolButton,
    QVBoxLayout, QWidget,
)

from dollr_desktop import APP_NAME
from dollr_desktop.ui.i18n import format_date, format_datetime
from dollr_desktop.ui.icons import icon
from dollr_desktop.ui.widgets.banners import OfflineBanner, PracticeBanner


# The section titles app.py passes to add_page, listed so pyside6-lupdate puts them in the catalogue.
SECTION_TITLES = (QT_TRANSLATE_NOOP("MainWindow", "Home"), QT_TRANSLATE_NOOP("MainWindow", "Contacts"),
                  QT_TRANSLATE_NOOP("MainWindow", "Contact"), QT_TRANSLATE_NOOP("MainWindow", "Invoices & orders"),
                  QT_TRANSLATE_NOOP("MainWindow", "Payments"), QT_TRANSLATE_NOOP("MainWindow", "Payouts"),
                  QT_TRANSLATE_NOOP("MainWindow", "Settings"))


class MainWindow(QMainWindow):
    sig_new_invoice_requested = Signal()
    sig_retry_requested = Signal()
    sig_refresh_requested = Signal()   # F5: sync with Dollr now
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
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(200)
        self.sidebar.currentRowChanged.connect(self.on_sidebar_current_row_changed)
        self.stack = QStackedWidget()
        self.stack.setAccessibleName(self.tr("Current section"))

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
        self.account_label.setAccessibleName(self.tr("Account"))
        self.environment_label = QLabel()
        self.environment_label.setObjectName("environmentLabel")
        self.environment_label.setAccessibleName(self.tr("Environment"))
        self.online_label = QLabel()
        self.online_label.setAccessibleName(self.tr("Connection state"))
        self.synced_label = QLabel()
        self.synced_label.setAccessibleName(self.tr("Last synced"))
        self.refresh_button = QToolButton()
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Fetch the latest from Dollr now (F5)"))
        self.refresh_button.setAccessibleName(self.tr("Refresh now"))
        self.refresh_button.setAutoRaise(True)
        self.refresh_button.clicked.connect(self.sig_refresh_requested)
        for label in (self.account_label, self.environment_label, self.online_label, self.synced_label,
                      self.refresh_button):
            self.statusBar().addPermanentWidget(label)
        self.statusBar().messageChanged.connect(self.on_status_message_changed)
        self.set_account(self.tr("Not connected"), None)
        self.set_online(None)
        self.set_last_synced(None)

        QShortcut(QKeySequence.StandardKey.New, self, activated=self.sig_new_invoice_requested.emit)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.sig_refresh_requested.emit)

    def on_status_message_changed(self, text: str) -> None:
        """A passing message ("Paid: ORD-2026-00009 …") gets the room of the account and last-sync labels while it
        shows on a narrow window: beside them it was cut after a dozen letters at 1024 px with a 150 % font."""
        hide = bool(text) and self.width() < 1280
        for label in (self.account_label, self.synced_label):
            label.setVisible(not hide)

    # pages -----------------------------------------------------------------------------------
    def add_page(self, key: str, title: str, widget: QWidget, icon_name: str | None = None) -> None:
        """Add a section, or replace the one with the same key (later issues swap placeholders)."""
        title = QCoreApplication.translate("MainWindow", title)   # see SECTION_TITLES
        frame = self._frame(widget)
        if key in self._pages:
            index = self.index_of(self._pages[key])
            old = self.stack.widget(index)
            self.stack.insertWidget(index, frame)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.sidebar.item(index).setText(title)
        else:
            item = QListWidgetItem(icon(icon_name or key), title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
            self.sidebar.addItem(item)
            # Wide enough for the longest title in the chosen language ("Factures et commandes").
            self.sidebar.setFixedWidth(max(200, self.sidebar.sizeHintForColumn(0) + 24))
            self.stack.addWidget(frame)
        self._pages[key] = widget
        if self.sidebar.currentRow() < 0:
            self.sidebar.setCurrentRow(0)

    @staticmethod
    def _frame(widget: QWidget) -> QScrollArea:
        """Each page sits in a scroll area: a page wider or taller than a small screen (1024x600, a large font,
        a long language) scrolls instead of pushing the window off the screen."""
        frame = QScrollArea()
        frame.setObjectName("pageFrame")
        frame.setWidgetResizable(True)
        frame.setFrameShape(QFrame.Shape.NoFrame)
        frame.setWidget(widget)
        return frame

    def index_of(self, page: QWidget) -> int:
        """The stack (and sidebar) row of a page added with add_page; -1 when it is not one."""
        for index in range(self.stack.count()):
            frame = self.stack.widget(index)
            if frame is page or (isinstance(frame, QScrollArea) and frame.widget() is page):
                return index
        return -1

    def current_page(self) -> QWidget | None:
        frame = self.stack.currentWidget()
        return frame.widget() if isinstance(frame, QScrollArea) else frame

    def set_badge(self, key: str, count: int) -> None:
        """A count after a section's title (payouts waiting for approval); 0 takes it away."""
        if key not in self._pages:
            return
        item = self.sidebar.item(self.index_of(self._pages[key]))
        title = item.data(Qt.ItemDataRole.UserRole + 1) or item.text()
        item.setData(Qt.ItemDataRole.UserRole + 1, title)
        text = f"{title}  ({count})" if count else title
        item.setText(text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)

    def page(self, key: str) -> QWidget:
        return self._pages[key]

    def show_page(self, key: str) -> QWidget:
        widget = self._pages[key]
        self.sidebar.setCurrentRow(self.index_of(widget))
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
        focus = getattr(self.current_page(), "focus_search", None)
        if focus:
            focus()

    # status ------------------------------------------------------------------------------------
    def set_account(self, name: str, environment: str | None) -> None:
        self.account_label.setText(self.tr("Account: {name}").format(name=name))
        if environment == "practice":
            self.environment_label.setText("  " + self.tr("PRACTICE") + "  ")
            self.environment_label.setProperty("environment", "practice")
        elif environment == "live":
            self.environment_label.setText("  " + self.tr("LIVE") + "  ")
            self.environment_label.setProperty("environment", "live")
        else:
            self.environment_label.setText("")
            self.environment_label.setProperty("environment", "")
        self.environment_label.style().unpolish(self.environment_label)
        self.environment_label.style().polish(self.environment_label)

    def set_online(self, online: bool | None) -> None:
        text = {True: "● " + self.tr("Online"), False: "○ " + self.tr("Offline"),
                None: "○ " + self.tr("Not connected")}[online]
        self.online_label.setText(text)
        self.online_label.setProperty("online", bool(online))
        if online:
            self.offline_banner.hide()

    def set_last_synced(self, when: datetime | None) -> None:
        full = self.tr("Last synced: {when}").format(when=format_datetime(when) if when else self.tr("never"))
        self.synced_label.setToolTip(full)
        local = when.astimezone() if when is not None and when.tzinfo else when
        if local is not None and local.date() == datetime.now().date():
            # Today: the time is enough (with the date, the status bar overflowed a 1024 px window in Kinyarwanda).
            full = self.tr("Last synced: {when}").format(when=format_datetime(when)[len(format_date(when)) + 1:])
        self.synced_label.setText(full)

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
