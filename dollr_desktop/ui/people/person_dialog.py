"""Set up the owner, add a member of staff, or change a PIN: a name and a PIN typed twice.

The PINs go to `save` (which hashes on a worker thread) and the fields are emptied at once.
"""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)
from qasync import asyncSlot
from shiboken6 import isValid

from dollr_desktop.services.problems import Problem
from dollr_desktop.ui.dialogs.lifetime import delete_when_closed
from dollr_desktop.ui.people.sign_in_panel import make_pin_edit
from dollr_desktop.ui.widgets.field_errors import FieldErrors
from dollr_desktop.ui.wording import words_for

Save = Callable[[str, str, str], Awaitable[Any]]   # (name, PIN, PIN again) -> the result, or Problem


class PersonDialog(QDialog):
    OWNER, STAFF, PIN = "owner", "staff", "pin"

    def __init__(self, mode: str, save: Save, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        delete_when_closed(self)
        self.mode = mode
        self._save = save
        self.result_value: Any = None
        titles = {self.OWNER: self.tr("Set up the owner"), self.STAFF: self.tr("Add a member of staff"),
                  self.PIN: self.tr("Change PIN")}
        self.setWindowTitle(titles[mode])
        # The window is named for what it is, so it never shares a name with its button.
        self.setAccessibleName({self.OWNER: self.tr("Owner set-up window"), self.STAFF: self.tr("New staff member window"),
                                self.PIN: self.tr("PIN change window")}[mode])
        self.setMinimumWidth(440)
        texts = {
            self.OWNER: self.tr("You are the owner: only you approve payouts, refund, change settings and keys, "
                                "and add staff. Choose a PIN of 4 to 8 digits that only you know. It is not "
                                "your Dollr passcode, which is still asked at each payout."),
            self.STAFF: self.tr("Staff sell, collect, make invoices and prepare payouts for the owner to approve. "
                                "Give them a PIN of 4 to 8 digits."),
            self.PIN: self.tr("Type the new PIN twice."),
        }
        intro = QLabel(texts[mode])
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        self.errors = FieldErrors()
        self.name_edit = QLineEdit(name)
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setMaxLength(60)
        self.pin_edit = make_pin_edit(self.tr("New PIN"))
        self.repeat_edit = make_pin_edit(self.tr("New PIN again"))
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Name:"), self.name_edit, "name")
        self.errors.add_row(form, self.tr("PIN:"), self.pin_edit, "pin")
        self.errors.add_row(form, self.tr("PIN again:"), self.repeat_edit, "pin_repeat")
        if mode == self.PIN:
            self.name_edit.setReadOnly(True)
        self.message_label = QLabel()
        self.message_label.setAccessibleName(self.tr("Message"))
        self.message_label.setProperty("role", "fieldError")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.buttons = QDialogButtonBox()
        save_text = {self.OWNER: self.tr("Set up the owner"), self.STAFF: self.tr("Add"),
                     self.PIN: self.tr("Change PIN")}[mode]
        self.save_button = self.buttons.addButton(save_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setAccessibleName(save_text)
        cancel_text = self.tr("Not now") if mode == self.OWNER else self.tr("Cancel")
        self.cancel_button = self.buttons.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setAccessibleName(cancel_text)
        self.save_button.clicked.connect(self.on_save_button_clicked)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        (self.pin_edit if mode == self.PIN else self.name_edit).setFocus()

    @asyncSlot()
    async def on_save_button_clicked(self) -> None:
        name, pin, repeat = self.name_edit.text(), self.pin_edit.text(), self.repeat_edit.text()
        self.pin_edit.clear()
        self.repeat_edit.clear()
        self.errors.clear()
        self.message_label.hide()
        self.save_button.setEnabled(False)
        try:
            self.result_value = await self._save(name, pin, repeat)
        except Problem as problem:
            if isValid(self):
                if problem.field:
                    self.errors.show({problem.field: words_for(problem)})
                else:
                    self.message_label.setText(words_for(problem))
                    self.message_label.show()
            return
        finally:
            del pin, repeat
            if isValid(self):
                self.save_button.setEnabled(True)
        self.accept()
