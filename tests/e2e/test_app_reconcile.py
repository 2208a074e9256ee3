"""App-wide reconciliation: payments left open by an earlier run, or while offline, reach their
final status with status checks (same reference_id) and nobody opening a dialog or the Payouts
view; each was executed exactly once."""
from __future__ import annotations

import asyncio
from decimal import Decimal

from PySide6.QtCore import Qt

from dollr_desktop.store.journal import PaymentState
from tests.ui.collect.helpers import executions_for, published_invoice, sandbox_post, start_practice
from tests.ui.conftest import credentials, make_app, memory_keyring, qloop, qloop_session  # noqa: F401 (fixtures)
from tests.ui.helpers import run

HELD_PAYER = "231886121111"      # ends 1111: the sandbox holds it PROCESSING until settled
HELD_WALLET = "231886551111"


def held_payout(qtbot, app, sandbox, name: str, amount: str = "7.00"):
    """A payout approved through the app's flow (not the subject here), left PROCESSING."""
    async def make():
        flow = app.session.payouts
        contact = await flow.create_recipient(name=name, phone=HELD_WALLET)
        wallet = await flow.lookup_wallet(HELD_WALLET)
        quote = await flow.quote(Decimal(amount), "USD", wallet)
        prepared = await flow.open_session(contact=contact, wallet=wallet, amount=Decimal(amount),
                                           currency="USD", quote=quote)
        return await flow.approve(prepared, sandbox.info["passcode"], sandbox.info["passcode_phone"])

    entry = run(qtbot, make(), timeout=20_000)
    assert entry.state is PaymentState.PROCESSING
    return entry.reference_id


def held_collection(qtbot, app):
    draft = published_invoice(qtbot, app, "Kebeh Flomo", HELD_PAYER, total="40.00")

    async def make():
        collection = app.session.collection
        return await collection.collect(await collection.plan("INVOICE", draft.id, HELD_PAYER))

    entry = run(qtbot, make(), timeout=20_000)
    assert entry.state is PaymentState.PROCESSING
    return entry.reference_id


def state_of(app, reference_id: str) -> PaymentState:
    return app.session.store.journal.get(reference_id).state


def no_one_looked(app) -> None:
    assert not app.features.payouts.view.isVisible() and app.features.payouts.view.payout_dialog is None
    assert not app.features.collect.dialogs


def test_payments_left_open_by_a_previous_run_settle_after_restart(qtbot, make_app, sandbox):
    first = start_practice(qtbot, make_app, sandbox)
    payout = held_payout(qtbot, first, sandbox, "Kpelle Hardware")
    collection = held_collection(qtbot, first)
    with qtbot.waitSignal(first.window.sig_closed, timeout=20_000):
        first.window.close()                     # the app quits with both still PROCESSING

    app = start_practice(qtbot, lambda s: make_app(s, reconcile_interval_s=0.2), sandbox)
    assert state_of(app, payout) is PaymentState.PROCESSING
    assert state_of(app, collection) is PaymentState.PROCESSING

    # Only the reconciler checks payouts in the background: settle the payout alone first.
    sandbox_post(sandbox, f"/_sandbox/executions/{payout}/settle")
    qtbot.waitUntil(lambda: state_of(app, payout) is PaymentState.COMPLETED, timeout=10_000)
    assert state_of(app, collection) is PaymentState.PROCESSING
    sandbox_post(sandbox, f"/_sandbox/executions/{collection}/settle")
    qtbot.waitUntil(lambda: state_of(app, collection) is PaymentState.COMPLETED, timeout=15_000)
    no_one_looked(app)
    for reference in (payout, collection):   # the status, then the "checked after restart" mark
        qtbot.waitUntil(lambda r=reference: app.session.store.journal.get(r).reconciled_at is not None, timeout=5_000)

    # The Payments view says so for both.
    app.window.show_page("payments")
    view = app.features.payments.view
    qtbot.waitUntil(lambda: _status_texts(view).get(payout, "").startswith("Sent")
                    and _status_texts(view).get(collection, "").startswith("Paid"), timeout=5_000)
    texts = _status_texts(view)
    assert texts[payout].endswith("checked after restart"), texts
    assert texts[collection] == "Paid · checked after restart"

    for reference in (payout, collection):
        executions = executions_for(sandbox, reference)
        assert len(executions) == 1 and executions[0]["execute_requests"] == 1
        assert executions[0]["status"] == "COMPLETED"


def test_coming_back_online_wakes_the_reconciler(qtbot, make_app, sandbox):
    app = start_practice(qtbot, lambda s: make_app(s, reconcile_interval_s=3_600), sandbox)
    payout = held_payout(qtbot, app, sandbox, "Gbarnga Feeds")

    sandbox.stop()
    qtbot.mouseClick(app.features.settings.view.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.window.offline_banner.isVisible(), timeout=30_000)
    sandbox.start()
    sandbox_post(sandbox, f"/_sandbox/executions/{payout}/settle")
    run(qtbot, asyncio.sleep(0.5))
    assert state_of(app, payout) is PaymentState.PROCESSING   # nothing checks it until we are back

    qtbot.mouseClick(app.window.offline_banner.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not app.window.offline_banner.isVisible(), timeout=30_000)
    qtbot.waitUntil(lambda: state_of(app, payout) is PaymentState.COMPLETED, timeout=10_000)
    no_one_looked(app)
    executions = executions_for(sandbox, payout)
    assert len(executions) == 1 and executions[0]["execute_requests"] == 1


def _status_texts(view) -> dict[str, str]:
    model = view.model
    texts = {}
    for row in range(model.rowCount()):
        data = model.row(row)
        if data is not None:
            texts[data["reference_id"]] = model.data(model.index(row, 6))
    return texts
