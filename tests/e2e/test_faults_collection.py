"""Collections while the sandbox misbehaves: every attempt ends reconciled, none duplicated."""
from __future__ import annotations

import asyncio

import httpx
import pytest

from dollr_desktop.services.collection import CollectionService, PaymentStep
from dollr_desktop.services.reconciliation import Reconciler
from dollr_desktop.store import PaymentState, Store
from tests.unit.services.sandbox_kit import add_fault, client_for, control, executions, payable_invoice

PHONE = "231770123456"
EXECUTE = "/v1/executions/collection"


async def settle_everything(client, store: Store) -> None:
    """What the app does after the fault: reconcile until nothing is open."""
    reconciler = Reconciler(client, store, not_found_grace_s=0)
    for _ in range(50):
        report = await reconciler.run_once()
        if not report.still_open:
            return
    raise AssertionError(f"still open: {report.still_open}")


def assert_paid_once(sandbox, store: Store, before: set[str]) -> None:
    new = {ref: row for ref, row in executions(sandbox.base_url).items() if ref not in before}
    assert len(new) == 1, new
    [(reference_id, row)] = new.items()
    assert row["execute_requests"] == 1 and row["status"] == "COMPLETED"
    assert store.journal.get(reference_id).state is PaymentState.COMPLETED
    assert store.journal.open_entries() == []


async def test_answer_dropped_after_the_server_committed(sandbox, client, store):
    invoice_id, _ = await payable_invoice(client, phone=PHONE)
    service = CollectionService(client, store)
    plan = await service.plan("INVOICE", invoice_id, PHONE)
    before = set(executions(sandbox.base_url))
    add_fault(sandbox.base_url, kind="drop_after_commit", path=EXECUTE)
    entry = await service.collect(plan)  # no exception: the status check found it
    assert entry.state is not PaymentState.NOT_FOUND
    assert [e["origin"] for e in store.journal.events(entry.reference_id)][:3] == ["begin", "execute", "status"]
    await settle_everything(client, store)
    assert_paid_once(sandbox, store, before)


@pytest.mark.parametrize("status", [500, 502])
async def test_server_errors_on_execute_are_checked_never_resent(sandbox, client, store, status):
    invoice_id, _ = await payable_invoice(client, phone=PHONE)
    service = CollectionService(client, store)
    plan = await service.plan("INVOICE", invoice_id, PHONE)
    before = set(executions(sandbox.base_url))
    add_fault(sandbox.base_url, kind="server_error", status=status, html=status == 502, path=EXECUTE)
    entry = await service.collect(plan)
    assert entry.state is PaymentState.UNKNOWN  # 404 while its own request might still land
    await settle_everything(client, store)
    lost = store.journal.get(entry.reference_id)
    assert lost.state is PaymentState.NOT_FOUND and lost.may_retry
    assert set(executions(sandbox.base_url)) == before  # the proxy error page: nothing ran
    retry = await service.collect(plan, retry_of=entry.reference_id)
    await settle_everything(client, store)
    assert retry.reference_id != entry.reference_id
    assert_paid_once(sandbox, store, before)


async def test_rate_limited_execute_waits_and_runs_once(sandbox, client, store):
    invoice_id, _ = await payable_invoice(client, phone=PHONE)
    service = CollectionService(client, store)
    plan = await service.plan("INVOICE", invoice_id, PHONE)
    before = set(executions(sandbox.base_url))
    add_fault(sandbox.base_url, kind="rate_limit", retry_after=1, count=2, path=EXECUTE)
    await service.collect(plan)
    await settle_everything(client, store)
    assert_paid_once(sandbox, store, before)


async def test_rate_limited_beyond_the_retries_is_reconciled(sandbox, client, store):
    invoice_id, _ = await payable_invoice(client, phone=PHONE)
    service = CollectionService(client, store)
    plan = await service.plan("INVOICE", invoice_id, PHONE)
    before = set(executions(sandbox.base_url))
    add_fault(sandbox.base_url, kind="rate_limit", retry_after=1, count=20, path=EXECUTE)
    entry = await service.collect(plan)
    assert entry.state is PaymentState.UNKNOWN
    await settle_everything(client, store)
    assert store.journal.get(entry.reference_id).state is PaymentState.NOT_FOUND
    assert set(executions(sandbox.base_url)) == before


async def test_token_expiring_mid_flow_is_renewed_and_the_payment_runs_once(sandbox, client, store):
    invoice_id, _ = await payable_invoice(client, phone=PHONE)

    def expire_before_execute(step, entry):
        if step is PaymentStep.JOURNAL_COMMITTED:
            add_fault(sandbox.base_url, expire_tokens=True)

    service = CollectionService(client, store, on_step=expire_before_execute)
    plan = await service.plan("INVOICE", invoice_id, PHONE)
    add_fault(sandbox.base_url, expire_tokens=True)  # the session request meets a dead token too
    before = set(executions(sandbox.base_url))
    entry = await service.collect(plan)
    assert entry.state is not PaymentState.UNKNOWN
    await settle_everything(client, store)
    assert_paid_once(sandbox, store, before)


async def test_status_checks_failing_conclude_nothing_until_the_server_answers(sandbox, client, store):
    invoice_id, _ = await payable_invoice(client, phone="231770121111")  # stays PROCESSING
    service = CollectionService(client, store)
    entry = await service.collect(await service.plan("INVOICE", invoice_id, "231770121111"))
    add_fault(sandbox.base_url, kind="server_error", status=503, count=10, path="/v1/status/")
    report = await Reconciler(client, store, not_found_grace_s=0).run_once()
    assert report.unreachable and store.journal.get(entry.reference_id).is_open
    control(sandbox.base_url, "DELETE", "/faults")
    control(sandbox.base_url, "POST", f"/executions/{entry.reference_id}/settle")
    await settle_everything(client, store)
    assert store.journal.get(entry.reference_id).state is PaymentState.COMPLETED
    assert executions(sandbox.base_url)[entry.reference_id]["execute_requests"] == 1


class LateDelivery(httpx.AsyncBaseTransport):
    """The execute request is held up in the network: the app times out at once, and the
    request reaches the server half a second later."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.late: list[asyncio.Task] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path != EXECUTE:
            return await self.inner.handle_async_request(request)

        async def deliver_later() -> None:
            await asyncio.sleep(0.5)
            response = await self.inner.handle_async_request(request)
            await response.aread()

        self.late.append(asyncio.create_task(deliver_later()))
        raise httpx.ReadTimeout("timed out waiting for Dollr", request=request)

    async def aclose(self) -> None:
        await asyncio.gather(*self.late)
        await self.inner.aclose()


async def test_a_request_that_lands_late_is_never_offered_for_a_retry_too_early(sandbox, store):
    """Until the grace period has passed, a 404 must not turn into "never received" (which
    would invite a second payment): the request may still be on its way."""
    network = LateDelivery()
    client = client_for(sandbox.info, transport=network)
    try:
        invoice_id, _ = await payable_invoice(client, phone=PHONE)
        service = CollectionService(client, store)
        plan = await service.plan("INVOICE", invoice_id, PHONE)
        before = set(executions(sandbox.base_url))
        entry = await service.collect(plan)
        assert entry.state is PaymentState.UNKNOWN and entry.reference_id not in executions(sandbox.base_url)
        reconciler = Reconciler(client, store)  # the default grace period
        report = await reconciler.run_once()
        assert report.retry_offered == [] and store.journal.get(entry.reference_id).state is PaymentState.UNKNOWN
        await asyncio.gather(*network.late)  # the request lands on the server
        for _ in range(50):
            if not (await reconciler.run_once()).still_open:
                break
        assert_paid_once(sandbox, store, before)
    finally:
        await client.aclose()
