"""A finished run's results as a PDF (who, number, amount, fee, status, reference id, time): the
run's audit receipt next to the CSV the service writes. The text is made on the GUI thread (in
the person's language); the rendering and the disk write happen on a worker thread."""
from __future__ import annotations

import asyncio
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from dollr_desktop.services.payout_runs import row_fee
from dollr_desktop.store.payout_runs import Run, RunRow
from dollr_desktop.ui.payout_runs.rows_model import display_phone
from dollr_desktop.ui.money import format_money
from dollr_desktop.ui.payouts.wording import escape_html
from dollr_desktop.ui.views.payouts_view import local_time_label
from dollr_desktop.ui.wording.payout_runs import outcome_words, run_state_words


def results_html(run: Run, rows: list[RunRow]) -> str:
    heads = [QCoreApplication.translate("RunResults", "No."), QCoreApplication.translate("RunResults", "Name"), QCoreApplication.translate("RunResults", "Number"),
             QCoreApplication.translate("RunResults", "Amount"), QCoreApplication.translate("RunResults", "Fee"), QCoreApplication.translate("RunResults", "Status"),
             QCoreApplication.translate("RunResults", "Reference id"), QCoreApplication.translate("RunResults", "Time")]
    totals: dict[str, list] = {}
    body = []
    for row in rows:
        fee = row_fee(row)
        if row.outcome == "COMPLETED":
            paid = totals.setdefault(row.currency, [0, 0])
            paid[0] += 1
            paid[1] += row.received if row.received is not None else 0
        cells = [str(row.position), escape_html(row.name), escape_html(display_phone(row.phone)), format_money(row.amount, row.currency),
                 "" if fee is None else format_money(fee, row.debited_currency or row.currency),
                 escape_html(outcome_words(row.outcome)),
                 f"<span style='font-family: monospace'>{row.reference_id or ''}</span>",   # no ligatures in ids
                 local_time_label(row.finished_at or row.sent_at)]
        body.append("<tr>" + "".join(f"<td style='white-space: nowrap'>{c}</td>" if i != 1 else f"<td>{c}</td>"
                                     for i, c in enumerate(cells)) + "</tr>")
    paid_text = "; ".join(QCoreApplication.translate("RunResults", "{count} paid, {amount}").format(
        count=count, amount=format_money(amount, currency)) for currency, (count, amount) in sorted(totals.items()))
    title = QCoreApplication.translate("RunResults", "Payout run “{name}”: results").format(name=escape_html(run.name))
    state = QCoreApplication.translate("RunResults", "Run {id} · {state} · approved {approved} · finished {finished}").format(
        id=run.id, state=run_state_words(run.state), approved=local_time_label(run.approved_at) or "—",
        finished=local_time_label(run.finished_at) or "—")
    return (
        "<html><body style='font-family: sans-serif; font-size: 9pt; color: #000000'>"
        f"<h2>{title}</h2><p>{state}<br>{paid_text}</p>"
        "<table border='1' cellspacing='0' cellpadding='4' width='100%' "
        "style='border-collapse: collapse; border-color: #9aa3ad; border-style: solid'>"
        "<tr style='background-color: #e8ecf0'>" + "".join(f"<th align='left'>{h}</th>" for h in heads) + "</tr>"
        + "".join(body) + "</table></body></html>")


def write_pdf(html: str, path: Path) -> Path:
    """Blocking; any thread. Written through a temp file, so there is never half a PDF."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".run-", suffix=".pdf")
    os.close(fd)
    try:
        writer = QPdfWriter(tmp)
        writer.setResolution(300)
        writer.setCreator("Dollr Desktop")
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                         QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
        document = QTextDocument()
        document.setHtml(html)
        document.print_(writer)    # laid out on the page in points, paginated by Qt
        del writer
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


async def write_results_pdf(run: Run, rows: list[RunRow], folder: Path) -> Path:
    html = results_html(run, rows)
    return await asyncio.to_thread(write_pdf, html, folder / f"run-{run.id}-results.pdf")
