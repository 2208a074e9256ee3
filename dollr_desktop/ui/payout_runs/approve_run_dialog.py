"""Approve a whole payout run once: the run restated (rows, totals per currency), then the
merchant's Dollr payout passcode (masked). The code leaves the field the moment Approve is
pressed, into a `RunPasscode` that lives only as long as the run pays (never written anywhere)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget,
)

from dollr_desktop.services.run_passcode import RunPasscode
from dollr_desktop.ui.dialogs.lifetime import delete_when_closed
from dollr_desktop.ui.formatting import phone_label
from dollr_desktop.ui.widgets.passcode_edit import PasscodeEdit
from dollr_desktop.ui.widgets.phone_edit import PhoneEdit


class ApproveRunDialog(QDialog):
    def __init__(self, summary: str, passcode_phone: str, *, resume: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Approve payout run"))
        self.setAccessibleName(self.tr("Approve payout run"))
        self.setMinimumWidth(460)
        self.passcode: RunPasscode | None = None
        heading = (self.tr("Resume the run: the rows not paid yet will be paid one by one.") if resume else
                   self.tr("Approve the whole run once. The rows are then paid one by one; "
                           "nothing is paid until you approve."))
        self.heading_label = QLabel(heading)
        self.heading_label.setWordWrap(True)
        self.summary_label = QLabel(summary)
        self.summary_label.setAccessibleName(self.tr("Run to approve"))
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setProperty("role", "lockedNotice")
        self.passcode_edit = PasscodeEdit(self.tr("Run passcode"))
        self.phone_edit = PhoneEdit()
        self.phone_edit.setAccessibleName(self.tr("Run passcode phone"))
        self.phone_label = QLabel()
        self.phone_label.setAccessibleName(self.tr("Passcode phone (from Settings)"))
        if passcode_phone:
            self.phone_edit.set_number(passcode_phone)
            self.phone_edit.hide()
            self.phone_label.setText(phone_label(passcode_phone))
        else:
            self.phone_label.setText(self.tr("Not set in Settings: type the phone your passcode belongs to."))
            self.phone_label.setProperty("role", "hint")
        self.message_label = QLabel()
        self.message_label.setAccessibleName(self.tr("Run approval message"))
        self.message_label.setProperty("role", "fieldError")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.buttons = QDialogButtonBox()
        self.approve_button = self.buttons.addButton(
            self.tr("Approve and resume") if resume else self.tr("Approve and pay"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.approve_button.setAccessibleName(self.tr("Approve the run"))
        self.approve_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(self.tr("Go back"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setAccessibleName(self.tr("Go back without paying the run"))
        self.approve_button.clicked.connect(self.on_approve_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.passcode_edit.returnPressed.connect(self.approve_button.click)
        form = QFormLayout()
        form.addRow(self.tr("Passcode:"), self.passcode_edit)
        form.addRow(self.tr("Passcode phone:"), self.phone_label)
        form.addRow("", self.phone_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.summary_label)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.passcode_edit.setFocus()
        delete_when_closed(self)

    def on_approve_clicked(self) -> None:
        code = self.passcode_edit.text()
        self.passcode_edit.clear()           # the field forgets it at once
        phone = self.phone_edit.digits()
        if len(code) < 4:
            self.message_label.setText(self.tr("Type your payout passcode (4 to 12 digits)."))
            self.message_label.show()
            return
        if not phone:
            self.message_label.setText(self.tr("Type the phone your passcode belongs to."))
            self.message_label.show()
            return
        self.passcode = RunPasscode(code, phone)
        code = ""
        self.accept()

    def reject(self) -> None:
        self.passcode_edit.clear()
        super().reject()
