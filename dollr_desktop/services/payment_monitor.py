"""App-wide watch over every pending payment, so closing a dialog never loses one (no Qt).

One `PaymentStatusWatcher` per open journal entry (realtime hints, each confirmed with
`GET /v1/status/collection/{reference_id}`, polling when the socket is down). Every confirmed
status goes into the journal; a paid document is marked PAID in the cache. Listeners (the
collect dialog, the Payments view, the notifier) hear each change; the monitor outlives them.

At start-up `resume()` picks up every open entry in the journal. An entry left SUBMITTING or
UNKNOWN by an earlier run is first checked once: Dollr never having received it means no money
moved (NOT_FOUND); anything else is watched to the end. While the app runs the same rule holds:
a watched entry Dollr still does not know once the grace has passed (the checker decides) ends
NOT_FOUND, so the dialog stops checking and the document may be paid again. Every status is
recorded by the checker (services/payments_core.py), the one place a payment's state is written.
Nothing here ever executes a payment.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from dollr_desktop.api import errors as api_errors
from dollr_desktop.services.payments_core import PaymentChecker
from dollr_desktop.services.live_status import (
    NOT_FOUND,
    PaymentStatusWatcher,
    StatusUpdate,
    WatchMode,
    WatchTimings,
)
from dollr_desktop.store.journal import FINAL_STATES, JournalEntry, PaymentState

log = logging.getLogger(__name__)

REALTIME_TRIGGERS = frozenset({"event", "subscribed"})


@dataclass(frozen=True)
class PaymentEvent:
    entry: JournalEntry
    trigger: str              # "event" / "subscribed" (realtime), "poll", "resume", "execute"
    mode: WatchMode | None    # how the watcher hears about it right now
    server_message: str | None = None
    requires_action: bool = False   # a card's 3-D Secure step: only the hosted page can finish it

    @property
    def reference_id(self) -> str:
        return self.entry.reference_id

    @property
    def final(self) -> bool:
        return self.entry.state in FINAL_STATES

    @property
    def via_realtime(self) -> bool:
        return self.trigger in REALTIME_TRIGGERS


Listener = Callable[[PaymentEvent], Any]


def _text(value: Any) -> str | None:
    value = getattr(value, "value", value)
    return None if value is None else str(value)


class PaymentMonitor:
    def __init__(self, client: Any, store: Any, *, realtime_url: str | None = None,
                 anon_key: str | None = None, timings: WatchTimings | None = None,
                 watcher_factory: Callable[..., PaymentStatusWatcher] = PaymentStatusWatcher,
                 checker: PaymentChecker | None = None) -> None:
        self.client = client
        self.store = store
        self.checker = checker or PaymentChecker(client, store)
        self.realtime_url, self.anon_key = realtime_url or None, anon_key or None
        self._timings = timings
        self._watcher_factory = watcher_factory
        self.watchers: dict[str, PaymentStatusWatcher] = {}
        self.last_event: dict[str, PaymentEvent] = {}
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._io: set[asyncio.Future[Any]] = set()   # journal writes: finished, never cut, before close
        self._listeners: dict[str | None, list[Listener]] = {}
        self._stopped = False

    # listeners ---------------------------------------------------------------------------------
    def add_listener(self, listener: Listener, reference_id: str | None = None) -> None:
        """Hear every payment's changes (reference_id None) or one payment's."""
        self._listeners.setdefault(reference_id, []).append(listener)

    def remove_listener(self, listener: Listener, reference_id: str | None = None) -> None:
        with contextlib.suppress(KeyError, ValueError):
            self._listeners[reference_id].remove(listener)

    def _emit(self, event: PaymentEvent) -> None:
        self.last_event[event.reference_id] = event
        for listener in [*self._listeners.get(event.reference_id, ()), *self._listeners.get(None, ())]:
            try:
                listener(event)
            except Exception:  # a closed dialog's slot failing must not stop the watch
                log.exception("payment listener %r raised", listener)

    # watching ----------------------------------------------------------------------------------
    def is_watching(self, reference_id: str) -> bool:
        task = self._tasks.get(reference_id)
        return task is not None and not task.done()

    def watch(self, entry: JournalEntry, *, trigger: str = "execute") -> None:
        """Follow this (open) entry to its final status; a second call for it changes nothing."""
        if self._stopped or entry.kind != "COLLECTION" or self.is_watching(entry.reference_id):
            return
        self._emit(PaymentEvent(entry, trigger, None))
        if entry.is_final:
            return
        task = asyncio.get_running_loop().create_task(self._follow(entry), name=f"monitor {entry.reference_id}")
        self._tasks[entry.reference_id] = task

    async def resume(self) -> list[str]:
        """Start-up: watch every open collection in the journal. Returns the reference ids watched."""
        entries = await asyncio.to_thread(self.store.journal.open_entries)
        watched = []
        for entry in entries:
            if entry.kind != "COLLECTION":
                continue
            if entry.owner_run != self.store.journal.run_id and entry.state in (
                    PaymentState.SUBMITTING, PaymentState.UNKNOWN):
                entry = await self._first_check(entry)
            if entry.is_open:
                self.watch(entry, trigger="resume")
                watched.append(entry.reference_id)
            else:
                self._emit(PaymentEvent(entry, "resume", None))
        return watched

    async def _first_check(self, entry: JournalEntry) -> JournalEntry:
        """An earlier run's request may never have left: one status check decides (never an execute)."""
        try:
            return await self._write(self.checker.check(entry.reference_id))
        except api_errors.ApiError as exc:
            log.info("start-up check of %s failed (%s); watching it anyway", entry.reference_id, exc)
            return entry

    async def _follow(self, entry: JournalEntry) -> None:
        watcher = self._watcher_factory(
            self.client, reference_id=entry.reference_id, session_id=int(entry.session_id or 0),
            source_type=entry.source_type or "INVOICE",
            realtime_url=self.realtime_url if entry.session_id else None, anon_key=self.anon_key,
            timings=self._timings, on_not_found=lambda asked_at: self._never_received(entry, asked_at))
        self.watchers[entry.reference_id] = watcher
        watcher.start()
        try:
            async for update in watcher.updates():
                entry = await self._on_update(entry, update, watcher.mode)
                if entry.is_final:
                    break
        finally:
            await watcher.stop()

    async def _never_received(self, entry: JournalEntry, asked_at: Any) -> bool:
        """A 404 while watching: the checker concludes NOT_FOUND only once nothing can still land."""
        concluded = await self._write(self.checker.not_found(entry.reference_id, asked_at))
        return concluded.state is PaymentState.NOT_FOUND

    async def _on_update(self, entry: JournalEntry, update: StatusUpdate, mode: WatchMode) -> JournalEntry:
        if update.status == NOT_FOUND:   # already recorded by the checker (_never_received)
            entry = await asyncio.to_thread(self.store.journal.get, entry.reference_id)
        else:
            origin = "realtime" if update.trigger in REALTIME_TRIGGERS else "status"
            entry = await self._record(entry, update.response, origin=origin)
        self._emit(PaymentEvent(entry, update.trigger, mode, _text(getattr(update.response, "gateway_message", None)),
                                bool(getattr(update.response, "requires_action", False))))
        return entry

    async def _write(self, work: Any) -> Any:
        """Run a journal/cache write to its end even if the watch is cancelled (the store may close next)."""
        future = asyncio.ensure_future(work)
        self._io.add(future)
        future.add_done_callback(self._io.discard)
        return await asyncio.shield(future)

    async def _record(self, entry: JournalEntry, response: Any, *, origin: str) -> JournalEntry:
        return await self._write(self.checker.record(entry.reference_id, response, origin=origin))

    async def stop(self) -> None:
        self._stopped = True
        tasks = list(self._tasks.values())
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._tasks.clear()
        if self._io:
            await asyncio.gather(*list(self._io), return_exceptions=True)
