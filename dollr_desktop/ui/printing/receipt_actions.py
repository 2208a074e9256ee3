"""What a merchant can do with a receipt: preview, print, save as PDF, share, export many.

Entry points for other views (they own the buttons):

    actions = ReceiptActions()                      # one per app; actions.close() on exit
    await show_receipt(parent, service, "INVOICE", invoice_id, actions=actions, runner=runner)
    await print_when_paid(service, "INVOICE", invoice_id, actions)   # "Print automatically"
    ReceiptButton(service, actions, runner)         # a ready "Receipt" button: set_document()
    BatchExportDialog(service, actions, parent)     # (batch_export_dialog.py) a date range

Rendering, PDF writing and printing run on the exporter's worker thread; only dialogs and the
print preview (which Qt paints itself) run on the GUI thread.
"""
from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton, QWidget

from dollr_desktop import paths
from dollr_desktop.api.errors import ApiError
from dollr_desktop.services.receipts import ReceiptData, ReceiptService, SourceType
from dollr_desktop.ui.printing.layouts import ReceiptLayout
from dollr_desktop.ui.printing.pdf_export import PdfExporter, default_pdf_name, paint_receipt
from dollr_desktop.ui.printing.printer_prefs import PrinterPreferences
from dollr_desktop.ui.printing.receipt_document import prepare_device
from dollr_desktop.ui.errors import show_error
from dollr_desktop.ui.printing.share import mailto_url, whatsapp_url

log = logging.getLogger(__name__)


async def await_dialog(dialog: QDialog) -> int:
    """Open a dialog and await its result without a nested event loop (qasync-friendly)."""
    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def finished(result: int) -> None:
        if not future.done():
            future.set_result(result)

    dialog.finished.connect(finished)
    QDialog.open(dialog)   # QPrintDialog.open() is overloaded in PySide; call the base one
    return await future


class ReceiptActions(QObject):
    sig_status = Signal(str)        # a sentence for the person: "Saved Receipt INV-… .pdf"

    def __init__(self, prefs: PrinterPreferences | None = None,
                 exporter: PdfExporter | None = None,
                 open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl) -> None:
        super().__init__()
        self.prefs = prefs or PrinterPreferences.load()
        self.exporter = exporter or PdfExporter()
        self._open_url = open_url

    @property
    def layout(self) -> ReceiptLayout:
        return self.prefs.receipt_layout

    def remember_layout(self, layout: ReceiptLayout) -> None:
        self.prefs.layout = layout.value
        self.prefs.save()

    def make_printer(self, layout: ReceiptLayout) -> QPrinter:
        """A printer set to the remembered one (if it still exists) and this layout's paper."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.prefs.printer_name in QPrinterInfo.availablePrinterNames():
            printer.setPrinterName(self.prefs.printer_name)
        printer.setDocName(f"Receipt {layout.label}")
        prepare_device(printer, layout)
        return printer

    async def print_receipt(self, parent: QWidget | None, data: ReceiptData,
                            layout: ReceiptLayout | None = None) -> bool:
        layout = layout or self.layout
        printer = self.make_printer(layout)
        printer.setDocName(f"Receipt {data.document_number}")
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("ReceiptActions", "Print receipt {number}").format(
            number=data.document_number))
        if await await_dialog(dialog) != QDialog.DialogCode.Accepted:
            return False
        self.prefs.printer_name = printer.printerName()
        self.prefs.save()
        await self.exporter.print_on(data, layout, printer)
        self.sig_status.emit(QCoreApplication.translate("ReceiptActions", "Receipt {number} sent to the printer.").format(
            number=data.document_number))
        return True

    def has_remembered_printer(self) -> bool:
        """A printer to print on without asking: a paper one still there, or the PDF folder."""
        if self.prefs.prints_to_folder:
            return True
        return bool(self.prefs.printer_name) and \
            self.prefs.printer_name in QPrinterInfo.availablePrinterNames()

    async def print_silently(self, data: ReceiptData, layout: ReceiptLayout | None = None) -> bool:
        """Print to the remembered printer without asking; False when none is remembered."""
        if not self.has_remembered_printer():
            return False
        layout = layout or self.layout
        printer = self.make_printer(layout)
        printer.setDocName(f"Receipt {data.document_number}")
        if self.prefs.prints_to_folder:
            folder = Path(self.prefs.print_folder)
            await asyncio.to_thread(folder.mkdir, parents=True, exist_ok=True)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(folder / default_pdf_name(data)))
        await self.exporter.print_on(data, layout, printer)
        self.sig_status.emit(self.tr("Receipt {number} printed.").format(number=data.document_number))
        return True

    def preview_dialog(self, parent: QWidget | None, data: ReceiptData,
                       layout: ReceiptLayout | None = None) -> QPrintPreviewDialog:
        """Qt's print preview, which paints on the GUI thread (one receipt: a few ms)."""
        layout = layout or self.layout
        printer = self.make_printer(layout)
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("ReceiptActions", "Receipt {number}").format(
            number=data.document_number))
        dialog.paintRequested.connect(
            lambda device: paint_receipt(data, layout, device, keep_paper=True))
        return dialog

    async def preview(self, parent: QWidget | None, data: ReceiptData,
                      layout: ReceiptLayout | None = None) -> None:
        await await_dialog(self.preview_dialog(parent, data, layout))

    async def save_pdf(self, parent: QWidget | None, data: ReceiptData,
                       layout: ReceiptLayout | None = None,
                       path: Path | None = None) -> Path | None:
        """Ask where (default: `Receipt <number>.pdf` in the last folder), then write it."""
        layout = layout or self.layout
        if path is None:
            path = await self._ask_save_path(parent, data)
            if path is None:
                return None
        written = await self.exporter.export(data, layout, path)
        self.prefs.pdf_folder = str(written.parent)
        self.prefs.save()
        self.sig_status.emit(QCoreApplication.translate("ReceiptActions", "Saved {name} in {folder}.").format(
            name=written.name, folder=written.parent))
        return written

    async def _ask_save_path(self, parent: QWidget | None, data: ReceiptData) -> Path | None:
        folder = self.prefs.pdf_folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        dialog = QFileDialog(parent, QCoreApplication.translate("ReceiptActions", "Save receipt as PDF"),
                             str(Path(folder) / default_pdf_name(data)),
                             QCoreApplication.translate("ReceiptActions", "PDF documents (*.pdf)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setObjectName("saveReceiptDialog")
        if await await_dialog(dialog) != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])

    async def share(self, data: ReceiptData, channel: str,
                    layout: ReceiptLayout | None = None) -> Path:
        """Save the PDF for attaching, then open the mail client or WhatsApp with the link."""
        folder = paths.data_dir() / "shared receipts"
        folder.mkdir(parents=True, exist_ok=True)
        pdf = await self.exporter.export(data, layout or self.layout,
                                         folder / default_pdf_name(data))
        url = mailto_url(data) if channel == "email" else whatsapp_url(data)
        self._open_url(QUrl(url))
        self.sig_status.emit(QCoreApplication.translate("ReceiptActions", "The PDF is saved in {folder}: attach {name}.").format(
            folder=pdf.parent, name=pdf.name))
        return pdf

    def close(self) -> None:
        self.exporter.close()


async def show_receipt(parent: QWidget | None, service: ReceiptService,
                       source_type: SourceType | str, source_id: int, *,
                       actions: ReceiptActions, runner: Any = None) -> QDialog | None:
    """Fetch (or, offline, reload) a paid document's receipt and open the receipt dialog."""
    from dollr_desktop.ui.printing.receipt_dialog import ReceiptDialog

    def fetch():
        return service.fetch(source_type, source_id)

    if runner is not None:
        data = (await runner.run(f"receipt-{source_type}-{source_id}", fetch,
                                progress=QCoreApplication.translate("ReceiptActions", "Getting the receipt…"))).value
    else:
        data = await fetch()
    if data is None:
        return None
    dialog = ReceiptDialog(data, actions, parent)
    dialog.show()
    return dialog


async def print_when_paid(service: ReceiptService, source_type: SourceType | str,
                          source_id: int, actions: ReceiptActions) -> bool:
    """For "Print automatically when paid": print on the remembered printer, if there is one."""
    data = await service.fetch(source_type, source_id)
    return await actions.print_silently(data)


class ReceiptButton(QPushButton):
    """A "Receipt" button for a document row or dialog; enabled only for PAID documents."""

    def __init__(self, service: ReceiptService, actions: ReceiptActions, runner: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ReceiptButton", "Receipt"), parent)
        self.setAccessibleName(QCoreApplication.translate("ReceiptButton", "Receipt"))
        self.setObjectName("receiptButton")
        self.setToolTip(self.tr("Preview, print, save or share the receipt"))
        self._service, self._actions, self._runner = service, actions, runner
        self._document: tuple[str, int] | None = None
        self._task: asyncio.Task | None = None
        self.dialog: QDialog | None = None
        self.setEnabled(False)
        self.clicked.connect(self._on_clicked)

    def set_document(self, source_type: str | None, source_id: int | None,
                     status: str | None) -> None:
        paid = bool(source_type and source_id is not None and (status or "").upper() == "PAID")
        self._document = (str(source_type), int(source_id)) if paid else None
        self.setEnabled(paid)

    def _on_clicked(self) -> None:
        if self._document is not None and (self._task is None or self._task.done()):
            self._task = asyncio.ensure_future(self._open(*self._document))

    async def _open(self, source_type: str, source_id: int) -> None:
        self.setEnabled(False)
        try:
            self.dialog = await show_receipt(self.window(), self._service, source_type,
                                             source_id, actions=self._actions,
                                             runner=self._runner)
        except ApiError as exc:  # with a runner, the runner shows these itself
            from dollr_desktop.ui.wording import words_for

            show_error(self.window(), words_for(exc), exc.details or "")
        finally:
            self.setEnabled(self._document is not None)
