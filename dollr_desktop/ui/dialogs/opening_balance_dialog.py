"""The merchant's own figure to start the balance estimate from: a currency, an amount and the
date it was true (e.g. read from the Dollr portal)."""
from __future__ import annotations

from datetime import datetime, time
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from dollr_desktop.services.catalogue import DOLLR_CURRENCIES, fits_minor_units
from dollr_desktop.services.payment_rows import utc_text
from dollr_desktop.ui.dialogs.async_dialogs import run_dialog
from dollr_desktop.ui.dialogs.lifetime import delete_when_closed
from dollr_desktop.ui.money import format_amount, parse_amount

class OpeningBalanceDialog(QDialog):
    def __init__(self, current: dict[str, tuple[Decimal, str]], default_currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        delete_when_closed(self)
        self._current = current
        self.setWindowTitle(self.tr("Opening balance"))
        self.setAccessibleName(self.tr("Opening balance window"))
        intro = QLabel(self.tr("Enter what your Dollr wallet held on a date (from the Dollr portal). "
                               "The estimate adds what came in and takes away what went out since then. "
                               "Leave the amount empty to remove it."))
        intro.setWordWrap(True)
        self.currency = QComboBox()
        self.currency.setAccessibleName(self.tr("Currency"))
        for code in DOLLR_CURRENCIES:
            self.currency.addItem(code, code)
        self.currency.setCurrentIndex(max(0, self.currency.findData(default_currency)))
        self.amount = QLineEdit()
        self.amount.setAccessibleName(self.tr("Amount"))
        self.as_of = QDateEdit(QDate.currentDate())
        self.as_of.setCalendarPopup(True)
        self.as_of.setAccessibleName(self.tr("On the date"))
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setAccessibleName(self.tr("Problem with the amount"))
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("On the date"), self.as_of)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(self.tr("Save opening balance"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.currency.currentIndexChanged.connect(self._show_current)
        self.amount.textEdited.connect(lambda _t: self.error.hide())
        self._show_current()
        self.answer: tuple[str, Decimal | None, str] | None = None

    def _show_current(self) -> None:
        code = self.currency.currentData()
        amount, _as_of = self._current.get(code, (None, None))
        self.amount.setText(format_amount(amount, code) if amount is not None else "")

    def _check(self) -> None:
        code = self.currency.currentData()
        text = self.amount.text().strip()
        amount = None
        if text:
            try:
                amount = parse_amount(text, code)
            except ValueError as exc:
                self._refuse(str(exc))
                return
            if not fits_minor_units(amount, code):
                self._refuse(self.tr("{currency} amounts cannot have that many decimals.").format(currency=code))
                return
        day = self.as_of.date().toPython()
        self.answer = (code, amount, utc_text(datetime.combine(day, time.min)))
        self.accept()

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.amount.setFocus()

    async def ask(self) -> tuple[str, Decimal | None, str] | None:
        result = await run_dialog(self)
        return self.answer if result == QDialog.DialogCode.Accepted else None
