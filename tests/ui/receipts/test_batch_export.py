"""Export a date range of receipts to a folder: from the sandbox, with progress, and Cancel."""
from __future__ import annotations

import asyncio
from datetime import date

from PySide6.QtCore import QDate

from dollr_desktop.services.receipts import ReceiptService
from dollr_desktop.services.receipts_cache import ReceiptsCache
from dollr_desktop.ui.printing.batch_export_dialog import BatchExportDialog, local_day_range
from dollr_desktop.ui.printing.printer_prefs import PrinterPreferences
from dollr_desktop.ui.printing.receipt_actions import ReceiptActions
from tests.ui.receipts.conftest import wait_for
from tests.ui.receipts.fixtures import MERCHANT, fixture_receipt, pdf_text
from tests.ui.receipts.sandbox_payment import client_for, pay_new_invoice


def test_day_range_covers_whole_local_days():
    start, end = local_day_range(date(2026, 11, 1), date(2026, 11, 30))
    assert (start.day, start.hour, end.month, end.day, end.hour) == (1, 0, 12, 1, 0)
    assert start.tzinfo is not None


def test_exports_the_sandbox_receipts_paid_today(qtbot, qloop, sandbox, tmp_path):
    actions = ReceiptActions(prefs=PrinterPreferences())
    folder = tmp_path / "export"

    async def drive():
        async with client_for(sandbox) as client:
            numbers = []
            for customer in ("Musu Kollie", "Kou Flomo"):
                invoice_id = await pay_new_invoice(client, customer=customer)
                numbers.append((await client.invoices.retrieve(invoice_id)).invoice_number)
            service = ReceiptService(client, MERCHANT, cache=ReceiptsCache(tmp_path / "cache"))
            dialog = BatchExportDialog(service, actions)
            qtbot.addWidget(dialog)
            dialog.show()
            dialog.from_edit.setDate(QDate.currentDate().addDays(-1))
            dialog.to_edit.setDate(QDate.currentDate().addDays(1))
            dialog.folder_edit.setText(str(folder))
            dialog.export_button.click()
            await wait_for(lambda: "Saved 2 receipt PDF(s)" in dialog.status_label.text(),
                           message=f"export to finish ({dialog.status_label.text()})")
            return numbers, dialog

    numbers, dialog = qloop.run_until_complete(drive())
    pdfs = sorted(folder.glob("*.pdf"))
    assert [p.name for p in pdfs] == [f"Receipt {n}.pdf" for n in sorted(numbers)]
    assert all(n in pdf_text(p) for n, p in zip(sorted(numbers), pdfs, strict=True))
    assert dialog.progress.value() == 2 and dialog.export_button.isEnabled()
    assert PrinterPreferences.load().export_folder == str(folder)
    actions.close()


class _ManyReceipts:
    async def receipts_between(self, start, end):
        return [fixture_receipt(invoice_number=f"INV-2026-{n:05d}") for n in range(60)]


def test_cancel_stops_the_export_and_keeps_what_was_written(qtbot, qloop, tmp_path):
    actions = ReceiptActions(prefs=PrinterPreferences())
    dialog = BatchExportDialog(_ManyReceipts(), actions)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.folder_edit.setText(str(tmp_path / "out"))

    async def drive():
        dialog.export_button.click()
        await wait_for(lambda: dialog.progress.value() >= 2, message="some progress")
        assert dialog.cancel_button.text() == "Cancel" and not dialog.export_button.isEnabled()
        dialog.cancel_button.click()
        await wait_for(lambda: "Cancelled" in dialog.status_label.text(), message="cancel")
        await asyncio.sleep(0.3)   # let the receipt in flight finish on the worker

    qloop.run_until_complete(drive())
    written = list((tmp_path / "out").glob("*.pdf"))
    assert 2 <= len(written) < 60
    assert not list((tmp_path / "out").glob(".*"))      # no half-written temp files
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    assert dialog.cancel_button.text() == "Close"
    actions.close()
