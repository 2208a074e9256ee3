"""Settings → Backups: the backup password, automatic backups (how many kept, a second folder such
as a USB stick), "Back up now" with its progress and Cancel, and "Restore from a backup…".

The box shows and saves its settings; the work is the backups feature's (`ui/features/backups.py`),
which hears the box's signals and tells it how a backup goes (`show_progress`, `show_status`).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QFileDialog, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton,
                               QSpinBox, QStackedWidget, QVBoxLayout, QWidget)
from qasync import asyncSlot

from dollr_desktop.settings import Settings
from dollr_desktop.ui.dialogs.async_dialogs import run_dialog
from dollr_desktop.ui.widgets.flow_row import flow_row
from dollr_desktop.ui.widgets.settings_form import WrappingCheck, settings_form

MAX_KEEP = 365


class BackupSettingsBox(QGroupBox):
    sig_backup_requested = Signal()
    sig_restore_requested = Signal()
    sig_password_requested = Signal()
    sig_cancel_requested = Signal()
    sig_changed = Signal()

    def __init__(self, settings: Callable[[], Settings | None], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Backups"), parent)
        self.setObjectName("backupSettingsBox")
        self._settings = settings
        self._loading = False
        hint = QLabel(self.tr("Backups keep what Dollr cannot give back: your payment journal, documents, "
                              "contacts and settings. They are encrypted with your backup password: keep it "
                              "safe, a backup cannot be opened without it."))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        hint.setAccessibleName(self.tr("About backups"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Backup status"))
        self.automatic_row = WrappingCheck(self.tr("Back up automatically every day and when the app closes"))
        self.automatic_check = self.automatic_row.check
        self.keep_spin = QSpinBox()
        self.keep_spin.setRange(1, MAX_KEEP)
        self.keep_spin.setAccessibleName(self.tr("Number of days of backups to keep"))
        self.keep_spin.lineEdit().setAccessibleName(self.tr("Backups to keep, typed"))
        self.folder_edit = QLineEdit()
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setPlaceholderText(self.tr("Only in the data folder"))
        self.folder_edit.setAccessibleName(self.tr("Second backup folder"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setAccessibleName(self.tr("Choose a second backup folder"))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Stop copying backups to the second folder"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        folder_row.addWidget(self.clear_button)

        self.password_button = QPushButton(self.tr("Set backup password…"))
        self.password_button.setAccessibleName(self.tr("Backup password"))
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore from a backup…"))
        self.restore_button.setAccessibleName(self.tr("Restore from a backup"))
        buttons = flow_row(self.password_button, self.backup_button, self.restore_button)   # wraps on a small screen

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setAccessibleName(self.tr("Backup progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the backup"))
        self.progress_row = QWidget()
        progress_layout = QHBoxLayout(self.progress_row)
        progress_layout.setContentsMargins(0, 0, 0, 0)
        progress_layout.addWidget(self.progress_bar, 1)
        progress_layout.addWidget(self.cancel_button)
        # The status and the progress share one place: switching between them moves nothing else
        # on the page (no relayout of the whole Settings page when a backup starts or ends).
        self.state_stack = QStackedWidget()
        self.state_stack.addWidget(self.status_label)
        self.state_stack.addWidget(self.progress_row)

        form = settings_form()
        form.addRow(self.automatic_row)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep_spin)
        keep_row.addStretch(1)
        form.addRow(self.tr("Keep the last"), keep_row)
        form.addRow(self.tr("Also copy to"), folder_row)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(buttons)
        layout.addWidget(self.state_stack)

        self.keep_spin.setSuffix(self.tr(" days (one backup a day)"))
        self.automatic_check.toggled.connect(self.save)
        self.keep_spin.valueChanged.connect(self.save)
        self.clear_button.clicked.connect(self.on_clear_button_clicked)
        self.choose_button.clicked.connect(self.on_choose_button_clicked)
        self.backup_button.clicked.connect(self.sig_backup_requested)
        self.restore_button.clicked.connect(self.sig_restore_requested)
        self.password_button.clicked.connect(self.sig_password_requested)
        self.cancel_button.clicked.connect(self.sig_cancel_requested)

    def load(self) -> None:
        settings = self._settings()
        if settings is None:
            return
        self._loading = True
        try:
            self.automatic_check.setChecked(settings.backup_automatic)
            self.keep_spin.setValue(max(1, min(settings.backup_keep, MAX_KEEP)))
            self.folder_edit.setText(settings.backup_folder)
        finally:
            self._loading = False
        self.clear_button.setEnabled(bool(settings.backup_folder))

    def save(self) -> None:
        settings = self._settings()
        if self._loading or settings is None:
            return
        settings.backup_automatic = self.automatic_check.isChecked()
        settings.backup_keep = self.keep_spin.value()
        settings.backup_folder = self.folder_edit.text().strip()
        settings.save()
        self.clear_button.setEnabled(bool(settings.backup_folder))
        self.sig_changed.emit()

    def set_password_known(self, known: bool) -> None:
        self.password_button.setText(self.tr("Change backup password…") if known else self.tr("Set backup password…"))

    def show_status(self, text: str) -> None:
        self.status_label.setText(text)

    def show_progress(self, fraction: float | None) -> None:
        """A backup running (0..1), or None when none is."""
        running = fraction is not None
        self.state_stack.setCurrentWidget(self.progress_row if running else self.status_label)
        self.backup_button.setEnabled(not running)
        self.restore_button.setEnabled(not running)
        if running:
            self.progress_bar.setValue(int(round(fraction * 100)))

    def on_clear_button_clicked(self) -> None:
        self.folder_edit.clear()
        self.save()

    @asyncSlot()
    async def on_choose_button_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Second folder for backups (e.g. a USB stick)"), self.folder_edit.text())
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        accepted = await run_dialog(dialog) == QFileDialog.DialogCode.Accepted
        chosen = dialog.selectedFiles()
        dialog.deleteLater()
        if accepted and chosen:
            self.folder_edit.setText(chosen[0])
            self.save()
