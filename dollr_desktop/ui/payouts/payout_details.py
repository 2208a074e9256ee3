"""The details a payout starts from: who gets it, their mobile-money number, amount, currency and
note, with the field errors beside each and the local checks made before anything is asked of
Dollr. `NewPayoutDialog` (payout_form) drives the fee preview, the session and the approval.

Texts keep the "NewPayoutDialog" translation context they had before this part had its own module.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from dollr_desktop.services.payouts_flow import MobileWallet
from dollr_desktop.ui.money import CURRENCIES, parse_amount
from dollr_desktop.ui.payouts.recipient_box import RecipientBox
from dollr_desktop.ui.runner import OperationRunner
from dollr_desktop.ui.widgets.field_errors import FieldErrors
from dollr_desktop.ui.widgets.phone_edit import PhoneEdit
from dollr_desktop.ui.wording.catalogue import method_words
from dollr_desktop.ui.wording.phones import phone_words


class PayoutDetails(QWidget):
    def __init__(self, runner: OperationRunner, flow: Any, default_currency: str = "USD",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self.phone_edit = PhoneEdit()
        self.phone_edit.number_edit.setAccessibleName(QCoreApplication.translate("NewPayoutDialog", "Recipient's mobile-money number"))
        self.recipient_box = RecipientBox(runner, flow.recipients, flow.create_recipient, self.phone_edit)
        self.operator_label = QLabel()
        self.operator_label.setAccessibleName(QCoreApplication.translate("NewPayoutDialog", "Operator detected by Dollr"))
        self.operator_label.setProperty("role", "hint")
        self.amount_edit = QLineEdit()
        self.amount_edit.setAccessibleName(QCoreApplication.translate("NewPayoutDialog", "Amount the recipient gets"))
        self.amount_edit.setPlaceholderText(QCoreApplication.translate("NewPayoutDialog", "e.g. 150.00"))
        self.currency_combo = QComboBox()
        self.currency_combo.setAccessibleName(QCoreApplication.translate("NewPayoutDialog", "Currency"))
        for currency in CURRENCIES:
            self.currency_combo.addItem(currency, currency)
        self.currency_combo.setCurrentIndex(max(0, self.currency_combo.findData(default_currency)))
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount_edit, 1)
        amount_row.addWidget(self.currency_combo)
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(QCoreApplication.translate("NewPayoutDialog", "Note"))
        self.note_edit.setPlaceholderText(QCoreApplication.translate("NewPayoutDialog", "optional, e.g. March salary or invoice 1042"))
        self.note_edit.setMaxLength(140)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.errors.add_row(form, QCoreApplication.translate("NewPayoutDialog", "Pay to:"), self.recipient_box, "recipient", "counterparty_id")
        self.errors.add_row(form, QCoreApplication.translate("NewPayoutDialog", "Mobile money:"), self.phone_edit, "phone", "insensitive_account_number")
        form.addRow("", self.operator_label)
        self.form = form
        form.setRowVisible(self.operator_label, False)   # shown once Dollr has read the number
        amount_holder = QWidget()
        amount_holder.setLayout(amount_row)
        amount_row.setContentsMargins(0, 0, 0, 0)
        self.errors.add_row(form, QCoreApplication.translate("NewPayoutDialog", "Amount:"), amount_holder, "amount", "currency", "base_amount")
        self.errors.add_row(form, QCoreApplication.translate("NewPayoutDialog", "Note:"), self.note_edit, "note")

    def show_operator(self, wallet: MobileWallet | None) -> None:
        """What Dollr read from the number, or nothing while it has not (yet) been read."""
        self.form.setRowVisible(self.operator_label, wallet is not None)
        if wallet is None:
            self.operator_label.clear()
        else:
            self.operator_label.setText(QCoreApplication.translate("NewPayoutDialog", "✓ Dollr: {operator} · pays out in {currencies}").format(
                operator=method_words(wallet.payment_method), currencies=", ".join(wallet.currencies)))

    def amount(self) -> Decimal | None:
        """The typed amount, or None (empty, or not a number: then the field says why)."""
        text = self.amount_edit.text().strip()
        if not text:
            return None
        try:
            return parse_amount(text, self.currency_combo.currentData())
        except ValueError as exc:
            self.errors.show({"amount": str(exc)})
            return None

    def check(self) -> tuple[Any, Decimal] | None:
        """(recipient, amount) when everything needed is filled in; else the fields say what's missing."""
        self.errors.clear()
        problems: dict[str, str] = {}
        contact = self.recipient_box.contact
        if contact is None:
            problems["recipient"] = QCoreApplication.translate("NewPayoutDialog", "Choose who gets the money, or create a new recipient.")
        if not self.phone_edit.info.valid:
            problems["phone"] = phone_words(self.phone_edit.info) or QCoreApplication.translate("NewPayoutDialog", "Type the recipient's mobile-money number.")
        amount = self.amount()
        if amount is None and "amount" not in problems and not self.errors.message("amount"):
            problems["amount"] = QCoreApplication.translate("NewPayoutDialog", "Type the amount the recipient gets.")
        if problems:
            self.errors.show(problems)
            return None
        if amount is None:
            return None
        return contact, amount

    def set_locked(self, locked: bool) -> None:
        for widget in (self.recipient_box, self.phone_edit, self.amount_edit, self.currency_combo, self.note_edit):
            widget.setEnabled(not locked)
