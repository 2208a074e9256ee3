"""Reconciliation rules with a scripted status endpoint (no server needed)."""
from __future__ import annotations

import asyncio
from decimal import Decimal
from types import SimpleNamespace

from dollr_desktop.api import errors
from dollr_desktop.services.reconciliation import Reconciler
from dollr_desktop.store import PaymentRequest, PaymentState, Store


class ScriptedStatus:
    """`client.status.collection/payout` answering from a dict: status text, or an exception."""

    def __init__(self) -> None:
        self.answers: dict[str, object] = {}
        self.asked: list[str] = []

    async def collection(self, reference_id: str):
        self.asked.append(reference_id)
        answer = self.answers.get(reference_id, errors.NotFoundError())
        if isinstance(answer, Exception):
            raise answer
        return SimpleNamespace(status=answer, gateway_message=None, wallet_message=None,
                               provider_transaction_id=None, payer_amount=Decimal("10"),
                               payer_currency="USD", payee_amount=Decimal("9.70"), payee_currency="USD")

    payout = collection

    async def source(self, source_type, source_id):
        return SimpleNamespace(status="ACTIVE")


def begin(store: Store, lock_key: str):
    return store.journal.begin(PaymentRequest(kind="COLLECTION", lock_key=lock_key, amount=Decimal("10"),
                                              currency="USD", source_type="INVOICE", source_id=1))


def client_with(status: ScriptedStatus):
    return SimpleNamespace(status=status)


async def test_each_open_entry_is_checked_with_its_own_id_and_filed(store):
    status = ScriptedStatus()
    done, waiting, declined, lost = (begin(store, key) for key in "ABCD")
    status.answers = {done.reference_id: "COMPLETED", waiting.reference_id: "PROCESSING",
                      declined.reference_id: "FAILED"}
    report = await Reconciler(client_with(status), store, not_found_grace_s=0).run_once()
    assert sorted(status.asked) == sorted(e.reference_id for e in (done, waiting, declined, lost))
    assert {e.reference_id for e in report.settled} == {done.reference_id, declined.reference_id}
    assert [e.reference_id for e in report.still_open] == [waiting.reference_id]
    assert [e.reference_id for e in report.retry_offered] == [lost.reference_id]
    assert store.journal.get(lost.reference_id).may_retry
    again = await Reconciler(client_with(status), store, not_found_grace_s=0).run_once()
    assert [e.reference_id for e in again.checked] == [waiting.reference_id]  # only open ones


async def test_not_found_is_not_concluded_while_a_request_may_still_arrive(store):
    status = ScriptedStatus()
    young = begin(store, "A")
    flying = begin(store, "B")
    store.in_flight.add(flying.reference_id)
    report = await Reconciler(client_with(status), store, not_found_grace_s=60).run_once()
    assert store.journal.get(young.reference_id).state is PaymentState.SUBMITTING
    assert flying.reference_id not in status.asked
    assert report.retry_offered == []


async def test_an_unreachable_server_concludes_nothing(store):
    status = ScriptedStatus()
    entry = begin(store, "A")
    status.answers[entry.reference_id] = errors.ApiConnectionError()
    report = await Reconciler(client_with(status), store, not_found_grace_s=0).run_once()
    assert report.unreachable and store.journal.get(entry.reference_id).state is PaymentState.SUBMITTING
    assert store.journal.get(entry.reference_id).check_count == 1


async def test_entries_of_an_earlier_run_are_marked_reconciled(tmp_path):
    path = tmp_path / "runs.sqlite3"
    with Store.open(path) as crashed_run:
        entry = begin(crashed_run, "A")
    status = ScriptedStatus()
    status.answers[entry.reference_id] = "COMPLETED"
    with Store.open(path) as next_run:
        changed = []
        await Reconciler(client_with(status), next_run, on_change=changed.append).run_once()
        assert next_run.journal.get(entry.reference_id).reconciled_at is not None
        assert [e.state for e in changed] == [PaymentState.COMPLETED]


async def test_the_timer_runs_rounds_and_wake_runs_one_now(store):
    status = ScriptedStatus()
    entry = begin(store, "A")
    status.answers[entry.reference_id] = "PROCESSING"
    reconciler = Reconciler(client_with(status), store, interval_s=3600)
    reconciler.start()
    for _ in range(200):
        if status.asked:
            break
        await asyncio.sleep(0.01)
    assert len(status.asked) == 1
    reconciler.wake()
    for _ in range(200):
        if len(status.asked) == 2:
            break
        await asyncio.sleep(0.01)
    await reconciler.stop()
    assert len(status.asked) == 2
