"""Choose the backup password: typed twice, at least `MIN_LENGTH` characters.

It is kept in this computer's password store (keyring), never in a file; the dialog only returns it.
"""
from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
                               QWidget)

from dollr_desktop.ui.dialogs.lifetime import delete_when_closed

MIN_LENGTH = 8


class BackupPasswordDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        delete_when_closed(self)
        self.setWindowTitle(self.tr("Backup password"))
        self.setAccessibleName(self.tr("Backup password"))
        self.setMinimumWidth(460)
        self.password = ""
        intro = QLabel(self.tr("Backups are locked with this password. Write it down and keep it apart from "
                               "the computer: without it, nobody (not even Dollr) can open a backup. "
                               "Backups already made keep the password they were made with."))
        intro.setWordWrap(True)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("New backup password"))
        self.again_edit = QLineEdit()
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit.setAccessibleName(self.tr("New backup password again"))
        self.error_label = QLabel()
        self.error_label.setProperty("role", "fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Password problem"))
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow(self.tr("Again:"), self.again_edit)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Save password"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setAccessibleName(self.tr("Save password"))
        self.save_button.setDefault(True)
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.on_save)
        self.buttons.rejected.connect(self.reject)

    def on_save(self) -> None:
        password = self.password_edit.text()
        if len(password) < MIN_LENGTH:
            problem = self.tr("Use at least {count} characters.").format(count=MIN_LENGTH)
            self._show_problem(problem, self.password_edit)
        elif self.again_edit.text() != password:
            self._show_problem(self.tr("The two passwords differ: type the same password twice."), self.again_edit)
        else:
            self.password = password
            self.accept()

    def _show_problem(self, text: str, field: QLineEdit) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.adjustSize()
        field.setFocus()
        field.selectAll()
