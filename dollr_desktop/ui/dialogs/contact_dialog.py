"""New contact: name, phone (country + operator shown as you type), email, relationship."""
from __future__ import annotations

import asyncio

import re
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)
from qasync import asyncSlot

from dollr_desktop.ui.dialogs.lifetime import delete_when_closed
from dollr_desktop.ui.formatting import RELATIONSHIPS, relationship_label
from dollr_desktop.ui import i18n
from dollr_desktop.ui.runner import OperationRunner
from dollr_desktop.ui.widgets.field_errors import FieldErrors
from dollr_desktop.ui.widgets.phone_edit import PhoneEdit
from dollr_desktop.ui.wording.phones import phone_words

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
CreateContact = Callable[..., Awaitable[Any]]


class ContactDialog(QDialog):
    def __init__(self, runner: OperationRunner, create_contact: CreateContact,
                 default_relationship: str = "CUSTOMER", default_country: str = "LR",
                 parent: QWidget | None = None,
                 save_language: Callable[[str, str | None], None] | None = None) -> None:
        super().__init__(parent)
        delete_when_closed(self, lambda: runner.busy)
        self.setWindowTitle(self.tr("New contact"))
        self.setAccessibleName(self.tr("New contact"))
        self.setMinimumWidth(460)
        self.runner = runner
        self._create_contact = create_contact
        self._save_language = save_language   # blocking store call (run on a worker thread)
        self.contact: Any = None
        self.errors = FieldErrors()

        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Full name"))
        self.phone_edit = PhoneEdit(default_country)
        self.email_edit = QLineEdit()
        self.email_edit.setAccessibleName(self.tr("Email"))
        self.email_edit.setPlaceholderText(self.tr("optional"))
        self.relationship_combo = QComboBox()
        self.relationship_combo.setAccessibleName(self.tr("Relationship"))
        for value in RELATIONSHIPS:
            self.relationship_combo.addItem(relationship_label(value), value)
        self.relationship_combo.setCurrentIndex(max(0, self.relationship_combo.findData(default_relationship)))
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Receipt language"))
        self.language_combo.addItem(self.tr("Same as the app"), None)
        for code in i18n.available_languages():
            self.language_combo.addItem(i18n.language_name(code), code)

        form = QFormLayout()
        self.errors.add_row(form, self.tr("Full name:"), self.name_edit, "fullname", "name")
        self.errors.add_row(form, self.tr("Phone:"), self.phone_edit, "phone")
        self.errors.add_row(form, self.tr("Email:"), self.email_edit, "email")
        self.errors.add_row(form, self.tr("Relationship:"), self.relationship_combo, "relationship_type")
        if save_language is not None:
            form.addRow(self.tr("Receipt language:"), self.language_combo)
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Save result"))
        self.status_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save contact"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

    def check(self) -> dict[str, Any] | None:
        self.errors.clear()
        problems: dict[str, str] = {}
        name = self.name_edit.text().strip()
        if not name:
            problems["fullname"] = self.tr("Type the contact's name.")
        phone = self.phone_edit.info
        if not phone.valid:
            problems["phone"] = phone_words(phone) or self.tr("Type a phone number.")
        email = self.email_edit.text().strip()
        if email and not EMAIL.match(email):
            problems["email"] = self.tr("This doesn't look like an email address (name@example.com).")
        if problems:
            self.errors.show(problems)
            return None
        return {"name": name, "phone": phone.digits, "email": email or None,
                "country_code": phone.country.iso if phone.country else None,
                "relationship": self.relationship_combo.currentData()}

    def show_field_errors(self, field_errors: dict[str, str]) -> dict[str, str]:
        return self.errors.show(field_errors)

    @asyncSlot()
    async def on_buttons_accepted(self) -> None:
        values = self.check()
        if values is None:
            return
        contact = (await self.runner.run("save-contact", lambda: self._create_contact(**values),
                                        sender=self.save_button, fields=self,
                                        progress=self.tr("Saving the contact…"))).value
        if contact is not None:
            self.contact = contact
            language = self.language_combo.currentData()
            if self._save_language is not None and language:
                save, phone = self._save_language, values["phone"]
                await asyncio.to_thread(lambda: save(phone, language))
            self.accept()
