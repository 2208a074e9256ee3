"""Two copies of the app on one data folder (two stores on the same file, two clients), one
paying out while Dollr answers 429, the other reconciling: "never received" is never concluded
while the first may still send, and an answer that comes after it was concluded anyway is
recorded, flagged late, beside the newer attempt (no IntegrityError, no silent double payment)."""
from __future__ import annotations

import asyncio

from dollr_desktop.api import DollrClient
from dollr_desktop.services.reconciliation import Reconciler
from dollr_desktop.store import PaymentState, Store
from tests.unit.services import payout_kit
from tests.unit.services.sandbox_kit import add_fault, executions, no_wait

EXECUTE = "/v1/executions/payout"


def app_copy(tmp_path, sandbox, *, sleep=no_wait) -> tuple[Store, DollrClient]:
    """Another copy of the app: its own store on the same data folder's file, its own client."""
    return Store.open(tmp_path / "store.sqlite3"), api_client(sandbox, sleep=sleep)


def api_client(sandbox, *, sleep=no_wait) -> DollrClient:
    info = sandbox.info
    return DollrClient(info["base_url"], info["client_id"], info["client_secret"], timeout=10.0, sleep=sleep)


async def until(condition, seconds: float = 10.0) -> None:
    for _ in range(int(seconds / 0.02)):
        if condition():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("condition not reached")


async def test_the_other_copy_never_concludes_not_found_while_a_429_re_send_is_pending(sandbox, store, tmp_path):
    retry_after_started, release = asyncio.Event(), asyncio.Event()

    async def wait_retry_after(seconds: float) -> None:   # the first copy sleeping through Retry-After
        retry_after_started.set()
        await release.wait()

    first_store, first_client = app_copy(tmp_path, sandbox, sleep=wait_retry_after)
    other_store, other_client = store, api_client(sandbox)
    try:
        first = payout_kit.payouts_flow(first_client, first_store)
        prepared = await payout_kit.prepare(first, "231770557001", "3.25", name="Staff Member")
        before = set(executions(sandbox.base_url))
        add_fault(sandbox.base_url, kind="rate_limit", retry_after=30, count=1, path=EXECUTE)
        paying = asyncio.create_task(payout_kit.approve(first, sandbox, prepared))
        await asyncio.wait_for(retry_after_started.wait(), 10)
        [entry] = other_store.journal.entries(kind="PAYOUT")
        await asyncio.sleep(0.3)   # older than the (short) grace below
        reconciler = Reconciler(other_client, other_store, not_found_grace_s=0.2)
        report = await reconciler.run_once()
        assert report.retry_offered == []
        assert other_store.journal.get(entry.reference_id).state is not PaymentState.NOT_FOUND
        release.set()
        paid = await asyncio.wait_for(paying, 20)
        assert paid.reference_id == entry.reference_id and not paid.is_late
        for _ in range(50):
            if not (await reconciler.run_once()).still_open:
                break
        assert other_store.journal.get(entry.reference_id).state is PaymentState.COMPLETED
        new = {ref: row for ref, row in executions(sandbox.base_url).items() if ref not in before}
        assert list(new) == [entry.reference_id] and new[entry.reference_id]["execute_requests"] == 1
    finally:
        release.set()
        await first_client.aclose()
        await other_client.aclose()
        first_store.close()


async def test_an_answer_after_not_found_is_recorded_late_beside_the_newer_attempt(sandbox, store, tmp_path):
    first_store, first_client = app_copy(tmp_path, sandbox)
    other_client = api_client(sandbox)
    try:
        # The first copy's request is held up in the network (the sandbox sleeps before handling
        # it) longer than its send window and the other copy's grace.
        first = payout_kit.payouts_flow(first_client, first_store)
        first.checker.send_window_s = 0.3
        prepared = await payout_kit.prepare(first, "231770557002", "3.25", name="Staff Member")
        add_fault(sandbox.base_url, kind="slow", seconds=3.0, count=1, path=EXECUTE)
        paying = asyncio.create_task(payout_kit.approve(first, sandbox, prepared))
        await until(lambda: bool(store.journal.entries(kind="PAYOUT")))
        [lost] = store.journal.entries(kind="PAYOUT")
        await asyncio.sleep(0.5)
        report = await Reconciler(other_client, store, not_found_grace_s=0.2).run_once()
        assert [e.reference_id for e in report.retry_offered] == [lost.reference_id]
        # The merchant, told nothing was paid, pays again from the other copy.
        other = payout_kit.payouts_flow(other_client, store)
        again = await payout_kit.approve(other, sandbox, await payout_kit.prepare(
            other, "231770557002", "3.25", contact=prepared.contact))
        assert again.reference_id != lost.reference_id
        late = await asyncio.wait_for(paying, 20)   # the held-up request lands: money moved
        assert late.reference_id == lost.reference_id and late.is_late
        assert late.state in (PaymentState.PROCESSING, PaymentState.COMPLETED)
        settled = await first.check(lost.reference_id)
        assert settled.state is PaymentState.COMPLETED and settled.is_late
        assert not store.journal.get(again.reference_id).is_late
        # Two payouts happened for one intent: both are in the journal, the late one flagged.
        paid = {ref for ref, row in executions(sandbox.base_url).items() if row["operation_type"] == "PAYOUT"
                and ref in (lost.reference_id, again.reference_id)}
        assert paid == {lost.reference_id, again.reference_id}
    finally:
        await first_client.aclose()
        await other_client.aclose()
        first_store.close()
