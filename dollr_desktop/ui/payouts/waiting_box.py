"""Payouts prepared by staff, waiting for the owner: who prepared what, when; open to approve, or refuse."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from dollr_desktop.ui.formatting import phone_label
from dollr_desktop.ui.money import format_money


class WaitingPayoutsBox(QGroupBox):
    sig_open_requested = Signal(object)     # the PreparedPayout to approve
    sig_refuse_requested = Signal(object)   # the PreparedPayout to refuse

    def __init__(self, time_label: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._time_label = time_label
        self.setAccessibleName(self.tr("Payouts waiting for approval"))
        self.waiting: list[Any] = []
        self.hint_label = QLabel()
        self.hint_label.setProperty("role", "hint")
        self.hint_label.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Prepared payouts"))
        self.table.setHorizontalHeaderLabels([self.tr("Recipient"), self.tr("Amount"), self.tr("Note"),
                                              self.tr("Prepared by"), self.tr("When")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(170)
        self.open_button = QPushButton(self.tr("Check and approve…"))
        self.open_button.setAccessibleName(self.tr("Check and approve the chosen payout"))
        self.refuse_button = QPushButton(self.tr("Refuse"))
        self.refuse_button.setAccessibleName(self.tr("Refuse the chosen payout"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint_label, 1)
        buttons.addWidget(self.refuse_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(lambda: self._with_chosen(self.sig_open_requested))
        self.refuse_button.clicked.connect(lambda: self._with_chosen(self.sig_refuse_requested))
        self.table.itemDoubleClicked.connect(lambda _item: self._with_chosen(self.sig_open_requested))
        self.table.itemSelectionChanged.connect(self.on_table_item_selection_changed)
        self.may_approve = False
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)   # the history takes the rest
        self.hide()

    def show_waiting(self, waiting: list[Any], may_approve: bool) -> None:
        self.waiting = list(waiting)
        self.may_approve = may_approve
        self.setTitle(self.tr("Waiting for your approval ({n})").format(n=len(waiting)) if may_approve
                      else self.tr("Waiting for the owner's approval ({n})").format(n=len(waiting)))
        self.hint_label.setText(self.tr("Prepared by staff. Check each one, then approve it with your Dollr "
                                        "passcode, or refuse it.") if may_approve else
                                self.tr("Only the owner approves payouts: they are paid once the owner approves."))
        self.table.setRowCount(len(waiting))
        for row, item in enumerate(waiting):
            cells = (f"{item.recipient_name} · {phone_label(item.phone)}",
                     format_money(Decimal(item.amount), item.currency), item.note, item.prepared_by,
                     self._time_label(item.prepared_at))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 1:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)
        if waiting and not self.table.selectionModel().selectedRows():
            self.table.selectRow(0)
        self.open_button.setVisible(may_approve)
        self.refuse_button.setVisible(may_approve)
        self.on_table_item_selection_changed()
        self.setVisible(bool(waiting))

    def chosen(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.waiting):
            return None
        return self.waiting[rows[0].row()]

    @Slot()
    def on_table_item_selection_changed(self) -> None:
        enabled = self.may_approve and self.chosen() is not None
        self.open_button.setEnabled(enabled)
        self.refuse_button.setEnabled(enabled)

    def _with_chosen(self, signal: Any) -> None:
        chosen = self.chosen()
        if chosen is not None and self.may_approve:
            signal.emit(chosen)
