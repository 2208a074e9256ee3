"""A payout is approved once: a dropped answer, a double click or a restart never pays twice."""
from __future__ import annotations

import asyncio
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import *  # noqa: F401,F403 (the pytest-qt + qasync fixtures)
from tests.ui.payouts.helpers import (
    click, continue_to_session, fill_amount, open_approval, open_new_payout, payout_executions,
    pick_recipient, sandbox_get, sandbox_post, start_in_practice, type_passcode_and_approve, wait_final,
    wallet_balance,
)


def prepare(qtbot, app, who: str, amount: str):
    dialog = open_new_payout(qtbot, app)
    pick_recipient(qtbot, dialog, who)
    fill_amount(qtbot, dialog, amount, "USD")
    continue_to_session(qtbot, dialog)
    return dialog


def test_response_dropped_after_commit_shows_the_true_status_and_one_execute(qtbot, make_app, sandbox):
    app = start_in_practice(qtbot, make_app, sandbox)
    before = wallet_balance(sandbox, "USD")
    dialog = prepare(qtbot, app, "Monrovia Cold", "12.00")
    fee = dialog.quote.wallet_debited - dialog.quote.recipient_gets
    sandbox_post(sandbox, "/_sandbox/faults", {"kind": "drop_after_commit", "path": "/v1/executions/payout"})
    approval = open_approval(qtbot, dialog)
    type_passcode_and_approve(qtbot, approval, sandbox.info["passcode"])
    wait_final(qtbot, dialog)

    assert dialog.entry.state.value == "COMPLETED"
    assert dialog.status_box.status_label.text() == "Completed"
    assert not dialog.approve_button.isVisible() and not dialog.renew_button.isVisible()
    fired = sandbox_get(sandbox, "/_sandbox/faults")["fired"]
    assert [f["path"] for f in fired] == ["/v1/executions/payout"]   # the answer really was lost
    events = [e["origin"] for e in app.session.store.journal.events(dialog.entry.reference_id)]
    assert events[:2] == ["begin", "execute"] and "status" in events
    executions = [e for e in payout_executions(sandbox) if e["reference_id"] == dialog.entry.reference_id]
    assert len(executions) == 1 and executions[0]["execute_requests"] == 1
    assert before - wallet_balance(sandbox, "USD") == Decimal("12.00") + fee


def test_double_click_on_approve_sends_one_approval(qtbot, make_app, sandbox):
    app = start_in_practice(qtbot, make_app, sandbox)
    count = len(payout_executions(sandbox))
    dialog = prepare(qtbot, app, "Liberia Medical", "5.00")
    for _ in range(2):   # two clicks before the loop runs either slot: one approval window
        qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.approval_dialog is not None and dialog.approval_dialog.isVisible())
    approval = dialog.approval_dialog
    qtbot.keyClicks(approval.passcode_edit, sandbox.info["passcode"])
    for _ in range(3):
        qtbot.mouseClick(approval.approve_button, Qt.MouseButton.LeftButton)
    wait_final(qtbot, dialog)
    assert approval.approvals_sent == 1
    assert sum(1 for w in QApplication.topLevelWidgets()
               if type(w).__name__ == "ApprovalDialog" and w.isVisible()) == 0
    assert len(payout_executions(sandbox)) == count + 1
    assert len(app.session.store.journal.entries(kind="PAYOUT")) == 1


def test_after_a_restart_the_open_payout_is_checked_not_paid_again(qtbot, make_app, sandbox):
    """The app stopped while a payout sat in PROCESSING; the next start asks Dollr, same id."""
    app = start_in_practice(qtbot, make_app, sandbox)
    dialog = open_new_payout(qtbot, app)
    from tests.ui.payouts.helpers import new_recipient

    new_recipient(qtbot, dialog, "Kpelle Hardware (slow wallet)", "0886551111", "SUPPLIER")  # ends 1111: held
    fill_amount(qtbot, dialog, "7.00", "USD")
    continue_to_session(qtbot, dialog)
    approval = open_approval(qtbot, dialog)
    type_passcode_and_approve(qtbot, approval, sandbox.info["passcode"])
    qtbot.waitUntil(lambda: dialog.entry is not None, timeout=10_000)
    reference_id = dialog.entry.reference_id
    assert dialog.entry.state.value == "PROCESSING"
    assert dialog.status_box.status_label.text().startswith("Processing")
    # "Restart": the payout window and the account close (client, database), a new app starts.
    dialog.close()
    closing = asyncio.ensure_future(app.shutdown())   # what closing the window runs
    qtbot.waitUntil(closing.done, timeout=10_000)
    closing.result()

    sandbox_post(sandbox, f"/_sandbox/executions/{reference_id}/settle", {"gateway_message": "Payout delivered"})
    restarted = start_in_practice(qtbot, make_app, sandbox)
    qtbot.waitUntil(lambda: hasattr(restarted.features, "payouts"), timeout=10_000)
    restarted.window.show_page("payouts")
    qtbot.waitUntil(lambda: any(e.reference_id == reference_id and e.state.value == "COMPLETED"
                                for e in restarted.features.payouts.view.entries), timeout=10_000)
    row = next(i for i, e in enumerate(restarted.features.payouts.view.entries) if e.reference_id == reference_id)
    assert restarted.features.payouts.view.row_text(row)["STATUS"] == "Completed"
    mine = [e for e in payout_executions(sandbox) if e["reference_id"] == reference_id]
    assert len(mine) == 1 and mine[0]["execute_requests"] == 1


def test_closing_the_app_waits_for_an_approval_on_its_way(qtbot, make_app, sandbox):
    from dollr_desktop.store import Store

    app = start_in_practice(qtbot, make_app, sandbox)
    dialog = prepare(qtbot, app, "Red Light", "9.00")
    database = app.session.store.path
    sandbox_post(sandbox, "/_sandbox/faults", {"kind": "slow", "seconds": 1.0, "path": "/v1/executions/payout"})
    approval = open_approval(qtbot, dialog)
    qtbot.keyClicks(approval.passcode_edit, sandbox.info["passcode"])
    click(qtbot, approval.approve_button)
    qtbot.waitUntil(lambda: approval.send_task is not None)
    closing = asyncio.ensure_future(app.shutdown())   # what closing the window runs
    qtbot.waitUntil(closing.done, timeout=20_000)
    closing.result()
    assert approval.send_task.done() and approval.outcome is not None
    with Store.open(database) as store:
        (entry,) = store.journal.entries(kind="PAYOUT")
    assert entry.state.value in ("PROCESSING", "COMPLETED") and entry.server_status is not None
    assert [e["execute_requests"] for e in payout_executions(sandbox) if e["reference_id"] == entry.reference_id] == [1]
