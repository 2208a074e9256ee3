"""What staff see instead of an owner-only page: why, and a way to switch to the owner."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget


class OwnerOnlyPanel(QFrame):
    sig_switch_requested = Signal()

    def __init__(self, text: str, where: str, parent: QWidget | None = None) -> None:
        """`where`: the page's name, so each panel's controls have names of their own in the window."""
        super().__init__(parent)
        self.setAccessibleName(self.tr("{where}: only the owner").format(where=where))
        title = QLabel(self.tr("Only the owner can open this"))
        title.setProperty("role", "pageTitle")
        self.text_label = QLabel(text)
        self.text_label.setWordWrap(True)
        self.text_label.setProperty("role", "lockedNotice")
        self.text_label.setAccessibleName(self.tr("{where}: why this is closed").format(where=where))
        self.switch_button = QPushButton(self.tr("Switch user…"))
        self.switch_button.setAccessibleName(self.tr("{where}: switch to the owner").format(where=where))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.text_label)
        layout.addWidget(self.switch_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.switch_button.clicked.connect(self.sig_switch_requested)
