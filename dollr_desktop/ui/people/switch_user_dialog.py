"""Switch user: the next person picks their name and types their PIN (Ctrl+Shift+U, or the
person's name in the status bar)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from dollr_desktop.ui.dialogs.lifetime import delete_when_closed
from dollr_desktop.ui.people.sign_in_panel import SignIn, SignInPanel


class SwitchUserDialog(QDialog):
    def __init__(self, sign_in: SignIn, people: list[Any], current: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        delete_when_closed(self)
        self.setWindowTitle(self.tr("Switch user"))
        self.setAccessibleName(self.tr("Switch user"))
        self.setMinimumWidth(380)
        self.person: Any = None
        heading = QLabel(self.tr("Who is at the computer now?"))
        heading.setProperty("role", "sectionTitle")
        now = QLabel(self.tr("Now: {name}").format(name=current.name) if current is not None
                     else self.tr("Nobody is signed in."))
        now.setAccessibleName(self.tr("Signed in now"))
        now.setProperty("role", "hint")
        self.panel = SignInPanel(sign_in, self.tr("Switch"), self)
        others = [p for p in people if current is None or p.id != current.id]
        self.panel.set_people(people, preselect=others[0] if others else current)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel switching user"))
        self.cancel_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(now)
        layout.addWidget(self.panel)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        self.cancel_button.clicked.connect(self.reject)
        self.panel.sig_signed_in.connect(self.on_panel_signed_in)
        self.panel.pin_edit.setFocus()

    def on_panel_signed_in(self, person: Any) -> None:
        self.person = person
        self.accept()
