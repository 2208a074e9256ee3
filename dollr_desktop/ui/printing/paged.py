"""Painting a laid-out document on paper, and writing PDFs: one way for receipts, refund receipts
and cash-ups. Blocking; any thread (QTextDocument and QPdfWriter work off the GUI thread)."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPainter, QPdfWriter, QTextDocument

from dollr_desktop.ui.printing.layouts import ReceiptLayout
from dollr_desktop.ui.printing.receipt_document import fit_roll_to_content, paint_pages, prepare_device

PDF_RESOLUTION = 300


PRINTER_WONT_START = "The printer could not be started. Check that it is on and connected."


def paint_document(build: Callable[[QPagedPaintDevice], QTextDocument], layout: ReceiptLayout,
                   device: QPagedPaintDevice, *, keep_paper: bool = False,
                   cannot_start: str = PRINTER_WONT_START) -> int:
    """Set the device up for the layout (a till roll always; a page unless the person chose their
    own paper), lay the document out to the page or cut the roll to its length, paint every page.
    Returns the number of pages."""
    if layout.is_till or not keep_paper:
        prepare_device(device, layout)
    doc = build(device)
    paint_rect = device.pageLayout().paintRectPixels(device.resolution())
    doc.setTextWidth(paint_rect.width())
    if layout.is_till:
        fit_roll_to_content(device, layout, doc)
    else:
        doc.setPageSize(QSizeF(paint_rect.width(), paint_rect.height()))
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(cannot_start)   # for the log and "Details"; the person reads our words
    try:
        return paint_pages(doc, device, painter)
    finally:
        painter.end()


def write_pdf(path: Path | str, title: str, paint: Callable[[QPdfWriter], object], *,
              prefix: str = ".document-") -> Path:
    """Paint into a PDF at `path` through a temporary file beside it, so there is never half a PDF."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=prefix, suffix=".pdf")
    os.close(fd)
    try:
        writer = QPdfWriter(tmp)
        writer.setResolution(PDF_RESOLUTION)
        writer.setCreator("Dollr Desktop")
        writer.setTitle(title)
        paint(writer)
        del writer   # flushes and closes the file
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
