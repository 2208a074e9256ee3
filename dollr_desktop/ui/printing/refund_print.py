"""A refund receipt as HTML (screen, A4 page, 80/58 mm till roll) and as PDF, through the receipt
printing machinery (same paper specs, device preparation, roll cutting and pagination).

Every value passes `esc()`; words go through Qt's catalogue (context "Refunds"). Rendering works
on any thread (QTextDocument + QPdfWriter only).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPagedPaintDevice

from dollr_desktop.ui.i18n import format_datetime
from dollr_desktop.ui.money import format_money
from dollr_desktop.ui.printing.layouts import ReceiptLayout
from dollr_desktop.ui.printing.paged import paint_document, write_pdf
from dollr_desktop.ui.printing.receipt_document import SafeReceiptDocument, paper_document
from dollr_desktop.ui.printing.receipt_html import esc


@dataclass(frozen=True)
class RefundPrintout:
    merchant: str
    customer: str
    document: str            # the refunded document's number
    reference_id: str        # the refund's reference id
    amount: Decimal
    currency: str
    paid: Decimal            # what the customer's payment brought in
    refunded_total: Decimal  # every completed refund of it, this one included
    reason: str
    at: datetime | None
    provider_transaction_id: str | None = None


def refund_html(p: RefundPrintout, layout: ReceiptLayout | None = None) -> str:
    def row(label: str, value: str, cls: str = "") -> str:
        klass = f' class="{cls}"' if cls else ""
        return f'<tr><td{klass}>{esc(label)}</td><td{klass} align="right">{value}</td></tr>'

    rows = [
        row(QCoreApplication.translate("Refunds", "Customer"), esc(p.customer)),
        row(QCoreApplication.translate("Refunds", "Document"), esc(p.document)),
        row(QCoreApplication.translate("Refunds", "Paid"), esc(format_money(p.paid, p.currency))),
        row(QCoreApplication.translate("Refunds", "Refunded now"), f"<b>{esc(format_money(p.amount, p.currency))}</b>",
            "total"),
        row(QCoreApplication.translate("Refunds", "Refunded in all"), esc(format_money(p.refunded_total, p.currency))),
        row(QCoreApplication.translate("Refunds", "Kept"),
            esc(format_money(max(p.paid - p.refunded_total, Decimal(0)), p.currency))),
    ]
    if p.reason:
        rows.append(row(QCoreApplication.translate("Refunds", "Reason"), esc(p.reason)))
    if p.at is not None:
        rows.append(row(QCoreApplication.translate("Refunds", "Date"), esc(format_datetime(p.at.astimezone()))))
    if p.provider_transaction_id:
        rows.append(row(QCoreApplication.translate("Refunds", "Operator reference"), esc(p.provider_transaction_id)))
    rows.append(row(QCoreApplication.translate("Refunds", "Reference"), f'<span class="mono">{esc(p.reference_id)}</span>'))
    return ("<html><body>"
            f'<p class="merchant">{esc(p.merchant)}</p>'
            f'<p class="title">{esc(QCoreApplication.translate("Refunds", "Refund receipt"))}</p>'
            '<table width="100%" cellspacing="0" cellpadding="2">' + "".join(rows) + "</table>"
            f'<p class="note">{esc(QCoreApplication.translate("Refunds", "The money goes back to the wallet that paid."))}</p>'
            "</body></html>")


def refund_css(layout: ReceiptLayout | None) -> str:
    base = layout.spec.font_pt if layout is not None else 10
    rule = "#000000" if layout is not None else "#888888"
    return (f"body {{ color: #000000; }} p {{ margin-top: 0px; margin-bottom: 2px; }}"
            f" .merchant {{ font-size: {base * 1.3:.1f}pt; font-weight: bold; }}"
            f" .title {{ font-size: {base * 1.2:.1f}pt; font-weight: bold; margin-top: 2px; margin-bottom: 6px; }}"
            f" td.total {{ font-weight: bold; border-top: 1px solid {rule}; }}"
            " .mono { font-family: monospace; } .note { margin-top: 6px; font-style: italic; }")


def build_refund_document(p: RefundPrintout, layout: ReceiptLayout,
                          device: QPagedPaintDevice | None = None) -> SafeReceiptDocument:
    doc = paper_document(layout, refund_css(layout), device)
    doc.setHtml(refund_html(p, layout))
    return doc


def paint_refund(p: RefundPrintout, layout: ReceiptLayout, device: QPagedPaintDevice) -> int:
    """Lay out and paint on a printer or PDF writer. Blocking; any thread. Returns pages."""
    return paint_document(lambda dev: build_refund_document(p, layout, dev), layout, device)


def write_refund_pdf(p: RefundPrintout, layout: ReceiptLayout, path: Path | str) -> Path:
    """Render to `path` (no half PDFs). Blocking; any thread."""
    title = QCoreApplication.translate("Refunds", "Refund receipt") + " " + p.document
    return write_pdf(path, title, lambda writer: paint_refund(p, layout, writer), prefix=".refund-")


def default_pdf_name(p: RefundPrintout) -> str:
    return QCoreApplication.translate("ReceiptFiles", "Refund {number}.pdf").format(
        number=p.document or p.reference_id[:8])
