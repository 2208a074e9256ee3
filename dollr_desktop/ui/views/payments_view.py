"""Payments: every collection and payout from the journal, filtered, searched, resolving live."""
from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu,
    QPushButton, QTableView, QVBoxLayout, QWidget,
)
from qasync import asyncSlot

from dollr_desktop.ui.i18n import format_number
from dollr_desktop.ui.wording.catalogue import method_words
from dollr_desktop.store.errors import StoreClosedError
from dollr_desktop.services.payment_rows import PaymentFilter, PaymentQuery
from dollr_desktop.store.journal import PaymentState
from dollr_desktop.ui.models.activity_model import ActivityModel, Columns
from dollr_desktop.ui.models.lazy_table_model import ROW_ROLE
from dollr_desktop.ui.widgets.empty_state import NoMatches
from dollr_desktop.ui.widgets.flow_row import flow_row
from dollr_desktop.ui.widgets.list_table import PlaceKeeper

REPAINT_DELAY_MS = 250   # live changes arrive in bursts: one repaint per burst


def receipt_source(row: dict | None) -> tuple[str, int] | None:
    """(source type, id) when the row is a completed collection for an invoice/order."""
    if not row or row.get("kind") != "COLLECTION" or row.get("state") != PaymentState.COMPLETED:
        return None
    if not row.get("source_type") or row.get("source_id") is None:
        return None
    return str(row["source_type"]), int(row["source_id"])


def refundable_row(row: dict | None) -> bool:
    """A completed collection not already refunded in full."""
    return bool(row and row.get("kind") == "COLLECTION" and row.get("state") == PaymentState.COMPLETED
                and row.get("refund_status") != "refunded")


class PaymentsView(QWidget):
    sig_document_opened = Signal(str, int)   # kind, id
    sig_quick_sale_requested = Signal()
    sig_receipt_requested = Signal(str, int)   # source type, source id of a paid collection
    sig_export_receipts_requested = Signal()
    sig_refund_requested = Signal(dict)   # a paid collection's row

    def __init__(self, query_factory: Callable[[PaymentFilter], PaymentQuery],
                 choices: Callable[[], tuple[list[str], list[str]]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._query_factory = query_factory
        self._choices = choices
        title = QLabel(self.tr("Payments"))
        title.setProperty("role", "pageTitle")
        self.quick_sale_button = QPushButton(self.tr("Quick sale…"))
        self.quick_sale_button.setAccessibleName(self.tr("Quick sale: a payment link for a sale at the counter"))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search customer, document, phone or reference  (Ctrl+F)"))
        self.search_edit.setAccessibleName(self.tr("Search payments"))
        self.search_edit.setClearButtonEnabled(True)
        self.today_check = QCheckBox(self.tr("Today"))
        self.pending_check = QCheckBox(self.tr("Pending"))
        self.failed_check = QCheckBox(self.tr("Failed"))
        for box, name in ((self.today_check, self.tr("Only today")), (self.pending_check, self.tr("Only pending")),
                          (self.failed_check, self.tr("Only failed"))):
            box.setAccessibleName(name)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Filter by kind"))
        self.kind_combo.addItem(self.tr("Collections and payouts"), None)
        self.kind_combo.addItem(self.tr("Collections"), "COLLECTION")
        self.kind_combo.addItem(self.tr("Payouts"), "PAYOUT")
        self.kind_combo.addItem(self.tr("Refunds"), "REFUND")
        self.method_combo = QComboBox()
        self.method_combo.setAccessibleName(self.tr("Filter by method"))
        self.currency_combo = QComboBox()
        self.currency_combo.setAccessibleName(self.tr("Filter by currency"))
        self._fill_choices([], [])
        self.copy_button = QPushButton(self.tr("Copy reference"))
        self.copy_button.setAccessibleName(self.tr("Copy the selected payment's reference id"))
        self.copy_button.setEnabled(False)
        self.receipt_button = QPushButton(self.tr("Receipt…"))
        self.receipt_button.setObjectName("paymentReceiptButton")
        self.receipt_button.setAccessibleName(self.tr("Receipt of the selected payment"))
        self.receipt_button.setToolTip(self.tr("Preview, print, save or share the receipt (works offline)"))
        self.receipt_button.setEnabled(False)
        self.refund_button = QPushButton(self.tr("Refund…"))
        self.refund_button.setAccessibleName(self.tr("Refund the selected payment"))
        self.refund_button.setEnabled(False)
        self.export_button = QPushButton(self.tr("Export receipts…"))
        self.export_button.setObjectName("exportReceiptsButton")
        self.export_button.setAccessibleName(self.tr("Export the receipts of a date range to PDFs"))
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Payments shown"))

        self.model = ActivityModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Payments list"))
        self.table.setModel(self.model)
        self.table.place_keeper = PlaceKeeper(self.table)   # a refresh keeps the selection and scroll
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(max(26, self.table.fontMetrics().height() + 8))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Columns.WHO, QHeaderView.ResizeMode.Stretch)
        # Widths in characters of the font (a 150 % font widens them); on a narrow list the least needed columns
        # (reference, received, document, method) step aside so the customer's name keeps its room.
        # "When" holds "30 Nov 2026 4:04 PM" whole (letters are wider than "0": 17 cut it).
        char = self.table.fontMetrics().horizontalAdvance("0")
        self._column_chars = {Columns.WHEN: 21, Columns.DOCUMENT: 15, Columns.PAID: 13, Columns.RECEIVED: 13,
                              Columns.METHOD: 19, Columns.STATUS: 17, Columns.REFERENCE: 9}
        for column, chars in self._column_chars.items():
            self.table.setColumnWidth(column, chars * char)
        self.table.viewport().installEventFilter(self)

        filters = QVBoxLayout()   # the search box keeps its whole line ("Cherche…" was all French could see)
        filters.addWidget(self.search_edit)
        filters.addWidget(flow_row(self.today_check, self.pending_check, self.failed_check, self.kind_combo,
                                   self.method_combo, self.currency_combo))
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.copy_button)
        bottom.addWidget(self.receipt_button)
        bottom.addWidget(self.refund_button)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.export_button)
        top.addWidget(self.quick_sale_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        self.no_matches = NoMatches(self.tr("No payment matches this search and these filters."),
                                    self.tr("Clear the payment filters"),
                                    (self.search_edit, self.today_check, self.pending_check, self.failed_check,
                                     self.kind_combo, self.method_combo, self.currency_combo), self.refresh)
        layout.addWidget(self.no_matches)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self._repaint = QTimer(self)
        self._repaint.setSingleShot(True)
        self._repaint.setInterval(REPAINT_DELAY_MS)
        self._repaint.timeout.connect(self.refresh)
        self._dirty = False
        self._active = False
        self.search_edit.textChanged.connect(self.refresh)
        for box in (self.today_check, self.pending_check, self.failed_check):
            box.toggled.connect(self.refresh)
        for combo in (self.kind_combo, self.method_combo, self.currency_combo):
            combo.currentIndexChanged.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.copy_button.clicked.connect(self.copy_reference)
        self.receipt_button.clicked.connect(self.request_receipt)
        self.refund_button.clicked.connect(self.request_refund)
        self.export_button.clicked.connect(self.sig_export_receipts_requested)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self.on_table_context_menu)
        self.quick_sale_button.clicked.connect(self.sig_quick_sale_requested)
        self.table.activated.connect(self.on_table_activated)
        QShortcut(QKeySequence.StandardKey.Copy, self.table, activated=self.copy_reference)

    def _fill_choices(self, methods: list[str], currencies: list[str]) -> None:
        for combo, first, values, label in (
                (self.method_combo, self.tr("All methods"), methods, method_words),
                (self.currency_combo, self.tr("All currencies"), currencies, str)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for value in values:
                combo.addItem(label(value), value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self._fit_columns(event.size().width())
        return super().eventFilter(watched, event)

    def _fit_columns(self, width: int) -> None:
        char = self.table.fontMetrics().horizontalAdvance("0")
        room_for_name = 18 * char
        fixed = sum(chars * char for chars in self._column_chars.values())
        for column in (Columns.REFERENCE, Columns.RECEIVED, Columns.DOCUMENT, Columns.METHOD):
            hide = fixed + room_for_name > width
            self.table.setColumnHidden(column, hide)
            if hide:
                fixed -= self._column_chars[column] * char

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def current_filter(self) -> PaymentFilter:
        return PaymentFilter(
            today=self.today_check.isChecked(), pending=self.pending_check.isChecked(),
            failed=self.failed_check.isChecked(), kind=self.kind_combo.currentData(),
            method=self.method_combo.currentData(), currency=self.currency_combo.currentData(),
            search=self.search_edit.text())

    def set_active(self, active: bool) -> None:
        """No account open: no refreshes (a pending repaint would query a closed store)."""
        self._active = active
        if not active:
            self._repaint.stop()
            self._dirty = False

    @asyncSlot()
    async def refresh(self, *_: object) -> None:
        if not self._active:
            return
        try:
            if self._choices is not None:
                methods, currencies = await asyncio.to_thread(self._choices)
                if not self._active:
                    return
                self._fill_choices(methods, currencies)
            count = await self.model.set_query(self._query_factory(self.current_filter()))
        except StoreClosedError:
            if self._active:
                raise
            return   # the account closed while this refresh was reading: nothing to show
        text = self.tr("{count} payment shown") if count == 1 else self.tr("{count} payments shown")
        self.count_label.setText(text.format(count=format_number(count)))
        self.no_matches.show_for(count)
        self._dirty = False

    def mark_dirty(self, *_: Any) -> None:
        """A payment changed: repaint soon (coalesced); a hidden view waits until it is shown."""
        self._dirty = True
        if self.isVisible() and self._active:
            self._repaint.start()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if self._dirty:
            self._repaint.start()

    def selected_row(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], ROW_ROLE) if rows else None

    def on_selection_changed(self, *_: object) -> None:
        row = self.selected_row()
        self.copy_button.setEnabled(row is not None)
        self.receipt_button.setEnabled(receipt_source(row) is not None)
        self.refund_button.setEnabled(refundable_row(row))

    @Slot()
    def request_receipt(self) -> None:
        source = receipt_source(self.selected_row())
        if source is not None:
            self.sig_receipt_requested.emit(*source)

    @Slot()
    def request_refund(self) -> None:
        row = self.selected_row()
        if refundable_row(row):
            self.sig_refund_requested.emit(dict(row))

    def context_menu(self, row: dict | None) -> QMenu:
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)   # one per right-click: it goes when it closes
        receipt = menu.addAction(self.tr("Receipt…"), self.request_receipt)
        receipt.setEnabled(receipt_source(row) is not None)
        menu.addAction(self.tr("Refund…"), self.request_refund).setEnabled(refundable_row(row))
        menu.addAction(self.tr("Copy reference"), self.copy_reference).setEnabled(
            bool(row and row.get("reference_id")))
        return menu

    @Slot(QPoint)
    def on_table_context_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if index.isValid():
            self.table.selectRow(index.row())
        self.context_menu(self.selected_row() if index.isValid() else None).popup(
            self.table.viewport().mapToGlobal(point))

    @Slot()
    def copy_reference(self) -> None:
        row = self.selected_row()
        if row is not None and row.get("reference_id"):
            QGuiApplication.clipboard().setText(row["reference_id"])
            self.count_label.setText(self.tr("Copied reference {reference}").format(reference=row["reference_id"]))

    @Slot(QModelIndex)
    def on_table_activated(self, index: QModelIndex) -> None:
        row = self.model.data(index, ROW_ROLE)
        if row and row.get("source_type") and row.get("source_id"):
            self.sig_document_opened.emit(row["source_type"], int(row["source_id"]))
