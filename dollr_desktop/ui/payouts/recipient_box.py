"""Who gets the money: pick a contact (suppliers, employees, beneficiaries first) or create one inline."""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)
from qasync import asyncSlot

from dollr_desktop.services.problems import Problem
from dollr_desktop.ui.formatting import relationship_label
from dollr_desktop.ui.runner import OperationRunner
from dollr_desktop.ui.widgets.customer_picker import CustomerPicker
from dollr_desktop.ui.widgets.field_errors import FieldErrors
from dollr_desktop.ui.widgets.phone_edit import PhoneEdit
from dollr_desktop.ui.wording import words_for
from dollr_desktop.ui.wording.phones import phone_words

RECIPIENT_RELATIONSHIPS = ("SUPPLIER", "EMPLOYEE", "BENEFICIARY", "SERVICE_PROVIDER", "PARTNER", "FAMILY",
                           "CONTACT")
CreateRecipient = Callable[..., Awaitable[Any]]


class RecipientBox(QWidget):
    """The picker, and under it (on demand) name + relationship to create a new recipient.

    The new recipient's phone is the payout number typed in the form (`phone_edit`), so the
    person types it once.
    """

    sig_recipient_chosen = Signal(object)   # the store's Contact
    sig_size_changed = Signal()             # the inline form opened or closed: the window may grow

    def __init__(self, runner: OperationRunner, search: Callable[[str], Awaitable[list[Any]]],
                 create: CreateRecipient, phone_edit: PhoneEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._create = create
        self._phone_edit = phone_edit
        self.picker = CustomerPicker(search)
        self.picker.edit.setAccessibleName(self.tr("Recipient"))
        self.picker.edit.setPlaceholderText(self.tr("Type a supplier's or employee's name or phone"))
        self.picker.new_button.setText(self.tr("New recipient…"))
        self.picker.new_button.setAccessibleName(self.tr("Create a new recipient"))

        self.new_frame = QFrame()
        self.new_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.new_frame.setAccessibleName(self.tr("New recipient"))
        self.errors = FieldErrors()
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("New recipient's full name"))
        self.relationship_combo = QComboBox()
        self.relationship_combo.setAccessibleName(self.tr("New recipient's relationship"))
        for value in RECIPIENT_RELATIONSHIPS:
            self.relationship_combo.addItem(relationship_label(value), value)
        self.create_button = QPushButton(self.tr("Create recipient"))
        self.create_button.setAccessibleName(self.tr("Create recipient"))
        self.cancel_new_button = QPushButton(self.tr("Cancel"))
        self.cancel_new_button.setAccessibleName(self.tr("Cancel the new recipient"))
        hint = QLabel(self.tr("Their mobile-money number is the one under “Mobile money” below."))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Full name:"), self.name_edit, "fullname", "name")
        form.addRow(self.tr("Relationship:"), self.relationship_combo)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_new_button)
        buttons.addWidget(self.create_button)
        inner = QVBoxLayout(self.new_frame)
        inner.addLayout(form)
        inner.addWidget(hint)
        inner.addLayout(buttons)
        self.new_frame.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker)
        layout.addWidget(self.new_frame)
        self.setFocusProxy(self.picker)
        self.picker.sig_contact_chosen.connect(self.sig_recipient_chosen)
        self.picker.sig_new_requested.connect(self.on_picker_new_requested)
        self.cancel_new_button.clicked.connect(self.close_new_form)
        self.create_button.clicked.connect(self.on_create_button_clicked)

    @property
    def contact(self) -> Any:
        return self.picker.contact

    def on_picker_new_requested(self) -> None:
        typed = self.picker.edit.text().strip()
        if typed and not any(ch.isdigit() for ch in typed) and not self.name_edit.text():
            self.name_edit.setText(typed)
        self.new_frame.show()
        self.name_edit.setFocus()
        self.sig_size_changed.emit()

    def close_new_form(self) -> None:
        self.new_frame.hide()
        self.sig_size_changed.emit()

    def show_field_errors(self, field_errors: dict[str, str]) -> dict[str, str]:
        leftover = self.errors.show(field_errors)
        if "phone" in leftover:
            self._phone_edit.detected_label.setText("⚠ " + leftover.pop("phone"))
        return leftover

    @asyncSlot()
    async def on_create_button_clicked(self) -> None:
        self.errors.clear()
        name = self.name_edit.text().strip()
        phone = self._phone_edit.info
        if not name:
            self.errors.show({"fullname": self.tr("Type the recipient's name.")})
            return
        if not phone.valid:
            self._phone_edit.detected_label.setText("⚠ " + (phone_words(phone) or self.tr("Type their mobile-money number below.")))
            self._phone_edit.setFocus()
            return
        async def create() -> Any:
            try:
                return await self._create(name=name, phone=phone.digits,
                                          relationship=self.relationship_combo.currentData(),
                                          country_code=phone.country.iso if phone.country else None)
            except Problem as problem:   # e.g. saved offline: a payout needs the connection
                self.errors.show({problem.field or "fullname": words_for(problem)})
                return None

        contact = (await self.runner.run(
            "payout-create-recipient", create,
            sender=self.create_button, fields=self, progress=self.tr("Creating the recipient…"))).value
        if contact is not None:
            self.close_new_form()
            self.name_edit.clear()
            self.picker.set_contact(contact)
