"""A cash-up as HTML (screen, A4 page, 80/58 mm till roll) and as PDF or print, through the
receipt printing machinery (same paper specs, device preparation, roll cutting and pagination).

Every value passes `esc()`; words go through Qt's catalogue (context "CashUp"), so a French app
prints French. Rendering works on any thread (QTextDocument + QPdfWriter only).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPagedPaintDevice

from dollr_desktop.services.cashup import CashUpFigures, ClosedCashUp
from dollr_desktop.ui.i18n import format_date, format_datetime, format_number
from dollr_desktop.ui.money import format_money
from dollr_desktop.ui.printing.layouts import ReceiptLayout
from dollr_desktop.ui.printing.paged import paint_document, write_pdf
from dollr_desktop.ui.printing.receipt_document import SafeReceiptDocument, paper_document
from dollr_desktop.ui.printing.receipt_html import esc
from dollr_desktop.ui.wording.catalogue import carrier_words, method_words
from dollr_desktop.ui.wording.reports import kind_words


@dataclass(frozen=True)
class CashUpPrintout:
    merchant: str
    figures: CashUpFigures
    closed: ClosedCashUp | None = None   # None: not closed (figures as of now)
    reopened_version: int | None = None  # open again after this version was reopened


def period_text(figures: CashUpFigures) -> str:
    period = figures.period
    if not period.shift:
        return format_date(period.since)
    start, end = period.shift.split("-")
    return QCoreApplication.translate("CashUp", "{day}, shift {start}–{end}").format(
        day=format_date(period.since), start=start, end=end)


def status_text(printout: CashUpPrintout) -> str:
    closed = printout.closed
    if closed is None:
        text = QCoreApplication.translate("CashUp", "Not closed yet · figures at {time}").format(
            time=format_datetime(printout.figures.computed_at or datetime.now().astimezone()))
        if printout.reopened_version:
            text += " · " + QCoreApplication.translate(
                "CashUp", "version {version} was reopened: closing makes version {next}").format(
                version=printout.reopened_version, next=printout.reopened_version + 1)
        return text
    text = QCoreApplication.translate("CashUp", "Closed {time} · version {version}").format(
        time=format_datetime(closed.closed_at), version=closed.version)
    if closed.replaces_version:
        text += " " + QCoreApplication.translate("CashUp", "(replaces version {version})").format(
            version=closed.replaces_version)
    if closed.reopened_at is not None:
        text += " · " + QCoreApplication.translate("CashUp", "reopened {time}").format(
            time=format_datetime(closed.reopened_at))
    return text


def _fees(values: dict[str, Decimal]) -> str:
    shown = [format_money(amount, currency) for currency, amount in sorted(values.items()) if amount]
    return " + ".join(shown) if shown else "–"


def _row(cells: list[str], cls: str = "", widths: tuple[int, ...] = ()) -> str:
    attr = f' class="{cls}"' if cls else ""
    sizes = [f' width="{w}%"' for w in widths] + [""] * len(cells)
    first, *rest = cells
    return (f"<tr><td{attr}{sizes[0]}>{first}</td>"
            + "".join(f'<td{attr}{sizes[i]} align="right">{c}</td>' for i, c in enumerate(rest, 1)) + "</tr>")


def cashup_html(printout: CashUpPrintout, layout: ReceiptLayout | None = None) -> str:
    """`layout` None: the on-screen version (no page colours, the widget's palette)."""
    till = layout is not None and layout.is_till
    figures = printout.figures
    parts = [f'<p class="merchant">{esc(printout.merchant)}</p>',
             '<p class="title">' + esc(QCoreApplication.translate("CashUp", "Cash-up")) + f' · {esc(period_text(figures))}</p>',
             f'<p class="muted">{esc(status_text(printout))}</p>' if layout is not None else ""]   # screen: above
    if printout.closed is not None and printout.closed.closed_on:
        parts.append('<p class="muted">' + esc(QCoreApplication.translate("CashUp", "Computer: {name}").format(
            name=printout.closed.closed_on)) + "</p>")
    totals = figures.totals()
    if not totals:
        parts.append('<p class="section">' + esc(QCoreApplication.translate("CashUp", "No payments in this period.")) + '</p>')
    for currency, total in totals.items():
        parts.append('<p class="section">' + esc(QCoreApplication.translate("CashUp", "Payments received")) + f' · {esc(currency)}</p>')
        lines = [line for line in figures.methods if line.currency == currency]
        if till:
            rows = []
            for line in lines + [total]:
                name = (carrier_words(line.method, line.provider) or method_words(line.method)) if line.method \
                    else QCoreApplication.translate("CashUp", "Total")
                cls = "total" if not line.method else "item"
                rows.append(_row([esc(name), esc(format_number(line.count))], cls))
                rows.append(_row([esc(QCoreApplication.translate("CashUp", "Gross")), esc(format_money(line.gross, currency))]))
                rows.append(_row([esc(QCoreApplication.translate("CashUp", "Fees paid by customers")), esc(_fees(line.fees_by_customer))]))
                rows.append(_row([esc(QCoreApplication.translate("CashUp", "Fees paid by you")), esc(_fees(line.fees_by_merchant))]))
                rows.append(_row([esc(QCoreApplication.translate("CashUp", "Net")), f"<b>{esc(format_money(line.net, currency))}</b>"]))
            parts.append('<table width="100%" cellspacing="0" cellpadding="1">' + "".join(rows) + "</table>")
            continue
        head = _row([esc(h) for h in (QCoreApplication.translate("CashUp", "Method and operator"), QCoreApplication.translate("CashUp", "Count"), QCoreApplication.translate("CashUp", "Gross"),
                                        QCoreApplication.translate("CashUp", "Fees paid by customers"), QCoreApplication.translate("CashUp", "Fees paid by you"), QCoreApplication.translate("CashUp", "Net"))], "head",
                    (22, 14, 16, 16, 16, 16))
        body = []
        for line in lines + [total]:
            name = (carrier_words(line.method, line.provider) or method_words(line.method)) if line.method \
                else QCoreApplication.translate("CashUp", "Total")
            body.append(_row([esc(name), esc(format_number(line.count)), esc(format_money(line.gross, currency)),
                              esc(_fees(line.fees_by_customer)), esc(_fees(line.fees_by_merchant)),
                              esc(format_money(line.net, currency))], "line" if line.method else "total"))
        parts.append('<table width="100%" cellspacing="0" cellpadding="4">' + head + "".join(body) + "</table>")
    if figures.payouts:
        parts.append('<p class="section">' + esc(QCoreApplication.translate("CashUp", "Payouts made from this computer")) + '</p>')
        rows = [_row([esc(QCoreApplication.translate("CashUp", "{count} payouts").format(count=p.count)),
                      esc(format_money(p.amount, p.currency)),
                      esc(QCoreApplication.translate("CashUp", "fees") + " " + _fees(p.fees)) if p.fees else ""]) for p in figures.payouts]
        parts.append('<table width="100%" cellspacing="0" cellpadding="1">' + "".join(rows) + "</table>")
    if figures.refunds:
        parts.append('<p class="section">' + esc(QCoreApplication.translate("CashUp", "Refunds given from this computer")) + '</p>')
        totals = figures.totals()
        rows = []
        for r in figures.refunds:
            rows.append(_row([esc(QCoreApplication.translate("CashUp", "{count} refunds").format(count=r.count)),
                              esc(format_money(-r.amount, r.currency))]))
            net = totals[r.currency].net if r.currency in totals else Decimal(0)
            rows.append(_row([esc(QCoreApplication.translate("CashUp", "Net after refunds")),
                              f"<b>{esc(format_money(net - r.amount, r.currency))}</b>"], "total"))
        parts.append('<table width="100%" cellspacing="0" cellpadding="1">' + "".join(rows) + "</table>")
    parts.append('<p class="section">' + esc(QCoreApplication.translate("CashUp", "Still waiting to be paid")) + '</p>')
    if figures.waiting:
        rows = [_row([esc(f"{kind_words(w.kind)} × {format_number(w.count)}"), esc(format_money(w.amount, w.currency))])
                for w in figures.waiting]
        parts.append('<table width="100%" cellspacing="0" cellpadding="1">' + "".join(rows) + "</table>")
    else:
        parts.append("<p>" + esc(QCoreApplication.translate("CashUp", "Nothing is waiting.")) + "</p>")
    if figures.cash:
        parts.append('<p class="section">' + esc(QCoreApplication.translate("CashUp", "Cash taken outside Dollr")) + '</p>')
        rows = []
        for cash in figures.cash:
            rows.append(_row([esc(QCoreApplication.translate("CashUp", "Expected")), esc(format_money(cash.expected, cash.currency))]))
            rows.append(_row([esc(QCoreApplication.translate("CashUp", "Counted")), esc(format_money(cash.counted, cash.currency))]))
            sign = "+" if cash.difference > 0 else ""
            rows.append(_row([esc(QCoreApplication.translate("CashUp", "Difference")), f"<b>{esc(sign + format_money(cash.difference, cash.currency))}</b>"],
                             "total"))
        parts.append('<table width="100%" cellspacing="0" cellpadding="1">' + "".join(rows) + "</table>")
    if figures.pending_attempts or figures.failed_attempts:
        parts.append('<p class="muted">' + esc(QCoreApplication.translate(
            "CashUp", "On this computer: {pending} payments still pending, {failed} failed (not counted above).").format(
            pending=figures.pending_attempts, failed=figures.failed_attempts)) + "</p>")
    if printout.closed is not None and printout.closed.note:
        parts.append(f'<p class="note">{esc(printout.closed.note)}</p>')
    return "<html><body>" + "".join(parts) + "</body></html>"


def cashup_css(layout: ReceiptLayout | None) -> str:
    base = layout.spec.font_pt if layout is not None else 10
    ink = "" if layout is None else "body { color: #000000; }"
    rule = "#000000" if layout is not None else "#888888"
    return (f"{ink} p {{ margin-top: 0px; margin-bottom: 2px; }}"
            f" .merchant {{ font-size: {base * 1.3:.1f}pt; font-weight: bold; }}"
            f" .title {{ font-size: {base * 1.2:.1f}pt; font-weight: bold; margin-top: 2px; }}"
            f" .section {{ font-weight: bold; margin-top: 8px; margin-bottom: 2px; }}"
            f" td.head {{ font-weight: bold; border-bottom: 1px solid {rule}; }}"
            f" td.total {{ font-weight: bold; border-top: 1px solid {rule}; }}"
            f" td.item {{ font-weight: bold; padding-top: 4px; }}"
            f" .note {{ margin-top: 6px; font-style: italic; }}")


def build_cashup_document(printout: CashUpPrintout, layout: ReceiptLayout,
                          device: QPagedPaintDevice | None = None) -> SafeReceiptDocument:
    doc = paper_document(layout, cashup_css(layout), device)
    doc.setHtml(cashup_html(printout, layout))
    return doc


def paint_cashup(printout: CashUpPrintout, layout: ReceiptLayout, device: QPagedPaintDevice,
                 keep_paper: bool = False) -> int:
    """Lay out and paint on a printer or PDF writer. Blocking; any thread. Returns pages."""
    return paint_document(lambda dev: build_cashup_document(printout, layout, dev), layout, device,
                          keep_paper=keep_paper)


def write_cashup_pdf(printout: CashUpPrintout, layout: ReceiptLayout, path: Path | str) -> Path:
    """Render to `path` (no half PDFs). Blocking; any thread."""
    title = QCoreApplication.translate("CashUp", "Cash-up") + " " + period_text(printout.figures)
    return write_pdf(path, title, lambda writer: paint_cashup(printout, layout, writer), prefix=".cashup-")


def default_pdf_name(printout: CashUpPrintout) -> str:
    period = printout.figures.period
    shift = f" {period.shift.replace(':', '')}" if period.shift else ""
    version = f" v{printout.closed.version}" if printout.closed is not None else ""
    return QCoreApplication.translate("ReceiptFiles", "Cash-up {day}.pdf").format(
        day=f"{period.local_day.isoformat()}{shift}{version}")
