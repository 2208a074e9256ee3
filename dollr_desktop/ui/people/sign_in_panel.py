"""Who is at the computer: pick a person, type their PIN. Used by the lock screen and Switch user.

The PIN lives in its masked field only until it is checked: it is read, the field is emptied at
once, and the check runs on a worker thread (scrypt is slow on purpose). Wrong PINs slow down:
after a few, the button waits, with the seconds shown.
"""
from __future__ import annotations

import math
import time
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
from qasync import asyncSlot
from shiboken6 import isValid

from dollr_desktop.services.problems import Problem
from dollr_desktop.ui.wording import words_for
from dollr_desktop.ui.wording.people import role_words

SignIn = Callable[[int, str], Awaitable[Any]]   # (person id, PIN) -> Person, or Problem


def make_pin_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(8)
    edit.setValidator(QRegularExpressionValidator(r"\d{0,8}", edit))
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    edit.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
    return edit


class SignInPanel(QWidget):
    sig_signed_in = Signal(object)   # the Person now at the computer

    def __init__(self, sign_in: SignIn, button_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sign_in = sign_in
        self._busy = False
        self._wait_left = 0
        self.tries = 0   # PINs checked so far (tests wait on it)
        self.person_combo = QComboBox()
        self.person_combo.setAccessibleName(self.tr("Person"))
        self.pin_edit = make_pin_edit(self.tr("PIN"))
        self.pin_edit.setPlaceholderText(self.tr("your PIN"))
        self.message_label = QLabel()
        self.message_label.setAccessibleName(self.tr("Sign-in message"))
        self.message_label.setProperty("role", "fieldError")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.sign_in_button = QPushButton(button_text)
        self.sign_in_button.setAccessibleName(button_text)
        self.sign_in_button.setDefault(True)
        for field in (self.person_combo, self.pin_edit):   # never squashed by a tight card
            field.setMinimumHeight(field.sizeHint().height())
        form = QFormLayout()
        form.addRow(self.tr("Who:"), self.person_combo)
        form.addRow(self.tr("PIN:"), self.pin_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.sign_in_button, 0, Qt.AlignmentFlag.AlignRight)
        self.wait_timer = QTimer(self)
        self.wait_timer.setInterval(250)
        self._wait_until = 0.0
        self.wait_timer.timeout.connect(self.on_wait_timer_timeout)
        self.sign_in_button.clicked.connect(self.on_sign_in_button_clicked)
        self.pin_edit.returnPressed.connect(self.sign_in_button.click)
        self.person_combo.currentIndexChanged.connect(lambda _i: self.pin_edit.setFocus())

    def set_people(self, people: list[Any], preselect: Any = None) -> None:
        self.person_combo.blockSignals(True)
        self.person_combo.clear()
        for person in people:
            self.person_combo.addItem(f"{person.name} ({role_words(person.role)})", person.id)
        if preselect is not None:
            self.person_combo.setCurrentIndex(max(0, self.person_combo.findData(preselect.id)))
        self.person_combo.blockSignals(False)
        self.pin_edit.clear()
        self.message_label.hide()

    def select(self, person_id: int) -> None:
        self.person_combo.setCurrentIndex(max(0, self.person_combo.findData(person_id)))

    @asyncSlot()
    async def on_sign_in_button_clicked(self) -> None:
        if self._busy or self._wait_left > 0:
            return
        pin = self.pin_edit.text()
        self.pin_edit.clear()   # the field forgets it before it is checked
        person_id = self.person_combo.currentData()
        if person_id is None:
            return
        if not pin:
            self._say(self.tr("Type your PIN."))
            return
        self._busy = True
        self.sign_in_button.setEnabled(False)
        try:
            person = await self._sign_in(int(person_id), pin)
        except Problem as problem:
            if isValid(self):
                self._say(words_for(problem))
                seconds = int(problem.params.get("seconds", 0) or 0)
                if seconds:
                    self._wait_left = seconds
                    self._wait_until = time.monotonic() + seconds   # never before the book's own wait ends
                    self.wait_timer.start()
            return
        finally:
            del pin
            self._busy = False
            self.tries += 1
            if isValid(self):
                self.sign_in_button.setEnabled(self._wait_left == 0)
                self.pin_edit.setFocus()
        self.message_label.hide()
        self.sig_signed_in.emit(person)

    def _say(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()

    @Slot()
    def on_wait_timer_timeout(self) -> None:
        left = math.ceil(self._wait_until - time.monotonic())
        if left == self._wait_left and left > 0:
            return
        self._wait_left = max(0, left)
        if self._wait_left == 0:
            self.wait_timer.stop()
            self.sign_in_button.setEnabled(True)
            self._say(self.tr("You can type the PIN again."))
        else:
            self._say(self.tr("Too many wrong PINs. Try again in {seconds} s.").format(seconds=self._wait_left))
