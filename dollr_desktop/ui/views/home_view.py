"""Home: the few numbers a merchant looks at first, and the buttons they press most."""
from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QListWidget, QPushButton, QScrollArea, QVBoxLayout,
    QWidget,
)

from dollr_desktop.ui.i18n import format_number
from dollr_desktop.ui.theme import set_icon
from dollr_desktop.services.list_queries import CacheClosedError
from dollr_desktop.ui.money import format_money
from dollr_desktop.ui.widgets.bar_chart import BarChart
from dollr_desktop.ui.widgets.flow_row import flow_row


class _Tile(QFrame):
    def __init__(self, title: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title)
        self.title.setWordWrap(True)   # a long title (Kinyarwanda) takes two lines, not a wider Home
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
    sig_chart_changed = Signal()                 # another period or currency for the takings chart
    sig_opening_balance_requested = Signal()
    sig_payment_opened = Signal(str, int)        # a recent payment's document: kind, id

    def __init__(self, query_factory: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._query_factory = query_factory
        title = QLabel(self.tr("Home"))
        title.setProperty("role", "pageTitle")
        self.open_tile = _Tile(self.tr("Waiting to be paid"))
        self.overdue_tile = _Tile(self.tr("Overdue"))
        self.drafts_tile = _Tile(self.tr("Drafts"))
        self.reminders_tile = _Tile(self.tr("Reminders to send today"))
        self.reminders_button = QPushButton(self.tr("See reminders"))
        self.reminders_button.setAccessibleName(self.tr("See reminders to send"))
        self.reminders_tile.layout().addWidget(self.reminders_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.today_tile = _Tile(self.tr("Today"))
        self.today_tile.value.setText(self.tr("Collections appear here once payments are set up."))
        self.balance_tile = _Tile(self.tr("Estimated balance"))
        self.balance_note = QLabel(self.tr(
            'An estimate from the payments this app knows. <a href="{url}">Exact balance in the Dollr portal</a>'))
        self.balance_note.setWordWrap(True)
        self.balance_note.setOpenExternalLinks(True)
        self.balance_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.balance_note.setAccessibleName(self.tr("About the estimated balance"))
        self.opening_button = QPushButton(self.tr("Opening balance…"))
        self.opening_button.setAccessibleName(self.tr("Set an opening balance"))
        self.balance_tile.layout().addWidget(self.balance_note)
        self.balance_tile.layout().addWidget(self.opening_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.chart_tile = _Tile(self.tr("Takings"))
        self.chart_tile.value.hide()
        self.chart = BarChart()
        self.chart.setAccessibleName(self.tr("Takings chart"))
        self.chart_period = QComboBox()
        self.chart_period.addItem(self.tr("Last 7 days"), 7)
        self.chart_period.addItem(self.tr("Last 30 days"), 30)
        self.chart_period.setAccessibleName(self.tr("Chart period"))
        self.chart_currency = QComboBox()
        self.chart_currency.setAccessibleName(self.tr("Chart currency"))
        chart_controls = QHBoxLayout()
        chart_controls.addWidget(self.chart_period)
        chart_controls.addWidget(self.chart_currency)
        chart_controls.addStretch(1)
        self.chart_tile.layout().addLayout(chart_controls)
        self.chart_tile.layout().addWidget(self.chart, 1)
        self.last_tile = _Tile(self.tr("Last payments"))
        self.last_tile.value.hide()
        self.last_list = QListWidget()
        self.last_list.setAccessibleName(self.tr("Last payments"))
        self.last_list.setMaximumHeight(150)
        self.last_tile.layout().addWidget(self.last_list)
        grid = QGridLayout()
        grid.addWidget(self.today_tile, 0, 0, 1, 2)
        grid.addWidget(self.balance_tile, 0, 2)
        for n, tile in enumerate((self.open_tile, self.overdue_tile, self.drafts_tile)):
            grid.addWidget(tile, 1, n)
        grid.addWidget(self.reminders_tile, 3, 0)
        grid.addWidget(self.chart_tile, 2, 0, 1, 2)
        grid.addWidget(self.last_tile, 2, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)
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
        # wraps on a narrow screen or with a large font instead of widening the page
        buttons = flow_row(self.new_sale_button, self.new_invoice_button, self.new_contact_button, self.overdue_button)
        self.buttons = buttons.layout()
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(title)
        inner.addWidget(buttons)
        inner.addLayout(grid)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.new_sale_button.clicked.connect(self.sig_new_sale_requested)
        self.new_invoice_button.clicked.connect(self.sig_new_invoice_requested)
        self.new_contact_button.clicked.connect(self.sig_new_contact_requested)
        self.overdue_button.clicked.connect(lambda: self.sig_show_documents_requested.emit("Overdue"))
        self.opening_button.clicked.connect(self.sig_opening_balance_requested)
        self.chart_period.currentIndexChanged.connect(lambda _n: self.sig_chart_changed.emit())
        self.chart_currency.currentIndexChanged.connect(lambda _n: self.sig_chart_changed.emit())
        self.last_list.itemActivated.connect(self._on_last_activated)

    def set_portal_url(self, url: str) -> None:
        self.balance_note.setText(self.tr(
            'An estimate from the payments this app knows. <a href="{url}">Exact balance in the Dollr portal</a>'
        ).format(url=url))

    def _on_last_activated(self, item) -> None:
        source = item.data(Qt.ItemDataRole.UserRole)
        if source:
            self.sig_payment_opened.emit(source[0], int(source[1]))

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
