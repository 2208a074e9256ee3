"""The cash-up's counted cash: money taken outside Dollr, what the till's own record expects and
what was counted, with the difference shown as it is typed. A bad amount is said where it was
typed and nothing typed is lost."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from dollr_desktop.services.cashup import CashCount, ClosedCashUp
from dollr_desktop.services.catalogue import DOLLR_CURRENCIES, fits_minor_units
from dollr_desktop.ui.i18n import number_separators
from dollr_desktop.ui.money import format_money


class CashCountBox(QGroupBox):
    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Cash taken outside Dollr (optional)"))
        self.currency_combo = QComboBox()
        self.currency_combo.addItems(list(DOLLR_CURRENCIES))
        self.currency_combo.setAccessibleName(self.tr("Cash currency"))
        self.expected_edit = QLineEdit()
        self.expected_edit.setPlaceholderText(self.tr("from your till's own record"))
        self.expected_edit.setAccessibleName(self.tr("Cash expected"))
        self.counted_edit = QLineEdit()
        self.counted_edit.setAccessibleName(self.tr("Cash counted"))
        self.difference_label = QLabel("–")
        self.difference_label.setAccessibleName(self.tr("Cash difference"))
        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Cash problem"))
        self.error_label.hide()
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(self.tr("Cash-up note"))
        form = QFormLayout(self)
        form.addRow(self.tr("Currency"), self.currency_combo)
        form.addRow(self.tr("Expected"), self.expected_edit)
        form.addRow(self.tr("Counted"), self.counted_edit)
        form.addRow(self.tr("Difference"), self.difference_label)
        form.addRow(self.error_label)
        form.addRow(self.tr("Note"), self.note_edit)
        for edit in (self.expected_edit, self.counted_edit):
            edit.textChanged.connect(self._changed)
        self.currency_combo.currentIndexChanged.connect(self._changed)

    def counts(self) -> tuple[tuple[CashCount, ...], str]:
        """The counted cash (none when both fields are empty), or a problem to show."""
        currency = self.currency_combo.currentText()
        counted_text, expected_text = self.counted_edit.text().strip(), self.expected_edit.text().strip()
        if not counted_text and not expected_text:
            return (), ""
        counted = _amount(counted_text or "0", currency)
        expected = _amount(expected_text or "0", currency)
        if counted is None or expected is None:
            return (), self.tr("Type an amount in {currency}, e.g. 1500.00 (or leave both empty).").format(
                currency=currency)
        return (CashCount(currency, counted, expected),), ""

    def note(self) -> str:
        return self.note_edit.text().strip()

    def show_problem(self) -> bool:
        """Say what is wrong where it was typed; False when the amounts are fine."""
        _cash, problem = self.counts()
        self.error_label.setText(problem)
        self.error_label.setVisible(bool(problem))
        if problem:
            self.counted_edit.setFocus()
        return bool(problem)

    def fill(self, closed: ClosedCashUp | None) -> None:
        """A closed version's count, read-only; open (None): editable, what was typed stays."""
        if closed is not None:
            cash = closed.figures.cash[0] if closed.figures.cash else None
            if cash is not None:
                self.currency_combo.setCurrentText(cash.currency)
            self.expected_edit.setText(_plain(cash.expected) if cash else "")
            self.counted_edit.setText(_plain(cash.counted) if cash else "")
            self.note_edit.setText(closed.note)
        for widget in (self.expected_edit, self.counted_edit, self.note_edit):
            widget.setReadOnly(closed is not None)
        self.currency_combo.setEnabled(closed is None)
        self._changed()

    def _changed(self, *_args: object) -> None:
        cash, problem = self.counts()
        self.error_label.setText(problem)
        self.error_label.setVisible(bool(problem))
        if cash:
            difference = cash[0].difference
            sign = "+" if difference > 0 else ""
            self.difference_label.setText(sign + format_money(difference, cash[0].currency))
        else:
            self.difference_label.setText("–")
        if not problem:
            self.sig_changed.emit()


def _plain(value: Decimal) -> str:
    _group, point = number_separators()
    return str(value).replace(".", point)


def _amount(text: str, currency: str) -> Decimal | None:
    """What was typed (0 allowed: an empty drawer), or None when it is not an amount."""
    group, point = number_separators()
    cleaned = text.replace(group, "").replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(point, ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    if not value.is_finite() or value < 0 or not fits_minor_units(value, currency):
        return None
    return value
