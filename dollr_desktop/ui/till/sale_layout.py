"""The sale screen's widgets, made, laid out and wired (its behaviour is in sale_view.py).

A mixin so the widgets keep their names as the view's attributes (its slots and the tests use
them). Words keep the view's translation context.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTabBar,
    QTableWidget, QVBoxLayout, QWidget,
)

from dollr_desktop.ui.money import CURRENCIES
from dollr_desktop.ui.till.item_tiles import ItemTiles
from dollr_desktop.ui.till.waiting_strip import WaitingStrip
from dollr_desktop.ui.widgets.customer_picker import CustomerPicker
from dollr_desktop.ui.widgets.phone_edit import PhoneEdit

SEARCH_DELAY_MS = 120
QUOTE_DELAY_MS = 300
RIGHT_WIDTH = 360


class SaleViewLayout:
    def _build(self, search_contacts: Callable[[str], Any], currency: str) -> None:
        title = QLabel(QCoreApplication.translate("SaleView", "New sale"))
        title.setProperty("role", "pageTitle")
        self.currency_combo = QComboBox()
        self.currency_combo.setAccessibleName(QCoreApplication.translate("SaleView", "Sale currency"))
        for code in CURRENCIES:
            self.currency_combo.addItem(code, code)
        self.currency_combo.setCurrentIndex(max(0, self.currency_combo.findData(currency)))
        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleName(QCoreApplication.translate("SaleView", "Search items or scan a code"))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("SaleView", "Search or scan a code, then Enter"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_message = QLabel()
        self.search_message.setProperty("role", "fieldError")
        self.search_message.setAccessibleName(QCoreApplication.translate("SaleView", "Search message"))
        self.search_message.hide()
        self.categories = QTabBar()
        self.categories.setAccessibleName(QCoreApplication.translate("SaleView", "Categories"))
        self.categories.setExpanding(False)
        self.categories.setDrawBase(False)
        self.tiles = ItemTiles()

        self.basket_table = QTableWidget(0, 3)
        self.basket_table.setAccessibleName(QCoreApplication.translate("SaleView", "Basket"))
        self.basket_table.setHorizontalHeaderLabels([QCoreApplication.translate("SaleView", "Item"), QCoreApplication.translate("SaleView", "Qty"), QCoreApplication.translate("SaleView", "Amount")])
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
        self.less_button.setAccessibleName(QCoreApplication.translate("SaleView", "One less of the selected item"))
        self.more_button = QPushButton("+")
        self.more_button.setAccessibleName(QCoreApplication.translate("SaleView", "One more of the selected item"))
        self.clear_button = QPushButton(QCoreApplication.translate("SaleView", "Clear"))
        self.clear_button.setAccessibleName(QCoreApplication.translate("SaleView", "Clear the basket"))
        self.total_label = QLabel()
        self.total_label.setAccessibleName(QCoreApplication.translate("SaleView", "Total"))
        self.total_label.setProperty("role", "total")
        self.total_label.setStyleSheet("font-size: 22px;")
        self.phone_edit = PhoneEdit()
        self.phone_edit.setAccessibleName(QCoreApplication.translate("SaleView", "Customer's phone (walk-in)"))
        self.phone_edit.number_edit.setAccessibleName(QCoreApplication.translate("SaleView", "Customer's phone number"))
        self.customer_picker = CustomerPicker(search_contacts)
        self.customer_picker.new_button.hide()
        self.customer_picker.edit.setAccessibleName(QCoreApplication.translate("SaleView", "Saved customer"))
        self.customer_picker.edit.setPlaceholderText(QCoreApplication.translate("SaleView", "or pick a saved customer by name or number"))
        self.customer_label = QLabel()
        self.customer_label.setProperty("role", "hint")
        self.customer_label.setAccessibleName(QCoreApplication.translate("SaleView", "Customer"))
        self.customer_label.setWordWrap(True)
        self.quote_label = QLabel()
        self.quote_label.setAccessibleName(QCoreApplication.translate("SaleView", "What the customer pays"))
        self.quote_label.setWordWrap(True)
        self.charge_button = QPushButton(QCoreApplication.translate("SaleView", "Charge (F9)"))
        self.charge_button.setAccessibleName(QCoreApplication.translate("SaleView", "Charge"))
        self.charge_button.setStyleSheet("font-size: 16px; font-weight: 600; padding: 8px;")
        self.link_button = QPushButton(QCoreApplication.translate("SaleView", "QR or card (F10)"))
        self.link_button.setAccessibleName(QCoreApplication.translate("SaleView", "Charge by QR code or card"))
        self.charge_message = QLabel()
        self.charge_message.setWordWrap(True)
        self.charge_message.setAccessibleName(QCoreApplication.translate("SaleView", "Sale message"))
        self.reprint_button = QPushButton(QCoreApplication.translate("SaleView", "Reprint (F4)"))
        self.reprint_button.setAccessibleName(QCoreApplication.translate("SaleView", "Reprint last receipt"))
        self.sms_button = QPushButton(QCoreApplication.translate("SaleView", "SMS (F6)"))
        self.sms_button.setAccessibleName(QCoreApplication.translate("SaleView", "Send the last receipt by SMS"))
        self.whatsapp_button = QPushButton(QCoreApplication.translate("SaleView", "WhatsApp (F7)"))
        self.whatsapp_button.setAccessibleName(QCoreApplication.translate("SaleView", "Send the last receipt by WhatsApp"))
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
        # the basket keeps its place whatever it holds; a larger font widens it with its words
        right_panel.setFixedWidth(max(RIGHT_WIDTH, 50 * right_panel.fontMetrics().averageCharWidth()))
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

