"""One contact: their details, their relationship (editable), their invoices and orders.

Payments and payouts for the contact appear here once the collection and payout views exist;
`add_section()` lets them add their own list below.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)
from qasync import asyncSlot

from dollr_desktop.services.list_queries import NOT_YET_SENT
from dollr_desktop.ui.i18n import format_number
from dollr_desktop.ui.formatting import RELATIONSHIPS, country_label, phone_label, relationship_label
from dollr_desktop.ui.runner import OperationRunner
from dollr_desktop.ui.views.documents_view import DocumentsView


class ContactPage(QWidget):
    sig_back_requested = Signal()
    sig_new_invoice_requested = Signal(object)   # the Contact
    sig_document_opened = Signal(str, int)

    def __init__(self, runner: OperationRunner, contacts: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.contacts = contacts
        self.contact: Any = None
        self.back_button = QPushButton(self.tr("← All contacts"))
        self.back_button.setAccessibleName(self.tr("Back to all contacts"))
        self.name_label = QLabel()
        self.name_label.setProperty("role", "pageTitle")
        self.name_label.setAccessibleName(self.tr("Contact name"))
        self.phone_label = QLabel()
        self.phone_label.setAccessibleName(self.tr("Phone"))
        self.email_label = QLabel()
        self.email_label.setAccessibleName(self.tr("Email"))
        self.country_label = QLabel()
        self.country_label.setAccessibleName(self.tr("Country"))
        self.state_label = QLabel()
        self.state_label.setAccessibleName(self.tr("Sync state"))
        self.relationship_combo = QComboBox()
        self.relationship_combo.setAccessibleName(self.tr("Relationship"))
        for value in RELATIONSHIPS:
            self.relationship_combo.addItem(relationship_label(value), value)
        self.save_relationship_button = QPushButton(self.tr("Save relationship"))
        self.save_relationship_button.setAccessibleName(self.tr("Save relationship"))
        self.new_invoice_button = QPushButton(self.tr("New invoice for this contact"))
        self.new_invoice_button.setAccessibleName(self.tr("New invoice for this contact"))
        relationship_row = QHBoxLayout()
        relationship_row.addWidget(self.relationship_combo, 1)
        relationship_row.addWidget(self.save_relationship_button)
        form = QFormLayout()
        form.addRow(self.tr("Phone:"), self.phone_label)
        form.addRow(self.tr("Email:"), self.email_label)
        form.addRow(self.tr("Country:"), self.country_label)
        form.addRow(self.tr("Relationship:"), relationship_row)
        form.addRow("", self.state_label)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.new_invoice_button)
        self.documents_view: DocumentsView | None = None
        self.payments_label = QLabel(self.tr("Payments and payouts"))
        self.payments_label.setProperty("role", "pageTitle")
        self.payments_table = QTableView()
        self.payments_table.setAccessibleName(self.tr("Payments and payouts with this contact"))
        self.payments_table.verticalHeader().hide()
        self.payments_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.payments_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.payments_model: Any = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.name_label)
        self.layout_.addLayout(form)
        self.back_button.clicked.connect(self.sig_back_requested)
        self.save_relationship_button.clicked.connect(self.on_save_relationship_button_clicked)
        self.new_invoice_button.clicked.connect(lambda: self.sig_new_invoice_requested.emit(self.contact))

    def add_section(self, widget: QWidget) -> None:
        self.layout_.addWidget(widget, 1)

    async def show_contact(self, counterparty_id: int) -> None:
        contact = await self.contacts.get(counterparty_id)
        if contact is None:
            return
        self.contact = contact
        self.name_label.setText(contact.name)
        self.phone_label.setText(phone_label(contact.phone) or "—")
        self.email_label.setText(contact.email or "—")
        self.country_label.setText(country_label(contact.country_code) or "—")
        self.relationship_combo.setCurrentIndex(max(0, self.relationship_combo.findData(contact.relationship_type)))
        draft = contact.local_state == NOT_YET_SENT
        self.state_label.setText(self.tr("Saved on this computer; not yet sent to Dollr.") if draft else "")
        self.save_relationship_button.setEnabled(not draft)
        if self.documents_view is not None:
            self.layout_.removeWidget(self.documents_view)
            self.documents_view.deleteLater()
        self.documents_view = DocumentsView(self.contacts.documents_query, counterparty_id=contact.id,
                                            title=self.tr("Invoices and orders"))
        for button in (self.documents_view.new_invoice_button, self.documents_view.new_order_button,
                       self.documents_view.collect_button, self.documents_view.receipt_button):
            button.hide()   # here, a document opens in the editor, which offers these
        self.documents_view.sig_document_opened.connect(self.sig_document_opened)
        self.layout_.addWidget(self.documents_view, 2)
        await self.documents_view.refresh()
        await self._show_payments(contact)

    async def _show_payments(self, contact: Any) -> None:
        from dollr_desktop.ui.models.activity_model import ActivityModel   # with the journal, on first use

        if self.payments_model is None:
            self.payments_model = ActivityModel(self)
            self.payments_table.setModel(self.payments_model)
            self.payments_table.horizontalHeader().setStretchLastSection(True)
        self.layout_.removeWidget(self.payments_label)
        self.layout_.removeWidget(self.payments_table)
        self.layout_.addWidget(self.payments_label)
        self.layout_.addWidget(self.payments_table, 1)
        count = await self.payments_model.set_query(self.contacts.payments_query(contact))
        self.payments_label.setText(self.tr("Payments and payouts ({count})").format(count=format_number(count))
                                    if count else self.tr("Payments and payouts: none yet"))

    @asyncSlot()
    async def on_save_relationship_button_clicked(self) -> None:
        relationship = self.relationship_combo.currentData()
        updated = (await self.runner.run("save-relationship", lambda: self.contacts.update_relationship(
            self.contact.id, relationship), sender=self.save_relationship_button)).value
        if updated is not None:
            self.contact = updated
            self.state_label.setText(self.tr("Relationship saved: {relationship}.").format(
                relationship=relationship_label(updated.relationship_type)))
