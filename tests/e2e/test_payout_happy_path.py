"""A payout to a new supplier, clicked through against the sandbox over a real socket."""
from __future__ import annotations

from decimal import Decimal

from dollr_desktop.services.collection import PaymentStep
from tests.ui.conftest import *  # noqa: F401,F403 (the pytest-qt + qasync fixtures)
from tests.ui.helpers import shoot
from tests.ui.payouts.helpers import (
    continue_to_session, fill_amount, new_recipient, open_approval, open_new_payout, payout_executions,
    pick_recipient, start_in_practice, type_passcode_and_approve, wait_final, wallet_balance,
)


def test_payout_to_new_supplier_completes_and_debits_amount_plus_fee(qtbot, make_app, sandbox):
    app = start_in_practice(qtbot, make_app, sandbox)
    before = wallet_balance(sandbox, "USD")
    executions_before = len(payout_executions(sandbox))
    dialog = open_new_payout(qtbot, app)

    new_recipient(qtbot, dialog, "Sinkor Generics Wholesale", "0886552211", "SUPPLIER",
                  before_create=lambda: shoot(dialog, "payout_form_new_recipient"))
    contact = dialog.recipient_box.contact
    assert contact.relationship_type == "SUPPLIER" and contact.phone == "231886552211" and contact.id > 0
    assert "MTN" in dialog.phone_edit.detected_label.text()
    dialog.note_edit.setText("Invoice SG-1042: gloves and syringes")
    fill_amount(qtbot, dialog, "100.00", "USD")
    quote = dialog.quote
    fee = quote.wallet_debited - quote.recipient_gets
    assert quote.recipient_gets == Decimal("100.00") and fee > 0
    assert dialog.fee_label.text() == (f"Recipient gets 100.00 USD · your wallet is debited "
                                       f"{quote.wallet_debited:,.2f} USD")
    assert "MTN MoMo · Liberia" in dialog.operator_label.text()
    shoot(dialog, "payout_form")

    continue_to_session(qtbot, dialog)
    session = dialog.prepared.session
    assert f"no. {session.wallet_id}" in dialog.wallet_label.text()
    assert "Approve within 0" in dialog.countdown.text() or "Approve within 1" in dialog.countdown.text()
    assert len(payout_executions(sandbox)) == executions_before   # a session moves no money
    shoot(dialog, "payout_form_session")

    steps = []
    app.session.payouts.on_step = lambda step, entry: steps.append(
        (step, entry and app.session.store.journal.get(entry.reference_id).state.value,
         len(payout_executions(sandbox))))
    approval = open_approval(qtbot, dialog)
    summary = approval.summary_label.text()
    assert "Sinkor Generics Wholesale" in summary and "100.00 USD" in summary
    assert f"{quote.wallet_debited:,.2f} USD" in summary and "+231 88 655 2211" in summary
    assert "Settings" in approval.phone_label.text()
    approval.passcode_edit.setText("24")   # shown masked in the screenshot
    shoot(approval, "payout_approval_dialog")
    approval.passcode_edit.clear()
    type_passcode_and_approve(qtbot, approval, sandbox.info["passcode"])
    qtbot.waitUntil(lambda: not approval.isVisible(), timeout=5_000)

    # The journal entry was on disk before the execute request went out.
    committed = next(s for s in steps if s[0] is PaymentStep.JOURNAL_COMMITTED)
    assert committed[1] == "SUBMITTING" and committed[2] == executions_before

    wait_final(qtbot, dialog)
    assert dialog.entry.state.value == "COMPLETED", dialog.status_box.status_label.text()
    assert dialog.status_box.status_label.text() == "Completed"
    shoot(dialog, "payout_form_completed")
    after = wallet_balance(sandbox, "USD")
    assert before - after == Decimal("100.00") + fee

    executions = payout_executions(sandbox)
    assert len(executions) == executions_before + 1
    mine = next(e for e in executions if e["reference_id"] == dialog.entry.reference_id)
    assert mine["status"] == "COMPLETED" and mine["execute_requests"] == 1

    # History: who, amount, fee, status, reference id.
    qtbot.waitUntil(lambda: bool(app.features.payouts.view.entries), timeout=5_000)
    row = app.features.payouts.view.row_text(0)
    assert row["RECIPIENT"] == "Sinkor Generics Wholesale"
    assert row["AMOUNT"] == "100.00 USD" and row["FEE"] == f"{fee:,.2f} USD"
    assert row["STATUS"] == "Completed" and row["REFERENCE"] == dialog.entry.reference_id
    dialog.close()
    shoot(app.window, "payouts_view")


def test_payout_in_rwanda_typed_with_the_country_picked(qtbot, make_app, sandbox):
    app = start_in_practice(qtbot, make_app, sandbox)
    before = wallet_balance(sandbox, "RWF")
    dialog = open_new_payout(qtbot, app)
    pick_recipient(qtbot, dialog, "Uwimana")
    phone = dialog.phone_edit
    phone.country_combo.setCurrentIndex(phone.country_combo.findData("RW"))
    phone.number_edit.clear()
    qtbot.keyClicks(phone.number_edit, "0788412375")   # dialled the Rwandan way
    fill_amount(qtbot, dialog, "5000", "RWF")
    assert "MTN MoMo · Rwanda" in dialog.operator_label.text() and dialog.wallet.phone == "250788412375"
    continue_to_session(qtbot, dialog)
    type_passcode_and_approve(qtbot, open_approval(qtbot, dialog), sandbox.info["passcode"])
    wait_final(qtbot, dialog)
    assert dialog.entry.state.value == "COMPLETED"
    assert before - wallet_balance(sandbox, "RWF") == dialog.quote.wallet_debited > Decimal("5000")
