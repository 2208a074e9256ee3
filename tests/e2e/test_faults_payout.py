"""Payouts while the sandbox misbehaves, on the path the app runs (PayoutsFlow): each attempt
reconciled, none sent twice."""
from __future__ import annotations

from dollr_desktop.services.reconciliation import Reconciler
from dollr_desktop.store import PaymentState
from tests.unit.services import payout_kit
from tests.unit.services.sandbox_kit import add_fault, executions

EXECUTE = "/v1/executions/payout"


async def pay(sandbox, client, store, phone: str):
    flow = payout_kit.payouts_flow(client, store)
    prepared = await payout_kit.prepare(flow, phone, "3.25", name="Staff Member")
    return await payout_kit.approve(flow, sandbox, prepared)


async def reconcile(client, store):
    reconciler = Reconciler(client, store, not_found_grace_s=0)
    for _ in range(50):
        if not (await reconciler.run_once()).still_open:
            return
    raise AssertionError("payouts still open")


async def test_a_payout_answer_dropped_after_commit_is_found_by_status(sandbox, client, store):
    before = set(executions(sandbox.base_url))
    add_fault(sandbox.base_url, kind="drop_after_commit", path=EXECUTE)
    entry = await pay(sandbox, client, store, "231770556001")
    await reconcile(client, store)
    assert store.journal.get(entry.reference_id).state is PaymentState.COMPLETED
    new = {ref: row for ref, row in executions(sandbox.base_url).items() if ref not in before}
    assert list(new) == [entry.reference_id] and new[entry.reference_id]["execute_requests"] == 1


async def test_a_payout_meeting_a_server_error_is_never_resent(sandbox, client, store):
    before = set(executions(sandbox.base_url))
    add_fault(sandbox.base_url, kind="server_error", status=502, html=True, path=EXECUTE)
    entry = await pay(sandbox, client, store, "231770556002")
    assert entry.state is PaymentState.UNKNOWN
    await reconcile(client, store)
    assert store.journal.get(entry.reference_id).state is PaymentState.NOT_FOUND
    assert set(executions(sandbox.base_url)) == before
