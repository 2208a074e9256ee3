"""About Dollr Desktop: version, build date, the data folder, the logs, the bundled libraries' licences."""
from __future__ import annotations

import asyncio
import platform
from datetime import datetime

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget, QAbstractItemView,
                               QHeaderView)
from PySide6.QtCore import Qt, qVersion

from dollr_desktop import APP_NAME, __version__, build_info, licences, paths
from dollr_desktop.ui.dialogs.lifetime import delete_when_closed
from dollr_desktop.ui.i18n import format_datetime


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.setAccessibleName(self.tr("About {app}").format(app=APP_NAME))
        self.resize(640, 560)
        info = build_info.load()
        title = QLabel(f"<h2>{APP_NAME}</h2>")
        title.setAccessibleName(self.tr("Application name"))
        summary = QLabel(self.tr("Invoices, mobile-money collections and payouts on Dollr."))
        summary.setWordWrap(True)
        summary.setAccessibleName(self.tr("What this app does"))

        self.version_label = QLabel(__version__)
        self.version_label.setAccessibleName(self.tr("Version"))
        self.built_label = QLabel(self._built_text(info.built_at))
        self.built_label.setAccessibleName(self.tr("Build date"))
        self.runtime_label = QLabel(f"Python {platform.python_version()}, Qt {qVersion()}")
        self.runtime_label.setAccessibleName(self.tr("Runs on"))
        self.data_label = QLabel(str(paths.data_dir()))
        self.data_label.setAccessibleName(self.tr("Data folder"))
        self.data_label.setWordWrap(True)
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("Version:"), self.version_label)
        form.addRow(self.tr("Built:"), self.built_label)
        form.addRow(self.tr("Runs on:"), self.runtime_label)
        form.addRow(self.tr("Data folder:"), self.data_label)

        self.logs_button = QPushButton(self.tr("Open logs folder"))
        self.logs_button.setAccessibleName(self.tr("Open logs folder"))
        self.data_button = QPushButton(self.tr("Open data folder"))
        self.data_button.setAccessibleName(self.tr("Open data folder"))
        folders = QHBoxLayout()
        folders.addWidget(self.logs_button)
        folders.addWidget(self.data_button)
        folders.addStretch(1)

        libraries_title = QLabel(self.tr("Libraries in this app and their licences:"))
        self.libraries = QTableWidget(0, 3)
        self.libraries.setAccessibleName(self.tr("Libraries and licences"))
        self.libraries.setHorizontalHeaderLabels([self.tr("Library"), self.tr("Version"), self.tr("Licence")])
        self.libraries.verticalHeader().hide()
        self.libraries.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.libraries.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.libraries.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.libraries.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addLayout(folders)
        layout.addWidget(libraries_title)
        layout.addWidget(self.libraries, 1)
        layout.addWidget(buttons)
        self.logs_button.clicked.connect(lambda: self.open_folder(paths.log_dir()))
        self.data_button.clicked.connect(lambda: self.open_folder(paths.data_dir()))
        delete_when_closed(self)

    def _built_text(self, built_at: str | None) -> str:
        if not built_at:
            return self.tr("not a packaged build (running from the source code)")
        try:
            return format_datetime(datetime.fromisoformat(built_at.replace("Z", "+00:00")))
        except ValueError:
            return built_at

    def open_folder(self, folder) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    async def load_libraries(self) -> None:
        """The list reads every distribution's metadata from disk: on a worker thread."""
        rows = await asyncio.to_thread(licences.load)
        self.libraries.setRowCount(len(rows))
        not_stated = self.tr("not stated in its package information")
        for row, entry in enumerate(rows):
            for column, key in enumerate(("name", "version", "licence")):
                item = QTableWidgetItem(entry.get(key, "") or (not_stated if key == "licence" else ""))
                if key == "name" and entry.get("home"):
                    item.setToolTip(entry["home"])
                self.libraries.setItem(row, column, item)
