"""The sale screen: item tiles by category, a search box that also takes a barcode scanner, the
basket, the total and the customer. Charge (F9) is the feature's (features/till.py).

Keyboard: F2 anywhere opens it with the search box ready; type or scan then Enter adds the item
(a second scan adds one more); Tab reaches the customer's phone; F9 charges; F4 reprints the last
receipt; F6 / F7 send it by SMS / WhatsApp. In the basket, + and - change the quantity and
Delete removes the line.
"""
from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QTableWidgetItem, QWidget
from qasync import asyncSlot

from dollr_desktop.services.problems import Problem
from dollr_desktop.services.till import Basket
from dollr_desktop.store.saved_items import SavedItem
from dollr_desktop.ui.money import format_amount, format_money
from dollr_desktop.ui.till.sale_layout import SaleViewLayout
from dollr_desktop.ui.wording import words_for

class SaleView(SaleViewLayout, QWidget):
    sig_charge_requested = Signal(str)     # "push" (F9) or "link" (F10: QR or card)
    sig_quote_wanted = Signal()            # the basket or the number changed: ask for a new quote
    sig_reprint_requested = Signal()
    sig_send_requested = Signal(str)       # "sms" or "whatsapp"
    sig_basket_changed = Signal()
    sig_phone_changed = Signal(str)        # digits, when valid

    def __init__(self, items: Callable[[], Any], search_contacts: Callable[[str], Any], *,
                 currency: str = "LRD", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items = items                       # () -> SavedItemsService | None
        self.basket = Basket(currency)
        self.known: dict[int, SavedItem] = {}     # the basket's items, to re-price on a currency change
        self.contact: Any = None                   # a saved contact picked (or found by number)
        self.preview: Any = None                   # till.ChargePreview for what is on screen now
        self._lookup = asyncio.Lock()
        self._lookups: set[asyncio.Future] = set()
        self._build(search_contacts, currency)

    # the catalogue ---------------------------------------------------------------------------------
    @property
    def currency(self) -> str:
        return self.basket.currency

    async def refresh(self) -> None:
        """Categories and tiles from the saved items (on a worker thread)."""
        service = self._items()
        if service is None:
            return
        categories = await service.categories()
        current = self.categories.tabData(self.categories.currentIndex()) if self.categories.count() else None
        self.categories.blockSignals(True)
        while self.categories.count():
            self.categories.removeTab(0)
        self.categories.addTab(self.tr("All"))
        self.categories.setTabData(0, None)
        for name in categories:
            index = self.categories.addTab(name or self.tr("Other"))
            self.categories.setTabData(index, name)
        found = next((i for i in range(self.categories.count()) if self.categories.tabData(i) == current), 0)
        self.categories.setCurrentIndex(found)
        self.categories.blockSignals(False)
        await self._show_tiles()

    async def _show_tiles(self) -> None:
        service = self._items()
        if service is None:
            return
        text = self.search_edit.text().strip()
        if text:
            items = await service.search(text, currency=self.currency, limit=30)
            empty = self.tr("No saved item matches “{text}”.").format(text=text)
        else:
            category = self.categories.tabData(self.categories.currentIndex()) if self.categories.count() else None
            items = await service.list(category=category, currency=self.currency, limit=60)
            empty = self.tr("No saved items in {currency} yet. Add them under Items.").format(currency=self.currency)
        self.tiles.show_items(items, self.currency, empty)

    @asyncSlot(int)
    async def on_categories_current_changed(self, _index: int) -> None:
        await self._show_tiles()

    @asyncSlot()
    async def on_search_timer_timeout(self) -> None:
        self.search_message.hide()
        await self._show_tiles()

    @Slot()
    def on_search_edit_return_pressed(self) -> None:
        """Enter: the item with exactly this code (a scanner), else the best match of the search.
        The box empties at once, so a scanner's next code (typed before the lookup ends) starts clean."""
        text = self.search_edit.text().strip()
        if not text or self._items() is None:
            return
        self.search_edit.clear()
        self._search_timer.stop()
        task = asyncio.ensure_future(self._add_by_text(text))
        self._lookups.add(task)
        task.add_done_callback(self._lookups.discard)

    async def _add_by_text(self, text: str) -> None:
        service = self._items()
        async with self._lookup:   # scans are added in the order they were read
            if service is None:
                return
            item = await asyncio.to_thread(service.find_code_now, text)
            if item is None:
                matches = await service.search(text, currency=self.currency, limit=1)
                item = matches[0] if matches else None
            if item is None:
                if not self.search_edit.text():
                    self.search_edit.setText(text)   # nothing is lost: the person corrects it
                    self.search_edit.selectAll()
                self.search_message.setText(self.tr("No saved item has the code or name “{text}”.").format(text=text))
                self.search_message.show()
                return
            self.search_message.hide()
            self.add_item(item)
        if not self.search_edit.text():
            await self._show_tiles()

    @asyncSlot(int)
    async def on_currency_combo_activated(self, _index: int) -> None:
        code = self.currency_combo.currentData()
        missing = [line.name for line in self.basket.lines
                   if line.item_id in self.known and self.known[line.item_id].price(code) is None]
        if missing:
            self.currency_combo.setCurrentIndex(self.currency_combo.findData(self.currency))
            self.say(self.tr("{names} has no price in {currency}: remove it first, or give it one under Items.")
                     .format(names=", ".join(missing), currency=code), error=True)
            return
        self.basket.currency = code
        for line in self.basket.lines:
            if line.item_id in self.known:
                line.price = self.known[line.item_id].price(code)
        self._show_basket()
        await self._show_tiles()

    def set_currency(self, code: str) -> None:
        """Settings' default currency, for the next sale (an open basket keeps its own)."""
        if not self.basket.lines and code != self.currency:
            self.currency_combo.setCurrentIndex(max(0, self.currency_combo.findData(code)))
            self.basket.currency = self.currency_combo.currentData()

    # the basket -------------------------------------------------------------------------------------
    @Slot(object)
    def add_item(self, item: SavedItem) -> None:
        try:
            line = self.basket.add(item)
        except Problem as problem:
            self.say(words_for(problem), error=True)
            return
        self.known[item.id] = item
        self.charge_message.clear()
        self._show_basket(select=self.basket.lines.index(line))

    def change_qty(self, delta: int) -> None:
        row = self.basket_table.currentRow()
        if not 0 <= row < len(self.basket.lines):
            return
        self.basket.set_qty(row, self.basket.lines[row].qty + delta)
        self._show_basket(select=min(row, len(self.basket.lines) - 1))

    def remove_line(self) -> None:
        row = self.basket_table.currentRow()
        if 0 <= row < len(self.basket.lines):
            self.basket.set_qty(row, 0)
            self._show_basket(select=min(row, len(self.basket.lines) - 1))

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 (Qt name)
        if watched is self.basket_table and event.type() == event.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
                self.change_qty(+1)
                return True
            if key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
                self.change_qty(-1)
                return True
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.remove_line()
                return True
        return super().eventFilter(watched, event)

    def _show_basket(self, select: int | None = None) -> None:
        table, currency = self.basket_table, self.currency
        table.setRowCount(len(self.basket.lines))
        for row, line in enumerate(self.basket.lines):
            cells = (line.name, str(line.qty), format_amount(line.total, currency))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, cell)
        if select is not None and select >= 0:
            table.selectRow(select)
        count = self.basket.count
        self.total_label.setText(self.tr("Total {amount}").format(amount=format_money(self.basket.total, currency))
                                 + ("  ·  " + self.tr("{count} items").format(count=count) if count > 1 else ""))
        has_lines = bool(self.basket.lines)
        for button in (self.less_button, self.more_button, self.clear_button):
            button.setEnabled(has_lines)
        self.currency_combo.setToolTip(self.tr("The basket's currency"))
        self._requote()
        self.sig_basket_changed.emit()

    # the quote -------------------------------------------------------------------------------------
    def quote_key(self) -> tuple:
        """What a quote is for: a different basket total, currency or number needs a new one."""
        return (self.basket.total, self.currency, self.phone())

    def _requote(self) -> None:
        self.preview = None
        if self.basket.lines and self.phone():
            self.quote_label.setText(self.tr("Asking Dollr what the customer pays…"))
            self._quote_timer.start()
        else:
            self._quote_timer.stop()
            self.quote_label.clear()

    def show_preview(self, key: tuple, preview: Any, text: str) -> None:
        """A quote arrived; kept only if the sale still looks as it did when it was asked."""
        if key != self.quote_key():
            return
        self.preview = preview
        self.quote_label.setText(text)

    # the customer ----------------------------------------------------------------------------------
    @Slot(object)
    def on_phone_edit_changed(self, info: Any) -> None:
        if self.contact is not None and info.digits != (self.contact.phone or ""):
            self.contact = None
            self.customer_picker.edit.clear()
        self.customer_label.setText("" if self.contact is None else self.tr("Customer: {name}").format(
            name=self.contact.name))
        if info.valid:
            self.sig_phone_changed.emit(info.digits)
        self._requote()

    @Slot(object)
    def on_customer_picker_contact_chosen(self, contact: Any) -> None:
        self.contact = contact
        self.phone_edit.set_number(contact.phone or "")
        self.customer_label.setText(self.tr("Customer: {name}").format(name=contact.name))

    def show_found_contact(self, digits: str, contact: Any) -> None:
        """The number typed belongs to a saved contact: say whose it is."""
        if contact is not None and self.phone_edit.digits() == digits:
            self.contact = contact
            self.customer_label.setText(self.tr("Customer: {name} (saved contact)").format(name=contact.name))

    def phone(self) -> str:
        info = self.phone_edit.info
        return info.digits if info.valid else ""

    # after a charge ---------------------------------------------------------------------------------
    def say(self, text: str, *, error: bool = False) -> None:
        self.charge_message.setProperty("role", "fieldError" if error else "hint")
        self.charge_message.style().unpolish(self.charge_message)
        self.charge_message.style().polish(self.charge_message)
        self.charge_message.setText(text)

    @Slot()
    def clear_sale(self) -> None:
        """Ready for the next customer: an empty basket, no customer, the search box focused."""
        self.basket.clear()
        self.known.clear()
        self.contact = None
        self.phone_edit.number_edit.clear()
        self.customer_picker.edit.clear()
        self.customer_label.clear()
        self.search_edit.clear()
        self.search_message.hide()
        self._show_basket()
        self.focus_search()

    def set_last_sale(self, number: str | None, paid: bool = False) -> None:
        for button in (self.reprint_button, self.sms_button, self.whatsapp_button):
            button.setEnabled(bool(number) and paid)   # a receipt exists once paid

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()
