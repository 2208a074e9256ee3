"""Export the receipts of a date range to PDFs in a folder, with progress and Cancel."""
from __future__ import annotations

import asyncio
from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton,
                               QVBoxLayout, QWidget)
from qasync import asyncSlot

from dollr_desktop.api.errors import ApiError
from dollr_desktop.services.receipts import ReceiptService
from dollr_desktop.ui.dialogs.lifetime import delete_when_closed
from dollr_desktop.ui.printing.layouts import ReceiptLayout
from dollr_desktop.ui.printing.receipt_actions import ReceiptActions, await_dialog


def local_day_range(first: date, last: date) -> tuple[datetime, datetime]:
    """[start of `first`, start of the day after `last`) in local time, timezone-aware."""
    start = datetime.combine(first, time.min).astimezone()
    end = datetime.combine(last + timedelta(days=1), time.min).astimezone()
    return start, end


class BatchExportDialog(QDialog):
    def __init__(self, service: ReceiptService, actions: ReceiptActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        delete_when_closed(self, lambda: self.running)
        self.service, self.actions = service, actions
        self.setObjectName("batchExportDialog")
        self.setWindowTitle(self.tr("Export receipts"))
        self.written: list[Path] = []
        self._task: asyncio.Task | None = None

        today = QDate.currentDate()
        self.from_edit = QDateEdit(QDate(today.year(), today.month(), 1), objectName="fromDate")
        self.to_edit = QDateEdit(today, objectName="toDate")
        self.from_edit.setAccessibleName(self.tr("Receipts paid from"))
        self.to_edit.setAccessibleName(self.tr("Receipts paid until"))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd MMM yyyy")
        self.layout_combo = QComboBox(objectName="exportLayoutCombo")
        for layout in ReceiptLayout:
            self.layout_combo.addItem(layout.label, layout.value)
        self.layout_combo.setCurrentIndex(list(ReceiptLayout).index(actions.layout))
        self.layout_combo.setAccessibleName(self.tr("Receipt paper"))
        default_folder = actions.prefs.export_folder or str(Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home()) / "Receipts")
        self.folder_edit = QLineEdit(default_folder, objectName="folderEdit")
        self.folder_edit.setAccessibleName(self.tr("Folder for the PDF files"))
        browse = QPushButton(self.tr("Choose…"), objectName="browseButton")
        browse.clicked.connect(self.on_browse_clicked)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)

        self.progress = QProgressBar(objectName="exportProgress")
        self.progress.setVisible(False)
        self.status_label = QLabel("", objectName="exportStatus")
        self.status_label.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export"), objectName="exportButton")
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Close"), objectName="cancelButton")
        self.export_button.clicked.connect(self.on_export_button_clicked)
        self.cancel_button.clicked.connect(self.on_cancel_button_clicked)

        form = QFormLayout()
        form.addRow(self.tr("Paid from"), self.from_edit)
        form.addRow(self.tr("to"), self.to_edit)
        form.addRow(self.tr("Paper"), self.layout_combo)
        form.addRow(self.tr("Folder"), folder_row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.progress)
        box.addWidget(self.status_label)
        box.addLayout(buttons)

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    @asyncSlot()
    async def on_browse_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Folder for the receipts"), self.folder_edit.text())
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        if await await_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.selectedFiles():
            self.folder_edit.setText(dialog.selectedFiles()[0])

    def on_cancel_button_clicked(self) -> None:
        if self.running:
            self._task.cancel()
        else:
            self.reject()

    @asyncSlot()
    async def on_export_button_clicked(self) -> None:
        if self.running:
            return
        first, last = self.from_edit.date().toPython(), self.to_edit.date().toPython()
        if last < first:
            self.status_label.setText(self.tr("The end date is before the start date."))
            return
        folder = Path(self.folder_edit.text().strip()).expanduser()
        if not self.folder_edit.text().strip():
            self.status_label.setText(self.tr("Choose a folder for the PDFs."))
            return
        self._task = asyncio.ensure_future(self._export(first, last, folder))
        self._set_running(True)
        try:
            await self._task
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if current is not None and current.cancelling():
                raise
            self.status_label.setText(
                self.tr("Cancelled. {count} receipt PDF(s) were saved in {folder}.").format(
                    count=len(self.written), folder=folder))
        except ApiError as exc:
            from dollr_desktop.ui.wording import words_for

            self.status_label.setText(words_for(exc))
        except OSError as exc:
            self.status_label.setText(self.tr("The PDFs could not be written to {folder}: {why}").format(
                folder=folder, why=exc.strerror or exc))
        finally:
            self._set_running(False)

    async def _export(self, first: date, last: date, folder: Path) -> None:
        self.written = []
        self.status_label.setText(self.tr("Finding the receipts…"))
        receipts = await self.service.receipts_between(*local_day_range(first, last))
        if not receipts:
            self.status_label.setText(self.tr("No paid invoices or orders in these dates."))
            return
        self.progress.setRange(0, len(receipts))
        self.progress.setValue(0)

        def on_progress(done: int, total: int) -> None:
            self.progress.setValue(done)
            self.status_label.setText(self.tr("Saved {done} of {total}…").format(done=done, total=total))

        layout = ReceiptLayout(self.layout_combo.currentData())
        self.written = await self.actions.exporter.export_many(receipts, layout, folder,
                                                               on_progress)
        self.actions.prefs.export_folder = str(folder)
        self.actions.prefs.save()
        self.status_label.setText(self.tr("Saved {count} receipt PDF(s) in {folder}.").format(
            count=len(self.written), folder=folder))

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running or self.progress.value() > 0)
        self.export_button.setEnabled(not running)
        for edit in (self.from_edit, self.to_edit, self.layout_combo, self.folder_edit):
            edit.setEnabled(not running)
        self.cancel_button.setText(self.tr("Cancel") if running else self.tr("Close"))
        if not running:   # the progress bar and the result's words appeared: grow to show them whole
            from dollr_desktop.ui.widgets.fit import fit_dialog

            self.layout().activate()
            fit_dialog(self)

    def reject(self) -> None:
        if self.running:
            self._task.cancel()
        super().reject()
