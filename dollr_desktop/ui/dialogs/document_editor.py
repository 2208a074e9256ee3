"""The invoice/order editor: customer, currency, note, fees, due date, link, items, totals.

Draft → Save (create/update + items) → Publish (confirmed: it locks) → Cancel (not while
processing). A published document shows what the customer would pay and the merchant receive.
"""
from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget
from qasync import asyncSlot

from dollr_desktop.services.invoicing import (
    DocumentDraft, DocumentKind, DocumentStatus, status_label,
)
from dollr_desktop.services.phones import describe
from dollr_desktop.services.problems import Problem
from dollr_desktop.services.taxes import too_large
from dollr_desktop.ui import hub as events
from dollr_desktop.ui.dialogs import document_words
from dollr_desktop.ui.dialogs.async_dialogs import confirm, run_dialog
from dollr_desktop.ui.dialogs.contact_dialog import ContactDialog
from dollr_desktop.ui.dialogs.document_editor_layout import DocumentEditorLayout
from dollr_desktop.ui.dialogs.document_editor_questions import EditorQuestions
from dollr_desktop.ui.dialogs.lifetime import delete_when_closed
from dollr_desktop.ui.models.line_items_model import Columns, discount_text, parse_discount, too_large_words
from dollr_desktop.ui.money import format_money
from dollr_desktop.ui.runner import OperationRunner
from dollr_desktop.ui.widgets.field_errors import FieldErrors, set_invalid
from dollr_desktop.ui.wording import words_for
from dollr_desktop.ui.wording.taxes import tax_names, tax_words



class DocumentEditor(EditorQuestions, QDialog, DocumentEditorLayout):
    sig_saved = Signal(object)   # DocumentDraft
    sig_collect_requested = Signal(object)   # DocumentDraft: open the collect-payment dialog
    sig_receipt_requested = Signal(object)   # DocumentDraft (PAID): show its receipt
    sig_refund_requested = Signal(object)    # DocumentDraft (PAID): refund its payment

    def __init__(self, runner: OperationRunner, invoicing: Any, contacts: Any, draft: DocumentDraft,
                 parent: QWidget | None = None, *, settings: Any = None, hub: Any = None) -> None:
        super().__init__(parent)
        delete_when_closed(self, lambda: runner.busy)
        self.runner = runner
        self.invoicing = invoicing
        self.contacts = contacts
        self.settings = settings
        self.hub = hub
        self.draft = draft
        self.errors = FieldErrors()
        self.items_note = ""            # a message about the lines as a whole (none, too much)
        self._may_close = False         # the merchant chose: closing goes ahead
        self._asking: asyncio.Future | None = None
        self._saved_state: tuple = ()
        self.setMinimumSize(760, 540)
        self._build()
        # Room for the line items' columns (their widths follow the font), within a small screen.
        from dollr_desktop.ui.widgets.fit import fit_to_screen

        fit_to_screen(self, 980, 680)
        self._connect()
        self.set_draft(draft)

    def _suggest(self, text: str, currency: str) -> list[Any]:
        """Saved items for a line's name as it is typed (whoever keeps the catalogue answers)."""
        if self.hub is None:
            return []
        return list(self.hub.call(events.SUGGEST_ITEMS, text, currency) or [])

    def _setting(self, name: str, default: Any) -> Any:
        return getattr(self.settings, name, default) if self.settings is not None else default

    def _connect(self) -> None:
        self.items_model.sig_total_changed.connect(self.on_items_model_total_changed)
        self.items_model.sig_errors_changed.connect(self._show_item_errors)
        self.items_table.sig_new_line_requested.connect(self.on_add_item_button_clicked)
        self.currency_combo.currentIndexChanged.connect(
            lambda: self.items_model.set_currency(self.currency_combo.currentData()))
        self.discount_edit.textEdited.connect(self.on_discount_edit_text_edited)
        self.tax_combo.currentIndexChanged.connect(
            lambda: self.items_model.set_pricing(tax_for_all=self.tax_combo.currentData() or None)
            if not self.per_item_tax else None)
        self.inclusive_check.toggled.connect(lambda on: self.items_model.set_pricing(prices_include_tax=on))
        self.ebm_edit.editingFinished.connect(self.on_ebm_edit_editing_finished)
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
        self.refund_button.clicked.connect(lambda: self.sig_refund_requested.emit(self.draft))
        self.repeat_button.clicked.connect(lambda: self.hub.emit(events.REPEAT_DOCUMENT, str(self.draft.kind), self.draft.id))
        self.plan_button.clicked.connect(lambda: self.hub.emit(events.PLAN_DOCUMENT, str(self.draft.kind), self.draft.id))
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_button.click)

    # state ------------------------------------------------------------------------------------
    def set_draft(self, draft: DocumentDraft) -> None:
        self.draft = draft
        title = self._title(draft)
        self.title_label.setText(title)
        self.setWindowTitle(title)
        self.setAccessibleName(document_words.editor_name(draft.kind is DocumentKind.INVOICE))
        self.status_label.setText(QCoreApplication.translate(
            "DocumentStatus", status_label(draft.status, "QUEUED" if draft.local_key else None)))
        self.currency_combo.setCurrentIndex(max(0, self.currency_combo.findData(draft.currency)))
        self.note_edit.setText(draft.note)
        self.fee_bearer_combo.setCurrentIndex(max(0, self.fee_bearer_combo.findData(draft.fee_bearer)))
        self.link_check.setChecked(draft.as_payment_link)
        is_invoice = draft.kind is DocumentKind.INVOICE
        self.details_form.setRowVisible(self.due_row, is_invoice)   # an order has no due date, nor its label
        self.errors.register("due_date", self.due_row, self.due_error)
        self.due_check.setChecked(draft.due_date is not None)
        self.due_edit.setEnabled(draft.due_date is not None)
        due = draft.due_date
        self.due_edit.setDate(QDate(due.year, due.month, due.day) if due else QDate.currentDate().addDays(14))
        if draft.counterparty_id is not None and self.customer_picker.contact is None:
            self.customer_picker.edit.setText(draft.counterparty_name)
        self.items_model.currency = draft.currency
        fresh = not draft.sent and not draft.items and not draft.local_key
        if fresh:   # a new document starts with the Settings' tax choices
            draft.prices_include_tax = bool(self._setting("prices_include_tax", False))
            draft.document_tax = self._setting("tax_rate", "") or None
        self.per_item_tax = bool(self._setting("tax_per_item", False)) or len({i.tax for i in draft.items}) > 1
        self.items_model.prices_include_tax = draft.prices_include_tax
        self.items_model.document_discount = draft.document_discount
        self.items_model.default_tax = (draft.document_tax if not self.per_item_tax
                                        else self._setting("tax_rate", "") or None)
        self.items_model.set_items(draft.items)
        draft.items = self.items_model.items   # one list: ids the service assigns stay with the rows
        for widget in (self.discount_edit, self.tax_combo, self.inclusive_check):
            widget.blockSignals(True)
        self.discount_edit.setText(discount_text(draft.document_discount, draft.currency))
        self.tax_combo.setCurrentIndex(max(0, self.tax_combo.findData(draft.document_tax or "")))
        self.inclusive_check.setChecked(draft.prices_include_tax)
        for widget in (self.discount_edit, self.tax_combo, self.inclusive_check):
            widget.blockSignals(False)
        self.ebm_edit.setText(draft.ebm_reference)
        for widget in (self.ebm_edit, self.ebm_row_label):
            widget.setVisible(bool(self._setting("print_ebm_reference", False)))
        self.items_table.setColumnHidden(Columns.TAX, not self.per_item_tax)
        self.tax_combo.setVisible(not self.per_item_tax)
        self.tax_caption.setVisible(not self.per_item_tax)
        self.items_note = ""
        self._apply_lock()
        self._show_fee_words()
        self._show_item_errors()
        self.on_items_model_total_changed(self.items_model.total())
        self._saved_state = self._state()

    def _title(self, draft: DocumentDraft) -> str:
        invoice = draft.kind is DocumentKind.INVOICE
        if draft.number:
            return (self.tr("Invoice {number}") if invoice else self.tr("Order {number}")).format(number=draft.number)
        if draft.local_key:
            return self.tr("Invoice (not yet sent)") if invoice else self.tr("Order (not yet sent)")
        return self.tr("New invoice") if invoice else self.tr("New order")

    def _apply_lock(self) -> None:
        draft = self.draft
        editable = draft.editable and not draft.local_key
        status = DocumentStatus(draft.status) if draft.status in set(DocumentStatus) else None
        invoice = draft.kind is DocumentKind.INVOICE
        words = document_words.locked_words(status, invoice)
        if draft.local_key:
            words = document_words.queued_words()
        self.locked_label.setText(words)
        self.locked_label.setVisible(bool(words))
        self.items_model.set_locked(not editable)
        self.customer_picker.set_locked(draft.sent or not editable)
        self.currency_combo.setEnabled(not draft.sent and editable)
        for widget in (self.note_edit, self.fee_bearer_combo, self.due_check, self.link_check,
                       self.add_item_button, self.remove_item_button, self.save_button,
                       self.discount_edit, self.tax_combo, self.inclusive_check):
            widget.setEnabled(editable)
        self.due_edit.setEnabled(editable and self.due_check.isChecked())
        self.link_check.setEnabled(editable and not draft.sent)
        self.publish_button.setVisible(editable)
        self.cancel_doc_button.setText(document_words.cancel_button_text(invoice))
        self.cancel_doc_button.setVisible(draft.sent and status in (DocumentStatus.IDLE, DocumentStatus.ACTIVE, DocumentStatus.PROCESSING))
        self.cancel_doc_button.setEnabled(draft.cancelable)
        if status is DocumentStatus.PROCESSING:
            self.cancel_doc_button.setToolTip(self.tr("A payment is being processed; it cannot be canceled now."))
        self.fee_preview.setVisible(status is DocumentStatus.ACTIVE)
        self.collect_button.setVisible(status in (DocumentStatus.ACTIVE, DocumentStatus.PROCESSING))
        self.receipt_button.setVisible(status is DocumentStatus.PAID)
        self.refund_button.setVisible(status is DocumentStatus.PAID)
        self.repeat_button.setVisible(self.hub is not None and status in (DocumentStatus.ACTIVE, DocumentStatus.PAID))
        self.plan_button.setVisible(self.hub is not None and status is DocumentStatus.ACTIVE)
        if status is DocumentStatus.ACTIVE:
            contact_phone = getattr(self.customer_picker.contact, "phone", None)
            operator = describe(contact_phone).operator if contact_phone else None
            self.fee_preview.set_context(draft.currency, operator.payment_method if operator else None)

    def _show_fee_words(self, *_: object) -> None:
        words = {"PAYER": self.tr("The customer pays the fees on top of the total."),
                 "PAYEE": self.tr("You pay the fees: they come out of what you receive.")}
        self.fee_words_label.setText(words.get(self.fee_bearer_combo.currentData(), ""))

    @Slot(object)
    def on_items_model_total_changed(self, total) -> None:
        currency = self.currency_combo.currentData() or "LRD"
        self._forget_items_note()   # a line changed: what was said about the lines may no longer hold
        self.total_label.setText(self.tr("Total: ") + format_money(total, currency))
        self.breakdown_label.setText(self._breakdown_words(currency))

    def _breakdown_words(self, currency: str) -> str:
        """`Subtotal 3,000 · Discount −300 · Net 2,700 · VAT 18% 486`: the sums that make the total."""
        model = self.items_model
        if model.is_plain():
            return ""
        try:
            b = model.breakdown()
        except Problem as problem:
            return words_for(problem)
        parts = [self.tr("Subtotal {amount}").format(amount=format_money(b.subtotal, currency))]
        if b.discount:
            parts.append(self.tr("Discount −{amount}").format(amount=format_money(b.discount, currency)))
        if b.taxes:
            parts.append(self.tr("Net {amount}").format(amount=format_money(b.net, currency)))
        for tax in b.taxes:
            parts.append(f"{tax_words(tax.code)} {format_money(tax.amount, currency)}")
        return " · ".join(parts)

    @Slot(str)
    def on_discount_edit_text_edited(self, text: str) -> None:
        currency = self.currency_combo.currentData() or "LRD"
        try:
            discount = parse_discount(text, currency)
        except ValueError as exc:
            self.discount_error.setText(str(exc))
            self.discount_error.show()
            set_invalid(self.discount_edit, True)
            return
        self.discount_error.hide()
        set_invalid(self.discount_edit, False)
        self.items_model.set_pricing(document_discount=discount)

    @asyncSlot()
    async def on_ebm_edit_editing_finished(self) -> None:
        text = self.ebm_edit.text().strip()
        if text == self.draft.ebm_reference:
            return
        kept = (await self.runner.run(f"ebm-{id(self)}", lambda: self.invoicing.set_ebm_reference(self.draft, text),
                                      sender=self.ebm_edit)).value
        if kept:
            self.message_label.setText(self.tr("EBM receipt reference kept for this document's receipt."))

    def _show_item_errors(self) -> None:
        """The lines' mistakes under the table, rebuilt from the marks: a fixed one goes at once."""
        lines = ([self.items_note] if self.items_note else []) + self.items_model.error_lines()
        self.items_error_label.setText("\n".join(lines))
        self.items_error_label.setVisible(bool(lines))

    def _forget_items_note(self, *_: object) -> None:
        if self.items_note:
            self.items_note = ""
            self._show_item_errors()

    def collect(self) -> bool:
        """Copy the form into the draft; False (with messages) when something is missing."""
        self.errors.clear()
        self.items_note = ""
        self.items_model.clear_errors()
        model = self.items_model
        while model.items and model.is_blank(len(model.items) - 1) and len(model.items) > 0:
            model.remove_row(len(model.items) - 1)   # the line Enter started and nobody typed in
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
        currency = self.currency_combo.currentData() or "LRD"
        for row, item in enumerate(self.draft.items):
            if (row, Columns.NAME) not in model.refused and not item.name.strip():
                problems[f"items.{row}.name"] = self.tr("An item needs a name.")
            if (row, Columns.AMOUNT) not in model.refused and item.amount <= 0:
                problems[f"items.{row}.amount"] = self.tr("Type the unit price: a line priced 0 cannot be published.")
            elif too_large(item.line_total):
                problems[f"items.{row}.qty"] = too_large_words(currency)
        self.draft.document_discount = model.document_discount
        self.draft.prices_include_tax = model.prices_include_tax
        self.draft.document_tax = None if self.per_item_tax else (self.tax_combo.currentData() or None)
        self.draft.tax_names = tax_names()
        self.draft.ebm_reference = self.ebm_edit.text().strip()
        if not problems and not self.draft.is_plain:
            try:
                breakdown = self.draft.breakdown()
            except Problem as problem:
                row = problem.params.get("row", -1)
                if row >= 0:
                    problems[f"items.{row}.discount"] = words_for(problem)
                else:
                    self.items_note = words_for(problem)
            else:
                if too_large(breakdown.total):
                    self.items_note = self.tr("The total is more than Dollr accepts: {limit}").format(limit=too_large_words(currency))
        elif not problems and too_large(self.draft.total):
            self.items_note = self.tr("The total is more than Dollr accepts: {limit}").format(limit=too_large_words(currency))
        if model.refused or not self.discount_error.isHidden():
            self.items_note = self.items_note or self.tr("Fix the marked values first: they were not taken.")
        self.draft.note = self.note_edit.text().strip()
        self.draft.fee_bearer = self.fee_bearer_combo.currentData()
        if self.draft.kind is DocumentKind.INVOICE and self.due_check.isChecked():
            self.draft.due_date = self.due_edit.date().toPython()
        else:
            self.draft.due_date = None
        if problems or self.items_note:
            self.show_field_errors(problems)
            return False
        return True

    def show_field_errors(self, field_errors: dict[str, str]) -> dict[str, str]:
        item_errors = {k: v for k, v in field_errors.items() if k.startswith("items.")}
        leftover = self.errors.show({k: v for k, v in field_errors.items() if k not in item_errors})
        marked = False
        for name, message in item_errors.items():
            parts = name.split(".")
            row = int(parts[1]) if len(parts) > 2 and parts[1].isdigit() else -1
            if self.items_model.set_error(row, parts[-1], message):
                marked = True
            else:
                leftover[name] = message
        self._show_item_errors()
        if marked:
            self.items_table.clearSelection()   # so the marked cells show, not the selection colour
        return leftover

    # actions ----------------------------------------------------------------------------------
    @Slot()
    def on_add_item_button_clicked(self) -> None:
        model = self.items_model
        if model.locked:
            return
        last = len(model.items) - 1
        row = last if last >= 0 and model.is_blank(last) else model.add_item()   # one empty line is enough
        self.items_table.setFocus()
        self.items_table.start_editing(model.index(row, Columns.NAME))

    @Slot()
    def on_remove_item_button_clicked(self) -> None:
        index = self.items_table.currentIndex()
        item = self.items_model.remove_row(index.row()) if index.isValid() else None
        if item is not None and item.item_id is not None:
            self.draft.removed_item_ids.append(item.item_id)

    @asyncSlot()
    async def on_customer_picker_new_requested(self) -> None:
        languages = getattr(getattr(self.contacts, "store", None), "customer_languages", None)
        dialog = ContactDialog(self.runner, self.contacts.create_contact, parent=self,
                               save_language=languages.set if languages is not None else None)
        dialog.name_edit.setText(self.customer_picker.edit.text())
        await run_dialog(dialog)
        if dialog.contact is not None:
            self.customer_picker.set_contact(dialog.contact)

    async def save(self) -> bool:
        if not self.collect():
            return False
        saved = (await self.runner.run(f"save-{self.draft.kind}-{id(self)}", lambda: self.invoicing.save_draft(self.draft),
                                      sender=self.save_button, fields=self, progress=self.tr("Saving…"))).value
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
        invoice = self.draft.kind is DocumentKind.INVOICE
        if not self.collect():   # the reasons it cannot be published, before asking anything
            return
        if not self.draft.items:
            self.items_note = self.tr("Add at least one item before publishing.")
            self._show_item_errors()
            return
        if self._setting("confirm_publish", True) and not await self._confirm_publish(invoice):
            return
        if not await self.save() or self.draft.local_key:
            return
        published = (await self.runner.run(f"publish-{id(self)}", lambda: self.invoicing.publish(self.draft),
                                          sender=self.publish_button, fields=self, progress=self.tr("Publishing…"))).value
        if published is not None:
            self.set_draft(published)
            self.message_label.setText(document_words.published_words(invoice))
            self.sig_saved.emit(published)

    @asyncSlot()
    async def on_cancel_doc_button_clicked(self) -> None:
        title, text, yes, no = document_words.cancel_question(self.draft.kind is DocumentKind.INVOICE, self.draft.number)
        if not await confirm(self, title, text, yes, cancel_text=no):
            return
        canceled = (await self.runner.run(f"cancel-{id(self)}", lambda: self.invoicing.cancel(self.draft),
                                         sender=self.cancel_doc_button, progress=self.tr("Canceling…"))).value
        if canceled is not None:
            self.set_draft(canceled)
            self.message_label.setText(self.tr("Canceled."))
            self.sig_saved.emit(canceled)

    async def _quote(self, method: str, provider: str, currency: str):
        return (await self.runner.run(f"quote-{id(self)}", lambda: self.invoicing.fee_preview(
            self.draft, payment_method=method, provider=provider, customer_currency=currency),
            sender=self.fee_preview.refresh_button, progress=self.tr("Asking Dollr for the fees…"))).value
