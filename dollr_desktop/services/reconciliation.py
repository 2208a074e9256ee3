"""Bring every open journal entry to its true state by asking Dollr, never by paying again.

Runs at start-up, on reconnect and on a timer. Each open entry (SUBMITTING, PENDING, PROCESSING,
UNKNOWN) gets `GET status/{kind}/{reference_id}` with its own id:
- a status → recorded (PENDING/PROCESSING are left to finish; they are not failures);
- 404 → the attempt never reached Dollr. It becomes NOT_FOUND (a new attempt with a new id may
  be *offered*, never started automatically) only once nothing can still be in flight: the
  request is not awaiting an answer in this process and the entry is older than the grace period
  (a request from a crashed run may still sit in a network buffer for a while);
- unreachable / 5xx / 429 → nothing is concluded; the next round tries again.
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone

from dollr_desktop.api import errors
from dollr_desktop.store import JournalEntry, PaymentState, Store

log = logging.getLogger(__name__)

DEFAULT_NOT_FOUND_GRACE_S = 120.0   # longer than the client's timeout plus its retries
DEFAULT_INTERVAL_S = 30.0


@dataclass
class ReconcileReport:
    checked: list[JournalEntry] = field(default_factory=list)
    settled: list[JournalEntry] = field(default_factory=list)      # reached COMPLETED or FAILED
    retry_offered: list[JournalEntry] = field(default_factory=list)  # NOT_FOUND: may be tried anew
    still_open: list[JournalEntry] = field(default_factory=list)
    unreachable: bool = False


class PaymentChecker:
    """One status check for one journal entry; shared by collection, payout and reconciliation."""

    def __init__(self, client, store: Store, *, not_found_grace_s: float = DEFAULT_NOT_FOUND_GRACE_S) -> None:
        self.client = client
        self.store = store
        self.not_found_grace_s = not_found_grace_s

    async def check(self, reference_id: str) -> JournalEntry:
        entry = await asyncio.to_thread(self.store.journal.get, reference_id)
        status_of = self.client.status.collection if entry.kind == "COLLECTION" else self.client.status.payout
        try:
            execution = await status_of(reference_id)
        except errors.NotFoundError:
            if self._nothing_in_flight(entry):
                return await asyncio.to_thread(self.store.journal.record_not_found, reference_id)
            return await asyncio.to_thread(self.store.journal.record_checked, reference_id)
        except (errors.ApiConnectionError, errors.ServerError, errors.RateLimitedError) as exc:
            log.info("status of %s not known yet: %s", reference_id, type(exc).__name__)
            await asyncio.to_thread(self.store.journal.record_checked, reference_id)
            raise
        return await self.record(reference_id, execution, origin="status")

    async def record(self, reference_id: str, execution, *, origin: str) -> JournalEntry:
        """Write what an execute response, a status poll or a realtime hint said."""
        entry = await asyncio.to_thread(
            self.store.journal.record_server_status, reference_id, _text(execution.status),
            origin=origin, message=execution.gateway_message or execution.wallet_message,
            provider_transaction_id=execution.provider_transaction_id,
            payer_amount=execution.payer_amount, payer_currency=execution.payer_currency,
            payee_amount=execution.payee_amount, payee_currency=execution.payee_currency,
        )
        if entry.state is PaymentState.COMPLETED and entry.kind == "COLLECTION" and entry.source_id:
            await asyncio.to_thread(self.store.documents.set_status, entry.source_type, entry.source_id, "PAID")
        return entry

    def _nothing_in_flight(self, entry: JournalEntry) -> bool:
        if entry.reference_id in self.store.in_flight:
            return False
        created = datetime.fromisoformat(entry.created_at)
        age = (datetime.now(timezone.utc) - created).total_seconds()
        return age >= self.not_found_grace_s


class Reconciler:
    """Checks every open entry; `start()` runs a round now and then every `interval_s`."""

    def __init__(self, client, store: Store, *, interval_s: float = DEFAULT_INTERVAL_S,
                 not_found_grace_s: float = DEFAULT_NOT_FOUND_GRACE_S,
                 on_change: Callable[[JournalEntry], None] | None = None) -> None:
        self.store = store
        self.checker = PaymentChecker(client, store, not_found_grace_s=not_found_grace_s)
        self.interval_s = interval_s
        self.on_change = on_change
        self._task: asyncio.Task | None = None
        self._wake = asyncio.Event()
        self._lock = asyncio.Lock()

    async def run_once(self) -> ReconcileReport:
        """One round over all open entries (rounds never overlap)."""
        async with self._lock:
            report = ReconcileReport()
            for entry in await asyncio.to_thread(self.store.journal.open_entries):
                if entry.reference_id in self.store.in_flight:
                    continue  # its own flow is waiting for the answer right now
                try:
                    after = await self.checker.check(entry.reference_id)
                except (errors.ApiConnectionError, errors.ServerError, errors.RateLimitedError):
                    report.unreachable = True
                    report.still_open.append(entry)
                    continue
                except errors.ApiError as exc:  # e.g. 401 with bad keys: nothing to conclude
                    log.warning("status check for %s refused: %s", entry.reference_id, exc)
                    report.still_open.append(entry)
                    continue
                report.checked.append(after)
                await self._file(entry, after, report)
            return report

    async def _file(self, before: JournalEntry, after: JournalEntry, report: ReconcileReport) -> None:
        if after.state in (PaymentState.COMPLETED, PaymentState.FAILED):
            report.settled.append(after)
        elif after.state is PaymentState.NOT_FOUND:
            report.retry_offered.append(after)
        else:
            report.still_open.append(after)
        if after.is_final and after.owner_run != self.store.run_id:
            await asyncio.to_thread(self.store.journal.mark_reconciled, after.reference_id)
        if self.on_change is not None and (after.state is not before.state):
            self.on_change(after)

    def start(self) -> asyncio.Task:
        """Round now (start-up), then on the timer or when `wake()` is called (reconnect)."""
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run(), name="dollr-reconciler")
        return self._task

    def wake(self) -> None:
        """The connection came back: check now instead of waiting for the timer."""
        self._wake.set()

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
            self._task = None

    async def _run(self) -> None:
        while True:
            self._wake.clear()  # a wake() during the round below triggers one more round
            try:
                await self.run_once()
            except Exception:  # noqa: BLE001 - keep watching; the next round may succeed
                log.exception("reconciliation round failed")
            try:
                await asyncio.wait_for(self._wake.wait(), timeout=self.interval_s)
            except asyncio.TimeoutError:
                pass


def _text(value) -> str:
    return str(getattr(value, "value", value))
