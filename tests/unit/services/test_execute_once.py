"""execute_once: whatever goes wrong, the execute request is never sent a second time."""
from __future__ import annotations

import asyncio
from decimal import Decimal
from types import SimpleNamespace

import pytest

from dollr_desktop.api import errors
from dollr_desktop.services.collection import execute_once
from dollr_desktop.services.reconciliation import PaymentChecker
from dollr_desktop.store import PaymentRequest, PaymentState


class Status:
    def __init__(self, answer):
        self.answer = answer
        self.asked = 0

    async def collection(self, reference_id):
        self.asked += 1
        if isinstance(self.answer, Exception):
            raise self.answer
        return SimpleNamespace(status=self.answer, gateway_message=None, wallet_message=None,
                               provider_transaction_id=None, payer_amount=Decimal("5"), payer_currency="USD",
                               payee_amount=Decimal("4.9"), payee_currency="USD")


async def run(store, status_answer, failure):
    entry = store.journal.begin(PaymentRequest(kind="COLLECTION", lock_key="INVOICE:1", amount=Decimal("5"),
                                               currency="USD"))
    sends = []

    async def send():
        sends.append(1)
        raise failure

    checker = PaymentChecker(SimpleNamespace(status=Status(status_answer)), store, not_found_grace_s=0)
    try:
        result = await execute_once(store, checker, entry, send, lambda step, e: None)
    finally:
        assert len(sends) == 1
        assert entry.reference_id not in store.in_flight
    return result


async def test_a_duplicate_reference_complaint_is_checked_not_taken_as_a_refusal(store):
    failure = errors.ValidationError(field_errors={"reference_id": "Duplicate reference_id"})
    result = await run(store, "COMPLETED", failure)
    assert result.state is PaymentState.COMPLETED


async def test_other_refusals_mean_no_money_moved(store):
    with pytest.raises(errors.ValidationError):
        await run(store, "COMPLETED", errors.ValidationError(field_errors={"session_id": "expired"}))
    [entry] = store.journal.entries()
    assert entry.state is PaymentState.FAILED and entry.server_status == "REFUSED"


@pytest.mark.parametrize("failure", [errors.OutcomeUnknownError("x"), errors.ApiTimeoutError(),
                                     errors.ServerError(), RuntimeError("unreadable answer")])
async def test_any_other_failure_is_unknown_and_a_404_right_after_proves_nothing(store, failure):
    result = await run(store, errors.NotFoundError(), failure)
    assert result.state is PaymentState.UNKNOWN  # its own request may still land


async def test_cancellation_while_waiting_records_unknown_before_giving_up(store):
    started = asyncio.Event()

    async def slow_send():
        started.set()
        await asyncio.sleep(3600)

    entry = store.journal.begin(PaymentRequest(kind="COLLECTION", lock_key="INVOICE:2", amount=Decimal("5"),
                                               currency="USD"))
    checker = PaymentChecker(SimpleNamespace(status=Status("PROCESSING")), store)
    task = asyncio.create_task(execute_once(store, checker, entry, slow_send, lambda step, e: None))
    await started.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert store.journal.get(entry.reference_id).state is PaymentState.UNKNOWN
