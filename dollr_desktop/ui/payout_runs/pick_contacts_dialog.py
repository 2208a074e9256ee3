"""Tick the contacts a new payout run pays (amounts are typed in the run's editor)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from dollr_desktop.services.catalogue import DOLLR_CURRENCIES
from dollr_desktop.ui.dialogs.lifetime import delete_when_closed


class PickContactsDialog(QDialog):
    """Tick the contacts to pay; amounts are typed in the run's editor."""

    def __init__(self, contacts: list[Any], currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New run from contacts"))
        self.setAccessibleName(self.tr("New run from contacts"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Contacts to pay"))
        for contact in contacts:
            item = QListWidgetItem(f"{contact.name} · {contact.phone or ''}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, contact)
            self.list.addItem(item)
        self.currency_combo = QComboBox()
        self.currency_combo.setAccessibleName(self.tr("Run currency"))
        self.currency_combo.addItems(list(DOLLR_CURRENCIES))
        self.currency_combo.setCurrentText(currency if currency in DOLLR_CURRENCIES else DOLLR_CURRENCIES[0])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Make the run"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("Make the run"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel picking"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tick the people to pay; type the amounts in the next step.")))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.currency_combo)
        layout.addWidget(buttons)
        delete_when_closed(self)

    def picked(self) -> list[Any]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def currency(self) -> str:
        return self.currency_combo.currentText()
