"""A problem said in our words, with what Dollr itself said one click away under "Details".

The merchant reads the first line; Dollr's own text (often English, sometimes naming its fields) is
for support and stays out of the main message (issue 18, "Plain errors").
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from dollr_desktop.ui.wording import dollr_said


class ProblemNote(QWidget):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = QLabel()
        self.words.setAccessibleName(name)
        self.words.setProperty("role", "fieldError")
        self.words.setWordWrap(True)
        self.words.setOpenExternalLinks(True)
        self.details_button = QPushButton(self.tr("Details"))
        self.details_button.setAccessibleName(self.tr("Show what Dollr said"))
        self.details_button.setCheckable(True)
        self.details_button.setFlat(True)
        self.details_button.toggled.connect(self.on_details_button_toggled)
        self.details = QLabel()
        self.details.setAccessibleName(self.tr("What Dollr said"))
        self.details.setProperty("role", "hint")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.words)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        self.hide()

    def say(self, words_html: str, detail: str = "") -> None:
        self.words.setText(words_html)
        self.details.setText(dollr_said(detail))
        self.details_button.setChecked(False)
        self.details_button.setVisible(bool(detail))
        self.show()

    @Slot(bool)
    def on_details_button_toggled(self, shown: bool) -> None:
        self.details.setVisible(shown)
