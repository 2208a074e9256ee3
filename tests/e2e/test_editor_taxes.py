"""VAT and discounts, clicked in the editor and published to the sandbox: Dollr's stored items sum
to exactly the total on screen; the paid receipt shows the breakdown, the TIN and the EBM field."""
from __future__ import annotations

import asyncio
import subprocess
import uuid
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dollr_desktop.api import DollrClient
from dollr_desktop.sandbox.documents import items_of
from dollr_desktop.services.breakdown import document_breakdown
from dollr_desktop.services.invoicing import DocumentStatus
from dollr_desktop.settings import Settings
from dollr_desktop.ui.models.line_items_model import Columns
from dollr_desktop.ui.printing.layouts import ReceiptLayout
from dollr_desktop.ui.printing.pdf_export import write_receipt_pdf
from dollr_desktop.ui.printing.receipt_document import render_to_image
from tests.e2e.editor_kit import SHOTS, new_editor, shoot_editor, start, type_cells, type_in_cell
from tests.ui.conftest import credentials, make_app, memory_keyring, qloop, qloop_session  # noqa: F401 (fixtures)
from tests.ui.helpers import message_box, run

PAYER = "250788123456"   # MTN Rwanda


def tax_settings() -> Settings:
    return Settings(tax_rate="RW_VAT", tax_id="100200300", print_ebm_reference=True)


def vat_invoice(qtbot, app):
    editor = new_editor(qtbot, app, "Uwase Aline", PAYER)
    editor.currency_combo.setCurrentIndex(editor.currency_combo.findData("RWF"))
    assert editor.tax_combo.currentData() == "RW_VAT"   # the Settings' rate, for the whole document
    qtbot.mouseClick(editor.add_item_button, Qt.MouseButton.LeftButton)
    type_cells(qtbot, ["Sugar, 1 kg", "3", "1000"], end=Qt.Key.Key_Return)
    type_cells(qtbot, ["Soap", "1", "501"], end=Qt.Key.Key_Tab)
    type_in_cell(qtbot, editor, 0, Columns.DISCOUNT, "10%")
    qtbot.keyClicks(editor.discount_edit, "5%")
    return editor


async def pay(sandbox, invoice_id: int) -> None:
    info = sandbox.info
    client = DollrClient(sandbox.base_url, info["client_id"], info["client_secret"])
    try:
        party = await client.parties.create(fullname="Uwase Payer", phone="250788999111")
        session = await client.sessions.checkout(source_id=invoice_id, source_type="INVOICE")
        account = await client.payment_accounts.create(
            "COLLECTION", account_name="UWASE", provider="PAWAPAY", method="MTN_MOMO_RWA",
            party_id=party.id, insensitive_account_number="250788999111")
        reference_id = str(uuid.uuid4())
        await client.executions.collection(session_id=session.id, payment_account_id=account.id,
                                           currency="RWF", reference_id=reference_id)
        for _ in range(200):
            status = await client.status.collection(reference_id)
            if str(getattr(status.status, "value", status.status)) in ("COMPLETED", "FAILED"):
                break
            await asyncio.sleep(0.02)
        assert str(getattr(status.status, "value", status.status)) == "COMPLETED", status
    finally:
        await client.aclose()


def test_vat_and_discounts_reach_dollr_to_the_last_franc_and_print_on_the_receipt(qtbot, make_app, sandbox, tmp_path):
    app = start(qtbot, make_app, sandbox, tax_settings())
    editor = vat_invoice(qtbot, app)
    # 3 × 1000 − 10 % = 2,700; + 501 = 3,201; − 5 % (160, shared 135 / 25) = 3,041 net; VAT 547.
    assert editor.total_label.text() == "Total: 3,588 RWF"
    words = editor.breakdown_label.text()
    assert "Discount −460 RWF" in words and "Net 3,041 RWF" in words and "VAT 18% 547 RWF" in words
    shoot_editor(editor, "editor_taxes_en")

    qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: message_box("Publish this invoice") is not None, timeout=5_000)
    box = message_box("Publish this invoice")
    box.checkBox().setChecked(True)   # "Don't ask again"
    next(b for b in box.buttons() if b.text() == "Publish").click()
    qtbot.waitUntil(lambda: editor.draft.status == DocumentStatus.ACTIVE, timeout=15_000)
    shown = Decimal(editor.total_label.text().removeprefix("Total: ").removesuffix(" RWF").replace(",", ""))
    doc = sandbox.state.invoices[editor.draft.id]
    stored = items_of(sandbox.state, doc)
    assert sum(i["amount"] * i["qty"] for i in stored) == shown == doc["total_amount"] == Decimal(3588)
    assert sorted((i["name"], i["qty"], i["amount"]) for i in stored) == sorted([
        ("Sugar, 1 kg", 3, Decimal(855)), ("Soap", 1, Decimal(476)), ("VAT 18%", 1, Decimal(547))])
    # The editor shows the lines as typed, with their discount, not Dollr's.
    assert [(i.name, i.discount and i.discount.code()) for i in editor.draft.items] == [
        ("Sugar, 1 kg", "10%"), ("Soap", None)]
    kept = document_breakdown(app.session.store, "INVOICE", editor.draft.id)
    assert kept.breakdown.total == Decimal(3588) and kept.breakdown.taxes[0].amount == Decimal(547)

    # "Don't ask again": off in Settings too, and the next document publishes without a question.
    assert app.settings.confirm_publish is False
    assert not app.features.settings.view.tax_box.confirm_check.isChecked()
    other = new_editor(qtbot, app, "Uwase Aline", None)
    qtbot.mouseClick(other.add_item_button, Qt.MouseButton.LeftButton)
    type_cells(qtbot, ["Bread", "2", "600"], end=Qt.Key.Key_Tab)
    qtbot.mouseClick(other.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: other.draft.status == DocumentStatus.ACTIVE, timeout=15_000)
    assert message_box("Publish this invoice") is None
    assert sandbox.state.invoices[other.draft.id]["total_amount"] == Decimal(1416)   # 1,200 + 18 %

    # Paid: the receipt shows net, VAT, discount and total, the TIN and the EBM reference typed
    # in the (published, locked) editor afterwards.
    run(qtbot, pay(sandbox, editor.draft.id), timeout=20_000)
    assert editor.ebm_edit.isVisible() and editor.ebm_edit.isEnabled()
    editor.ebm_edit.setFocus()
    qtbot.keyClicks(editor.ebm_edit, "SDC010012345/NS 2291")
    qtbot.keyClick(editor.ebm_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: document_breakdown(app.session.store, "INVOICE", editor.draft.id).ebm_reference
                    == "SDC010012345/NS 2291", timeout=5_000)
    data = run(qtbot, app.session.receipts.fetch("INVOICE", editor.draft.id), timeout=15_000)
    data = type(data)(**{**data.__dict__, "merchant": app.features.receipts.merchant()})
    data = app.session.receipts.with_breakdown(data)
    path = write_receipt_pdf(data, ReceiptLayout.A4, tmp_path / "receipt.pdf")
    text = " ".join(subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    for expected in ("Sugar, 1 kg", "3,000 RWF", "Subtotal 3,501 RWF", "Discount −460 RWF",
                     "Net before tax 3,041 RWF", "VAT 18% 547 RWF", "Total 3,588 RWF", "TIN 100200300",
                     "EBM receipt reference", "SDC010012345/NS 2291"):
        assert expected in text, (expected, text)
    assert "855 RWF" not in text   # Dollr's folded prices stay off the customer's receipt
    SHOTS.mkdir(parents=True, exist_ok=True)
    render_to_image(data, ReceiptLayout.A4).save(str(SHOTS / "receipt_breakdown_en.png"))
    render_to_image(data, ReceiptLayout.TILL_80, 420).save(str(SHOTS / "receipt_breakdown_till_en.png"))


def test_settings_box_saves_the_tax_choices(qtbot, make_app, sandbox):
    app = start(qtbot, make_app, sandbox, Settings())
    app.window.show_page("settings")
    box = app.features.settings.view.tax_box
    box.rate_combo.setCurrentIndex(box.rate_combo.findData("LR_GST"))
    box.scope_combo.setCurrentIndex(1)
    box.inclusive_check.setChecked(True)
    assert (app.settings.tax_rate, app.settings.tax_per_item, app.settings.prices_include_tax) == ("LR_GST", True, True)
    assert Settings.load().tax_rate == "LR_GST"
    # Per item, prices with tax: the line's Tax column shows, the tax is taken out of the price.
    editor = new_editor(qtbot, app, "Musu Kollie", "231886401275")
    assert not editor.items_table.isColumnHidden(Columns.TAX) and editor.tax_combo.isHidden()
    qtbot.mouseClick(editor.add_item_button, Qt.MouseButton.LeftButton)
    type_cells(qtbot, ["Tea", "1", "110.00"], end=Qt.Key.Key_Tab)
    assert editor.items_model.items[0].tax == "LR_GST"
    assert editor.total_label.text() == "Total: 110.00 LRD"
    assert "GST 10% 10.00 LRD" in editor.breakdown_label.text()
    # The line's own rate, chosen in its Tax cell.
    editor.items_table.setFocus()
    editor.items_table.start_editing(editor.items_model.index(0, Columns.TAX))
    combo = QApplication.focusWidget()
    assert combo.accessibleName() == "Tax of this line"
    combo.setCurrentIndex(combo.findData(""))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert editor.items_model.items[0].tax is None and editor.breakdown_label.text() == ""
    assert editor.total_label.text() == "Total: 110.00 LRD"
    app.window.show_page("settings")
    app.window.resize(1024, 600)
    app.features.settings.view.scroll.ensureWidgetVisible(box)
    QApplication.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    app.window.grab().save(str(SHOTS / "settings_taxes_en.png"))
