"""Receipts to PDF, on a worker thread so the window never waits for rendering or the disk.

`write_receipt_pdf` is the blocking core (safe on any thread). `PdfExporter` runs it on its own
single worker thread and hands back awaitables for qasync code; `export_many` writes a batch with
progress and stops cleanly at the receipt in hand when cancelled.
"""
from __future__ import annotations

import asyncio
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable, Iterable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage, QPagedPaintDevice

from dollr_desktop.services.receipts import ReceiptData
from dollr_desktop.ui.printing.layouts import ReceiptLayout
from dollr_desktop.ui.printing.paged import paint_document, write_pdf
from dollr_desktop.ui.printing.receipt_document import build_document, render_to_image

_UNSAFE_FILENAME = re.compile(r'[^A-Za-z0-9._ -]+')


def default_pdf_name(data: ReceiptData) -> str:
    """`Receipt INV-2026-00042.pdf`: from the document number, safe on every file system."""
    number = _UNSAFE_FILENAME.sub("_", data.document_number).strip(" ._") or "receipt"
    return QCoreApplication.translate("ReceiptFiles", "Receipt {number}.pdf").format(number=number)


def write_receipt_pdf(data: ReceiptData, layout: ReceiptLayout, path: Path | str) -> Path:
    """Render one receipt to `path` (written via a temp file, so no half PDFs). Blocking."""
    return write_pdf(path, f"Receipt {data.document_number}", lambda writer: _render(data, layout, writer),
                     prefix=".receipt-")


def _render(data: ReceiptData, layout: ReceiptLayout, writer: QPagedPaintDevice) -> None:
    paint_document(lambda device: build_document(data, layout, device), layout, writer,
                   cannot_start="Cannot write the PDF")


def paint_receipt(data: ReceiptData, layout: ReceiptLayout, device: QPagedPaintDevice,
                  keep_paper: bool = False) -> int:
    """Paint a receipt on a printer (or any paged device). Blocking; any thread. Returns pages."""
    return paint_document(lambda dev: build_document(data, layout, dev), layout, device, keep_paper=keep_paper)


class PdfExporter:
    """Owns one worker thread for PDF rendering; share one per app, `close()` on exit."""

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="receipt-pdf")

    async def export(self, data: ReceiptData, layout: ReceiptLayout, path: Path | str) -> Path:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, write_receipt_pdf, data, layout, path)

    async def print_on(self, data: ReceiptData, layout: ReceiptLayout,
                       device: QPagedPaintDevice) -> int:
        """Paint on a QPrinter the person set up; painting on a printer works off the GUI thread."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, paint_receipt, data, layout, device, True)

    async def render_image(self, data: ReceiptData, layout: ReceiptLayout,
                           width_px: int) -> QImage:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, render_to_image, data, layout, width_px)

    async def export_many(self, receipts: Sequence[ReceiptData], layout: ReceiptLayout,
                          folder: Path | str,
                          on_progress: Callable[[int, int], None] | None = None) -> list[Path]:
        """One PDF per receipt in `folder`; `on_progress(done, total)` after each.

        Cancelling the awaiting task stops after the receipt being rendered; files already
        written stay (each is complete).
        """
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        written: list[Path] = []
        names = unique_names(default_pdf_name(r) for r in receipts)
        for data, name in zip(receipts, names, strict=True):
            written.append(await self.export(data, layout, folder / name))
            if on_progress is not None:
                on_progress(len(written), len(receipts))
        return written

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def unique_names(names: Iterable[str]) -> list[str]:
    """Keep every file: a repeated name gets ` (2)`, ` (3)`... before `.pdf`."""
    seen: dict[str, int] = {}
    result = []
    for name in names:
        count = seen.get(name.lower(), 0) + 1
        seen[name.lower()] = count
        result.append(name if count == 1 else f"{name[:-4]} ({count}).pdf")
    return result
