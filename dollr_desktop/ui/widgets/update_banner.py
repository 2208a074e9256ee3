"""The strip that offers a newer release: the merchant decides (get it, skip this version, later)."""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from dollr_desktop import APP_NAME, __version__
from dollr_desktop.ui import i18n


class UpdateBanner(QFrame):
    sig_get_clicked = Signal(str)      # the release's download page
    sig_skip_clicked = Signal(str)     # the version not to offer again
    sig_later_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("updateBanner")
        self.setAccessibleName(self.tr("Update notice"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._version = self._url = ""
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(self.tr("Update notice text"))
        self.get_button = QPushButton(self.tr("Get the update"))
        self.get_button.setAccessibleName(self.tr("Get the update"))
        self.skip_button = QPushButton(self.tr("Skip this version"))
        self.skip_button.setAccessibleName(self.tr("Skip this version"))
        self.later_button = QPushButton(self.tr("Later"))
        self.later_button.setAccessibleName(self.tr("Remind me later"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.label, 1)
        for button in (self.get_button, self.skip_button, self.later_button):
            layout.addWidget(button)
        self.get_button.clicked.connect(lambda: self._answer(self.sig_get_clicked, self._url))
        self.skip_button.clicked.connect(lambda: self._answer(self.sig_skip_clicked, self._version))
        self.later_button.clicked.connect(lambda: self._answer(self.sig_later_clicked))
        self.hide()

    def offer(self, version: str, url: str, released: str = "") -> None:
        self._version, self._url = version, url
        if released:
            text = self.tr("<b>{app} {version} is available</b> (released {released}; you have {current}). "
                           "Your data stays as it is; install it when it suits you.")
        else:
            text = self.tr("<b>{app} {version} is available</b> (you have {current}). "
                           "Your data stays as it is; install it when it suits you.")
        day = QDate.fromString(released, Qt.DateFormat.ISODate)
        shown = i18n.locale().toString(day, "d MMMM yyyy") if day.isValid() else released
        self.label.setText(text.format(app=APP_NAME, version=version, released=shown, current=__version__))
        self.show()

    @property
    def offered_version(self) -> str:
        return self._version if self.isVisible() else ""

    def _answer(self, signal, *args) -> None:
        self.hide()
        signal.emit(*args)
