"""Payouts Dollr refuses or fails, each with what to do, and no money moved."""
from __future__ import annotations

from decimal import Decimal

import pytest

from dollr_desktop.sandbox.server import SandboxServer
from tests.ui.conftest import *  # noqa: F401,F403 (the pytest-qt + qasync fixtures)
from tests.ui.helpers import shoot
from tests.ui.payouts.helpers import (
    click, continue_to_session, fill_amount, open_approval, open_new_payout, payout_executions,
    pick_recipient, sandbox_post, start_in_practice, type_passcode_and_approve, wait_final, wallet_balance,
)


def prepare_payout_to_supplier(qtbot, app, amount: str = "40.00", currency: str = "USD"):
    dialog = open_new_payout(qtbot, app)
    pick_recipient(qtbot, dialog, "Bushrod")   # a demo supplier
    fill_amount(qtbot, dialog, amount, currency)
    continue_to_session(qtbot, dialog)
    return dialog


def test_wrong_passcode_is_refused_nothing_moves_and_repeated_tries_pause(qtbot, make_app, sandbox):
    app = start_in_practice(qtbot, make_app, sandbox)
    before, executions = wallet_balance(sandbox, "USD"), len(payout_executions(sandbox))
    dialog = prepare_payout_to_supplier(qtbot, app)
    approval = open_approval(qtbot, dialog)

    type_passcode_and_approve(qtbot, approval, "111111")
    assert approval.isVisible()
    assert "passcode is not right" in approval.message_label.text()
    assert "Nothing was paid" in approval.message_label.text()
    assert approval.approve_button.isEnabled() and approval.passcode_edit.text() == ""
    for _ in range(2):
        type_passcode_and_approve(qtbot, approval, "000000")
    # The third wrong passcode in a row: a pause before the next try.
    assert not approval.approve_button.isEnabled() and not approval.passcode_edit.isEnabled()
    assert "Try again in 30 s" in approval.message_label.text()
    shoot(approval, "payout_approval_paused")

    assert wallet_balance(sandbox, "USD") == before
    assert len(payout_executions(sandbox)) == executions
    entries = app.session.store.journal.entries(kind="PAYOUT")
    assert len(entries) == 3 and all(e.server_status == "REFUSED" for e in entries)

    # The pause holds across windows: closing and reopening approval does not skip it.
    click(qtbot, approval.cancel_button)
    qtbot.waitUntil(lambda: not approval.isVisible())
    again = open_approval(qtbot, dialog)
    again.passcode_edit.setFocus()
    qtbot.keyClicks(again.passcode_edit, sandbox.info["passcode"])
    click(qtbot, again.approve_button)
    qtbot.waitUntil(lambda: "Too many wrong passcodes" in again.message_label.text(), timeout=5_000)
    assert len(payout_executions(sandbox)) == executions

    # After the pause the right passcode pays.
    app.session.payouts.paused_until = 0.0
    again._pause_left = 0
    again.pause_timer.stop()
    again._set_busy(False)
    type_passcode_and_approve(qtbot, again, sandbox.info["passcode"])
    wait_final(qtbot, dialog)
    assert dialog.entry.state.value == "COMPLETED"
    assert app.session.payouts.wrong_passcodes == 0
    assert len(payout_executions(sandbox)) == executions + 1
    dialog.close()
    qtbot.waitUntil(lambda: len(app.features.payouts.view.entries) == 4, timeout=5_000)   # 3 refused, 1 paid
    statuses = [app.features.payouts.view.row_text(row)["STATUS"] for row in range(4)]
    assert statuses[0] == "Completed"
    assert all(s == "Refused, nothing paid: wrong passcode" for s in statuses[1:]), statuses
    assert all(app.features.payouts.view.row_text(row)["FEE"] == "—" for row in range(1, 4))
    shoot(app.window, "payouts_view_with_refusals")


def test_unverified_account_gets_the_403_message_with_the_portal_link(qtbot, make_app):
    server = SandboxServer(settle_delay=0.0, verified=False).start()
    try:
        app = start_in_practice(qtbot, make_app, server)
        dialog = open_new_payout(qtbot, app)
        pick_recipient(qtbot, dialog, "Bushrod")
        fill_amount(qtbot, dialog, "40.00", "USD")
        click(qtbot, dialog.continue_button)
        qtbot.waitUntil(dialog.problem_label.isVisible, timeout=10_000)
        text = dialog.problem_label.text()
        assert "not verified for payouts" in text and "nothing was paid" in text
        assert 'href="https://' in text and "verification" in text
        assert dialog.prepared is None and not dialog.approve_button.isVisible()
        assert payout_executions(server) == []
        qtbot.waitUntil(dialog.continue_button.isEnabled)
        shoot(dialog, "payout_unverified")
    finally:
        server.stop()


def test_insufficient_wallet_balance_fails_with_the_reason(qtbot, make_app, sandbox):
    app = start_in_practice(qtbot, make_app, sandbox)
    sandbox_post(sandbox, "/_sandbox/wallets/USD", {"balance": "25.00"})
    dialog = prepare_payout_to_supplier(qtbot, app, "40.00", "USD")
    approval = open_approval(qtbot, dialog)
    type_passcode_and_approve(qtbot, approval, sandbox.info["passcode"])
    wait_final(qtbot, dialog)
    status = dialog.status_box.status_label.text()
    assert dialog.entry.state.value == "FAILED"
    assert status.startswith("Failed: your Dollr wallet had too little money")
    assert status.endswith("top up the wallet (or pay less), then make a new payout")
    assert "Dollr said: Insufficient balance in the USD wallet: 25.00 available" in dialog.status_box.status_label.toolTip()
    assert wallet_balance(sandbox, "USD") == Decimal("25.00")
    shoot(dialog, "payout_insufficient_balance")
    qtbot.waitUntil(lambda: bool(app.features.payouts.view.entries), timeout=5_000)
    assert app.features.payouts.view.row_text(0)["STATUS"] == status


@pytest.mark.parametrize("phone", ["0886123"])
def test_a_number_that_is_not_mobile_money_is_refused_before_anything_is_created(qtbot, make_app, sandbox, phone):
    app = start_in_practice(qtbot, make_app, sandbox)
    dialog = open_new_payout(qtbot, app)
    pick_recipient(qtbot, dialog, "Bushrod")
    dialog.phone_edit.number_edit.clear()
    qtbot.keyClicks(dialog.phone_edit.number_edit, phone)
    dialog.amount_edit.setText("10.00")
    click(qtbot, dialog.continue_button)
    qtbot.waitUntil(lambda: "Too short" in dialog.errors.message("phone"), timeout=5_000)
    assert dialog.prepared is None


def test_a_number_or_currency_the_operator_cannot_pay_is_explained_on_its_field(qtbot, make_app, sandbox):
    app = start_in_practice(qtbot, make_app, sandbox)
    sessions_before = len(app.session.store.connection().execute("SELECT id FROM sessions").fetchall())
    dialog = open_new_payout(qtbot, app)
    pick_recipient(qtbot, dialog, "Bushrod")
    dialog.phone_edit.number_edit.clear()
    qtbot.keyClicks(dialog.phone_edit.number_edit, "0444123456")   # a Liberian number no MoMo operator uses
    dialog.amount_edit.setText("10.00")
    qtbot.waitUntil(lambda: "Dollr cannot pay out to +231444123456" in dialog.errors.message("phone"), timeout=10_000)
    assert "mobile-money number" in dialog.errors.message("phone") and dialog.quote is None

    dialog.phone_edit.number_edit.clear()
    qtbot.keyClicks(dialog.phone_edit.number_edit, "0776205381")   # Orange Liberia: USD and LRD only
    dialog.currency_combo.setCurrentIndex(dialog.currency_combo.findData("RWF"))
    dialog.amount_edit.setText("1000")
    qtbot.waitUntil(lambda: "pays out in USD, LRD, not RWF" in dialog.errors.message("currency"), timeout=10_000)
    dialog.errors.clear()
    click(qtbot, dialog.continue_button)   # Continue says the same, and creates nothing
    qtbot.waitUntil(lambda: "not RWF" in dialog.errors.message("currency") and dialog.continue_button.isEnabled(),
                    timeout=10_000)
    assert dialog.prepared is None
    assert len(app.session.store.connection().execute("SELECT id FROM sessions").fetchall()) == sessions_before
    shoot(dialog, "payout_operator_currency")


def test_dollr_locking_payouts_after_five_wrong_passcodes_is_explained(qtbot, make_app, sandbox):
    app = start_in_practice(qtbot, make_app, sandbox)
    dialog = prepare_payout_to_supplier(qtbot, app)
    approval = open_approval(qtbot, dialog)
    for _ in range(5):
        app.session.payouts.paused_until = 0.0   # skip the app's own pauses to reach Dollr's lock
        approval._pause_left = 0
        approval._set_busy(False)
        type_passcode_and_approve(qtbot, approval, "999999")
    app.session.payouts.paused_until = 0.0
    approval._pause_left = 0
    approval._set_busy(False)
    type_passcode_and_approve(qtbot, approval, sandbox.info["passcode"])
    text = approval.message_label.text()
    assert "paused payouts after too many wrong passcodes" in text and "Nothing was paid" in text
    assert "not verified" not in text and not approval.approve_button.isEnabled()
    assert app.session.payouts.paused_until > 0
    attempts = {e.reference_id for e in app.session.store.journal.entries(kind="PAYOUT")}
    assert len(attempts) == 6 and not attempts & {e["reference_id"] for e in payout_executions(sandbox)}
