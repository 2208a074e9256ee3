"""Add or edit one saved item: name, category, code, stock, a price per currency."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget
from qasync import asyncSlot

from dollr_desktop.store.saved_items import ItemValues, SavedItem
from dollr_desktop.ui.dialogs.lifetime import delete_when_closed
from dollr_desktop.ui.money import CURRENCIES, format_amount, parse_amount
from dollr_desktop.ui.widgets.field_errors import FieldErrors
from dollr_desktop.ui.widgets.fit import show_placeholders


class ItemDialog(QDialog):
    def __init__(self, runner: Any, service: Any, item: SavedItem | None, categories: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        delete_when_closed(self, lambda: runner.busy)
        self.runner, self.service, self.item = runner, service, item
        self.saved: SavedItem | None = None
        self.setWindowTitle(self.tr("Edit item") if item else self.tr("New item"))
        self.setAccessibleName(self.windowTitle())
        self.errors = FieldErrors()
        self.name_edit = QLineEdit(item.name if item else "")
        self.name_edit.setAccessibleName(self.tr("Item name"))
        self.category_combo = QComboBox()
        self.category_combo.setEditable(True)
        self.category_combo.setAccessibleName(self.tr("Category"))
        self.category_combo.addItems([c for c in categories if c])
        self.category_combo.setCurrentText(item.category if item else "")
        self.code_edit = QLineEdit(item.code or "" if item else "")
        self.code_edit.setAccessibleName(self.tr("Code (SKU or barcode)"))
        self.code_edit.setPlaceholderText(self.tr("optional; scan it here"))
        self.stock_edit = QLineEdit("" if item is None or item.stock is None else str(item.stock))
        self.stock_edit.setAccessibleName(self.tr("In stock"))
        self.stock_edit.setPlaceholderText(self.tr("optional; sales count it down"))
        self.price_edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Name:"), self.name_edit, "name")
        self.errors.add_row(form, self.tr("Category:"), self.category_combo, "category")
        self.errors.add_row(form, self.tr("Code:"), self.code_edit, "code")
        self.errors.add_row(form, self.tr("In stock:"), self.stock_edit, "stock")
        for currency in CURRENCIES:
            edit = QLineEdit()
            price = item.price(currency) if item else None
            if price is not None:
                edit.setText(format_amount(price, currency))
            edit.setAccessibleName(self.tr("Price in {currency}").format(currency=currency))
            edit.setPlaceholderText(self.tr("no price in {currency}").format(currency=currency))
            self.price_edits[currency] = edit
            names = (f"price_{currency}", "prices") if currency == CURRENCIES[0] else (f"price_{currency}",)
            self.errors.add_row(form, self.tr("Price ({currency}):").format(currency=currency), edit, *names)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save the item"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        show_placeholders(self.code_edit, self.stock_edit, *self.price_edits.values())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.save_button.clicked.connect(self.on_save_button_clicked)
        buttons.rejected.connect(self.reject)
        for edit in (self.name_edit, self.code_edit, self.stock_edit, *self.price_edits.values()):
            edit.textEdited.connect(lambda _t: self.errors.clear())

    def show_field_errors(self, field_errors: dict[str, str]) -> dict[str, str]:
        return self.errors.show(field_errors)

    def values(self) -> ItemValues | None:
        """What was typed, or None with each problem said next to its field."""
        problems: dict[str, str] = {}
        prices: dict[str, Decimal] = {}
        for currency, edit in self.price_edits.items():
            if edit.text().strip():
                try:
                    prices[currency] = parse_amount(edit.text(), currency)
                except ValueError as exc:
                    problems[f"price_{currency}"] = str(exc)
        stock: int | None = None
        if self.stock_edit.text().strip():
            try:
                stock = int(self.stock_edit.text().strip())
                if stock < 0:
                    raise ValueError
            except ValueError:
                problems["stock"] = self.tr("Type a whole number, 0 or more, or leave it empty.")
        if not self.name_edit.text().strip():
            problems["name"] = self.tr("An item needs a name.")
        if not prices and not problems:
            problems["prices"] = self.tr("Give the item a price in at least one currency.")
        if problems:
            self.errors.show(problems)
            return None
        return ItemValues(name=self.name_edit.text().strip(), prices=prices, code=self.code_edit.text().strip() or None,
                          category=self.category_combo.currentText().strip(), stock=stock,
                          archived=bool(self.item and self.item.archived), id=self.item.id if self.item else None)

    @asyncSlot()
    async def on_save_button_clicked(self) -> None:
        self.errors.clear()
        values = self.values()
        if values is None:
            return
        saved = (await self.runner.run(f"item-save-{id(self)}", lambda: self.service.save(values),
                                       sender=self.save_button, fields=self)).value
        if saved is not None:
            self.saved = saved
            self.accept()
