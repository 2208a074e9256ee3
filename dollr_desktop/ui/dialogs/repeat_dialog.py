"""Repeat a published document: every week, month or term, from a date, until a date or for a count."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QRadioButton, QSpinBox, QVBoxLayout,
    QWidget,
)

from dollr_desktop.services.recurring import add_months
from dollr_desktop.ui.dialogs.async_dialogs import run_dialog
from dollr_desktop.ui.dialogs.lifetime import delete_when_closed


class RepeatDialog(QDialog):
    """`answer` is (every, first_date, until_date or None, count or None) once accepted."""

    def __init__(self, number: str, customer: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        delete_when_closed(self)
        self.setWindowTitle(self.tr("Repeat {number}").format(number=number))
        self.setAccessibleName(self.tr("Repeat window"))
        intro = QLabel(self.tr("The app makes and publishes a new bill for {customer} on each date, with the same "
                               "items and fees, and prepares its payment link. The customer approves every "
                               "payment.").format(customer=customer or "—"))
        intro.setWordWrap(True)
        self.every = QComboBox()
        self.every.setAccessibleName(self.tr("Repeat every"))
        self.every.addItem(self.tr("Every week"), "WEEKLY")
        self.every.addItem(self.tr("Every month"), "MONTHLY")
        self.every.addItem(self.tr("Every term (4 months)"), "TERM")
        self.every.setCurrentIndex(1)
        first = add_months(today, 1)
        self.first = QDateEdit(QDate(first.year, first.month, first.day))
        self.first.setCalendarPopup(True)
        self.first.setAccessibleName(self.tr("First new bill on"))
        self.until_radio = QRadioButton(self.tr("Until"))
        self.until_radio.setAccessibleName(self.tr("Repeat until a date"))
        self.until = QDateEdit(QDate(today.year + 1, today.month, min(today.day, 28)))
        self.until.setCalendarPopup(True)
        self.until.setAccessibleName(self.tr("Last date"))
        self.count_radio = QRadioButton(self.tr("Number of bills"))
        self.count_radio.setAccessibleName(self.tr("Repeat a number of times"))
        self.count = QSpinBox()
        self.count.setRange(1, 120)
        self.count.setValue(12)
        self.count.setAccessibleName(self.tr("Number of bills"))
        self.count_radio.setChecked(True)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setAccessibleName(self.tr("Problem with the schedule"))
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Repeat"), self.every)
        form.addRow(self.tr("First new bill on"), self.first)
        form.addRow(self.until_radio, self.until)
        form.addRow(self.count_radio, self.count)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save schedule"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.until_radio.toggled.connect(self._enable)
        self._enable()
        self._today = today
        self.answer: tuple[str, date, date | None, int | None] | None = None

    def _enable(self, *_: object) -> None:
        self.until.setEnabled(self.until_radio.isChecked())
        self.count.setEnabled(not self.until_radio.isChecked())

    def _check(self) -> None:
        first = self.first.date().toPython()
        until = self.until.date().toPython() if self.until_radio.isChecked() else None
        if first <= self._today:
            self._refuse(self.tr("The first new bill must be after today: this document is today's bill."))
            return
        if until is not None and until < first:
            self._refuse(self.tr("The last date must not be before the first new bill."))
            return
        self.answer = (self.every.currentData(), first, until, None if until else self.count.value())
        self.accept()

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    async def ask(self) -> tuple[str, date, date | None, int | None] | None:
        result = await run_dialog(self)
        return self.answer if result == QDialog.DialogCode.Accepted else None
