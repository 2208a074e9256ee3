"""Bring every open journal entry to its true state by asking Dollr, never by paying again.

Runs at start-up, on reconnect and on a timer. Each open entry (SUBMITTING, PENDING, PROCESSING,
UNKNOWN) gets `GET status/{kind}/{reference_id}` with its own id:
- a status → recorded (PENDING/PROCESSING are left to finish; they are not failures);
- 404 → the attempt never reached Dollr. It becomes NOT_FOUND (a new attempt with a new id may
  be *offered*, never started automatically) only once nothing can still be in flight: no
  process (this one, another copy of the app on the same folder, a crashed run) may still send
  it, and the grace period has passed since the last request left (the journal records both;
  `PaymentChecker` in services/payments_core.py applies the rule);
- unreachable / 5xx / 429 → nothing is concluded; the next round tries again.
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from dollr_desktop.api import errors
from dollr_desktop.services.payments_core import DEFAULT_NOT_FOUND_GRACE_S, PaymentChecker
from dollr_desktop.store import JournalEntry, PaymentState, Store

__all__ = ["DEFAULT_NOT_FOUND_GRACE_S", "PaymentChecker", "ReconcileReport", "Reconciler"]

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_S = 30.0


@dataclass
class ReconcileReport:
    checked: list[JournalEntry] = field(default_factory=list)
    settled: list[JournalEntry] = field(default_factory=list)      # reached COMPLETED or FAILED
    retry_offered: list[JournalEntry] = field(default_factory=list)  # NOT_FOUND: may be tried anew
    still_open: list[JournalEntry] = field(default_factory=list)
    unreachable: bool = False


class Reconciler:
    """Checks every open entry; `start()` runs a round now and then every `interval_s`."""

    def __init__(self, client, store: Store, *, interval_s: float = DEFAULT_INTERVAL_S,
                 not_found_grace_s: float = DEFAULT_NOT_FOUND_GRACE_S,
                 on_change: Callable[[JournalEntry], None] | None = None,
                 checker: PaymentChecker | None = None) -> None:
        self.store = store
        self.checker = checker or PaymentChecker(client, store, not_found_grace_s=not_found_grace_s)
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
                self._file(entry, after, report)
            return report

    def _file(self, before: JournalEntry, after: JournalEntry, report: ReconcileReport) -> None:
        if after.state in (PaymentState.COMPLETED, PaymentState.FAILED):
            report.settled.append(after)
        elif after.state is PaymentState.NOT_FOUND:
            report.retry_offered.append(after)
        else:
            report.still_open.append(after)
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

