"""Settings → About: the version at a glance and the About box (build, data folder, logs, licences)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from dollr_desktop import APP_NAME, __version__


class AboutSettingsBox(QGroupBox):
    sig_about_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("About"), parent)
        self.version_label = QLabel(self.tr("{app} version {version}").format(app=APP_NAME, version=__version__))
        self.version_label.setAccessibleName(self.tr("App version"))
        self.about_button = QPushButton(self.tr("About {app}…").format(app=APP_NAME))
        self.about_button.setAccessibleName(self.tr("About {app}").format(app=APP_NAME))
        layout = QHBoxLayout(self)
        layout.addWidget(self.version_label, 1)
        layout.addWidget(self.about_button)
        self.about_button.clicked.connect(self.sig_about_requested)
