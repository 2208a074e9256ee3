"""Home: the few numbers a merchant looks at first, and the buttons they press most."""
from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dollr_desktop.ui.i18n import format_number
from dollr_desktop.ui.theme import set_icon
from dollr_desktop.services.list_queries import CacheClosedError
from dollr_desktop.ui.money import format_money


class _Tile(QFrame):
    def __init__(self, title: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title)
        self.value = QLabel("—")
        self.value.setProperty("role", "total")
        self.value.setAccessibleName(title)
        self.value.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.value)


class HomeView(QWidget):
    sig_new_invoice_requested = Signal()
    sig_new_contact_requested = Signal()
    sig_new_sale_requested = Signal()
    sig_show_documents_requested = Signal(str)   # a status filter label

    def __init__(self, query_factory: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._query_factory = query_factory
        title = QLabel(self.tr("Home"))
        title.setProperty("role", "pageTitle")
        self.open_tile = _Tile(self.tr("Waiting to be paid"))
        self.overdue_tile = _Tile(self.tr("Overdue"))
        self.drafts_tile = _Tile(self.tr("Drafts"))
        self.today_tile = _Tile(self.tr("Today"))
        self.today_tile.value.setText(self.tr("Collections appear here once payments are set up."))
        grid = QGridLayout()
        for n, tile in enumerate((self.open_tile, self.overdue_tile, self.drafts_tile, self.today_tile)):
            grid.addWidget(tile, n // 2, n % 2)
        self.new_sale_button = QPushButton(self.tr("New sale (F2)"))
        self.new_sale_button.setAccessibleName(self.tr("New sale"))
        set_icon(self.new_sale_button, "sale")
        self.new_invoice_button = QPushButton(self.tr("New invoice"))
        self.new_invoice_button.setAccessibleName(self.tr("New invoice"))
        self.new_contact_button = QPushButton(self.tr("New contact"))
        self.new_contact_button.setAccessibleName(self.tr("New contact"))
        self.overdue_button = QPushButton(self.tr("See overdue"))
        set_icon(self.new_invoice_button, "new-invoice")
        set_icon(self.new_contact_button, "new-contact")
        self.overdue_button.setAccessibleName(self.tr("See overdue invoices"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_sale_button)
        buttons.addWidget(self.new_invoice_button)
        buttons.addWidget(self.new_contact_button)
        buttons.addWidget(self.overdue_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(buttons)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.new_sale_button.clicked.connect(self.sig_new_sale_requested)
        self.new_invoice_button.clicked.connect(self.sig_new_invoice_requested)
        self.new_contact_button.clicked.connect(self.sig_new_contact_requested)
        self.overdue_button.clicked.connect(lambda: self.sig_show_documents_requested.emit("Overdue"))

    async def refresh(self) -> None:
        def load() -> tuple:
            open_q = self._query_factory(statuses=("ACTIVE",))
            overdue_q = self._query_factory(overdue_only=True)
            drafts_q = self._query_factory(statuses=("IDLE",))
            return (open_q.count(), open_q.totals(), overdue_q.count(), overdue_q.totals(), drafts_q.count())

        try:
            open_count, open_totals, overdue_count, overdue_totals, drafts = await asyncio.to_thread(load)
        except CacheClosedError:
            return   # the cache closed meanwhile (window closing, switching account)
        self.open_tile.value.setText(_summary(open_count, open_totals))
        self.overdue_tile.value.setText(_summary(overdue_count, overdue_totals))
        self.drafts_tile.value.setText(self.tr("{count} not published yet").format(count=format_number(drafts)))


def _summary(count: int, totals: dict) -> str:
    money = " · ".join(format_money(v, c) for c, v in totals.items() if c)
    text = (QCoreApplication.translate("HomeView", "{count} document") if count == 1
            else QCoreApplication.translate("HomeView", "{count} documents")).format(count=format_number(count))
    return text + (f"\n{money}" if money else "")
