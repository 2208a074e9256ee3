"""The app-wide payment monitor over a real journal, with a scripted Dollr and watcher (no Qt)."""
from __future__ import annotations

import asyncio
from decimal import Decimal
from types import SimpleNamespace

import pytest

from dollr_desktop.api import errors as api_errors
from dollr_desktop.services.live_status import StatusUpdate, WatchMode
from dollr_desktop.services.payment_monitor import PaymentMonitor
from dollr_desktop.store import PaymentState, Store
from tests.ui.collect.journal_rows import age, begin


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "m.sqlite3") as opened:
        yield opened


def execution(status, message=None):
    return SimpleNamespace(status=status, gateway_message=message, wallet_message=None,
                           provider_transaction_id="SBX1" if status == "COMPLETED" else None,
                           payer_amount=Decimal("25.63"), payer_currency="USD", payee_amount=Decimal("25.00"),
                           payee_currency="USD", requires_action=False)


class Dollr:
    """Only status checks exist here: anything that could execute a payment is missing on purpose."""

    def __init__(self, collection_status):
        self.checked: list[str] = []
        self._answer = collection_status

        async def collection(reference_id):
            self.checked.append(reference_id)
            if isinstance(self._answer, Exception):
                raise self._answer
            return self._answer

        async def source(source_type, source_id):
            return SimpleNamespace(status="ACTIVE")

        self.status = SimpleNamespace(collection=collection, source=source)


class ScriptedWatcher:
    """Stands in for PaymentStatusWatcher: yields the scripted confirmed statuses."""

    made: list["ScriptedWatcher"] = []
    script: list[tuple[str, str]] = []

    def __init__(self, client, *, reference_id, session_id, source_type, realtime_url, anon_key, timings, on_not_found=None):
        self.reference_id, self.realtime_url, self.mode = reference_id, realtime_url, WatchMode.LIVE
        self.stopped = False
        ScriptedWatcher.made.append(self)

    def start(self):
        pass

    async def stop(self):
        self.stopped = True

    async def updates(self):
        for status, trigger in self.script:
            await asyncio.sleep(0)
            yield StatusUpdate(status, execution(status, "insufficient funds" if status == "FAILED" else None),
                               status in ("COMPLETED", "FAILED"), trigger, 0.0)


@pytest.fixture(autouse=True)
def _reset_watchers():
    ScriptedWatcher.made, ScriptedWatcher.script = [], []


async def test_resume_follows_an_earlier_runs_processing_payment_to_paid(store):
    entry = begin(store, 12)
    store.journal.record_server_status(entry.reference_id, "PROCESSING", origin="execute")
    age(store, entry.reference_id, seconds=600, run="an-earlier-run")
    ScriptedWatcher.script = [("PROCESSING", "subscribed"), ("COMPLETED", "event")]
    monitor = PaymentMonitor(Dollr(execution("PROCESSING")), store, realtime_url="http://rt", anon_key="anon",
                             watcher_factory=ScriptedWatcher)
    events = []
    monitor.add_listener(events.append)
    assert await monitor.resume() == [entry.reference_id]
    await asyncio.wait_for(monitor._tasks[entry.reference_id], 5)
    done = store.journal.get(entry.reference_id)
    assert done.state is PaymentState.COMPLETED and done.reconciled_at is not None
    assert done.provider_transaction_id == "SBX1"
    assert [(e.entry.state.value, e.trigger) for e in events] == [
        ("PROCESSING", "resume"), ("PROCESSING", "subscribed"), ("COMPLETED", "event")]
    assert events[-1].via_realtime and events[-1].final
    assert ScriptedWatcher.made[0].realtime_url == "http://rt" and ScriptedWatcher.made[0].stopped
    assert [e["origin"] for e in store.journal.events(entry.reference_id)][-1] == "realtime"


async def test_resume_settles_a_request_that_never_reached_dollr_without_sending_it(store):
    entry = begin(store, 13)   # SUBMITTING: committed, then the app died before (or while) sending
    age(store, entry.reference_id, seconds=600, run="an-earlier-run")
    dollr = Dollr(api_errors.NotFoundError("no such execution"))
    monitor = PaymentMonitor(dollr, store, watcher_factory=ScriptedWatcher)
    events = []
    monitor.add_listener(events.append)
    assert await monitor.resume() == []
    assert store.journal.get(entry.reference_id).state is PaymentState.NOT_FOUND
    assert dollr.checked == [entry.reference_id] and not ScriptedWatcher.made
    assert events and events[0].final and events[0].entry.may_retry


async def test_a_failed_payment_makes_the_document_payable_again_and_one_watch_per_payment(store):
    entry = begin(store, 14)
    store.journal.record_server_status(entry.reference_id, "PROCESSING", origin="execute")
    ScriptedWatcher.script = [("FAILED", "event")]
    monitor = PaymentMonitor(Dollr(execution("PROCESSING")), store, watcher_factory=ScriptedWatcher)
    statuses = []
    monitor.add_listener(lambda e: statuses.append(e.entry.state), entry.reference_id)
    fresh = store.journal.get(entry.reference_id)
    monitor.watch(fresh)
    monitor.watch(fresh)   # a second window asking for the same payment
    await asyncio.wait_for(monitor._tasks[entry.reference_id], 5)
    assert len(ScriptedWatcher.made) == 1
    failed = store.journal.get(entry.reference_id)
    assert failed.state is PaymentState.FAILED and failed.server_message == "insufficient funds"
    assert failed.reconciled_at is None   # this run's own payment: not "checked after restart"
    assert statuses[-1] is PaymentState.FAILED
    await monitor.stop()
