"""The open account: one object owns everything that lives while an account is open. No Qt.

Open, in this order (`open_cache`, then `open`):
  1. the cache — the lists read through a quick read-only connection at once, then the store
     proper (migrations, journal, outbox) opens on a worker thread and takes over;
  2. the client and the services over it: contacts, invoicing, collection, payouts, payment links,
     takings (every payment Dollr knows), receipts;
  3. the payment monitor resumes every open collection of the journal; the reconciler starts its
     rounds (start-up, timer, reconnect) over every open entry the monitor is not following;
  4. the sync loop: a first sync now, then every `sync_interval_s`.
Close, in the reverse order (`close`):
  1. the sync loop stops; a sync already running finishes (its worker thread writes the store);
  2. the reconciler stops between rounds and the monitor stops its watchers (their journal
     writes finish, never cut);
  3. the client closes;
  4. the store closes, after the list queries in flight.
Switching practice <-> live is `close()` of one session, then `open()` of a new one.

What happens is told through `on(event, listener)`, called on the event loop's thread:
  "cache_changed" ()              the lists should read again (a new cache, a sync, a payment)
  "payment_changed" (PaymentEvent) a collection's state changed (monitor or reconciler)
  "payout_changed" (JournalEntry)  a payout's state changed (reconciler)
  "synced" (datetime)              a sync completed
  "payments_received" (list[MoneyRow]) payments Dollr reports paid since the last sync that this
                                   computer did not take (QR / link, another computer, the portal)
  "offline" (ApiConnectionError)   Dollr could not be reached
  "sign_in_needed" (AuthenticationError)
  "bills_made" (list[MadeBill])    recurring bills made (services/recurring.py): after the first
                                   successful sync of a session, then on the first sync of each day
"""
from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from dollr_desktop.services.account import AccountConfig, build_client, make_sync
from dollr_desktop.services.contacts import ContactsService
from dollr_desktop.services.invoicing import InvoicingService

log = logging.getLogger(__name__)

SYNC_INTERVAL_S = 60.0
RECONCILE_INTERVAL_S = 30.0
SYNC_FINISH_WAIT_S = 15.0     # a running sync writes the store from a worker thread: let it end
RECONCILE_STOP_WAIT_S = 15.0  # a round in progress (journal writes) finishes first


class AccountSession:
    def __init__(self, *, sync_interval_s: float = SYNC_INTERVAL_S,
                 reconcile_interval_s: float = RECONCILE_INTERVAL_S) -> None:
        self.sync_interval_s = sync_interval_s
        self.reconcile_interval_s = reconcile_interval_s
        self.config: AccountConfig | None = None
        self.client: Any = None
        self.store: Any = None
        self.cache: Any = None      # what the lists read: the quick read-only cache, then the store
        self.gate: Any = None       # counts the list queries running on the store
        self.contacts: ContactsService | None = None
        self.invoicing: InvoicingService | None = None
        self.sync: Any = None
        self.collection: Any = None
        self.payouts: Any = None
        self.links: Any = None
        self.takings: Any = None
        self.receipts: Any = None
        self.items: Any = None      # the till's saved items (local data: open with the store)
        self.till: Any = None
        self.payout_runs: Any = None
        self.refunds: Any = None
        self.bills: Any = None      # recurring bills (services/recurring.py)
        self.reminders: Any = None  # payment reminders (services/reminders.py)
        self.plans: Any = None      # deposits and instalments (services/plans.py)
        self._bills_task: asyncio.Task | None = None
        self.monitor: Any = None
        self.reconciler: Any = None
        self.sync_task: asyncio.Task | None = None
        self._sync_loop: asyncio.Task | None = None
        self._listeners: dict[str, list[Callable[..., Any]]] = {}
        self._listener_tasks: set[asyncio.Future] = set()

    # events -------------------------------------------------------------------------------------
    def on(self, event: str, listener: Callable[..., Any]) -> None:
        self._listeners.setdefault(event, []).append(listener)

    def _tell(self, event: str, *args: Any) -> list[asyncio.Future]:
        """Every listener hears it; work a listener starts (a coroutine) runs as a task."""
        started = []
        for listener in list(self._listeners.get(event, ())):
            try:
                answer = listener(*args)
            except Exception:   # one listener failing must not stop the others or the session
                log.exception("session listener for %s failed", event)
                continue
            if inspect.isawaitable(answer):
                task = asyncio.ensure_future(answer)
                self._listener_tasks.add(task)
                task.add_done_callback(self._listener_tasks.discard)
                started.append(task)
        return started

    async def _tell_and_wait(self, event: str, *args: Any) -> None:
        """Tell, then wait for the listeners' work (the lists reading the cache) to end."""
        started = self._tell(event, *args)
        if started:
            await asyncio.gather(*started, return_exceptions=True)

    @property
    def is_open(self) -> bool:
        return self.client is not None

    @property
    def is_practice(self) -> bool:
        return self.config is not None and self.config.is_practice

    # 1. the cache ----------------------------------------------------------------------------------
    async def open_cache(self, path: Path) -> None:
        """Show what the local cache holds at once, then open the full store behind it."""
        if self.store is not None and self.store.path == path:
            return
        from dollr_desktop.services.list_queries import QueryGate, ReadOnlyCache

        quick = ReadOnlyCache(path)
        quick_gate = QueryGate(quick.connection)
        if path.exists() and await asyncio.to_thread(quick.usable):
            self.cache = quick
            self.contacts = ContactsService(None, quick, quick_gate)
            self.invoicing = InvoicingService(None, quick, quick_gate)
            await self._tell_and_wait("cache_changed")   # the lists show before anything heavy starts

        def open_store() -> Any:
            from dollr_desktop.store.store import Store

            return Store.open(path)

        self.store = self.cache = await asyncio.to_thread(open_store)
        self.gate = QueryGate(self.store.connection)
        self.contacts = ContactsService(None, self.store, self.gate)
        self.invoicing = InvoicingService(None, self.store, self.gate)
        from dollr_desktop.services.saved_items import SavedItemsService

        self.items = SavedItemsService(self.store)
        await self._tell_and_wait("cache_changed")   # the lists now page through the store
        await asyncio.to_thread(lambda: (quick_gate.close(), quick.close()))

    # 2–4. the account ------------------------------------------------------------------------------
    async def open(self, config: AccountConfig, *, merchant: Any = None) -> None:
        """The account proper, over the cache `open_cache` opened (opened here if it was not)."""
        await self.open_cache(config.database_path())
        from dollr_desktop.services.collection import CollectionService
        from dollr_desktop.services.takings import TakingsService
        from dollr_desktop.services.payment_links import PaymentLinksService
        from dollr_desktop.services.payouts_flow import PayoutsFlow
        from dollr_desktop.services.receipts import ReceiptService

        store = self.store
        # Made on a worker thread: the HTTP client builds its TLS context (~30–50 ms of CPU).
        self.client = client = await asyncio.to_thread(build_client, config)
        self.config = config
        self.contacts = ContactsService(client, store, self.gate)
        self.invoicing = InvoicingService(client, store, self.gate)
        self.sync = make_sync(client, store)
        self._start_monitor(config)
        self.collection = CollectionService(client, store, monitor=self.monitor)
        self.payouts = PayoutsFlow(client, store, self.contacts, base_url=config.base_url)
        self.links = PaymentLinksService(client, store)
        self.takings = TakingsService(store, self.gate)
        self.receipts = ReceiptService(client, merchant, store=store)
        from dollr_desktop.services.till import TillService

        self.till = TillService(self.links, self.contacts, store, collection=self.collection, client=client)

        from dollr_desktop.services.payout_runs import PayoutRunService

        self.payout_runs = PayoutRunService(self.payouts, store, self.contacts, takings=self.takings)
        from dollr_desktop.services.refunds import RefundService
        self.refunds = RefundService(client, store)
        from dollr_desktop.services.recurring import RecurringBills

        self.bills = RecurringBills(client, store, self.links)
        from dollr_desktop.services.reminders import RemindersService

        self.reminders = RemindersService(store, self.links)
        from dollr_desktop.services.plans import PlansService

        self.plans = PlansService(client, store)
        await self.monitor.resume()
        self._start_reconciler()
        self._tell("cache_changed")
        self.sync_task = asyncio.ensure_future(self.sync_now())
        self._sync_loop = asyncio.ensure_future(self._sync_every_interval())

    def _start_monitor(self, config: AccountConfig) -> None:
        from dollr_desktop.services.payment_monitor import PaymentMonitor

        self.monitor = PaymentMonitor(self.client, self.store, realtime_url=config.realtime_url or None,
                                      anon_key=config.anon_key or None)
        self.monitor.add_listener(lambda event: self._tell("payment_changed", event))

    def _start_reconciler(self) -> None:
        """One owner per open entry: the monitor follows the collections it watches, the
        reconciler every other open entry (payouts, a collection nobody watches)."""
        from dollr_desktop.services.reconciliation import Reconciler

        monitor = self.monitor
        self.reconciler = Reconciler(self.client, _StoreLeavingWatched(self.store, monitor.is_watching),
                                     interval_s=self.reconcile_interval_s, on_change=self._on_reconciled)
        self.reconciler.start()

    def _on_reconciled(self, entry: Any) -> None:
        if entry.kind == "COLLECTION":
            from dollr_desktop.services.payment_monitor import PaymentEvent

            self._tell("payment_changed", PaymentEvent(entry, "reconcile", None))
        else:
            self._tell("payout_changed", entry)

    def wake_reconciler(self) -> None:
        """Back online: check open payments now instead of at the next round."""
        if self.reconciler is not None:
            self.reconciler.wake()

    async def close(self) -> None:
        """Everything the account runs stops, in the documented order; then the store closes."""
        if self._sync_loop is not None:
            self._sync_loop.cancel()
            self._sync_loop = None
        if self.sync_task is not None and not self.sync_task.done():
            # Let it finish rather than cancel it: a cancelled await leaves its worker thread
            # writing, and the store must not close under a running thread.
            await asyncio.wait({self.sync_task}, timeout=SYNC_FINISH_WAIT_S)
        if self.payout_runs is not None:
            await self.payout_runs.stop_all()   # the row being paid finishes; the passcode is wiped
        if self._bills_task is not None and not self._bills_task.done():
            await asyncio.wait({self._bills_task}, timeout=SYNC_FINISH_WAIT_S)
        await self._stop_reconciler()
        if self.monitor is not None:
            await self.monitor.stop()
        if self.client is not None:
            await self.client.aclose()
        if self.store is not None:
            gate, store = self.gate, self.store
            self.store = self.cache = self.gate = None
            self.contacts = self.invoicing = self.items = self.till = None
            self._tell("cache_changed")
            await asyncio.to_thread(lambda: (gate.close(), store.close()))
        self.client = self.config = self.sync = self.monitor = self.reconciler = None
        self.collection = self.payouts = self.links = self.takings = self.receipts = None
        self.payout_runs = self.refunds = self.bills = self.reminders = self.plans = None

    async def _stop_reconciler(self) -> None:
        """Stopped between rounds, never inside one: a cancelled journal write would keep its
        worker thread writing while the store closes."""
        reconciler, self.reconciler = self.reconciler, None
        if reconciler is None:
            return
        lock = reconciler._lock
        try:
            await asyncio.wait_for(lock.acquire(), timeout=RECONCILE_STOP_WAIT_S)
        except asyncio.TimeoutError:
            log.warning("reconciliation round still running at close; stopping it")
            await reconciler.stop()
            return
        try:
            await reconciler.stop()
        finally:
            lock.release()

    # sync ---------------------------------------------------------------------------------------
    async def sync_now(self) -> bool:
        """Drafts sent, lists refreshed. False (and "offline" / "sign_in_needed" told) on failure."""
        from dollr_desktop.api import errors

        sync = self.sync
        if sync is None:
            return False
        try:
            await sync.run()
        except asyncio.CancelledError:
            raise
        except errors.ApiConnectionError as exc:   # timeouts included
            self._tell("offline", exc)
            return False
        except errors.AuthenticationError as exc:
            self._tell("sign_in_needed", exc)
            return False
        self._tell("synced", datetime.now(timezone.utc))
        self._tell("cache_changed")
        self._bills_if_due()
        takings, newly_paid = self.takings, getattr(sync, "newly_paid", ())
        previous = getattr(sync, "previous_sync", None)
        if newly_paid and previous is not None and takings is not None:
            landed = await asyncio.to_thread(takings.landed, newly_paid, previous)
            if landed:
                self._tell("payments_received", landed)
        return True

    def _bills_if_due(self) -> None:
        """Recurring bills: once a day, after a successful sync (the first one at start-up)."""
        from datetime import date

        bills = self.bills
        if bills is None or bills.last_run_on == date.today():
            return
        if self._bills_task is None or self._bills_task.done():
            self._bills_task = asyncio.ensure_future(self._run_bills(bills, date.today()))

    async def _run_bills(self, bills: Any, today: Any) -> None:
        try:
            result = await bills.run(today)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("recurring bills run failed")
            return
        if result.made:
            self._tell("bills_made", result.made)
            self._tell("cache_changed")

    def request_sync(self) -> asyncio.Task | None:
        """A sync now, unless one is running (then that one)."""
        if self.sync is None:
            return None
        if self.sync_task is None or self.sync_task.done():
            self.sync_task = asyncio.ensure_future(self.sync_now())
        return self.sync_task

    async def _sync_every_interval(self) -> None:
        while True:
            await asyncio.sleep(self.sync_interval_s)
            task = self.request_sync()
            if task is not None:
                await asyncio.wait({task})

    async def last_synced_at(self) -> datetime | None:
        return await asyncio.to_thread(self.sync.last_synced_at) if self.sync is not None else None


class _JournalLeavingWatched:
    """The journal as the reconciler sees it: open entries someone else follows are left out."""

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
