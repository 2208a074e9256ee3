"""What a published document costs the customer and brings the merchant, fee by fee."""
from __future__ import annotations

from collections.abc import Awaitable, Callable

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget
from qasync import asyncSlot

from dollr_desktop.services import catalogue
from dollr_desktop.services.catalogue import Channel, Method
from dollr_desktop.services.invoicing import FeePreview
from dollr_desktop.ui.money import format_money
from dollr_desktop.ui.wording.catalogue import fee_line_words, method_words

# Methods a customer can pay a document with: every operator, and a card on Dollr's payment page.
METHODS: dict[str, Method] = {m.payment_method: m for m in catalogue.operators()}
METHODS.update({m.payment_method: m for m in catalogue.METHODS.values() if m.channel is Channel.CARD})

QuoteFn = Callable[[str, str, str], Awaitable[FeePreview | None]]   # method, provider, customer currency


class FeePreviewBox(QGroupBox):
    def __init__(self, quote: QuoteFn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What the customer pays"))
        self.setAccessibleName(self.tr("Fee preview"))
        self._quote = quote
        self.method_combo = QComboBox()
        self.method_combo.setAccessibleName(self.tr("Payment method for the fee preview"))
        for method in METHODS.values():
            self.method_combo.addItem(method_words(method.payment_method), method.payment_method)
        self.currency_combo = QComboBox()
        self.currency_combo.setAccessibleName(self.tr("Customer's currency for the fee preview"))
        self.refresh_button = QPushButton(self.tr("Show fees"))
        self.refresh_button.setAccessibleName(self.tr("Show the fees for this method"))
        self.pays_label = QLabel("—")
        self.pays_label.setAccessibleName(self.tr("Customer pays"))
        self.pays_label.setProperty("role", "total")
        self.receives_label = QLabel("—")
        self.receives_label.setAccessibleName(self.tr("You receive"))
        self.receives_label.setProperty("role", "total")
        self.fees_label = QLabel("")
        self.fees_label.setAccessibleName(self.tr("Fees"))
        self.fees_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.method_combo, 1)
        row.addWidget(self.currency_combo)
        row.addWidget(self.refresh_button)
        form = QFormLayout(self)
        form.addRow(self.tr("Paid by:"), row)
        form.addRow(self.tr("Customer pays:"), self.pays_label)
        form.addRow(self.tr("You receive:"), self.receives_label)
        form.addRow(self.tr("Fees:"), self.fees_label)
        self.method_combo.currentIndexChanged.connect(self._fill_currencies)
        self.refresh_button.clicked.connect(self.refresh)
        self._document_currency = "LRD"

    def set_context(self, document_currency: str, preferred_method: str | None) -> None:
        self._document_currency = document_currency
        usable = [key for key, m in METHODS.items()
                  if document_currency in m.currencies
                  or (document_currency in ("LRD", "USD") and "LRD" in m.currencies)]
        method = preferred_method if preferred_method in usable else (usable[0] if usable else None)
        if method:
            self.method_combo.setCurrentIndex(self.method_combo.findData(method))
        self._fill_currencies()

    def _fill_currencies(self, *_: object) -> None:
        method = self.method_combo.currentData()
        currencies = METHODS[method].currencies if method in METHODS else ()
        self.currency_combo.clear()
        for currency in currencies:
            self.currency_combo.addItem(currency, currency)
        index = self.currency_combo.findData(self._document_currency)
        self.currency_combo.setCurrentIndex(max(0, index))

    def show_preview(self, preview: FeePreview) -> None:
        self.pays_label.setText(format_money(preview.customer_pays, preview.customer_currency))
        self.receives_label.setText(format_money(preview.merchant_receives, preview.merchant_currency))
        self.fees_label.setText("\n".join(fee_line_words(fee, format_money) for fee in preview.fees)
                                or self.tr("No fees"))

    @asyncSlot()
    async def refresh(self) -> None:
        method = self.method_combo.currentData()
        preview = await self._quote(method, METHODS[method].provider, self.currency_combo.currentData())
        if preview is not None:
            self.show_preview(preview)
