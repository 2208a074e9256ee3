"""Collect by mobile-money push, clicked through the real app against the sandbox over a socket."""
from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt

from dollr_desktop.store.journal import PaymentState
from dollr_desktop.ui.collect.collect_dialog import CollectDialog
from tests.ui.collect.helpers import (  # noqa: F401 (slow_sandbox is a fixture)
    executions_for, open_collect_dialog, published_invoice, sandbox_get_all, sandbox_post, slow_sandbox,
    start_practice, wait_for_quote, wait_for_quote_or_locked,
)
from tests.ui.conftest import credentials, make_app, memory_keyring, qloop, qloop_session  # noqa: F401 (fixtures)
from tests.ui.helpers import shoot


def test_momo_push_paid_live_by_realtime_with_receipt(qtbot, make_app, slow_sandbox):
    app = start_practice(qtbot, make_app, slow_sandbox)
    draft = published_invoice(qtbot, app, "Comfort Wleh", "231886123456")
    editor, dialog = open_collect_dialog(qtbot, app, draft)
    momo = dialog.momo
    # Prefilled from the contact; the operator detected by Dollr; the quote before anything moves.
    assert momo.phone_edit.digits() == "231886123456"
    wait_for_quote(qtbot, dialog)
    assert "MTN" in momo.operator_label.text() and "detected" in momo.operator_label.text()
    assert momo.quote_label.text().startswith("Customer pays ") and "you receive" in momo.quote_label.text()
    assert "Fees:" in momo.fees_label.text()
    assert [momo.currency_combo.itemData(i) for i in range(momo.currency_combo.count())] == ["USD", "LRD"]
    shoot(dialog, "collect_momo_quote")

    qtbot.mouseClick(momo.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: momo.entry is not None and momo.entry.is_open, timeout=10_000)
    assert not momo.confirm_button.isEnabled()
    qtbot.waitUntil(lambda: momo.timeline.steps[1].state == "active", timeout=5_000)
    shoot(dialog, "collect_momo_waiting")
    qtbot.waitUntil(lambda: momo.entry.state is PaymentState.COMPLETED, timeout=15_000)
    reference = momo.entry.reference_id

    # Realtime told us: the deciding check was prompted by a realtime event, not by polling.
    event = app.session.monitor.last_event[reference]
    assert event.trigger == "event", event.trigger
    assert event.via_realtime
    channel = app.session.monitor.watchers[reference].channel
    assert channel is not None and channel.events >= 1   # the UPDATE row arrived over the socket
    assert momo.timeline.result_text == "Paid"
    assert dialog.receipt_button is not None
    qtbot.waitUntil(dialog.receipt_button.isEnabled, timeout=5_000)
    shoot(dialog, "collect_momo_paid")
    assert len(executions_for(slow_sandbox, reference)) == 1

    # Paid everywhere: the editor, the list, the journal, the Payments view and Home.
    qtbot.waitUntil(lambda: editor.draft.status == "PAID", timeout=10_000)
    qtbot.waitUntil(editor.receipt_button.isVisible, timeout=5_000)
    assert not editor.collect_button.isVisible()
    app.window.show_page("payments")
    view = app.features.payments.view
    qtbot.waitUntil(lambda: view.model.rowCount() >= 1 and view.model.row(0)   # newest first
                    and view.model.row(0)["source_id"] == draft.id
                    and view.model.row(0)["state"] == "COMPLETED", timeout=5_000)
    assert view.model.data(view.model.index(0, 6)) == "Paid"
    today = app.features.home.view.today_tile.value
    qtbot.waitUntil(lambda: today.text().startswith("25.00 USD received from 1 payment"), timeout=5_000)
    assert "0.63 USD" in today.text() and "0 waiting" in today.text()
    shoot(app.window, "payments_view_paid")
    app.window.show_page("home")
    shoot(app.window, "home_today_summary")
    assert any("Paid:" in n for n in app.notifier.notices)

    # The receipt is one click away.
    qtbot.mouseClick(dialog.receipt_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.receipt_button.dialog is not None, timeout=10_000)
    receipt = dialog.receipt_button.dialog
    assert receipt.data.document_number == draft.number
    # (the receipt dialog renders its preview asynchronously; closing it earlier trips its slot)
    qtbot.waitUntil(lambda: not receipt.preview_label.pixmap().isNull(), timeout=10_000)
    receipt.close()


def test_momo_push_declined_shows_the_reason_in_words(qtbot, make_app, slow_sandbox):
    app = start_practice(qtbot, make_app, slow_sandbox)
    draft = published_invoice(qtbot, app, "Musu Kollie", "231886120000")
    _, dialog = open_collect_dialog(qtbot, app, draft)
    momo = dialog.momo
    wait_for_quote(qtbot, dialog)
    # The customer pays in Liberian dollars; the merchant still receives the invoice's USD.
    lrd = momo.currency_combo.findData("LRD")
    momo.currency_combo.setCurrentIndex(lrd)
    momo.currency_combo.activated.emit(lrd)
    qtbot.waitUntil(lambda: momo.plan is not None and momo.plan.currency == "LRD", timeout=10_000)
    assert " LRD · you receive 25.00 USD" in momo.quote_label.text()
    shoot(dialog, "collect_momo_quote_fx")
    qtbot.mouseClick(momo.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: momo.entry is not None and momo.entry.state is PaymentState.FAILED, timeout=15_000)
    assert momo.entry.currency == "LRD" and momo.entry.payee_currency == "USD"
    # Our words in the main line; what the operator said is the detail under it.
    assert momo.timeline.result_text == "Failed: the customer's wallet had too little money"
    assert momo.timeline.steps[2].detail.text() == ("Dollr said: Payment declined by the payer's mobile money "
                                                    "wallet: insufficient funds")
    assert "No money moved" in momo.notice_label.text()
    assert not dialog.receipt_button.isEnabled()
    assert momo.confirm_button.isEnabled()   # a new attempt may be made (a new reference id)
    shoot(dialog, "collect_momo_failed")
    qtbot.waitUntil(lambda: any(n.startswith("Payment failed") for n in app.notifier.notices), timeout=5_000)
    view = app.features.payments.view
    app.window.show_page("payments")
    view.failed_check.setChecked(True)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.model.row(0) is not None, timeout=5_000)
    assert view.model.data(view.model.index(0, 6)) == "Failed: the customer's wallet had too little money"
    assert "Dollr said: Payment declined" in view.model.data(view.model.index(0, 6), Qt.ItemDataRole.ToolTipRole)
    shoot(app.window, "payments_view_failed")


def test_double_click_and_second_window_start_one_payment(qtbot, make_app, slow_sandbox):
    app = start_practice(qtbot, make_app, slow_sandbox)
    draft = published_invoice(qtbot, app, "Kebeh Flomo", "231886121111")
    _, dialog = open_collect_dialog(qtbot, app, draft)
    momo = dialog.momo
    wait_for_quote(qtbot, dialog)
    qtbot.mouseDClick(momo.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(momo.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: momo.entry is not None and momo.entry.is_open
                    and momo.entry.server_status is not None, timeout=10_000)
    reference = momo.entry.reference_id

    # A second window on the same invoice: it shows the payment in flight and cannot start another.
    second = CollectDialog(app.runner, app.session.collection, app.session.links, dialog.target,
                           parent=app.window)
    second.show()
    asyncio.ensure_future(second.start())
    qtbot.waitUntil(lambda: second.momo.entry is not None, timeout=5_000)
    assert second.momo.entry.reference_id == reference
    assert "already under way" in second.momo.notice_label.text()
    wait_for_quote_or_locked(qtbot, second)
    assert not second.momo.confirm_button.isEnabled()
    shoot(second, "collect_momo_second_window")
    second.close()

    mine = {e.reference_id for e in app.session.store.journal.entries()}
    assert [e["reference_id"] for e in sandbox_get_all(slow_sandbox) if e["reference_id"] in mine] == [reference]
    assert executions_for(slow_sandbox, reference)[0]["execute_requests"] == 1
    entries = app.session.store.journal.for_source("INVOICE", draft.id)
    assert [e.reference_id for e in entries] == [reference]
    sandbox_post(slow_sandbox, f"/_sandbox/executions/{reference}/settle")
    qtbot.waitUntil(lambda: momo.entry.state is PaymentState.COMPLETED, timeout=15_000)
