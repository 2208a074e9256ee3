"""Refunds in the app, against the sandbox over a real socket: from a paid payment's row in
Payments, a partial refund, one beyond what is left refused where it was typed, the rest refunded,
the list saying "partly refunded" then "Refunded", receipts read back from their PDFs, the payment
intent id asked for when unknown, and staff kept out."""
from __future__ import annotations

import subprocess
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dollr_desktop.services.collection import CollectionService
from dollr_desktop.store import PaymentState
from dollr_desktop.ui import hub as events
from tests.ui.collect.helpers import start_practice
from tests.ui.conftest import credentials, make_app, memory_keyring, qloop, qloop_session  # noqa: F401 (fixtures)
from tests.ui.helpers import run, shoot
from tests.unit.services.sandbox_kit import executions, payable_invoice


def _paid(qtbot, app, amount: str, phone: str) -> int:
    async def pay() -> int:
        invoice_id, _ = await payable_invoice(app.session.client, phone=phone, amount=amount)
        service = CollectionService(app.session.client, app.session.store)
        entry = await service.collect(await service.plan("INVOICE", invoice_id, phone))
        assert (await service.check(entry.reference_id)).state is PaymentState.COMPLETED
        return invoice_id
    invoice_id = run(qtbot, pay(), timeout=20_000)
    return invoice_id


def _row(view, invoice_id):
    view.refresh()
    for n in range(view.model.rowCount()):
        row = view.model.row(n)
        if row and row.get("kind") == "COLLECTION" and row.get("source_id") == invoice_id:
            return n, row
    return None, None


def _select(qtbot, view, invoice_id) -> dict:
    qtbot.waitUntil(lambda: _row(view, invoice_id)[0] is not None, timeout=10_000)
    n, row = _row(view, invoice_id)
    view.table.selectRow(n)
    return row


def _open_dialog(qtbot, app, view, invoice_id):
    feature = app.features.refunds
    feature.dialog = None
    _select(qtbot, view, invoice_id)
    qtbot.waitUntil(view.refund_button.isEnabled, timeout=5_000)
    qtbot.mouseClick(view.refund_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: feature.dialog is not None and feature.dialog.isVisible(), timeout=10_000)
    return feature.dialog


def _refund(qtbot, dialog, amount: str, reason: str = ""):
    dialog.amount_edit.setText(amount)
    dialog.reason_edit.setText(reason)
    qtbot.mouseClick(dialog.refund_button, Qt.MouseButton.LeftButton)


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _status(view, invoice_id) -> str:
    from dollr_desktop.ui.models.activity_model import status_text
    return status_text(_row(view, invoice_id)[1])


def test_partial_then_the_rest_refunded_from_the_payments_list(qtbot, make_app, sandbox, tmp_path):
    app = start_practice(qtbot, make_app, sandbox)
    qtbot.waitUntil(lambda: hasattr(app.features, "refunds") and app.features.refunds.service is not None,
                    timeout=20_000)
    invoice_id = _paid(qtbot, app, "30.00", "231770123456")
    view = app.features.payments.view
    app.window.show_page("payments")
    dialog = _open_dialog(qtbot, app, view, invoice_id)
    paid = dialog.target.paid
    assert Decimal(dialog.amount_edit.text()) == paid        # prefilled with what is refundable
    assert not dialog.intent_row.isVisible()                  # the intent id came with the execution
    shoot(dialog, "refund_dialog")

    _refund(qtbot, dialog, "10.00", "One box returned")
    qtbot.waitUntil(lambda: dialog.entry is not None and dialog.entry.state is PaymentState.COMPLETED, timeout=15_000)
    assert "Refunded 10.00" in dialog.status_label.text()
    assert executions(sandbox.base_url)[dialog.entry.reference_id]["execute_requests"] == 1
    dialog.ask_pdf_path = lambda suggested: str(tmp_path / "a4.pdf")
    qtbot.mouseClick(dialog.a4_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (tmp_path / "a4.pdf").exists(), timeout=15_000)
    a4 = _pdf_text(tmp_path / "a4.pdf")
    assert "Refund receipt" in a4 and "10.00" in a4 and "One box returned" in a4 and dialog.entry.reference_id in a4
    dialog.ask_pdf_path = lambda suggested: str(tmp_path / "roll.pdf")
    qtbot.mouseClick(dialog.roll_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (tmp_path / "roll.pdf").exists(), timeout=15_000)
    roll = _pdf_text(tmp_path / "roll.pdf")
    assert "Refund receipt" in roll and "10.00" in roll
    shoot(dialog, "refund_dialog_done")
    dialog.close()
    qtbot.waitUntil(lambda: "partly refunded" in _status(view, invoice_id), timeout=10_000)

    # A second refund beyond what is left: refused where it was typed, nothing sent.
    dialog = _open_dialog(qtbot, app, view, invoice_id)
    left = paid - Decimal("10.00")
    assert Decimal(dialog.amount_edit.text()) == left
    before = set(executions(sandbox.base_url))
    _refund(qtbot, dialog, str(left + Decimal("5")))
    qtbot.waitUntil(lambda: "more than is left" in dialog.amount_problem.text(), timeout=5_000)
    assert str(left) in dialog.amount_problem.text().replace(",", "")
    assert set(executions(sandbox.base_url)) == before
    shoot(dialog, "refund_dialog_refused")
    _refund(qtbot, dialog, str(left))
    qtbot.waitUntil(lambda: dialog.entry is not None and dialog.entry.state is PaymentState.COMPLETED, timeout=15_000)
    dialog.close()
    qtbot.waitUntil(lambda: _status(view, invoice_id) == "Refunded", timeout=10_000)
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("REFUND"))   # only the refunds
    qtbot.waitUntil(lambda: view.model.rowCount() >= 2 and all(
        view.model.row(n)["kind"] == "REFUND" for n in range(view.model.rowCount()) if view.model.row(n)), timeout=10_000)
    view.kind_combo.setCurrentIndex(0)
    _select(qtbot, view, invoice_id)
    assert not view.refund_button.isEnabled()
    shoot(app.window, "payments_refunded")

    # The cash-up counts both refunds and takes them out of the net.
    app.window.show_page("cashup")
    cashup = app.features.cashup.view
    run(qtbot, cashup.refresh(), timeout=20_000)
    text = cashup.figures_view.toPlainText()
    assert "Refunds given from this computer" in text and "2 refunds" in text and "Net after refunds" in text
    figures = cashup.figures
    usd = next(r for r in figures.refunds if r.currency == "USD")
    assert usd.count == 2 and usd.amount == paid
    shoot(app.window, "cashup_with_refunds")

    # Reports take them out of the day's net too, and list them by customer.
    app.window.show_page("reports")
    reports = app.features.reports.view
    run(qtbot, reports.refresh(), timeout=20_000)
    reports.currency_combo.setCurrentText("USD")
    assert "given back in refunds" in reports.summary.text()
    today = reports.takings.table
    assert today.item(0, 4).text() == f"{paid:.2f} USD"   # the Refunded column, today's row
    reports.tabs.setCurrentWidget(reports.refunds)
    table = reports.refunds.table
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert [row[1:] for row in rows] == [["2", f"{paid:.2f} USD"]], rows
    shoot(app.window, "reports_refunds")


def test_an_unknown_intent_id_is_asked_for_and_checked(qtbot, make_app, sandbox):
    app = start_practice(qtbot, make_app, sandbox)
    qtbot.waitUntil(lambda: hasattr(app.features, "refunds") and app.features.refunds.service is not None,
                    timeout=20_000)
    invoice_id = _paid(qtbot, app, "12.00", "231770123457")
    store = app.session.store
    intent = store.connection().execute(
        "SELECT payment_intent_id FROM payments WHERE source_id = ? AND kind = 'COLLECTION'", (invoice_id,)).fetchone()[0]
    assert intent
    with store.connection() as conn:   # as if Dollr's answer had carried no intent id
        conn.execute("UPDATE payments SET payment_intent_id = NULL WHERE source_id = ?", (invoice_id,))
    view = app.features.payments.view
    app.window.show_page("payments")
    dialog = _open_dialog(qtbot, app, view, invoice_id)
    assert dialog.intent_row.isVisible() and "merchant portal" in dialog.intent_help.text()
    dialog.intent_edit.setText("INV-2026")
    _refund(qtbot, dialog, "2.00")
    qtbot.waitUntil(lambda: "number only" in dialog.intent_problem.text(), timeout=5_000)
    shoot(dialog, "refund_dialog_intent")
    dialog.intent_edit.setText(str(intent))
    _refund(qtbot, dialog, "2.00")
    qtbot.waitUntil(lambda: dialog.entry is not None and dialog.entry.state is PaymentState.COMPLETED, timeout=15_000)
    assert dialog.entry.payment_intent_id == intent
    dialog.close()


def test_staff_cannot_refund_the_owner_can_and_it_is_audited(qtbot, make_app, sandbox):
    import asyncio

    from tests.e2e.people_helpers import OWNER, OWNER_PIN, STAFF, STAFF_PIN, set_up_owner_and_staff, switch_user

    app = start_practice(qtbot, make_app, sandbox)
    people = set_up_owner_and_staff(qtbot, app)
    qtbot.waitUntil(lambda: hasattr(app.features, "refunds") and app.features.refunds.service is not None,
                    timeout=20_000)
    invoice_id = _paid(qtbot, app, "5.00", "231770123458")
    view = app.features.payments.view
    app.window.show_page("payments")
    feature = app.features.refunds

    switch_user(qtbot, app, STAFF, STAFF_PIN)
    assert app.hub.call(events.MAY, "refund") is False
    feature.dialog = None
    _select(qtbot, view, invoice_id)
    qtbot.mouseClick(view.refund_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(feature, "message", None) is not None, timeout=5_000)
    assert "Only the owner" in feature.message.text()
    QApplication.processEvents()
    assert feature.dialog is None
    feature.message.close()

    switch_user(qtbot, app, OWNER, OWNER_PIN)
    dialog = _open_dialog(qtbot, app, view, invoice_id)
    _refund(qtbot, dialog, "1.00", "Change given wrong")
    qtbot.waitUntil(lambda: dialog.entry is not None and dialog.entry.state is PaymentState.COMPLETED, timeout=15_000)
    reference = dialog.entry.reference_id
    dialog.close()
    asyncio.ensure_future(people.audits_written())
    qtbot.waitUntil(lambda: people._audit_queue.empty(), timeout=5_000)
    qtbot.waitUntil(lambda: any(e.action == "refund" for e in people.book.store.audit.entries()), timeout=5_000)
    entry = next(e for e in people.book.store.audit.entries() if e.action == "refund")
    assert entry.who == OWNER and entry.details["reference_id"] == reference and Decimal(entry.details["amount"]) == Decimal("1.00")


def test_a_refund_from_the_payments_receipt(qtbot, make_app, sandbox):
    app = start_practice(qtbot, make_app, sandbox)
    qtbot.waitUntil(lambda: hasattr(app.features, "refunds") and app.features.refunds.service is not None,
                    timeout=20_000)
    invoice_id = _paid(qtbot, app, "8.00", "231770123459")
    receipts = app.features.receipts
    app.hub.emit(events.SHOW_RECEIPT, "INVOICE", invoice_id)
    qtbot.waitUntil(lambda: receipts.receipt_dialog is not None and receipts.receipt_dialog.isVisible(),
                    timeout=20_000)
    button = receipts.receipt_dialog.refund_button
    assert button.isVisible()
    feature = app.features.refunds
    feature.dialog = None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: feature.dialog is not None and feature.dialog.isVisible(), timeout=10_000)
    assert feature.dialog.target.key == f"INVOICE:{invoice_id}"
    feature.dialog.close()
    receipts.receipt_dialog.close()


def test_a_refund_whose_answer_is_lost_settles_in_the_dialog_with_one_execute(qtbot, make_app, sandbox):
    from tests.unit.services.sandbox_kit import add_fault

    app = start_practice(qtbot, make_app, sandbox)
    qtbot.waitUntil(lambda: hasattr(app.features, "refunds") and app.features.refunds.service is not None,
                    timeout=20_000)
    invoice_id = _paid(qtbot, app, "6.00", "231770123460")
    view = app.features.payments.view
    app.window.show_page("payments")
    dialog = _open_dialog(qtbot, app, view, invoice_id)
    before = set(executions(sandbox.base_url))
    add_fault(sandbox.base_url, kind="drop_after_commit", path="/v1/executions/refund")
    _refund(qtbot, dialog, "3.00")
    qtbot.waitUntil(lambda: dialog.entry is not None and dialog.entry.state is PaymentState.COMPLETED, timeout=20_000)
    new = {ref: r for ref, r in executions(sandbox.base_url).items() if ref not in before}
    assert list(new) == [dialog.entry.reference_id] and new[dialog.entry.reference_id]["execute_requests"] == 1
    events_seen = [e["state"] for e in app.session.store.journal.events(dialog.entry.reference_id)]
    assert "UNKNOWN" in events_seen and events_seen[-1] == "COMPLETED"
    dialog.close()


def test_a_refund_from_the_paid_document(qtbot, make_app, sandbox):
    app = start_practice(qtbot, make_app, sandbox)
    qtbot.waitUntil(lambda: hasattr(app.features, "refunds") and app.features.refunds.service is not None,
                    timeout=20_000)
    invoice_id = _paid(qtbot, app, "7.00", "231770123461")
    draft = run(qtbot, app.session.invoicing.load("INVOICE", invoice_id), timeout=10_000)
    editor = app.features.documents.open_editor(draft)
    qtbot.waitUntil(editor.refund_button.isVisible, timeout=5_000)
    feature = app.features.refunds
    feature.dialog = None
    qtbot.mouseClick(editor.refund_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: feature.dialog is not None and feature.dialog.isVisible(), timeout=10_000)
    assert feature.dialog.target.key == f"INVOICE:{invoice_id}"
    feature.dialog.close()
    editor.close()
