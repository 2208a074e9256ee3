"""Recurring bills and reminders: the schedules (next date, bills made, stop) and today's reminders
(send by WhatsApp, SMS or email, in the customer's language). Small tables; the feature fills them."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from dollr_desktop.ui.i18n import language_name


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(0)
    for values in rows:
        row = table.rowCount()
        table.insertRow(row)
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


class BillsView(QWidget):
    sig_stop_requested = Signal(int)            # row of the schedules table
    sig_send_requested = Signal(int, str)       # row of the reminders table, channel
    sig_language_changed = Signal(int, str)     # row of the reminders table, language code
    sig_cancel_plan_requested = Signal(int)     # row of the plans table

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Recurring bills, reminders and payment plans"))
        title.setProperty("role", "pageTitle")
        self.schedules_label = QLabel(self.tr("Recurring bills"))
        self.schedules = _table([self.tr("Customer"), self.tr("From"), self.tr("Repeats"), self.tr("Next bill"),
                                 self.tr("Bills made"), self.tr("State")], self.tr("Recurring bills list"))
        self.stop_button = QPushButton(self.tr("Stop repeating"), enabled=False)
        self.stop_button.setAccessibleName(self.tr("Stop the selected recurring bill"))
        self.reminders_label = QLabel(self.tr("Reminders to send today"))
        self.reminders = _table([self.tr("Customer"), self.tr("Document"), self.tr("Amount"), self.tr("Due"),
                                 self.tr("Last reminder")], self.tr("Reminders to send list"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Customer's language"))
        for code in ("en", "fr"):   # each language by its own name, as in Settings (one table: ui/i18n.py)
            self.language.addItem(language_name(code), code)
        self.language.setEnabled(False)
        self.whatsapp_button = QPushButton(self.tr("WhatsApp"), enabled=False)
        self.whatsapp_button.setAccessibleName(self.tr("Send the reminder by WhatsApp"))
        self.sms_button = QPushButton(self.tr("SMS"), enabled=False)
        self.sms_button.setAccessibleName(self.tr("Send the reminder by SMS"))
        self.email_button = QPushButton(self.tr("Email"), enabled=False)
        self.email_button.setAccessibleName(self.tr("Send the reminder by email"))
        self.plans_label = QLabel(self.tr("Payment plans"))
        self.plans = _table([self.tr("Customer"), self.tr("Document"), self.tr("Paid so far"), self.tr("Balance"),
                             self.tr("Next due"), self.tr("Parts paid"), self.tr("State")],
                            self.tr("Payment plans list"))
        self.cancel_plan_button = QPushButton(self.tr("Cancel plan…"), enabled=False)
        self.cancel_plan_button.setAccessibleName(self.tr("Cancel the selected payment plan"))
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Reminder result"))
        stop_row = QHBoxLayout()
        stop_row.addStretch(1)
        stop_row.addWidget(self.stop_button)
        send_row = QHBoxLayout()
        send_row.addWidget(QLabel(self.tr("Customer's language")))
        send_row.addWidget(self.language)
        send_row.addStretch(1)
        for button in (self.whatsapp_button, self.sms_button, self.email_button):
            send_row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.reminders_label)
        layout.addWidget(self.reminders, 1)
        layout.addLayout(send_row)
        layout.addWidget(self.message_label)
        layout.addWidget(self.schedules_label)
        layout.addWidget(self.schedules, 1)
        layout.addLayout(stop_row)
        layout.addWidget(self.plans_label)
        layout.addWidget(self.plans, 1)
        plan_row = QHBoxLayout()
        plan_row.addStretch(1)
        plan_row.addWidget(self.cancel_plan_button)
        layout.addLayout(plan_row)
        self.plans.itemSelectionChanged.connect(
            lambda: self.cancel_plan_button.setEnabled(self._row(self.plans) is not None))
        self.cancel_plan_button.clicked.connect(lambda: self._emit_row(self.plans, self.sig_cancel_plan_requested))
        self.schedules.itemSelectionChanged.connect(
            lambda: self.stop_button.setEnabled(self._row(self.schedules) is not None))
        self.reminders.itemSelectionChanged.connect(self._reminder_selected)
        self.stop_button.clicked.connect(lambda: self._emit_row(self.schedules, self.sig_stop_requested))
        self.whatsapp_button.clicked.connect(lambda: self._send("WHATSAPP"))
        self.sms_button.clicked.connect(lambda: self._send("SMS"))
        self.email_button.clicked.connect(lambda: self._send("EMAIL"))
        self.language.activated.connect(self._language_chosen)

    @staticmethod
    def _row(table: QTableWidget) -> int | None:
        rows = table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _emit_row(self, table: QTableWidget, signal) -> None:
        row = self._row(table)
        if row is not None:
            signal.emit(row)

    def _reminder_selected(self) -> None:
        chosen = self._row(self.reminders) is not None
        for widget in (self.language, self.whatsapp_button, self.sms_button, self.email_button):
            widget.setEnabled(chosen)

    def _send(self, channel: str) -> None:
        row = self._row(self.reminders)
        if row is not None:
            self.sig_send_requested.emit(row, channel)

    def _language_chosen(self, _index: int) -> None:
        row = self._row(self.reminders)
        if row is not None:
            self.sig_language_changed.emit(row, self.language.currentData())

    def show_language(self, code: str) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(code)))
