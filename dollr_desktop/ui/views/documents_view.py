"""Invoices & orders: filters (status, currency, kind), search, totals, overdue rows marked."""
from __future__ import annotations

import asyncio
from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)
from qasync import asyncSlot

from dollr_desktop.services.invoicing import DocumentKind, DocumentStatus, status_label
from dollr_desktop.services.list_queries import CacheClosedError, DocumentsQuery
from dollr_desktop.ui.i18n import format_number
from dollr_desktop.ui.formatting import date_label
from dollr_desktop.ui.models.lazy_table_model import ROW_ROLE, Column, LazyTableModel
from dollr_desktop.ui.money import CURRENCIES, format_money
from dollr_desktop.ui.theme import Tone, tone_brush
from dollr_desktop.ui.widgets.empty_state import NoMatches
from dollr_desktop.ui.widgets.flow_row import flow_row
from dollr_desktop.ui.widgets.list_table import list_table



class Columns(IntEnum):
    NUMBER = 0
    KIND = 1
    CUSTOMER = 2
    STATUS = 3
    DUE = 4
    TOTAL = 5


def _status(row: dict) -> str:
    label = QCoreApplication.translate("DocumentStatus", status_label(row.get("status"), row.get("local_state")))
    return label + (" · " + QCoreApplication.translate("DocumentStatus", "Overdue") if row.get("overdue") else "")


def _number(row: dict) -> str:
    return row.get("number") or (QCoreApplication.translate("DocumentsView", "(draft)") if (row.get("id") or 0) < 0 else f"#{row.get('id')}")


COLUMNS = {
    Columns.NUMBER: Column(QCoreApplication.translate("DocumentsView", "Number"), "number", _number),
    Columns.KIND: Column(QCoreApplication.translate("DocumentsView", "Type"), None, lambda r: QCoreApplication.translate("DocumentStatus", DocumentKind(r["kind"]).label)),
    Columns.CUSTOMER: Column(QCoreApplication.translate("DocumentsView", "Customer"), "customer", lambda r: r.get("counterparty_name") or ""),
    Columns.STATUS: Column(QCoreApplication.translate("DocumentsView", "Status"), "status", _status),
    Columns.DUE: Column(QCoreApplication.translate("DocumentsView", "Due"), "due", lambda r: date_label(r.get("due_date"))),
    Columns.TOTAL: Column(QCoreApplication.translate("DocumentsView", "Total"), "total", lambda r: format_money(r.get("total_amount") or 0, r.get("currency") or ""), align_right=True),
}

# Words from services.invoicing (labels of statuses and kinds), listed for pyside6-lupdate.
STATUS_WORDS = (QT_TRANSLATE_NOOP("DocumentStatus", "All statuses"), QT_TRANSLATE_NOOP("DocumentStatus", "Draft"),
                QT_TRANSLATE_NOOP("DocumentStatus", "Published"), QT_TRANSLATE_NOOP("DocumentStatus", "Processing"),
                QT_TRANSLATE_NOOP("DocumentStatus", "Paid"), QT_TRANSLATE_NOOP("DocumentStatus", "Canceled"),
                QT_TRANSLATE_NOOP("DocumentStatus", "Overdue"), QT_TRANSLATE_NOOP("DocumentStatus", "Invoice"),
                QT_TRANSLATE_NOOP("DocumentStatus", "Order"), QT_TRANSLATE_NOOP("DocumentStatus", "Not yet sent"),
                QT_TRANSLATE_NOOP("DocumentStatus", "Not sent: Dollr refused it"))

STATUS_FILTERS: list[tuple[str, tuple[str, ...], bool]] = [
    ("All statuses", (), False),
    ("Draft", (DocumentStatus.IDLE,), False),
    ("Published", (DocumentStatus.ACTIVE,), False),
    ("Processing", (DocumentStatus.PROCESSING,), False),
    ("Paid", (DocumentStatus.PAID,), False),
    ("Canceled", (DocumentStatus.CANCELED,), False),
    ("Overdue", (), True),
]


def row_style(row: dict, role: int):
    if role == Qt.ItemDataRole.ForegroundRole:
        if row.get("overdue"):
            return tone_brush(Tone.FAILED)   # readable in light and dark; "Overdue" is in the text
        if row.get("status") == DocumentStatus.CANCELED:
            return tone_brush(Tone.MUTED)
    if role == Qt.ItemDataRole.FontRole and row.get("overdue"):
        font = QFont()
        font.setBold(True)
        return font
    return None


class DocumentsView(QWidget):
    sig_document_opened = Signal(str, int)      # kind, id
    sig_new_document_requested = Signal(str)    # kind
    sig_collect_requested = Signal(str, int)    # kind, id of a published document
    sig_receipt_requested = Signal(str, int)    # kind, id of a paid document

    def __init__(self, query_factory: Callable[..., DocumentsQuery], parent: QWidget | None = None,
                 *, counterparty_id: int | None = None, title: str | None = None) -> None:
        super().__init__(parent)
        self._query_factory = query_factory
        self._counterparty_id = counterparty_id
        self.title_label = QLabel(title or QCoreApplication.translate("MainWindow", "Invoices & orders"))
        self.title_label.setProperty("role", "pageTitle")
        self.new_invoice_button = QPushButton(self.tr("New invoice"))
        self.new_invoice_button.setAccessibleName(self.tr("New invoice"))
        self.new_invoice_button.setToolTip(self.tr("Ctrl+N"))
        self.new_order_button = QPushButton(self.tr("New order"))
        self.new_order_button.setAccessibleName(self.tr("New order"))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search number, customer, note or item  (Ctrl+F)"))
        self.search_edit.setAccessibleName(self.tr("Search invoices and orders"))
        self.search_edit.setClearButtonEnabled(True)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Filter by type"))
        self.kind_combo.addItem(self.tr("Invoices and orders"), None)
        self.kind_combo.addItem(self.tr("Invoices"), DocumentKind.INVOICE.value)
        self.kind_combo.addItem(self.tr("Orders"), DocumentKind.ORDER.value)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Filter by status"))
        for label, _, _ in STATUS_FILTERS:
            self.status_combo.addItem(QCoreApplication.translate("DocumentStatus", label), label)
        self.currency_combo = QComboBox()
        self.currency_combo.setAccessibleName(self.tr("Filter by currency"))
        self.currency_combo.addItem(self.tr("All currencies"), None)
        for currency in CURRENCIES:
            self.currency_combo.addItem(currency, currency)
        self.totals_label = QLabel()
        self.totals_label.setAccessibleName(self.tr("Totals of the documents shown"))
        self.totals_label.setProperty("role", "total")
        self.totals_label.setWordWrap(True)

        self.model = LazyTableModel([COLUMNS[c] for c in Columns], self)
        self.model.row_style = row_style
        self.table = list_table(self.model, self.tr("Invoices and orders list"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Columns.CUSTOMER, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)  # newest first until a header is clicked
        # Widths in characters of the current font (a 150 % font widens them with the text); the customer's
        # name takes what is left, a long status elides at the right rather than squeezing the name.
        # On a narrow list the type, then the due date, step aside so the name keeps its room.
        char = self.table.fontMetrics().horizontalAdvance("0")
        self._column_chars = {Columns.NUMBER: 15, Columns.KIND: 9, Columns.STATUS: 10, Columns.DUE: 12,
                              Columns.TOTAL: 13}
        for column, chars in self._column_chars.items():
            self.table.setColumnWidth(column, chars * char)
        self.table.viewport().installEventFilter(self)

        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addSpacing(12)
        self.collect_button = QPushButton(self.tr("Collect payment…"), enabled=False)
        self.receipt_button = QPushButton(self.tr("Receipt"), enabled=False)
        self.collect_button.setAccessibleName(self.tr("Collect payment for the selected document"))
        self.receipt_button.setAccessibleName(self.tr("Receipt of the selected document"))
        top.addWidget(flow_row(self.collect_button, self.receipt_button, self.new_invoice_button,
                               self.new_order_button), 1)
        filters = QVBoxLayout()   # the search box keeps its whole line; the filters wrap on a narrow screen
        filters.addWidget(self.search_edit)
        filters.addWidget(flow_row(self.kind_combo, self.status_combo, self.currency_combo))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        self.no_matches = NoMatches(self.tr("No invoice or order matches this search and these filters."),
                                    self.tr("Clear the document filters"),
                                    (self.search_edit, self.kind_combo, self.status_combo, self.currency_combo),
                                    self.refresh)
        layout.addWidget(self.no_matches)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals_label)

        self.search_edit.textChanged.connect(self.refresh)
        self.search_edit.returnPressed.connect(self.on_search_edit_return_pressed)
        for combo in (self.kind_combo, self.status_combo, self.currency_combo):
            combo.currentIndexChanged.connect(self.refresh)
        header.sortIndicatorChanged.connect(self.refresh)
        self.table.activated.connect(self.on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)
        self.model.modelReset.connect(self.on_table_selection_changed)
        self.collect_button.clicked.connect(lambda: self._emit_selected(self.sig_collect_requested))
        self.receipt_button.clicked.connect(lambda: self._emit_selected(self.sig_receipt_requested))
        self.new_invoice_button.clicked.connect(lambda: self.sig_new_document_requested.emit(DocumentKind.INVOICE.value))
        self.new_order_button.clicked.connect(lambda: self.sig_new_document_requested.emit(DocumentKind.ORDER.value))

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            char = self.table.fontMetrics().horizontalAdvance("0")
            fixed = sum(chars * char for chars in self._column_chars.values())
            for column in (Columns.KIND, Columns.DUE):
                hide = fixed + 18 * char > event.size().width()
                self.table.setColumnHidden(column, hide)
                if hide:
                    fixed -= self._column_chars[column] * char
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def set_status_filter(self, label: str) -> None:
        self.status_combo.setCurrentIndex(self.status_combo.findData(label))   # English label as the key

    def current_query(self) -> DocumentsQuery:
        header = self.table.horizontalHeader()
        section = header.sortIndicatorSection()
        sort_key = COLUMNS[Columns(section)].sort_key if 0 <= section < len(Columns) else None
        _, statuses, overdue = STATUS_FILTERS[max(0, self.status_combo.currentIndex())]
        return self._query_factory(
            kind=self.kind_combo.currentData(), statuses=tuple(s.value for s in statuses),
            currency=self.currency_combo.currentData(), search=self.search_edit.text(),
            counterparty_id=self._counterparty_id, overdue_only=overdue,
            sort=sort_key or "created",
            descending=sort_key is None or header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
        )

    @asyncSlot()
    async def refresh(self, *_: object) -> None:
        query = self.current_query()
        await self.model.set_query(query)   # the first page shows; the exact count follows
        count = await self.model.counted()
        if query is not self.model._query:
            return   # typing went on: only the last keystroke's totals are worth summing
        try:
            totals = await asyncio.to_thread(query.totals)
        except Exception as exc:
            if query is not self.model._query or isinstance(exc, CacheClosedError):
                return   # detached while summing (the store closed): nothing to show
            raise
        if query is not self.model._query:
            return  # a newer refresh is on its way
        self.no_matches.show_for(count)
        parts = [format_money(amount, currency) for currency, amount in totals.items() if currency]
        text = self.tr("{count} shown").format(count=format_number(count))
        self.totals_label.setText(text + (" · " + self.tr("Total") + " " + " · ".join(parts) if parts else ""))

    @Slot()
    def on_search_edit_return_pressed(self) -> None:
        if self.model.rowCount() > 0:
            self.table.setFocus()
            self.table.selectRow(0)

    def selected_row(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], ROW_ROLE) if rows else None

    @Slot()
    def on_table_selection_changed(self, *_: object) -> None:
        status = (self.selected_row() or {}).get("status")
        self.collect_button.setEnabled(status in (DocumentStatus.ACTIVE, DocumentStatus.PROCESSING))
        self.receipt_button.setEnabled(status == DocumentStatus.PAID)

    def _emit_selected(self, signal) -> None:
        row = self.selected_row()
        if row is not None and (row.get("id") or 0) > 0:
            signal.emit(row["kind"], int(row["id"]))

    @Slot(QModelIndex)
    def on_table_activated(self, index: QModelIndex) -> None:
        row = self.model.data(index, ROW_ROLE)
        if row is not None:
            self.sig_document_opened.emit(row["kind"], int(row["id"]))

