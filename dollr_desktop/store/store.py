"""`Store.open()` gives the cache, the search indexes, the outbox and the payment journal."""
from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from dollr_desktop import paths
from dollr_desktop.store.bills import Bills
from dollr_desktop.store.plans import Plans
from dollr_desktop.store.breakdowns import DocumentBreakdowns
from dollr_desktop.store.customer_languages import CustomerLanguages
from dollr_desktop.store.cashups import CashUps
from dollr_desktop.store.connection import ConnectionPool, create_private_file
from dollr_desktop.store.contacts import Contacts
from dollr_desktop.store.documents import Documents
from dollr_desktop.store.journal import Journal
from dollr_desktop.store.migrations import migrate, refuse_newer_file
from dollr_desktop.store.outbox import OutboxQueue
from dollr_desktop.store.payment_cache import PaymentCache
from dollr_desktop.store.people import AuditRows, PeopleRows, PreparedPayoutRows
from dollr_desktop.store.payout_runs import PayoutRuns
from dollr_desktop.store.received import ReceivedPayments
from dollr_desktop.store.rows import utc_now
from dollr_desktop.store.saved_items import SavedItems


class Store:
    """All methods block on disk: from async code, call them through `asyncio.to_thread`."""

    def __init__(self, pool: ConnectionPool, version: int) -> None:
        self._pool = pool
        self.path = pool.path
        self.version = version
        self.run_id = str(uuid.uuid4())
        # reference_ids whose execute request is awaiting its answer in this process right now
        self.in_flight: set[str] = set()
        # lock keys (documents, payout accounts) whose payment is being set up in this process
        self.starting: set[str] = set()
        self.contacts = Contacts(pool)
        self.documents = Documents(pool)
        self.payments = PaymentCache(pool)
        self.journal = Journal(pool, self.run_id)
        self.outbox = OutboxQueue(pool)
        self.received = ReceivedPayments(pool)
        self.breakdowns = DocumentBreakdowns(pool)
        self.customer_languages = CustomerLanguages(pool)
        self.cashups = CashUps(pool)
        self.people = PeopleRows(pool)
        self.audit = AuditRows(pool)
        self.prepared_payouts = PreparedPayoutRows(pool)
        self.items = SavedItems(pool)   # the till's saved items and sales
        self.payout_runs = PayoutRuns(pool)
        self.bills = Bills(pool)   # recurring bills, contacts' languages, reminders
        self.plans = Plans(pool)   # deposits and instalments

    @classmethod
    def open(cls, path: Path | str | None = None) -> Store:
        """Open (creating or upgrading) the database; StoreTooNewError for a newer app's file."""
        path = Path(path) if path is not None else paths.database_path()
        create_private_file(path)
        refuse_newer_file(path)
        pool = ConnectionPool(path)
        try:
            version = migrate(pool.conn(), path)
        except BaseException:
            pool.close()
            raise
        return cls(pool, version)

    def connection(self) -> sqlite3.Connection:
        """This thread's connection, for read-only list queries (paged views) over the cache."""
        return self._pool.conn()

    def close(self) -> None:
        self._pool.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def record_sync(self, resource: str, *, row_count: int | None = None, error: str | None = None) -> None:
        with self._pool.transaction() as conn:
            if error is None:
                conn.execute(
                    "INSERT INTO sync_state (resource, last_synced_at, row_count, last_error) VALUES (?,?,?,NULL) "
                    "ON CONFLICT (resource) DO UPDATE SET last_synced_at = excluded.last_synced_at, "
                    "row_count = excluded.row_count, last_error = NULL", (resource, utc_now(), row_count))
            else:
                conn.execute(
                    "INSERT INTO sync_state (resource, last_error) VALUES (?, ?) "
                    "ON CONFLICT (resource) DO UPDATE SET last_error = excluded.last_error", (resource, error))

    def last_sync(self, resource: str) -> dict[str, object] | None:
        rows = list(self._pool.db().query("SELECT * FROM sync_state WHERE resource = ?", [resource]))
        return rows[0] if rows else None
