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

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTabBar,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)
from qasync import asyncSlot

from dollr_desktop.services.problems import Problem
from dollr_desktop.services.till import Basket
from dollr_desktop.store.saved_items import SavedItem
from dollr_desktop.ui.money import CURRENCIES, format_amount, format_money
from dollr_desktop.ui.till.item_tiles import ItemTiles
from dollr_desktop.ui.till.waiting_strip import WaitingStrip
from dollr_desktop.ui.widgets.customer_picker import CustomerPicker
from dollr_desktop.ui.widgets.phone_edit import PhoneEdit
from dollr_desktop.ui.wording import words_for

SEARCH_DELAY_MS = 120
QUOTE_DELAY_MS = 300
RIGHT_WIDTH = 360


class SaleView(QWidget):
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

    # building ------------------------------------------------------------------------------------
    def _build(self, search_contacts: Callable[[str], Any], currency: str) -> None:
        title = QLabel(self.tr("New sale"))
        title.setProperty("role", "pageTitle")
        self.currency_combo = QComboBox()
        self.currency_combo.setAccessibleName(self.tr("Sale currency"))
        for code in CURRENCIES:
            self.currency_combo.addItem(code, code)
        self.currency_combo.setCurrentIndex(max(0, self.currency_combo.findData(currency)))
        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleName(self.tr("Search items or scan a code"))
        self.search_edit.setPlaceholderText(self.tr("Search or scan a code, then Enter"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_message = QLabel()
        self.search_message.setProperty("role", "fieldError")
        self.search_message.setAccessibleName(self.tr("Search message"))
        self.search_message.hide()
        self.categories = QTabBar()
        self.categories.setAccessibleName(self.tr("Categories"))
        self.categories.setExpanding(False)
        self.categories.setDrawBase(False)
        self.tiles = ItemTiles()

        self.basket_table = QTableWidget(0, 3)
        self.basket_table.setAccessibleName(self.tr("Basket"))
        self.basket_table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Qty"), self.tr("Amount")])
        self.basket_table.verticalHeader().hide()
        self.basket_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.basket_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.basket_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.basket_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.basket_table.installEventFilter(self)
        self.less_button = QPushButton("−")
        self.less_button.setAccessibleName(self.tr("One less of the selected item"))
        self.more_button = QPushButton("+")
        self.more_button.setAccessibleName(self.tr("One more of the selected item"))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear the basket"))
        self.total_label = QLabel()
        self.total_label.setAccessibleName(self.tr("Total"))
        self.total_label.setProperty("role", "total")
        self.total_label.setStyleSheet("font-size: 22px;")
        self.phone_edit = PhoneEdit()
        self.phone_edit.setAccessibleName(self.tr("Customer's phone (walk-in)"))
        self.phone_edit.number_edit.setAccessibleName(self.tr("Customer's phone number"))
        self.customer_picker = CustomerPicker(search_contacts)
        self.customer_picker.new_button.hide()
        self.customer_picker.edit.setAccessibleName(self.tr("Saved customer"))
        self.customer_picker.edit.setPlaceholderText(self.tr("or pick a saved customer by name or number"))
        self.customer_label = QLabel()
        self.customer_label.setProperty("role", "hint")
        self.customer_label.setAccessibleName(self.tr("Customer"))
        self.customer_label.setWordWrap(True)
        self.quote_label = QLabel()
        self.quote_label.setAccessibleName(self.tr("What the customer pays"))
        self.quote_label.setWordWrap(True)
        self.charge_button = QPushButton(self.tr("Charge (F9)"))
        self.charge_button.setAccessibleName(self.tr("Charge"))
        self.charge_button.setStyleSheet("font-size: 16px; font-weight: 600; padding: 8px;")
        self.link_button = QPushButton(self.tr("QR or card (F10)"))
        self.link_button.setAccessibleName(self.tr("Charge by QR code or card"))
        self.charge_message = QLabel()
        self.charge_message.setWordWrap(True)
        self.charge_message.setAccessibleName(self.tr("Sale message"))
        self.reprint_button = QPushButton(self.tr("Reprint (F4)"))
        self.reprint_button.setAccessibleName(self.tr("Reprint last receipt"))
        self.sms_button = QPushButton(self.tr("SMS (F6)"))
        self.sms_button.setAccessibleName(self.tr("Send the last receipt by SMS"))
        self.whatsapp_button = QPushButton(self.tr("WhatsApp (F7)"))
        self.whatsapp_button.setAccessibleName(self.tr("Send the last receipt by WhatsApp"))
        self.waiting = WaitingStrip()
        self.set_last_sale(None)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.currency_combo)
        left = QVBoxLayout()
        left.addWidget(self.search_edit)
        left.addWidget(self.search_message)
        left.addWidget(self.categories)
        left.addWidget(self.tiles, 1)
        qty_row = QHBoxLayout()
        qty_row.addWidget(self.less_button)
        qty_row.addWidget(self.more_button)
        qty_row.addStretch(1)
        qty_row.addWidget(self.clear_button)
        receipt_row = QHBoxLayout()
        receipt_row.addWidget(self.reprint_button, 1)
        receipt_row.addWidget(self.sms_button)
        receipt_row.addWidget(self.whatsapp_button)
        right = QVBoxLayout()
        right.addWidget(self.basket_table, 1)
        right.addLayout(qty_row)
        right.addWidget(self.total_label)
        right.addWidget(self.phone_edit)
        right.addWidget(self.customer_picker)
        right.addWidget(self.customer_label)
        right.addWidget(self.quote_label)
        charge_row = QHBoxLayout()
        charge_row.addWidget(self.charge_button, 1)
        charge_row.addWidget(self.link_button)
        right.addLayout(charge_row)
        right.addWidget(self.charge_message)
        right.addLayout(receipt_row)
        right_panel = QWidget()
        right_panel.setFixedWidth(RIGHT_WIDTH)   # the basket keeps its place whatever it holds
        right.setContentsMargins(0, 0, 0, 0)
        right_panel.setLayout(right)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(right_panel)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(self.waiting)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.on_search_timer_timeout)
        self._quote_timer = QTimer(self)
        self._quote_timer.setSingleShot(True)
        self._quote_timer.setInterval(QUOTE_DELAY_MS)
        self._quote_timer.timeout.connect(self.sig_quote_wanted)
        self.search_edit.textEdited.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.on_search_edit_return_pressed)
        self.categories.currentChanged.connect(self.on_categories_current_changed)
        self.tiles.sig_item_clicked.connect(self.add_item)
        self.currency_combo.activated.connect(self.on_currency_combo_activated)
        self.less_button.clicked.connect(lambda: self.change_qty(-1))
        self.more_button.clicked.connect(lambda: self.change_qty(+1))
        self.clear_button.clicked.connect(self.clear_sale)
        self.phone_edit.sig_changed.connect(self.on_phone_edit_changed)
        self.customer_picker.sig_contact_chosen.connect(self.on_customer_picker_contact_chosen)
        self.customer_picker.edit.returnPressed.connect(self.customer_picker.choose_first_match)
        self.charge_button.clicked.connect(lambda: self.sig_charge_requested.emit("push"))
        self.link_button.clicked.connect(lambda: self.sig_charge_requested.emit("link"))
        self.reprint_button.clicked.connect(self.sig_reprint_requested)
        self.sms_button.clicked.connect(lambda: self.sig_send_requested.emit("sms"))
        self.whatsapp_button.clicked.connect(lambda: self.sig_send_requested.emit("whatsapp"))
        for key, slot in ((Qt.Key.Key_F9, lambda: self.sig_charge_requested.emit("push")),
                          (Qt.Key.Key_F10, lambda: self.sig_charge_requested.emit("link")),
                          (Qt.Key.Key_F4, self.sig_reprint_requested.emit),
                          (Qt.Key.Key_F6, lambda: self.sig_send_requested.emit("sms")),
                          (Qt.Key.Key_F7, lambda: self.sig_send_requested.emit("whatsapp"))):
            QShortcut(QKeySequence(key), self, activated=slot,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._show_basket()

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
