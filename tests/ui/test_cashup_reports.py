"""Cash-up and Reports pages, clicked as a merchant does, on the practice sandbox over a socket."""
from __future__ import annotations

import shutil
import subprocess
from datetime import date
from decimal import Decimal

import openpyxl
from PySide6.QtCore import Qt
from pypdf import PdfReader
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QHeaderView,
                               QLineEdit, QTextEdit, QWidget)

from dollr_desktop.services.export import Exporter
from dollr_desktop.store import Store
from dollr_desktop.ui.printing.printer_prefs import PDF_FOLDER_PRINTER
from tests.ui.collect.helpers import start_practice
from tests.ui.conftest import credentials, make_app, memory_keyring, qloop, qloop_session  # noqa: F401 (fixtures)
from tests.ui.helpers import run, shoot
from tests.unit.services.sandbox_kit import client_for
from tests.unit.services.test_cashup import _push
from tests.unit.services.sandbox_kit import payable_invoice


def _paid_elsewhere(qtbot, sandbox, tmp_path) -> None:
    """Another computer on the account collects 3.25 USD today."""
    async def pay():
        api = client_for(sandbox.info)
        try:
            invoice_id, _ = await payable_invoice(api, name="Other Computer", phone="231776543210", amount="3.25")
            with Store.open(tmp_path / "other.sqlite3") as other:
                await _push(api, other, invoice_id, "231776543210")
        finally:
            await api.aclose()
    run(qtbot, pay(), timeout=20_000)


def _synced(qtbot, app) -> None:
    run(qtbot, app.session.sync_now(), timeout=30_000)
    qtbot.waitUntil(lambda: app.session.store.received.missing_receipts() == [], timeout=20_000)


def _pdf_text(path) -> str:
    """The PDF read back as text: poppler's pdftotext where installed, else pypdf."""
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                              check=True).stdout
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def _page_width_mm(path) -> float:
    box = PdfReader(str(path)).pages[0].mediabox
    return float(box.width) / 72 * 25.4


def names_are_unique(view) -> None:
    """Every control a person reaches has its own accessible name (screen readers, tests)."""
    kinds = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView, QTextEdit)
    controls = [w for w in view.findChildren(QWidget) if isinstance(w, kinds) and w.isVisibleTo(view) and not isinstance(w, QHeaderView)
                and not isinstance(w.parent(), (QAbstractSpinBox, QAbstractItemView, QComboBox))]   # their own parts
    names = [w.accessibleName() for w in controls]
    assert all(names), [type(w).__name__ for w in controls if not w.accessibleName()]
    assert len(names) == len(set(names)), sorted(names)


def click(qtbot, widget) -> None:
    assert widget.isEnabled(), widget.accessibleName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_cashup_close_reopen_print_and_offline(qtbot, make_app, sandbox, tmp_path):
    app = start_practice(qtbot, make_app, sandbox)
    _paid_elsewhere(qtbot, sandbox, tmp_path)
    _synced(qtbot, app)
    qtbot.waitUntil(lambda: hasattr(app.features, "cashup"), timeout=10_000)
    view = app.features.cashup.view
    said: list[str] = []
    view.sig_status.connect(said.append)
    app.window.show_page("cashup")
    names_are_unique(view)
    click(qtbot, view.refresh_button)
    qtbot.waitUntil(lambda: view.figures is not None and view.figures.payment_count == 1, timeout=10_000)
    text = view.figures_view.toPlainText()
    assert "Orange Money · Liberia" in text and "3.25 USD" in text and "Not closed yet" in view.state_label.text()

    view.cash.currency_combo.setCurrentText("USD")
    qtbot.keyClicks(view.cash.counted_edit, "abc")
    assert view.cash.error_label.isVisible() and "Type an amount in USD" in view.cash.error_label.text()
    click(qtbot, view.close_button)
    qtbot.waitUntil(lambda: said == ["Not closed: correct the cash amounts first."], timeout=5_000)
    assert view.closed is None                                   # refused, nothing lost
    assert view.cash.counted_edit.text() == "abc"
    view.cash.counted_edit.clear()
    qtbot.keyClicks(view.cash.counted_edit, "90")
    qtbot.keyClicks(view.cash.expected_edit, "100")
    assert view.cash.difference_label.text() == "-10.00 USD" and not view.cash.error_label.isVisible()
    click(qtbot, view.close_button)
    qtbot.waitUntil(lambda: view.closed is not None, timeout=10_000)
    assert view.closed.version == 1 and "version 1" in view.state_label.text()
    assert not view.close_button.isEnabled() and view.reopen_button.isEnabled() and view.cash.counted_edit.isReadOnly()
    assert view.history.count() == 1
    assert said[1:] == ["Cash-up closed: version 1."], said
    shoot(app.window, "cashup-closed")

    for index, expected in ((2, 58), (1, 80), (0, 210)):          # till rolls 58 and 80 mm, then A4
        view.layout_combo.setCurrentIndex(index)
        target = tmp_path / f"cashup-{expected}.pdf"
        view.ask_pdf_path = lambda _name, target=target: str(target)
        view.last_pdf = None
        click(qtbot, view.pdf_button)
        qtbot.waitUntil(lambda: view.last_pdf is not None, timeout=15_000)
        printed = _pdf_text(target)
        for words in ("Cash-up", "Orange Money", "3.25 USD", "Difference", "-10.00 USD", "version 1"):
            assert words in printed, (words, printed)
        assert abs(_page_width_mm(target) - expected) < 1.5

    prefs = app.features.receipts.receipt_actions.prefs         # Print goes to the remembered printer:
    prefs.printer_name, prefs.print_folder = PDF_FOLDER_PRINTER, str(tmp_path / "printed")   # here, a folder
    view.last_pdf = None
    click(qtbot, view.print_button)
    qtbot.waitUntil(lambda: view.last_pdf is not None, timeout=15_000)
    assert view.last_pdf.parent == tmp_path / "printed" and "3.25 USD" in _pdf_text(view.last_pdf)

    click(qtbot, view.reopen_button)
    qtbot.waitUntil(lambda: view.closed is None, timeout=10_000)
    assert "closing makes version 2" in view.state_label.text()
    assert not view.cash.counted_edit.isReadOnly() and view.cash.counted_edit.text() == "90"
    view.cash.counted_edit.clear()
    qtbot.keyClicks(view.cash.counted_edit, "100")
    click(qtbot, view.close_button)
    qtbot.waitUntil(lambda: view.closed is not None and view.closed.version == 2, timeout=10_000)
    assert "(replaces version 1)" in view.state_label.text()
    assert view.history.count() == 2

    sandbox.stop()                                              # offline: the closed cash-up still opens
    run(qtbot, app.session.sync_now(), timeout=30_000)
    view.day_edit.setDate(view.day_edit.date().addDays(-3))
    qtbot.waitUntil(lambda: view.closed is None, timeout=10_000)
    latest = view.history.item(0)
    view.history.itemClicked.emit(latest)
    assert view.closed is not None and view.closed.version == 2
    assert view.day_edit.date().toPython() == date.today()
    assert "3.25 USD" in view.figures_view.toPlainText()


def test_reports_page_and_export(qtbot, make_app, sandbox, tmp_path):
    app = start_practice(qtbot, make_app, sandbox)
    _synced(qtbot, app)
    qtbot.waitUntil(lambda: hasattr(app.features, "reports"), timeout=10_000)
    view = app.features.reports.view
    app.window.show_page("reports")
    names_are_unique(view)
    view.from_edit.setDate(view.to_edit.date().addDays(-60))
    qtbot.waitUntil(lambda: view.report is not None and view.currency_combo.count() >= 2, timeout=10_000)
    view.currency_combo.setCurrentText("USD")
    usd = view.report.series["USD"]
    shown = sum(Decimal(view.takings.table.item(r, 1).text()) for r in range(view.takings.table.rowCount()))
    assert shown == sum(t.count for _, t in usd) > 0
    assert view.takings.chart.values == [t.net for _, t in usd]
    view.grain_combo.setCurrentIndex(2)                         # by month
    qtbot.waitUntil(lambda: view.report.grain == "month", timeout=10_000)
    assert len(view.report.series["USD"]) in (2, 3)
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        shoot(app.window, f"reports-{index}")
    assert view.ageing.table.rowCount() > 0 and view.customers.table.rowCount() > 0
    assert view.methods.table.rowCount() > 0 and view.fees.table.rowCount() > 0

    click(qtbot, view.export_button)
    dialog = app.features.reports.export_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    assert dialog.format_combo.currentData() == "xlsx"
    names_are_unique(dialog)
    target = tmp_path / "payments.xlsx"
    dialog.ask_path = lambda: str(target)
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=20_000)
    first, last = dialog.range()
    expected = Exporter(app.session.store).count("payments", first, last)
    rows = list(openpyxl.load_workbook(target, read_only=True).active.iter_rows(values_only=True))
    assert rows[0][0] == "Time" and len(rows) == expected + 1 and expected > 0
    assert f"{expected} rows exported" in dialog.message.text()
    dialog.close()


def test_a_long_export_shows_progress_and_cancels_cleanly(qtbot, qloop, tmp_path):
    """20,000 payments: the window stays responsive, the bar moves, Cancel leaves no file."""
    from benchmarks.takings import build_store
    from dollr_desktop.ui.dialogs.export_dialog import ExportDialog

    store = build_store(tmp_path, 20_000)
    try:
        dialog = ExportDialog(Exporter(store), date(2020, 1, 1), date.today())
        qtbot.addWidget(dialog)
        dialog.show()
        names_are_unique(dialog)
        target = tmp_path / "all.xlsx"
        dialog.ask_path = lambda: str(target)
        click(qtbot, dialog.export_button)
        qtbot.waitUntil(lambda: dialog.progress.value() >= 1000, timeout=20_000)
        assert dialog.progress.maximum() == 20_000 and not dialog.export_button.isEnabled()
        click(qtbot, dialog.cancel_button)
        qtbot.waitUntil(lambda: "cancelled" in dialog.message.text(), timeout=20_000)
        assert not target.exists() and not list(tmp_path.glob(".export-*"))
        assert dialog.export_button.isEnabled() and not dialog.cancel_button.isVisible()
        dialog.format_combo.setCurrentIndex(1)                   # CSV: the whole thing this time
        target = tmp_path / "all.csv"
        dialog.ask_path = lambda: str(target)
        click(qtbot, dialog.export_button)
        qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=60_000)
        assert "20,000 rows exported" in dialog.message.text()
        assert target.read_bytes().startswith(b"\xef\xbb\xbf") and target.read_text("utf-8-sig").count("\n") == 20_001
    finally:
        store.close()


def test_two_computers_print_the_same_cashup(qtbot, qloop, sandbox, tmp_path):
    """Two data folders synced from one account: the same day prints the same cash-up, word for word."""
    from dataclasses import replace

    from dollr_desktop.services.account import SessionSync
    from dollr_desktop.services.cashup import CashUpService, Period
    from dollr_desktop.ui.printing.cashup_print import CashUpPrintout, write_cashup_pdf
    from dollr_desktop.ui.printing.layouts import ReceiptLayout

    _paid_elsewhere(qtbot, sandbox, tmp_path)
    texts = []
    for name in ("till-1", "till-2"):
        async def sync(path=tmp_path / f"{name}.sqlite3"):
            api = client_for(sandbox.info)
            try:
                store = Store.open(path)
                await SessionSync(api, store).run()
                return store
            finally:
                await api.aclose()
        store = run(qtbot, sync(), timeout=30_000)
        try:
            figures = CashUpService(store).compute(Period.day(date.today()))
        finally:
            store.close()
        figures = replace(figures, computed_at=None)    # the moment each computer looked
        pdf = write_cashup_pdf(CashUpPrintout("Mamba Point Pharmacy", figures), ReceiptLayout.TILL_80,
                               tmp_path / f"{name}.pdf")
        texts.append(_pdf_text(pdf).replace(figures_time_line(_pdf_text(pdf)), ""))
    assert texts[0] == texts[1] and "3.25 USD" in texts[0] and "Orange Money" in texts[0]


def figures_time_line(text: str) -> str:
    return next(line for line in text.splitlines() if "Not closed yet" in line)
