"""A member of staff prepares a payout; the owner approves it with the Dollr passcode (real sandbox,
real socket); staff can neither approve nor open Settings; PINs and the passcode are in no file."""
from __future__ import annotations

import asyncio
import logging

from dollr_desktop import paths
from dollr_desktop.logging_setup import setup_logging
from dollr_desktop.ui import hub as events
from tests.e2e.people_helpers import OWNER, OWNER_PIN, STAFF, STAFF_PIN, set_up_owner_and_staff, switch_user
from tests.e2e.test_secret_scan import files_containing
from tests.ui.conftest import *  # noqa: F401,F403 (the pytest-qt + qasync fixtures)
from tests.ui.helpers import click_message_button, shoot
from tests.ui.payouts.helpers import (
    click, continue_to_session, fill_amount, new_recipient, open_approval, open_new_payout, payout_executions,
    start_in_practice, type_passcode_and_approve, wait_final,
)

PASSCODE = "73195284"


def run(qtbot, coro):
    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=10_000)
    return task.result()


def test_staff_prepares_and_the_owner_approves_once(qtbot, make_app, sandbox):
    sandbox.state.passcode = PASSCODE
    setup_logging(paths.log_dir(), logging.DEBUG)
    logging.getLogger("dollr_desktop").setLevel(logging.DEBUG)
    app = start_in_practice(qtbot, make_app, sandbox)
    hub = app.hub
    assert hub.call(events.MAY, "approve_payouts") is True    # nobody set up yet: the owner's computer
    people = set_up_owner_and_staff(qtbot, app)
    assert hub.call(events.MAY, "approve_payouts") is True and people.book.current.name == OWNER

    # Staff at the computer: no settings, no approving.
    switch_user(qtbot, app, STAFF, STAFF_PIN)
    assert hub.call(events.MAY, "approve_payouts") is False and hub.call(events.MAY, "prepare_payouts") is True
    settings = app.window.show_page("settings")
    qtbot.waitUntil(lambda: settings.locked, timeout=5_000)
    assert settings.owner_only.isVisible() and not settings.connect_button.isVisible()
    app.window.show_page("people")
    assert people.people_page.owner_only.isVisible() and not people.people_page.add_button.isVisible()

    executions_before = len(payout_executions(sandbox))
    dialog = open_new_payout(qtbot, app)
    assert dialog.continue_button.text() == "Send for approval" and dialog.approval_note.isVisible()
    new_recipient(qtbot, dialog, "Paynesville Printers", "0886123457", "SUPPLIER")
    dialog.note_edit.setText("Flyers for the sale")
    fill_amount(qtbot, dialog, "42.50", "USD")
    click(qtbot, dialog.continue_button)
    qtbot.waitUntil(lambda: dialog.sent_for_approval is not None, timeout=10_000)
    assert not dialog.approve_button.isVisible() and dialog.prepared is None   # no session, no approval
    assert "Sent for approval" in dialog.approval_note.text()
    assert len(payout_executions(sandbox)) == executions_before
    dialog.close()

    view = app.features.payouts.view
    payouts_item = app.window.sidebar.item(app.window.index_of(view))
    qtbot.waitUntil(lambda: payouts_item.text().endswith("(1)"), timeout=5_000)
    app.window.show_page("payouts")
    qtbot.waitUntil(lambda: view.waiting_box.isVisible(), timeout=5_000)
    assert view.waiting_box.title() == "Waiting for the owner's approval (1)"
    assert not view.waiting_box.open_button.isVisible()   # staff cannot open it to approve
    shoot(app.window, "people_staff_waiting")

    # The owner: a wrong PIN first, then theirs.
    wrong = switch_user(qtbot, app, OWNER, "11112222", expect_ok=False)
    qtbot.waitUntil(lambda: wrong.panel.message_label.isVisible(), timeout=10_000)
    assert wrong.panel.message_label.text().startswith("Wrong PIN")
    assert people.book.current.name == STAFF
    wrong.panel.select(next(p.id for p in people.book.people if p.name == OWNER))
    qtbot.keyClicks(wrong.panel.pin_edit, OWNER_PIN)
    click(qtbot, wrong.panel.sign_in_button)
    qtbot.waitUntil(lambda: people.book.current.name == OWNER, timeout=10_000)

    qtbot.waitUntil(lambda: view.waiting_box.title() == "Waiting for your approval (1)", timeout=5_000)
    assert view.waiting_box.table.item(0, 3).text() == STAFF
    assert view.waiting_box.table.item(0, 1).text() == "42.50 USD"
    click(qtbot, view.waiting_box.open_button)
    qtbot.waitUntil(lambda: view.payout_dialog is not None and view.payout_dialog.isVisible(), timeout=5_000)
    owner_dialog = view.payout_dialog
    assert f"Prepared by {STAFF}" in owner_dialog.approval_note.text()
    qtbot.waitUntil(lambda: owner_dialog.recipient_box.contact is not None and owner_dialog.quote is not None,
                    timeout=10_000)
    assert owner_dialog.recipient_box.contact.name == "Paynesville Printers"
    assert owner_dialog.amount_edit.text() == "42.50" and owner_dialog.note_edit.text() == "Flyers for the sale"
    assert owner_dialog.continue_button.text() == "Continue"
    continue_to_session(qtbot, owner_dialog)
    approval = open_approval(qtbot, owner_dialog)
    type_passcode_and_approve(qtbot, approval, PASSCODE)
    wait_final(qtbot, owner_dialog)
    assert owner_dialog.entry.state.value == "COMPLETED"

    executions = payout_executions(sandbox)
    assert len(executions) == executions_before + 1
    mine = next(e for e in executions if e["reference_id"] == owner_dialog.entry.reference_id)
    assert mine["execute_requests"] == 1 and mine["status"] == "COMPLETED"
    qtbot.waitUntil(lambda: not payouts_item.text().endswith(")"), timeout=5_000)
    decided = app.session.store.prepared_payouts.get(view.waiting_box.waiting[0].id if view.waiting_box.waiting
                                                      else 1)
    assert decided.state == "approved" and decided.reference_id == owner_dialog.entry.reference_id
    assert decided.decided_by == OWNER
    owner_dialog.close()

    run(qtbot, people.audits_written())
    entries = {e.action: e for e in people.book.store.audit.entries()}
    assert {"person_added", "user_switched", "pin_refused", "payout_prepared", "payout_approved"} <= set(entries)
    approved = entries["payout_approved"]
    assert approved.who == OWNER and approved.details["prepared_by"] == STAFF
    assert approved.details["amount"] == "42.50" and approved.details["reference_id"] == mine["reference_id"]
    assert entries["payout_prepared"].who == STAFF
    assert people.book.first_broken() is None

    # Neither PIN nor the passcode in any file of the data folder (database, WAL, logs, settings).
    hits = files_containing(paths.data_dir(), [OWNER_PIN, STAFF_PIN, PASSCODE, "11112222"])
    assert hits == {}, hits
    stored = [row[0] for row in people.book.store.connection().execute("SELECT pin_hash FROM people")]
    assert len(stored) == 2 and all(h.startswith("scrypt$16384$8$1$") for h in stored)


def test_the_owner_refuses_a_prepared_payout_and_nothing_moves(qtbot, make_app, sandbox):
    app = start_in_practice(qtbot, make_app, sandbox)
    people = set_up_owner_and_staff(qtbot, app)
    switch_user(qtbot, app, STAFF, STAFF_PIN)
    contact = app.session.store.contacts.search("", limit=1)[0]
    payouts = app.features.payouts
    prepared = run(qtbot, payouts.prepare_payout({
        "recipient_id": contact.id, "recipient_name": contact.name, "phone": "231886123457",
        "amount": "15.00", "currency": "USD", "note": ""}))
    assert prepared.prepared_by == STAFF and prepared.state == "waiting"
    assert run(qtbot, payouts.refuse_payout(prepared)) is False   # staff cannot refuse either
    executions_before = len(payout_executions(sandbox))
    switch_user(qtbot, app, OWNER, OWNER_PIN)
    view = payouts.view
    app.window.show_page("payouts")
    qtbot.waitUntil(lambda: view.waiting_box.isVisible() and view.waiting_box.refuse_button.isEnabled(),
                    timeout=5_000)
    click(qtbot, view.waiting_box.refuse_button)
    click_message_button(qtbot, "Refuse the payout", "Refuse")
    qtbot.waitUntil(lambda: not view.waiting_box.isVisible(), timeout=5_000)
    item = app.window.sidebar.item(app.window.index_of(view))
    assert item.text() == "Payouts"
    decided = app.session.store.prepared_payouts.get(prepared.id)
    assert decided.state == "refused" and decided.decided_by == OWNER and decided.reference_id is None
    assert len(payout_executions(sandbox)) == executions_before
    run(qtbot, people.audits_written())
    refused = next(e for e in people.book.store.audit.entries() if e.action == "payout_refused")
    assert refused.who == OWNER and refused.details["prepared_by"] == STAFF and refused.details["amount"] == "15.00"
