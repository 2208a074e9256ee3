"""The field where the Dollr payout passcode is typed: digits only, masked, no copy menu, no input
method (nothing keeps what was typed), up to 12 digits. Whoever reads it clears it at once."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget


class PasscodeEdit(QLineEdit):
    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setPlaceholderText(self.tr("your Dollr payout passcode"))
        # The hint shows whole (it was cut to "votre code de versement…" at a 150 % font).
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.placeholderText()) + 24)
        self.setMaxLength(12)
        self.setValidator(QRegularExpressionValidator(r"\d{0,12}", self))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
