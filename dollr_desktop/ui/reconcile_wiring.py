"""App-wide reconciliation: every open journal entry, collections and payouts alike, is checked
with its own reference_id at start-up, on the timer and when the connection comes back.

The payment monitor already follows each open collection it watches (realtime + polling); those
are left to it, so one entry has one owner. Everything else (payouts, a collection the monitor
is not following) belongs to the Reconciler. Changes reach the Payments and Payouts views.
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)
STOP_WAIT_S = 15.0   # a round in progress (journal writes on a worker thread) finishes first


class _JournalLeavingWatched:
    """The journal as the Reconciler sees it: open entries someone else follows are left out."""

    def __init__(self, journal: Any, watched: Callable[[str], bool]) -> None:
        self._journal, self._watched = journal, watched

    def open_entries(self) -> list[Any]:
        return [e for e in self._journal.open_entries() if not self._watched(e.reference_id)]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._journal, name)


class _StoreLeavingWatched:
    def __init__(self, store: Any, watched: Callable[[str], bool]) -> None:
        self._store = store
        self.journal = _JournalLeavingWatched(store.journal, watched)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


class ReconcileFeature(QObject):
    sig_entry_changed = Signal(object)   # JournalEntry whose state a status check changed

    def __init__(self, app: Any, interval_s: float) -> None:
        super().__init__(app)
        self.app = app
        self.interval_s = interval_s
        self.reconciler: Any = None
        self.sig_entry_changed.connect(self.on_entry_changed)

    def start(self, client: Any, store: Any) -> None:
        from dollr_desktop.services.reconciliation import Reconciler

        self.reconciler = Reconciler(client, _StoreLeavingWatched(store, self._monitor_watches),
                                     interval_s=self.interval_s, on_change=self.sig_entry_changed.emit)
        self.reconciler.start()

    def wake(self) -> None:
        if self.reconciler is not None:
            self.reconciler.wake()

    async def stop(self) -> None:
        """Stopped between rounds, never inside one: a cancelled journal write would keep its
        worker thread writing while the store closes."""
        reconciler, self.reconciler = self.reconciler, None
        if reconciler is None:
            return
        lock = reconciler._lock
        try:
            await asyncio.wait_for(lock.acquire(), timeout=STOP_WAIT_S)
        except asyncio.TimeoutError:
            log.warning("reconciliation round still running at close; stopping it")
            await reconciler.stop()
            return
        try:
            await reconciler.stop()
        finally:
            lock.release()

    def _monitor_watches(self, reference_id: str) -> bool:
        monitor = getattr(self.app.collect_feature, "monitor", None)
        return monitor is not None and monitor.is_watching(reference_id)

    def on_entry_changed(self, entry: Any) -> None:
        collect = self.app.collect_feature
        if collect is None:
            return
        if entry.kind == "COLLECTION" and collect.monitor is not None:
            from dollr_desktop.services.payment_monitor import PaymentEvent

            # The same path as the monitor's own news: Payments view, Home, notices, paid documents.
            collect.sig_payment_changed.emit(PaymentEvent(entry, "reconcile", None))
            return
        collect.view.mark_dirty()
        payouts = self.app.payouts_view
        if payouts is not None and payouts.isVisible():
            payouts.on_payout_changed(entry)
