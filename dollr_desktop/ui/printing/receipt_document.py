"""Lay a receipt out as a QTextDocument for a paint device, and paint it page by page.

Works on any thread: only QTextDocument, QImage and QPainter on a QPagedPaintDevice are used
(never QPixmap or widgets), which Qt supports outside the GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import (QFont, QImage, QPageLayout, QPageSize, QPagedPaintDevice, QPainter,
                           QTextDocument)

from dollr_desktop.services.receipts import ReceiptData
from dollr_desktop.ui.printing.layouts import ReceiptLayout
from dollr_desktop.ui.printing.logo import LOGO_RESOURCE
from dollr_desktop.ui.printing.qr import qr_image
from dollr_desktop.ui.printing.receipt_html import QR_RESOURCE, receipt_css, receipt_html

FONT_FAMILIES = ["DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica"]
# Enough length for any receipt on a till roll; the page is then cut to the content.
_ROLL_MAX_MM = 5000.0


class SafeReceiptDocument(QTextDocument):
    """A QTextDocument that loads nothing from outside: only resources added to it exist.

    Escaping already keeps API text from becoming markup; this is the second wall, so even a
    stray `<img src=...>` can neither reach the network nor read a local file.
    """

    def __init__(self) -> None:
        super().__init__()
        self.refused_resources: list[str] = []

    def loadResource(self, type_: int, name: QUrl) -> object:  # noqa: N802 (Qt override)
        self.refused_resources.append(name.toString())
        return None


def paper_document(layout: ReceiptLayout, css: str, device: QPagedPaintDevice | None = None) -> SafeReceiptDocument:
    """An empty document in the paper's font and style (receipts, refund receipts, cash-ups), laid out
    for `device` (its resolution and page width) when given."""
    doc = SafeReceiptDocument()
    if device is not None:
        doc.documentLayout().setPaintDevice(device)
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(layout.spec.font_pt)
    # No ligatures: "ff" in a reference id must copy out of the PDF as two letters, not "ﬀ".
    font.setFeature(QFont.Tag("liga"), 0)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setDefaultStyleSheet(css)
    return doc


def build_document(data: ReceiptData, layout: ReceiptLayout,
                   device: QPagedPaintDevice | None = None) -> SafeReceiptDocument:
    """The receipt laid out for `device` (its resolution and page width), unpaginated."""
    doc = paper_document(layout, receipt_css(layout), device)
    if data.receipt_url:
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(QR_RESOURCE),
                        qr_image(data.receipt_url))
    if data.merchant.logo_path:
        logo = QImage(data.merchant.logo_path)
        if not logo.isNull():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(LOGO_RESOURCE), logo)
    doc.setHtml(receipt_html(data, layout))
    return doc


def prepare_device(device: QPagedPaintDevice, layout: ReceiptLayout) -> None:
    """Paper size and margins on the device (before painting). Till rolls: full length for now."""
    spec = layout.spec
    height = spec.height_mm if spec.height_mm is not None else _ROLL_MAX_MM
    if layout is ReceiptLayout.A4:
        size = QPageSize(QPageSize.PageSizeId.A4)
    elif layout is ReceiptLayout.LETTER:
        size = QPageSize(QPageSize.PageSizeId.Letter)
    else:
        size = QPageSize(QSizeF(spec.width_mm, height), QPageSize.Unit.Millimeter,
                         f"Roll {spec.width_mm:g} mm", QPageSize.SizeMatchPolicy.ExactMatch)
    margin = spec.margin_mm
    device.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait,
                                     QMarginsF(margin, margin, margin, margin),
                                     QPageLayout.Unit.Millimeter))


def fit_roll_to_content(device: QPagedPaintDevice, layout: ReceiptLayout,
                        doc: QTextDocument) -> None:
    """Cut a till roll's page to the laid-out receipt (plus its margins)."""
    spec = layout.spec
    content_mm = doc.size().height() / device.logicalDpiY() * 25.4
    height = min(content_mm + 2 * spec.margin_mm + 1, _ROLL_MAX_MM)
    size = QPageSize(QSizeF(spec.width_mm, height), QPageSize.Unit.Millimeter,
                     f"Roll {spec.width_mm:g} mm", QPageSize.SizeMatchPolicy.ExactMatch)
    device.setPageSize(size)


def paint_pages(doc: QTextDocument, device: QPagedPaintDevice, painter: QPainter) -> int:
    """Paint every page of `doc` on `device` (painter already begun on it). Returns pages."""
    page_height = doc.pageSize().height()
    width = doc.textWidth()
    if page_height <= 0:          # unpaginated (till roll): a single page
        doc.drawContents(painter, QRectF(0, 0, width, doc.size().height()))
        return 1
    pages = doc.pageCount()
    for page in range(pages):
        if page:
            device.newPage()
        painter.save()
        painter.translate(0, -page * page_height)
        doc.drawContents(painter, QRectF(0, page * page_height, width, page_height))
        painter.restore()
    return pages


def render_to_image(data: ReceiptData, layout: ReceiptLayout, width_px: int = 800) -> QImage:
    """The receipt painted on a white QImage (on-screen preview, tests). Any thread."""
    doc = build_document(data, layout)
    doc.setTextWidth(width_px)
    height = int(doc.size().height()) + 1
    image = QImage(width_px, height, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    try:
        doc.drawContents(painter, QRectF(0, 0, width_px, height))
    finally:
        painter.end()
    return image
