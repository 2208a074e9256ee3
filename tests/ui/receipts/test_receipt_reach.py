"""Issue 9's receipt, reached where a merchant looks: Settings feed it, a paid collection prints it
on its own, the Payments row opens it (online, then offline from the cache) and exports a range.

The real app against the sandbox over a socket; the "printer" is Settings' PDF folder printer.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from dollr_desktop.settings import Settings
from dollr_desktop.store.journal import PaymentState
from dollr_desktop.ui.printing.printer_prefs import PDF_FOLDER_PRINTER
from tests.ui.collect.helpers import open_collect_dialog, published_invoice, start_practice, wait_for_quote
from tests.ui.conftest import credentials, make_app, memory_keyring, qloop, qloop_session  # noqa: F401
from tests.ui.helpers import shoot
from tests.ui.receipts.fixtures import pdf_text

BUSINESS = dict(business_name="Kebbeh Pharmacy & Sons", business_phone="231770001234",
                business_email="kebbeh@example.lr", business_address="12 Randall Street, Monrovia")


def _fill_business_details(app, print_folder: Path | None, auto_print: bool = True) -> None:
    """Type the details into Settings → Business details and receipts, as a merchant does."""
    box = app.features.settings.view.receipts_box
    for edit, value in zip(box._edits(), BUSINESS.values(), strict=True):
        edit.setText(value)
        edit.editingFinished.emit()
    if print_folder is not None:
        box.printer_combo.setCurrentIndex(box.printer_combo.findData(PDF_FOLDER_PRINTER))
        assert box.folder_row.isVisibleTo(box)
        box.folder_edit.setText(str(print_folder))
        box.folder_edit.editingFinished.emit()
    else:
        box.printer_combo.setCurrentIndex(box.printer_combo.findData(""))
    box.auto_print_check.setChecked(auto_print)


def _pay_through_collect_dialog(qtbot, app, name: str):
    draft = published_invoice(qtbot, app, name, "231886123456")
    _editor, dialog = open_collect_dialog(qtbot, app, draft)
    wait_for_quote(qtbot, dialog)
    qtbot.mouseClick(dialog.momo.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.momo.entry is not None
                    and dialog.momo.entry.state is PaymentState.COMPLETED, timeout=15_000)
    return draft


def _paid_row_selected(qtbot, app, draft):
    """The payment just made is the newest of every payment Dollr knows (the demo's come after)."""
    app.window.show_page("payments")
    view = app.features.payments.view
    qtbot.waitUntil(lambda: view.model.rowCount() >= 1 and view.model.row(0)
                    and view.model.row(0)["state"] == "COMPLETED"
                    and view.model.row(0)["source_id"] == draft.id, timeout=10_000)
    view.table.selectRow(0)
    return view


def _open_receipt_from_row(qtbot, app, view):
    feature = app.features.receipts
    feature.receipt_dialog = None
    qtbot.mouseClick(view.receipt_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: feature.receipt_dialog is not None, timeout=20_000)
    dialog = feature.receipt_dialog
    qtbot.waitUntil(lambda: not dialog.preview_label.pixmap().isNull(), timeout=10_000)
    return dialog


def test_settings_feed_the_receipt_auto_print_payments_row_and_export(qtbot, make_app, sandbox, tmp_path):
    app = start_practice(qtbot, make_app, sandbox)
    printed = tmp_path / "printed"
    _fill_business_details(app, printed)
    assert Settings.load().business_name == BUSINESS["business_name"]   # saved, not just shown
    assert Settings.load().print_when_paid
    app.window.show_page("settings")
    shoot(app.window, "settings_business_details_and_receipts")

    draft = _pay_through_collect_dialog(qtbot, app, "Musu Kollie")

    # Printed on its own, on the remembered printer (a PDF folder), with Settings' details on it.
    qtbot.waitUntil(lambda: (printed / f"Receipt {draft.number}.pdf").exists(), timeout=15_000)
    pdf = printed / f"Receipt {draft.number}.pdf"
    qtbot.waitUntil(lambda: pdf.stat().st_size > 1000, timeout=5_000)
    text = pdf_text(pdf)
    for value in (BUSINESS["business_name"], "kebbeh@example.lr", "12 Randall Street, Monrovia",
                  "+231 77 000 1234", draft.number, "Musu Kollie"):
        assert value in text, (value, text)

    # The payment's row in the Payments view: Receipt… (button, and the right-click menu).
    view = _paid_row_selected(qtbot, app, draft)
    assert view.receipt_button.isEnabled()
    menu = view.context_menu(view.selected_row())
    assert [a.isEnabled() for a in menu.actions() if a.text() == "Receipt…"] == [True]
    shoot(app.window, "payments_view_receipt_action")
    receipt = _open_receipt_from_row(qtbot, app, view)
    assert receipt.data.document_number == draft.number
    assert receipt.data.merchant.name == BUSINESS["business_name"]
    assert receipt.data.reference_id
    receipt.close()

    # Export receipts… from the Payments view: this month's receipts to PDFs in a folder.
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    export = app.features.receipts.export_dialog
    assert export is not None and export.isVisible()
    out = tmp_path / "exported"
    export.folder_edit.setText(str(out))
    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(export.written) and not export.running, timeout=20_000)
    names = [p.name for p in export.written]   # the practice data's paid documents too
    assert f"Receipt {draft.number}.pdf" in names and len(set(names)) == len(names)
    assert all(p.parent == out and p.stat().st_size > 1000 for p in export.written)
    assert draft.number in pdf_text(out / f"Receipt {draft.number}.pdf")
    export.close()

    # Offline: Dollr unreachable, the receipt comes back from the cache (reprint from history).
    sandbox.stop()
    try:
        receipt = _open_receipt_from_row(qtbot, app, view)
        assert receipt.data.document_number == draft.number
        assert receipt.data.merchant.name == BUSINESS["business_name"]
        receipt.close()
    finally:
        sandbox.start()


def test_auto_print_without_a_printer_says_so(qtbot, make_app, sandbox, tmp_path):
    app = start_practice(qtbot, make_app, sandbox)
    _fill_business_details(app, None)
    assert not app.features.receipts.receipt_actions.has_remembered_printer()
    _pay_through_collect_dialog(qtbot, app, "Comfort Wleh")
    qtbot.waitUntil(lambda: any("no printer is chosen" in n for n in app.notifier.notices),
                    timeout=15_000)
    assert "no printer is chosen" in app.window.statusBar().currentMessage()


def test_a_payment_link_paid_on_the_hosted_page_prints_too(qtbot, make_app, sandbox, tmp_path):
    from tests.e2e.test_collect_link import pay_on_hosted_page

    app = start_practice(qtbot, make_app, sandbox)
    printed = tmp_path / "printed"
    _fill_business_details(app, printed)
    statuses: list[str] = []
    app.features.receipts.receipt_actions.sig_status.connect(statuses.append)
    draft = published_invoice(qtbot, app, "Garmai Nyenpan", "231886123456")
    _editor, dialog = open_collect_dialog(qtbot, app, draft)
    dialog.link._open_url = lambda url: None
    dialog.tabs.setCurrentIndex(dialog.LINK_TAB)
    qtbot.waitUntil(lambda: dialog.link.qr.text != "", timeout=10_000)
    pay_on_hosted_page(dialog.link.url_edit.text(), "231886123456")
    qtbot.waitUntil(lambda: dialog.link.paid, timeout=15_000)
    pdf = printed / f"Receipt {draft.number}.pdf"
    qtbot.waitUntil(lambda: pdf.exists() and pdf.stat().st_size > 1000, timeout=15_000)
    assert BUSINESS["business_name"] in pdf_text(pdf) and draft.number in pdf_text(pdf)
    qtbot.wait(300)   # a second print would follow at once; there must be none
    assert statuses == [f"Receipt {draft.number} printed."]
