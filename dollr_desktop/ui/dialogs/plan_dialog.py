"""Pay in parts: a deposit and instalments, monthly from a first due date, adding up to the total."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget,
)

from dollr_desktop.ui.dialogs.async_dialogs import run_dialog
from dollr_desktop.ui.dialogs.lifetime import delete_when_closed
from dollr_desktop.ui.i18n import format_date
from dollr_desktop.ui.money import format_money, parse_amount


class PlanDialog(QDialog):
    """`answer` is [(amount, due date)], the deposit first when there is one, once accepted."""

    def __init__(self, number: str, total: Decimal, currency: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        delete_when_closed(self)
        self.total, self.currency, self.today = total, currency, today
        self.setWindowTitle(self.tr("Pay {number} in parts").format(number=number))
        self.setAccessibleName(self.tr("Payment plan window"))
        intro = QLabel(self.tr("Each part becomes its own order with its own payment link. {number} itself is "
                               "canceled on Dollr so it cannot be paid on top of its parts; this app shows what "
                               "is paid and what is left.").format(number=number))
        intro.setWordWrap(True)
        self.deposit = QLineEdit()
        self.deposit.setAccessibleName(self.tr("Deposit"))
        self.deposit.setPlaceholderText(self.tr("none"))
        self.count = QSpinBox()
        self.count.setRange(1, 24)
        self.count.setValue(2)
        self.count.setAccessibleName(self.tr("Number of instalments"))
        self.first_due = QDateEdit(QDate(today.year, today.month, today.day))
        self.first_due.setCalendarPopup(True)
        self.first_due.setAccessibleName(self.tr("Deposit or first part due on"))
        self.preview = QLabel()
        self.preview.setAccessibleName(self.tr("Parts of the plan"))
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setAccessibleName(self.tr("Problem with the plan"))
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Total"), QLabel(format_money(total, currency)))
        form.addRow(self.tr("Deposit"), self.deposit)
        form.addRow(self.tr("Monthly instalments"), self.count)
        form.addRow(self.tr("Deposit or first part due on"), self.first_due)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save payment plan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.deposit.textEdited.connect(self._show)
        self.count.valueChanged.connect(self._show)
        self.first_due.dateChanged.connect(self._show)
        self.answer: list[tuple[Decimal, date]] | None = None
        self.instalments = 0
        self._show()

    def parts(self) -> list[tuple[Decimal, date]]:
        """Raises ValueError (with words) or Problem for what cannot be a plan."""
        from dollr_desktop.services.plans import split
        from dollr_desktop.services.recurring import add_months

        text = self.deposit.text().strip()
        deposit = parse_amount(text, self.currency) if text else Decimal(0)
        amounts = split(self.total, self.currency, self.count.value(), deposit)
        first = self.first_due.date().toPython()
        return [(amount, add_months(first, n)) for n, amount in enumerate(amounts)]

    def _show(self, *_: object) -> None:
        from dollr_desktop.services.problems import Problem
        from dollr_desktop.ui.wording import words_for

        self.error.hide()
        try:
            parts = self.parts()
        except ValueError as exc:
            self.preview.setText("")
            self._refuse(str(exc))
            return
        except Problem as problem:
            self.preview.setText("")
            self._refuse(words_for(problem))
            return
        self.preview.setText("\n".join(f"{format_date(due)}  ·  {format_money(amount, self.currency)}"
                                       for amount, due in parts))

    def _check(self) -> None:
        from dollr_desktop.services.problems import Problem

        try:
            self.answer = self.parts()
            self.instalments = self.count.value()   # read after the dialog is gone
        except (ValueError, Problem):
            self._show()
            return
        self.accept()

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    async def ask(self) -> list[tuple[Decimal, date]] | None:
        result = await run_dialog(self)
        return self.answer if result == QDialog.DialogCode.Accepted else None
