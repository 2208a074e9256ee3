"""The invoice/order editor: customer, currency, note, fees, due date, link, items, totals.

Draft → Save (create/update + items) → Publish (confirmed: it locks) → Cancel (not while
processing). A published document shows what the customer would pay and the merchant receive.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget
from qasync import asyncSlot

from dollr_desktop.services.invoicing import (
    FEE_BEARER_WORDS, DocumentDraft, DocumentKind, DocumentStatus, status_label,
)
from dollr_desktop.services.phones import describe
from dollr_desktop.ui.dialogs.async_dialogs import confirm, run_dialog
from dollr_desktop.ui.dialogs.contact_dialog import ContactDialog
from dollr_desktop.ui.dialogs.document_editor_layout import DocumentEditorLayout
from dollr_desktop.ui.dialogs.lifetime import delete_when_closed
from dollr_desktop.ui.models.line_items_model import Columns
from dollr_desktop.ui.money import format_money
from dollr_desktop.ui.runner import OperationRunner
from dollr_desktop.ui.widgets.field_errors import FieldErrors

LOCKED_WORDS = {
    DocumentStatus.ACTIVE: "Published: this {kind} is locked. Its customer, items and amounts can no "
                           "longer change. The customer can pay it now.",
    DocumentStatus.PROCESSING: "A payment is being processed for this {kind}. It cannot be changed or canceled.",
    DocumentStatus.PAID: "Paid. This {kind} is closed.",
    DocumentStatus.CANCELED: "Canceled. The customer can no longer pay this {kind}.",
}


class DocumentEditor(QDialog, DocumentEditorLayout):
    sig_saved = Signal(object)   # DocumentDraft
    sig_collect_requested = Signal(object)   # DocumentDraft: open the collect-payment dialog
    sig_receipt_requested = Signal(object)   # DocumentDraft (PAID): show its receipt

    def __init__(self, runner: OperationRunner, invoicing: Any, contacts: Any, draft: DocumentDraft,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        delete_when_closed(self, lambda: runner.busy)
        self.runner = runner
        self.invoicing = invoicing
        self.contacts = contacts
        self.draft = draft
        self.errors = FieldErrors()
        self.setMinimumSize(760, 640)
        self._build()
        self._connect()
        self.set_draft(draft)

    def _connect(self) -> None:
        self.items_model.sig_total_changed.connect(self.on_items_model_total_changed)
        self.items_model.sig_edit_refused.connect(self.items_error_label.setText)
        self.currency_combo.currentIndexChanged.connect(
            lambda: self.items_model.set_currency(self.currency_combo.currentData()))
        self.fee_bearer_combo.currentIndexChanged.connect(self._show_fee_words)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        self.add_item_button.clicked.connect(self.on_add_item_button_clicked)
        self.remove_item_button.clicked.connect(self.on_remove_item_button_clicked)
        self.customer_picker.sig_new_requested.connect(self.on_customer_picker_new_requested)
        self.customer_picker.edit.returnPressed.connect(self.customer_picker.choose_first_match)
        self.save_button.clicked.connect(self.on_save_button_clicked)
        self.publish_button.clicked.connect(self.on_publish_button_clicked)
        self.cancel_doc_button.clicked.connect(self.on_cancel_doc_button_clicked)
        self.close_button.clicked.connect(self.close)
        self.collect_button.clicked.connect(lambda: self.sig_collect_requested.emit(self.draft))
        self.receipt_button.clicked.connect(lambda: self.sig_receipt_requested.emit(self.draft))
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_button.click)

    # state ------------------------------------------------------------------------------------
    def set_draft(self, draft: DocumentDraft) -> None:
        self.draft = draft
        kind = draft.kind.label
        title = f"{kind} {draft.number}" if draft.number else (f"New {kind.lower()}" if not draft.local_key else f"{kind} (not yet sent)")
        self.title_label.setText(title)
        self.setWindowTitle(title)
        self.setAccessibleName(f"{kind} editor")
        self.status_label.setText(status_label(draft.status, "QUEUED" if draft.local_key else None))
        self.currency_combo.setCurrentIndex(max(0, self.currency_combo.findData(draft.currency)))
        self.note_edit.setText(draft.note)
        self.fee_bearer_combo.setCurrentIndex(max(0, self.fee_bearer_combo.findData(draft.fee_bearer)))
        self.link_check.setChecked(draft.as_payment_link)
        is_invoice = draft.kind is DocumentKind.INVOICE
        self.due_row.setVisible(is_invoice)
        self.errors.register("due_date", self.due_row, self.due_error)
        self.due_check.setChecked(draft.due_date is not None)
        self.due_edit.setEnabled(draft.due_date is not None)
        due = draft.due_date
        self.due_edit.setDate(QDate(due.year, due.month, due.day) if due else QDate.currentDate().addDays(14))
        if draft.counterparty_id is not None and self.customer_picker.contact is None:
            self.customer_picker.edit.setText(draft.counterparty_name)
        self.items_model.currency = draft.currency
        self.items_model.set_items(draft.items)
        draft.items = self.items_model.items   # one list: ids the service assigns stay with the rows
        self._apply_lock()
        self._show_fee_words()

    def _apply_lock(self) -> None:
        draft = self.draft
        editable = draft.editable and not draft.local_key
        status = DocumentStatus(draft.status) if draft.status in set(DocumentStatus) else None
        words = LOCKED_WORDS.get(status, "") if status else ""
        if draft.local_key:
            words = ("Saved on this computer; not yet sent. It will be sent to Dollr automatically when "
                     "the connection is back.")
        self.locked_label.setText(words.format(kind=draft.kind.label.lower()))
        self.locked_label.setVisible(bool(words))
        self.items_model.set_locked(not editable)
        self.customer_picker.set_locked(draft.sent or not editable)
        self.currency_combo.setEnabled(not draft.sent and editable)
        for widget in (self.note_edit, self.fee_bearer_combo, self.due_check, self.link_check,
                       self.add_item_button, self.remove_item_button, self.save_button):
            widget.setEnabled(editable)
        self.due_edit.setEnabled(editable and self.due_check.isChecked())
        self.link_check.setEnabled(editable and not draft.sent)
        self.publish_button.setVisible(editable)
        self.cancel_doc_button.setText(f"Cancel {draft.kind.label.lower()}…")
        self.cancel_doc_button.setVisible(draft.sent and status in (DocumentStatus.IDLE, DocumentStatus.ACTIVE, DocumentStatus.PROCESSING))
        self.cancel_doc_button.setEnabled(draft.cancelable)
        if status is DocumentStatus.PROCESSING:
            self.cancel_doc_button.setToolTip(self.tr("A payment is being processed; it cannot be canceled now."))
        self.fee_preview.setVisible(status is DocumentStatus.ACTIVE)
        self.collect_button.setVisible(status in (DocumentStatus.ACTIVE, DocumentStatus.PROCESSING))
        self.receipt_button.setVisible(status is DocumentStatus.PAID)
        if status is DocumentStatus.ACTIVE:
            contact_phone = getattr(self.customer_picker.contact, "phone", None)
            operator = describe(contact_phone).operator if contact_phone else None
            self.fee_preview.set_context(draft.currency, operator.payment_method if operator else None)

    def _show_fee_words(self, *_: object) -> None:
        self.fee_words_label.setText(FEE_BEARER_WORDS.get(self.fee_bearer_combo.currentData(), ""))

    @Slot(object)
    def on_items_model_total_changed(self, total) -> None:
        self.total_label.setText(self.tr("Total: ") + format_money(total, self.currency_combo.currentData() or "LRD"))

    def collect(self) -> bool:
        """Copy the form into the draft; False (with messages) when something is missing."""
        self.errors.clear()
        self.items_error_label.clear()
        self.items_model.clear_errors()
        contact = self.customer_picker.contact
        problems: dict[str, str] = {}
        if not self.draft.sent:
            if contact is None:
                problems["counterparty_id"] = self.tr("Choose a customer from the list, or create a new one.")
            else:
                self.draft.counterparty_id = contact.id
                self.draft.counterparty_name = contact.name
            self.draft.currency = self.currency_combo.currentData()
            self.draft.as_payment_link = self.link_check.isChecked()
        for row, item in enumerate(self.draft.items):
            if not item.name.strip():
                problems[f"items.{row}.name"] = self.tr("An item needs a name.")
            if item.amount <= 0:
                problems[f"items.{row}.amount"] = self.tr("Type the unit price.")
        self.draft.note = self.note_edit.text().strip()
        self.draft.fee_bearer = self.fee_bearer_combo.currentData()
        if self.draft.kind is DocumentKind.INVOICE and self.due_check.isChecked():
            self.draft.due_date = self.due_edit.date().toPython()
        else:
            self.draft.due_date = None
        if problems:
            self.show_field_errors(problems)
            return False
        return True

    def show_field_errors(self, field_errors: dict[str, str]) -> dict[str, str]:
        item_errors = {k: v for k, v in field_errors.items() if k.startswith("items.")}
        leftover = self.errors.show({k: v for k, v in field_errors.items() if k not in item_errors})
        lines = []
        for name, message in item_errors.items():
            parts = name.split(".")
            row = int(parts[1]) if len(parts) > 2 and parts[1].isdigit() else -1
            if self.items_model.set_error(row, parts[-1], message):
                lines.append(f"Line {row + 1}: {message}")
            else:
                leftover[name] = message
        self.items_error_label.setText("\n".join(lines))
        if lines:
            self.items_table.clearSelection()   # so the marked cells show, not the selection colour
        return leftover

    # actions ----------------------------------------------------------------------------------
    @Slot()
    def on_add_item_button_clicked(self) -> None:
        row = self.items_model.add_item()
        index = self.items_model.index(row, Columns.NAME)
        self.items_table.setCurrentIndex(index)
        self.items_table.edit(index)

    @Slot()
    def on_remove_item_button_clicked(self) -> None:
        index = self.items_table.currentIndex()
        item = self.items_model.remove_row(index.row()) if index.isValid() else None
        if item is not None and item.item_id is not None:
            self.draft.removed_item_ids.append(item.item_id)

    @asyncSlot()
    async def on_customer_picker_new_requested(self) -> None:
        dialog = ContactDialog(self.runner, self.contacts.create_contact, parent=self)
        dialog.name_edit.setText(self.customer_picker.edit.text())
        await run_dialog(dialog)
        if dialog.contact is not None:
            self.customer_picker.set_contact(dialog.contact)

    async def save(self) -> bool:
        if not self.collect():
            return False
        saved = (await self.runner.run(f"save-{self.draft.kind}-{id(self)}", lambda: self.invoicing.save_draft(self.draft),
                                      sender=self.save_button, fields=self, progress="Saving…")).value
        if saved is None:
            return False
        self.set_draft(saved)
        self.message_label.setText(self.tr("Saved on this computer; it will be sent when Dollr is reachable.")
                                   if saved.local_key else "Saved.")
        self.sig_saved.emit(saved)
        return True

    @asyncSlot()
    async def on_save_button_clicked(self) -> None:
        await self.save()

    @asyncSlot()
    async def on_publish_button_clicked(self) -> None:
        kind = self.draft.kind.label.lower()
        if not self.draft.items:
            self.items_error_label.setText(f"Add at least one item before publishing the {kind}.")
            return
        if not await confirm(self, f"Publish this {kind}?",
                             f"Once published, the {kind} is locked: its customer, items and amounts can "
                             "no longer change. The customer can then pay it. You can still cancel it "
                             "while it is unpaid.", "Publish"):
            return
        if not await self.save() or self.draft.local_key:
            return
        published = (await self.runner.run(f"publish-{id(self)}", lambda: self.invoicing.publish(self.draft),
                                          sender=self.publish_button, fields=self, progress="Publishing…")).value
        if published is not None:
            self.set_draft(published)
            self.message_label.setText(f"Published. The {kind} is locked and ready to be paid.")
            self.sig_saved.emit(published)

    @asyncSlot()
    async def on_cancel_doc_button_clicked(self) -> None:
        kind = self.draft.kind.label.lower()
        if not await confirm(self, f"Cancel this {kind}?",
                             f"The customer will no longer be able to pay {self.draft.number or 'it'}. "
                             "This cannot be undone.", f"Cancel {kind}", cancel_text=f"Keep the {kind}"):
            return
        canceled = (await self.runner.run(f"cancel-{id(self)}", lambda: self.invoicing.cancel(self.draft),
                                         sender=self.cancel_doc_button, progress="Canceling…")).value
        if canceled is not None:
            self.set_draft(canceled)
            self.message_label.setText(f"Canceled.")
            self.sig_saved.emit(canceled)

    async def _quote(self, method: str, provider: str, currency: str):
        return (await self.runner.run(f"quote-{id(self)}", lambda: self.invoicing.fee_preview(
            self.draft, payment_method=method, provider=provider, customer_currency=currency),
            sender=self.fee_preview.refresh_button, progress="Asking Dollr for the fees…")).value
