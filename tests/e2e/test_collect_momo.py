"""Collect by mobile-money push, clicked through the real app against the sandbox over a socket."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dollr_desktop.sandbox.server import SandboxServer
from dollr_desktop.store.journal import PaymentState
from tests.ui.collect.helpers import (
    executions_for, open_collect_dialog, published_invoice, start_practice, wait_for_quote,
)
from tests.ui.conftest import credentials, make_app, memory_keyring, qloop, qloop_session  # noqa: F401 (fixtures)
from tests.ui.helpers import shoot


@pytest.fixture
def slow_sandbox():
    """Settles a second after execute: long enough for the realtime subscription to be live first."""
    server = SandboxServer(settle_delay=1.0).start()
    try:
        yield server
    finally:
        server.stop()


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
    event = app.collect_feature.monitor.last_event[reference]
    assert event.trigger == "event", event.trigger
    assert event.via_realtime
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
    view = app.collect_feature.view
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.model.row(0)
                    and view.model.row(0)["state"] == "COMPLETED", timeout=5_000)
    assert view.model.data(view.model.index(0, 6)) == "Paid"
    assert "Today" in app.home_view.today_tile.value.text() or "by MTN" in app.home_view.today_tile.value.text()
    assert any("Paid:" in n for n in app.collect_feature.notices)

    # The receipt is one click away.
    qtbot.mouseClick(dialog.receipt_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.receipt_button.dialog is not None, timeout=10_000)
    dialog.receipt_button.dialog.close()
