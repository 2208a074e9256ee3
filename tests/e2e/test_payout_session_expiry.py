"""An expired payout session is replaced (new session, new reference id) only after a fresh OK."""
from __future__ import annotations

from tests.ui.conftest import *  # noqa: F401,F403 (the pytest-qt + qasync fixtures)
from tests.ui.helpers import click_message_button, shoot
from tests.ui.payouts.helpers import (
    click, continue_to_session, fill_amount, open_approval, open_new_payout, payout_executions,
    pick_recipient, sandbox_post, start_in_practice, type_passcode_and_approve, wait_final,
)


def test_expired_session_needs_a_fresh_confirmation_and_gets_a_new_reference_id(qtbot, make_app, sandbox):
    app = start_in_practice(qtbot, make_app, sandbox)
    count = len(payout_executions(sandbox))
    dialog = open_new_payout(qtbot, app)
    pick_recipient(qtbot, dialog, "Grace Johnson")   # a demo employee
    fill_amount(qtbot, dialog, "20.00", "USD")
    continue_to_session(qtbot, dialog)
    first_session, first_account = dialog.prepared.session.id, dialog.prepared.account.id

    sandbox_post(sandbox, "/_sandbox/clock/advance", {"seconds": 11 * 60})   # past the 10-minute session
    approval = open_approval(qtbot, dialog)
    type_passcode_and_approve(qtbot, approval, sandbox.info["passcode"])
    assert "session expired" in approval.message_label.text()
    assert not approval.approve_button.isEnabled()
    click(qtbot, approval.cancel_button)
    qtbot.waitUntil(lambda: dialog.renew_button.isVisible(), timeout=5_000)
    assert not dialog.approve_button.isVisible() and dialog.session_box.title() == "Session expired"
    assert len(payout_executions(sandbox)) == count
    shoot(dialog, "payout_session_expired")

    # Saying no keeps everything as it is; saying yes opens a new session.
    click(qtbot, dialog.renew_button)
    click_message_button(qtbot, "new payout session", "Go back")
    qtbot.waitUntil(lambda: dialog.renew_button.isEnabled() and dialog.prepared.session.id == first_session)
    click(qtbot, dialog.renew_button)
    click_message_button(qtbot, "new payout session", "Start a new session")
    qtbot.waitUntil(lambda: dialog.prepared.session.id != first_session and dialog.approve_button.isVisible(),
                    timeout=10_000)

    approval = open_approval(qtbot, dialog)
    type_passcode_and_approve(qtbot, approval, sandbox.info["passcode"])
    wait_final(qtbot, dialog)
    assert dialog.entry.state.value == "COMPLETED"
    entries = app.session.store.journal.entries(kind="PAYOUT")
    assert len(entries) == 2
    refused, paid = sorted(entries, key=lambda e: e.created_at)
    assert refused.server_status == "REFUSED" and refused.session_id == first_session
    assert paid.reference_id == dialog.entry.reference_id != refused.reference_id
    assert paid.session_id == dialog.prepared.session.id
    assert dialog.prepared.account.id == first_account == paid.account_id   # same recipient + number: reused
    assert len(payout_executions(sandbox)) == count + 1
