"""Strips across the top of the window: practice mode (demo money) and offline (with Retry)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class Banner(QFrame):
    sig_action_clicked = Signal()

    def __init__(self, object_name: str, accessible_name: str, action_text: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(self.tr("{banner} text").format(banner=accessible_name))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.label, 1)
        self.action_button: QPushButton | None = None
        if action_text:
            self.action_button = QPushButton(action_text)
            self.action_button.setAccessibleName(f"{accessible_name}: {action_text}")
            self.action_button.clicked.connect(self.sig_action_clicked)
            layout.addWidget(self.action_button)
        self.hide()

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.show()


class PracticeBanner(Banner):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("practiceBanner", self.tr("Practice mode banner"), parent=parent)

    def show_info(self, info: dict) -> None:
        self.show_text(self.tr(
            "<b>PRACTICE MODE — demo money.</b> Nothing here is real and no real money moves. "
            "Demo client ID <code>{client_id}</code>, secret <code>{secret}</code>; payout passcode "
            "<b>{passcode}</b> (phone {phone})."
        ).format(client_id=info.get("client_id", ""), secret=info.get("client_secret", ""),
                 passcode=info.get("passcode", ""), phone=info.get("passcode_phone", "")))


class OfflineBanner(Banner):
    sig_retry_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("offlineBanner", self.tr("Offline banner"), self.tr("Retry"), parent)
        self.sig_action_clicked.connect(self.sig_retry_clicked)
