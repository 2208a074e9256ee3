"""A sidebar page whose feature is still loading: its title and a plain "Loading…"."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderView(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setProperty("role", "pageTitle")
        body = QLabel(self.tr("Loading…"))
        body.setProperty("role", "hint")
        body.setAccessibleName(self.tr("{page}: loading").format(page=title))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
