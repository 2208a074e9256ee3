"""A section that later work fills in, saying plainly what will be here."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderView(QWidget):
    def __init__(self, title: str, coming: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setProperty("role", "pageTitle")
        badge = QLabel("Coming soon")
        badge.setProperty("role", "hint")
        body = QLabel("This section is not ready yet. It will show:\n\n" + "\n".join(f"• {line}" for line in coming))
        body.setWordWrap(True)
        body.setAccessibleName(f"{title}: coming soon")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(badge)
        layout.addWidget(body)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
