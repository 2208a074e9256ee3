"""Restore a backup: pick the file, give its password, see what it holds, then confirm.

Nothing is replaced before the last page's button: `open_backup(path, password)` only reads the
backup's manifest (and checks the password); `restore(path, password, progress)` unpacks and checks
all of it, backs up the current data, and has the app swap the files in with the account closed.
Both are given by the backups feature; their `BackupError`s are shown here, beside the field.
"""
from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QProgressBar, QPushButton, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget)
from qasync import asyncSlot

from dollr_desktop.ui.dialogs.async_dialogs import run_dialog
from dollr_desktop.ui.dialogs.lifetime import delete_when_closed
from dollr_desktop.ui.wording import words_for
from dollr_desktop.ui.wording.backup_summary import summary_lines

OpenBackup = Callable[[Path, str], Awaitable[Any]]
Restore = Callable[[Path, str, Callable[[float], None]], Awaitable[Any]]
CHOOSE, PREVIEW, WORKING = range(3)


class RestoreDialog(QDialog):
    def __init__(self, open_backup: OpenBackup, restore: Restore, start_folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        delete_when_closed(self, lambda: self._task is not None and not self._task.done())
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setAccessibleName(self.tr("Restore from a backup"))
        self.setMinimumWidth(560)
        self._open_backup, self._restore, self._start_folder = open_backup, restore, start_folder
        self._task: asyncio.Task | None = None
        self.info: Any = None
        self.restored = False
        self.pages = QStackedWidget()

        # 1. the file and its password
        choose = QWidget()
        self.file_edit = QLineEdit()
        self.file_edit.setAccessibleName(self.tr("Backup file"))
        self.file_edit.setPlaceholderText(self.tr("A .dollrbackup file"))
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.browse_button.setAccessibleName(self.tr("Choose the backup file"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password of this backup"))
        self.error_label = QLabel()
        self.error_label.setProperty("role", "fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problem with this backup"))
        self.error_label.hide()
        self.open_button = QPushButton(self.tr("Open backup"))
        self.open_button.setAccessibleName(self.tr("Open backup"))
        self.open_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        form = QFormLayout()
        form.addRow(self.tr("Backup file:"), file_row)
        form.addRow(self.tr("Its password:"), self.password_edit)
        choose_layout = QVBoxLayout(choose)
        choose_layout.addLayout(form)
        choose_layout.addWidget(self.error_label)
        choose_layout.addStretch(1)
        choose_layout.addLayout(_row(self.cancel_button, self.open_button))

        # 2. what it holds, and the confirmation
        preview = QWidget()
        heading = QLabel(self.tr("This backup holds:"))
        heading.setProperty("role", "total")
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("What the backup holds"))
        warning = QLabel(self.tr("Restoring replaces the journal, documents, contacts and settings on this "
                                 "computer with the backup's. Your current data is backed up first, with "
                                 "this backup's password, in the backups folder. Payments still open in the "
                                 "backup are then checked with Dollr: none is sent twice."))
        warning.setWordWrap(True)
        warning.setProperty("role", "hint")
        warning.setAccessibleName(self.tr("What restoring does"))
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back to the file and password"))
        self.replace_button = QPushButton(self.tr("Replace my data with this backup"))
        self.replace_button.setAccessibleName(self.tr("Replace my data with this backup"))
        preview_layout = QVBoxLayout(preview)
        preview_layout.addWidget(heading)
        preview_layout.addWidget(self.summary_label)
        preview_layout.addWidget(warning)
        preview_layout.addStretch(1)
        preview_layout.addLayout(_row(self.back_button, self.replace_button))

        # 3. the restore running
        working = QWidget()
        self.working_label = QLabel(self.tr("Checking the backup and saving your current data…"))
        self.working_label.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setAccessibleName(self.tr("Restore progress"))
        self.stop_button = QPushButton(self.tr("Cancel"))
        self.stop_button.setAccessibleName(self.tr("Cancel the restore"))
        working_layout = QVBoxLayout(working)
        working_layout.addWidget(self.working_label)
        working_layout.addWidget(self.progress_bar)
        working_layout.addStretch(1)
        working_layout.addLayout(_row(self.stop_button))

        for page in (choose, preview, working):
            self.pages.addWidget(page)
        QVBoxLayout(self).addWidget(self.pages)
        self.show_page(CHOOSE)
        self.browse_button.clicked.connect(self.on_browse_button_clicked)
        self.open_button.clicked.connect(self.on_open_button_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(lambda: self.show_page(CHOOSE))
        self.replace_button.clicked.connect(self.on_replace_button_clicked)
        self.stop_button.clicked.connect(self.on_stop_button_clicked)

    def path(self) -> Path:
        return Path(self.file_edit.text().strip()).expanduser()

    def show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        for i in range(self.pages.count()):   # the stack sizes to the page shown, not the tallest
            self.pages.widget(i).setSizePolicy(self.pages.widget(i).sizePolicy().horizontalPolicy(),
                                               QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored)
        self.adjustSize()

    def show_problem(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.show_page(CHOOSE)

    @asyncSlot()
    async def on_browse_button_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the backup file"), str(self._start_folder))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Dollr Desktop backups (*.dollrbackup)"), self.tr("All files (*)")])
        accepted = await run_dialog(dialog) == QDialog.DialogCode.Accepted
        chosen = dialog.selectedFiles()
        dialog.deleteLater()
        if accepted and chosen:
            self.file_edit.setText(chosen[0])
            self.password_edit.setFocus()

    @asyncSlot()
    async def on_open_button_clicked(self) -> None:
        from dollr_desktop.services.backup_file import BackupError

        if not self.file_edit.text().strip():
            self.show_problem(self.tr("Choose the backup file first."))
            return
        if not self.password_edit.text():
            self.show_problem(self.tr("Type the password this backup was made with."))
            self.password_edit.setFocus()
            return
        self.open_button.setEnabled(False)
        self.error_label.hide()
        try:
            self.info = await self._open_backup(self.path(), self.password_edit.text())
        except BackupError as exc:
            self.show_problem(words_for(exc))
            (self.password_edit if exc.code == "backup.wrong_password" else self.file_edit).setFocus()
            return
        finally:
            self.open_button.setEnabled(True)
        self.summary_label.setText("\n".join(summary_lines(self.info)))
        self.show_page(PREVIEW)
        self.replace_button.setFocus()

    @asyncSlot()
    async def on_replace_button_clicked(self) -> None:
        from dollr_desktop.services.backup_file import BackupError
        from dollr_desktop.services.backups import BackupCancelled

        self.show_page(WORKING)
        self.progress_bar.setValue(0)
        self.stop_button.setEnabled(True)
        self._task = asyncio.ensure_future(self._restore(self.path(), self.password_edit.text(), self.show_progress))
        try:
            await self._task
        except (asyncio.CancelledError, BackupCancelled):
            self.show_problem(self.tr("Restore cancelled. Nothing was changed."))
            return
        except BackupError as exc:
            self.show_problem(words_for(exc))
            return
        finally:
            self._task = None
        self.restored = True
        self.accept()

    def show_progress(self, fraction: float) -> None:
        self.progress_bar.setValue(int(round(fraction * 100)))
        if fraction >= 1.0:
            self.working_label.setText(self.tr("Replacing the data and opening it…"))
            self.stop_button.setEnabled(False)   # the swap itself is quick and is never cut

    def on_stop_button_clicked(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def reject(self) -> None:
        if self._task is not None and not self._task.done():
            return   # a restore running is stopped with its own Cancel, never by Escape
        super().reject()


def _row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row
