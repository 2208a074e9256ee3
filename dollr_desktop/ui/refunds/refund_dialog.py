"""The Refund dialog: how much (prefilled with what is left), why, the payment intent id when it is
unknown; then the refund's live status and its receipt (A4 or till roll PDF)."""
from __future__ import annotations

import asyncio
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)
from qasync import asyncSlot
from shiboken6 import isValid

from dollr_desktop.services.problems import Problem
from dollr_desktop.services.refunds import RefundService, RefundTarget, parse_intent_id
from dollr_desktop.store import PaymentState
from dollr_desktop.store.journal import JournalEntry
from dollr_desktop.ui.dialogs.lifetime import delete_when_closed
from dollr_desktop.ui.money import format_amount, format_money, parse_amount
from dollr_desktop.ui.printing.layouts import ReceiptLayout
from dollr_desktop.ui.printing.refund_print import RefundPrintout, default_pdf_name, write_refund_pdf
from dollr_desktop.ui.wording import dollr_said, words_for


class RefundDialog(QDialog):
    sig_refunded = Signal(object)   # the settled JournalEntry

    def __init__(self, service: RefundService, target: RefundTarget, *, merchant: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.target = target
        self.merchant = merchant
        self.entry: JournalEntry | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Refund {document}").format(document=target.source_number or ""))
        self.setAccessibleName(self.tr("Refund a payment"))
        c = target.currency
        self.summary = QLabel()
        self._show_summary(target.refunded + target.reserved)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What was paid and what is left to refund"))
        self.amount_edit = QLineEdit(format_amount(target.refundable, c))
        self.amount_edit.setAccessibleName(self.tr("Amount to refund"))
        self.amount_problem = QLabel()
        self.amount_problem.setAccessibleName(self.tr("Problem with the amount"))
        self.reason_edit = QLineEdit()
        self.reason_edit.setAccessibleName(self.tr("Reason for the refund"))
        self.reason_edit.setPlaceholderText(self.tr("For example: item returned"))
        self.intent_help = QLabel(words_for(Problem("refund.intent_unknown")))
        self.intent_help.setWordWrap(True)
        self.intent_help.setAccessibleName(self.tr("Where to find the payment intent id"))
        self.intent_edit = QLineEdit()
        self.intent_edit.setAccessibleName(self.tr("Payment intent id"))
        self.intent_problem = QLabel()
        self.intent_problem.setAccessibleName(self.tr("Problem with the payment intent id"))
        for label in (self.amount_problem, self.intent_problem):
            label.setWordWrap(True)
            label.setProperty("role", "error")
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Refund status"))
        self.refund_button = QPushButton(self.tr("Refund {amount}").format(amount=format_money(target.refundable, c)))
        self.refund_button.setAccessibleName(self.tr("Give the refund"))
        self.refund_button.setDefault(True)
        self.a4_button = QPushButton(self.tr("Receipt PDF (page)…"))
        self.a4_button.setAccessibleName(self.tr("Save the refund receipt as a page PDF"))
        self.roll_button = QPushButton(self.tr("Receipt PDF (till roll)…"))
        self.roll_button.setAccessibleName(self.tr("Save the refund receipt as a till roll PDF"))
        for button in (self.a4_button, self.roll_button):
            button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the refund window"))

        form = QFormLayout()
        form.addRow(self.tr("Amount ({currency})").format(currency=c), self.amount_edit)
        form.addRow("", self.amount_problem)
        form.addRow(self.tr("Reason"), self.reason_edit)
        self.intent_row = QWidget()
        intent_layout = QVBoxLayout(self.intent_row)
        intent_layout.setContentsMargins(0, 0, 0, 0)
        intent_layout.addWidget(self.intent_help)
        intent_layout.addWidget(self.intent_edit)
        intent_layout.addWidget(self.intent_problem)
        self.intent_row.setVisible(target.intent_id is None)
        buttons = QHBoxLayout()
        buttons.addWidget(self.a4_button)
        buttons.addWidget(self.roll_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.refund_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.intent_row)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.setMinimumWidth(600)
        self.amount_edit.textChanged.connect(self._amount_changed)
        self.refund_button.clicked.connect(self.on_refund_clicked)
        self.close_button.clicked.connect(self.close)
        self.a4_button.clicked.connect(lambda: self.save_receipt(ReceiptLayout.A4))
        self.roll_button.clicked.connect(lambda: self.save_receipt(ReceiptLayout.TILL_80))
        delete_when_closed(self, lambda: self._busy)
        if target.open_refund:
            self._show_problem(Problem("refund.in_flight", field="amount"))
            self.refund_button.setEnabled(False)

    def _show_summary(self, refunded: Decimal) -> None:
        t, c = self.target, self.target.currency
        self.summary.setText(self.tr("{customer} paid {paid}. Already refunded: {refunded}. Left to refund: {left}.").format(
            customer=t.party_name or self.tr("The customer"), paid=format_money(t.paid, c),
            refunded=format_money(refunded, c), left=format_money(max(t.paid - refunded, Decimal(0)), c)))

    def _amount_changed(self, text: str) -> None:
        self.amount_problem.clear()
        try:
            amount = parse_amount(text, self.target.currency)
        except ValueError:
            return
        if amount.is_finite():
            self.refund_button.setText(self.tr("Refund {amount}").format(
                amount=format_money(amount, self.target.currency)))

    def _show_problem(self, problem: Problem) -> None:
        label = {"amount": self.amount_problem, "intent": self.intent_problem}.get(problem.field, self.status_label)
        label.setText(words_for(problem))
        if problem.field == "intent":
            self.intent_row.setVisible(True)
            self.intent_edit.setFocus()
            self.adjustSize()
        elif problem.field == "amount":
            self.amount_edit.setFocus()

    @asyncSlot()
    async def on_refund_clicked(self) -> None:
        if self._busy or self.entry is not None:
            return
        self.amount_problem.clear()
        self.intent_problem.clear()
        try:
            typed = parse_amount(self.amount_edit.text(), self.target.currency)
        except ValueError as exc:   # the app's one money parser: its words, in the merchant's language
            self.amount_problem.setText(str(exc))
            self.amount_edit.setFocus()
            return
        try:
            amount = self.service.check_amount(self.target, typed)
        except Problem as problem:
            self._show_problem(problem)
            return
        intent = self.target.intent_id
        if intent is None:
            intent = parse_intent_id(self.intent_edit.text())
            if intent is None:
                self._show_problem(Problem("refund.intent_shape" if self.intent_edit.text().strip()
                                           else "refund.intent_unknown", field="intent"))
                return
        self._busy = True
        self.refund_button.setEnabled(False)
        self.status_label.setText(self.tr("Sending the refund to Dollr…"))
        try:
            entry = await self.service.refund(self.target, amount, reason=self.reason_edit.text(), intent_id=intent)
        except Problem as problem:
            self._busy = False
            self.refund_button.setEnabled(True)
            self.status_label.clear()
            self._show_problem(problem)
            return
        self.entry = entry
        self._show_state(entry)
        try:
            entry = await self.service.follow(entry, self._show_state)
        finally:
            self._busy = False
        self.entry = entry
        self._show_state(entry)
        if entry.is_final:
            self.sig_refunded.emit(entry)

    def _show_state(self, entry: JournalEntry) -> None:
        self.entry = entry
        money = format_money(entry.amount, entry.currency)
        if entry.state is PaymentState.COMPLETED:
            text = self.tr("Refunded {amount}. The money is on its way back to the customer's wallet.").format(amount=money)
        elif entry.state is PaymentState.FAILED:
            text = words_for(Problem(entry.failure_code or "refund.failed"))
        elif entry.state is PaymentState.NOT_FOUND:
            text = self.tr("Dollr never received this refund: nothing was given back. You may try again.")
        elif entry.state is PaymentState.UNKNOWN:
            text = self.tr("The answer was lost; checking with Dollr (the refund is never sent twice)…")
        else:
            text = self.tr("Refund of {amount} in progress…").format(amount=money)
        self.status_label.setText(text)
        self.status_label.setToolTip(dollr_said(entry.server_message))
        done = entry.state is PaymentState.COMPLETED
        if done:
            self._show_summary(self.target.refunded + self.target.reserved + entry.amount)
        self.a4_button.setEnabled(done)
        self.roll_button.setEnabled(done)

    def printout(self) -> RefundPrintout:
        entry = self.entry
        assert entry is not None
        refunded = self.target.refunded + (entry.amount if entry.state is PaymentState.COMPLETED else Decimal(0))
        at = datetime.fromisoformat(entry.finished_at) if entry.finished_at else datetime.now(timezone.utc)
        return RefundPrintout(merchant=self.merchant, customer=self.target.party_name,
                              document=self.target.source_number or "", reference_id=entry.reference_id,
                              amount=entry.amount, currency=entry.currency, paid=self.target.paid,
                              refunded_total=refunded, reason=entry.reason or "", at=at,
                              provider_transaction_id=entry.provider_transaction_id)

    def ask_pdf_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the refund receipt as PDF"),
                                              str(Path.home() / suggested), self.tr("PDF files (*.pdf)"))
        return path

    @asyncSlot()
    async def save_receipt(self, layout: ReceiptLayout) -> None:
        printout = self.printout()
        path = self.ask_pdf_path(default_pdf_name(printout))
        if not path:
            return
        self._busy = True
        try:
            written = await asyncio.to_thread(write_refund_pdf, printout, layout, path)
        except OSError as exc:
            if isValid(self):
                self.status_label.setText(self.tr("The receipt could not be saved: {reason}").format(reason=str(exc)))
            return
        finally:
            self._busy = False
        if not isValid(self):   # closed while the PDF was written: the file is there, nobody to tell
            return
        self.last_pdf = written
        self.status_label.setText(self.tr("Receipt saved: {path}").format(path=str(written)))
