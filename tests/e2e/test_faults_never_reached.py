"""An execute that never reached Dollr (a proxy's 502, nothing ran) while the app keeps running:
the monitor watching it concludes NOT_FOUND once the grace has passed (the same rule as after a
restart), stops checking, the document is free again, and the new attempt is linked to the old."""
from __future__ import annotations

import asyncio

from dollr_desktop.services.collection import CollectionService
from dollr_desktop.services.live_status import WatchTimings
from dollr_desktop.services.payment_monitor import PaymentMonitor
from dollr_desktop.services.reconciliation import PaymentChecker
from dollr_desktop.store import PaymentState
from tests.unit.services.sandbox_kit import add_fault, executions, payable_invoice

PHONE = "231770123456"
EXECUTE = "/v1/executions/collection"
FAST = WatchTimings(silence_check=0.2, poll_initial=0.05, poll_max=0.1)


async def test_a_502_that_never_reached_dollr_ends_not_found_while_the_app_runs(sandbox, client, store):
    invoice_id, _ = await payable_invoice(client, phone=PHONE)
    service = CollectionService(client, store)
    plan = await service.plan("INVOICE", invoice_id, PHONE)
    before = set(executions(sandbox.base_url))
    add_fault(sandbox.base_url, kind="server_error", status=502, html=True, path=EXECUTE)
    lost = await service.collect(plan)
    assert lost.state is PaymentState.UNKNOWN

    monitor = PaymentMonitor(client, store, timings=FAST)
    monitor.checker = PaymentChecker(client, store, not_found_grace_s=0.5)   # a short grace for the test
    events = []
    monitor.add_listener(events.append, lost.reference_id)
    monitor.watch(lost, trigger="dialog")
    try:
        for _ in range(400):   # well past the grace: the watch must have ended by itself
            if not monitor.is_watching(lost.reference_id):
                break
            await asyncio.sleep(0.02)
        assert not monitor.is_watching(lost.reference_id), "still checking: the attempt never concludes"
    finally:
        await monitor.stop()
    ended = store.journal.get(lost.reference_id)
    assert ended.state is PaymentState.NOT_FOUND and ended.may_retry
    assert events[-1].entry.state is PaymentState.NOT_FOUND and events[-1].final
    assert store.journal.open_for(plan.lock_key) is None   # the document is free again
    assert set(executions(sandbox.base_url)) == before     # nothing ran

    again = await service.collect(plan)   # the person presses Send again in the same window
    assert again.reference_id != lost.reference_id and again.retry_of == lost.reference_id
    assert store.journal.get(lost.reference_id).superseded_by == again.reference_id
    settled = again
    for _ in range(100):
        if settled.is_final:
            break
        await asyncio.sleep(0.02)
        settled = await service.check(again.reference_id)
    assert settled.state is PaymentState.COMPLETED
    new = {ref: row for ref, row in executions(sandbox.base_url).items() if ref not in before}
    assert list(new) == [again.reference_id] and new[again.reference_id]["execute_requests"] == 1
