"""Settings → People: a way to the People page (owner, staff, PINs, lock) and the audit log."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class PeopleSettingsBox(QGroupBox):
    sig_people_requested = Signal()
    sig_audit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("People and audit log"), parent)
        hint = QLabel(self.tr("Who uses this computer, their PINs and what each may do; when the app locks; "
                              "the log of who did what."))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        self.people_button = QPushButton(self.tr("People…"))
        self.people_button.setAccessibleName(self.tr("Open People"))
        self.audit_button = QPushButton(self.tr("Audit log…"))
        self.audit_button.setAccessibleName(self.tr("Open the audit log from Settings"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.people_button)
        buttons.addWidget(self.audit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        self.people_button.clicked.connect(self.sig_people_requested)
        self.audit_button.clicked.connect(self.sig_audit_requested)
