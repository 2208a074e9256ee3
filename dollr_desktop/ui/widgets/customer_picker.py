"""Pick a customer by typing part of a name or phone; or create one inline."""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QStringListModel, Qt, Signal, Slot
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QPushButton, QWidget
from qasync import asyncSlot

from dollr_desktop.ui.formatting import phone_label


def contact_label(contact: Any) -> str:
    phone = phone_label(getattr(contact, "phone", None))
    return f"{contact.name} — {phone}" if phone else contact.name


class CustomerPicker(QWidget):
    sig_contact_chosen = Signal(object)     # the store's Contact
    sig_new_requested = Signal()

    def __init__(self, search: Callable[[str], Awaitable[list[Any]]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._matches: list[Any] = []
        self.contact: Any = None
        self.edit = QLineEdit()
        self.edit.setAccessibleName(self.tr("Customer"))
        self.edit.setPlaceholderText(self.tr("Type a name or phone number"))
        self.completer_model = QStringListModel(self)
        self.completer = QCompleter(self.completer_model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.edit.setCompleter(self.completer)
        self.new_button = QPushButton(self.tr("New customer…"))
        self.new_button.setAccessibleName(self.tr("Create a new customer"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.new_button)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self.on_edit_text_edited)
        self.completer.activated[QModelIndex].connect(self.on_completer_activated)
        self.new_button.clicked.connect(self.sig_new_requested)

    def set_contact(self, contact: Any) -> None:
        self.contact = contact
        self.edit.setText(contact_label(contact) if contact else "")
        self.edit.setCursorPosition(0)   # the name shows from its start ("…omah — +231…" in a narrow box)
        if contact is not None:
            self.sig_contact_chosen.emit(contact)

    def set_locked(self, locked: bool) -> None:
        self.edit.setReadOnly(locked)
        self.edit.setEnabled(not locked)
        self.new_button.setEnabled(not locked)

    @asyncSlot(str)
    async def on_edit_text_edited(self, text: str) -> None:
        self.contact = None
        matches = await self._search(text)
        if self.edit.text() != text:
            return  # the person kept typing; a newer search will answer
        self._matches = matches
        self.completer_model.setStringList([contact_label(c) for c in matches])
        if matches and self.edit.hasFocus():
            self.completer.complete()

    @Slot(QModelIndex)
    def on_completer_activated(self, index: QModelIndex) -> None:
        row = index.row()
        if 0 <= row < len(self._matches):
            self.set_contact(self._matches[row])

    def choose_first_match(self) -> bool:
        """Enter in the field picks the best match (also handy for keyboard-only use)."""
        if self._matches:
            self.set_contact(self._matches[0])
            return True
        return False
