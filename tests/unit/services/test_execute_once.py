"""execute_once: the journal entry is committed first, and whatever goes wrong, the execute
request is never sent a second time."""
from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from types import SimpleNamespace

import pytest

from dollr_desktop.api import errors
from dollr_desktop.services.payments_core import PaymentChecker, PaymentStep, execute_once
from dollr_desktop.store import PaymentAlreadyPendingError, PaymentRequest, PaymentState


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


def window_closed(entry) -> bool:
    """This process sends nothing more for the entry: its send window (a minute) ended already."""
    return datetime.fromisoformat(entry.sending_until) <= datetime.now(timezone.utc) and \
        datetime.fromisoformat(entry.sending_until) < datetime.fromisoformat(entry.created_at) + timedelta(seconds=30)


def request(lock_key="INVOICE:1"):
    return PaymentRequest(kind="COLLECTION", lock_key=lock_key, amount=Decimal("5"), currency="USD")


async def run(store, status_answer, failure):
    sends = []

    async def send(entry, gate):
        # The entry is on disk before the request: another connection (process) sees it.
        assert store.journal.get(entry.reference_id).state is PaymentState.SUBMITTING
        sends.append(entry.reference_id)
        raise failure

    checker = PaymentChecker(SimpleNamespace(status=Status(status_answer)), store, not_found_grace_s=0)
    try:
        result = await execute_once(store, request(), send, checker=checker)
    finally:
        assert len(sends) == 1
        assert sends[0] not in store.in_flight
    return result


async def test_the_entry_is_committed_then_sent_with_nothing_awaited_between(store):
    seen = []

    def on_step(step, entry):
        seen.append(step)

    async def send(entry, gate):
        seen.append("sent")
        return SimpleNamespace(status="PROCESSING", gateway_message=None, wallet_message=None,
                               provider_transaction_id=None, payer_amount=Decimal("5"), payer_currency="USD",
                               payee_amount=Decimal("4.9"), payee_currency="USD")

    checker = PaymentChecker(SimpleNamespace(status=Status("PROCESSING")), store)
    entry = await execute_once(store, request(), send, checker=checker, on_step=on_step)
    assert seen == [PaymentStep.JOURNAL_COMMITTED, "sent", PaymentStep.RESPONSE_RECEIVED, PaymentStep.RECORDED]
    assert entry.state is PaymentState.PROCESSING
    assert window_closed(store.journal.get(entry.reference_id))


async def test_a_second_payment_on_the_same_lock_is_refused_before_anything_is_sent(store):
    store.journal.begin(request())

    async def send(entry, gate):
        raise AssertionError("must not be sent")

    checker = PaymentChecker(SimpleNamespace(status=Status("PROCESSING")), store)
    with pytest.raises(PaymentAlreadyPendingError):
        await execute_once(store, request(), send, checker=checker)


async def test_a_duplicate_reference_complaint_is_checked_not_taken_as_a_refusal(store):
    failure = errors.ValidationError(field_errors={"reference_id": "Duplicate reference_id"})
    result = await run(store, "COMPLETED", failure)
    assert result.state is PaymentState.COMPLETED


async def test_other_refusals_mean_no_money_moved(store):
    with pytest.raises(errors.ValidationError):
        await run(store, "COMPLETED", errors.ValidationError(field_errors={"session_id": "expired"}))
    [entry] = store.journal.entries()
    assert entry.state is PaymentState.FAILED and entry.server_status == "REFUSED"
    # The journal keeps a code and Dollr's own text, never a sentence of ours (the UI words the code).
    assert entry.failure_code == "api.validation" and entry.server_message == "session_id: expired"


@pytest.mark.parametrize("failure", [errors.OutcomeUnknownError("x"), errors.ApiTimeoutError(),
                                     errors.ServerError(), RuntimeError("unreadable answer")])
async def test_any_other_failure_is_unknown_and_a_404_right_after_proves_nothing(store, failure):
    result = await run(store, errors.NotFoundError(), failure)
    assert result.state is PaymentState.UNKNOWN  # its own request may still land
    assert result.server_message is None   # nothing Dollr said; why it is unknown is a code in the history
    reasons = [event["message"] for event in store.journal.events(result.reference_id) if event["state"] == "UNKNOWN"]
    assert reasons and reasons[0] == getattr(failure, "code", "api.outcome_unknown") and " " not in reasons[0]


async def test_cancellation_while_waiting_records_unknown_before_giving_up(store):
    started = asyncio.Event()

    async def slow_send(entry, gate):
        started.set()
        await asyncio.sleep(3600)

    checker = PaymentChecker(SimpleNamespace(status=Status("PROCESSING")), store)
    task = asyncio.create_task(execute_once(store, request("INVOICE:2"), slow_send, checker=checker))
    await started.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    [entry] = store.journal.entries()
    assert entry.state is PaymentState.UNKNOWN and window_closed(entry)
    assert [e["message"] for e in store.journal.events(entry.reference_id)][-1] == "payment.wait_cancelled"
