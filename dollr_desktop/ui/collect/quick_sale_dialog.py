"""A quick sale at the counter: who, what, how much → a payable order and its payment link / QR."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)
from qasync import asyncSlot

from dollr_desktop.services.payment_links import PaymentLink, PaymentLinksService
from dollr_desktop.ui.dialogs.lifetime import delete_when_closed
from dollr_desktop.ui.money import CURRENCIES, parse_amount
from dollr_desktop.ui.widgets.field_errors import FieldErrors
from dollr_desktop.ui.widgets.phone_edit import PhoneEdit
from dollr_desktop.ui.wording.phones import phone_words


class QuickSaleDialog(QDialog):
    def __init__(self, runner: Any, links: PaymentLinksService, *, currency: str = "LRD",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        delete_when_closed(self, lambda: runner.busy)
        self.runner, self.links = runner, links
        self.link: PaymentLink | None = None
        self.customer_name = ""
        self.phone = ""
        self.setWindowTitle(self.tr("Quick sale"))
        self.setAccessibleName(self.tr("Quick sale"))
        self.errors = FieldErrors()
        self.phone_edit = PhoneEdit()
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Customer's name (optional)"))
        self.item_edit = QLineEdit()
        self.item_edit.setAccessibleName(self.tr("What is it for"))
        self.item_edit.setPlaceholderText(self.tr("e.g. Medicine"))
        self.amount_edit = QLineEdit()
        self.amount_edit.setAccessibleName(self.tr("Amount"))
        self.currency_combo = QComboBox()
        self.currency_combo.setAccessibleName(self.tr("Currency"))
        for code in CURRENCIES:
            self.currency_combo.addItem(code, code)
        self.currency_combo.setCurrentIndex(max(0, self.currency_combo.findData(currency)))
        amount_row = QWidget()
        row = QHBoxLayout(amount_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.amount_edit, 1)
        row.addWidget(self.currency_combo)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Customer's phone:"), self.phone_edit, "party_phone")
        self.errors.add_row(form, self.tr("Name:"), self.name_edit, "party_name")
        self.errors.add_row(form, self.tr("For:"), self.item_edit, "items.0.name")
        self.errors.add_row(form, self.tr("Amount:"), amount_row, "items.0.amount")
        self.create_button = QPushButton(self.tr("Create payment link"))
        self.create_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        hint = QLabel(self.tr("Dollr makes an order for this sale and a page the customer pays on by mobile money "
                      "or card. You show them the QR code next."))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.create_button.clicked.connect(self.on_create_button_clicked)
        self.cancel_button.clicked.connect(self.reject)

    def show_field_errors(self, field_errors: dict[str, str]) -> dict[str, str]:
        return self.errors.show(field_errors)

    @asyncSlot()
    async def on_create_button_clicked(self) -> None:
        self.errors.clear()
        problems: dict[str, str] = {}
        info = self.phone_edit.info
        if not info.valid:
            problems["party_phone"] = phone_words(info) or self.tr("Type the customer's phone number.")
        item = self.item_edit.text().strip() or "Sale"
        currency = self.currency_combo.currentData()
        try:
            amount = parse_amount(self.amount_edit.text(), currency)
        except ValueError as exc:
            problems["items.0.amount"] = str(exc)
        if problems:
            self.errors.show(problems)
            return
        self.phone, self.customer_name = info.digits, self.name_edit.text().strip()
        link = (await self.runner.run(
            f"quick-sale-{id(self)}",
            lambda: self.links.quick_sale(party_phone=self.phone, party_name=self.customer_name or None,
                                          currency=currency, items=[(item, amount)], note=item),
            sender=self.create_button, fields=self, progress=self.tr("Creating the payment link…"))).value
        if link is not None:
            self.link = link
            self.total, self.currency = amount, currency
            self.accept()

    @Slot()
    def focus_first(self) -> None:
        self.phone_edit.setFocus()
