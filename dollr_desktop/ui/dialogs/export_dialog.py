"""Export payments, documents, payouts or cash-ups for a date range to CSV or XLSX, on a worker
thread with a progress bar and Cancel. The words (headers, states, methods) come from
`ui/wording/reports.py`; the service writes codes and exact numbers."""
from __future__ import annotations

import asyncio
import threading
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QProgressBar, QPushButton, QVBoxLayout, QWidget)
from qasync import asyncSlot

from dollr_desktop.ui.dialogs.lifetime import delete_when_closed
from dollr_desktop.ui.i18n import format_number
from dollr_desktop.ui.wording.reports import dataset_words, export_headers, value_words


class ExportDialog(QDialog):
    def __init__(self, exporter: Any, first: date, last: date, *, folder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exporter = exporter
        self.folder = folder or str(Path.home())
        self.cancel_event: threading.Event | None = None
        self.task: asyncio.Task | None = None
        self.result_path: Path | None = None
        self.setWindowTitle(self.tr("Export"))
        self.dataset_combo = QComboBox()
        for code, text in dataset_words().items():
            self.dataset_combo.addItem(text, code)
        self.dataset_combo.setAccessibleName(self.tr("What to export"))
        self.format_combo = QComboBox()
        self.format_combo.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.format_combo.addItem(self.tr("CSV file (.csv)"), "csv")
        self.format_combo.setAccessibleName(self.tr("File type"))
        self.from_edit = QDateEdit(QDate(first.year, first.month, first.day))
        self.from_edit.setAccessibleName(self.tr("Export from"))
        self.to_edit = QDateEdit(QDate(last.year, last.month, last.day))
        self.to_edit.setAccessibleName(self.tr("Export to"))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
        form = QFormLayout()
        form.addRow(self.tr("Export"), self.dataset_combo)
        form.addRow(self.tr("From"), self.from_edit)
        form.addRow(self.tr("To"), self.to_edit)
        form.addRow(self.tr("File type"), self.format_combo)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Export result"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setDefault(True)
        self.export_button.setAccessibleName(self.tr("Choose the file and export"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the export"))
        self.cancel_button.hide()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the export"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.export_button.clicked.connect(self.on_export_clicked)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.close)
        delete_when_closed(self, busy=lambda: self.task is not None and not self.task.done())

    def suggested_name(self) -> str:
        first, last = self.range()
        extension = self.format_combo.currentData()
        return f"{self.dataset_combo.currentText()} {first.isoformat()} – {last.isoformat()}.{extension}"

    def range(self) -> tuple[date, date]:
        first, last = self.from_edit.date().toPython(), self.to_edit.date().toPython()
        return (first, last) if first <= last else (last, first)

    def ask_path(self) -> str:
        extension = self.format_combo.currentData()
        kinds = self.tr("Excel workbooks (*.xlsx)") if extension == "xlsx" else self.tr("CSV files (*.csv)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), str(Path(self.folder) / self.suggested_name()),
                                              kinds)
        if path and not path.lower().endswith(f".{extension}"):
            path += f".{extension}"
        return path

    def cancel(self) -> None:
        if self.cancel_event is not None:
            self.cancel_event.set()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.cancel()   # closing stops the export; nothing half written stays
        super().closeEvent(event)

    @asyncSlot()
    async def on_export_clicked(self) -> None:
        path = self.ask_path()
        if not path:
            return
        self.task = asyncio.ensure_future(self.export_to(path))
        await self.task

    async def export_to(self, path: str) -> None:
        from dollr_desktop.services.export import ExportCancelled

        dataset, fmt = self.dataset_combo.currentData(), self.format_combo.currentData()
        first, last = self.range()
        loop = asyncio.get_running_loop()
        cancel = self.cancel_event = threading.Event()

        def progress(done: int, total: int) -> None:   # on the worker thread
            loop.call_soon_threadsafe(self._show_progress, done, total)

        self.export_button.setEnabled(False)
        self.cancel_button.show()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.message.setText(self.tr("Exporting…"))
        try:
            result = await asyncio.to_thread(
                self.exporter.export, dataset, fmt, first, last, path, headers=export_headers(), words=value_words,
                progress=progress, cancel=cancel, sheet_name=self.dataset_combo.currentText())
        except ExportCancelled:
            self.message.setText(self.tr("Export cancelled: no file was written."))
            return
        except OSError as exc:
            self.message.setText(self.tr("The file could not be written: {reason}").format(reason=exc.strerror or exc))
            return
        finally:
            self.cancel_event = None
            self.progress.hide()
            self.cancel_button.hide()
            self.export_button.setEnabled(True)
        self.result_path = result.path
        self.message.setText(self.tr("{count} rows exported to {name}").format(
            count=format_number(result.rows), name=result.path.name))

    def _show_progress(self, done: int, total: int) -> None:
        try:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(min(done, max(total, 1)))
        except RuntimeError:
            pass   # the dialog was deleted meanwhile
