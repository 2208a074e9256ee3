"""Paged, counted list queries over the store's cache, for views that may hold 100,000 rows.

The store offers `search(text, limit)`; a scrolling list also needs the total count and any
page, so these queries read the store's tables directly (read-only), using its FTS indexes.
Each call blocks: run it off the GUI thread (the lazy table model does).
"""
from __future__ import annotations

import contextlib
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

# The store's local_state values (dollr_desktop.store.contacts), repeated here so that showing
# the cached lists at start-up does not import the store package (sqlite-utils and the journal
# cost ~0.3 s). A test keeps the two equal.
NOT_YET_SENT = "NOT_YET_SENT"
SEND_FAILED = "SEND_FAILED"

_PHONE_LIKE = re.compile(r"^\+?[\d\s\-().]+$")
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


def prefix_query(text: str) -> str | None:
    """The same FTS5 prefix query as `dollr_desktop.store.search.prefix_query` (a test checks)."""
    text = text.strip()
    if not text:
        return None
    if _PHONE_LIKE.match(text) and any(ch.isdigit() for ch in text):
        tokens = ["".join(ch for ch in text if ch.isdigit())]
    else:
        tokens = _TOKEN.findall(text.casefold())
    return " ".join(f'"{token}"*' for token in tokens) if tokens else None


class ReadOnlyCache:
    """The cache file opened read-only with plain sqlite3, one connection per thread: enough to
    show the lists while the full store (and the network) start up."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()

    def connection(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    def usable(self) -> bool:
        """True when the file holds the tables the lists read (an older or empty file does not)."""
        try:
            names = {r[0] for r in self.connection().execute("SELECT name FROM sqlite_master")}
        except sqlite3.Error:
            return False
        return {"documents", "counterparties", "documents_fts", "contacts_fts"} <= names

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                conn.close()
            self._all.clear()


ConnFactory = Callable[[], sqlite3.Connection]


class CacheClosedError(Exception):
    """The cache is closing: no new list queries (the caller shows nothing, quietly)."""


class QueryGate:
    """A connection factory that knows which list queries are running.

    Closing a store closes every thread's SQLite connection; doing that while a worker thread
    is inside a query crashes the process. `close()` refuses new queries and waits for the
    running ones first.
    """

    def __init__(self, connection: ConnFactory) -> None:
        self._connection = connection
        self._cond = threading.Condition()
        self._active = 0
        self._closed = False

    def __call__(self) -> sqlite3.Connection:
        return self._connection()

    @contextlib.contextmanager
    def use(self) -> Iterator[None]:
        with self._cond:
            if self._closed:
                raise CacheClosedError()
            self._active += 1
        try:
            yield
        finally:
            with self._cond:
                self._active -= 1
                self._cond.notify_all()

    def close(self, timeout: float = 10.0) -> bool:
        """Blocks (call it from a worker thread); True when no query is left running."""
        with self._cond:
            self._closed = True
            return self._cond.wait_for(lambda: self._active == 0, timeout)


def using(conn: Any) -> Any:
    """Hold a QueryGate (or nothing, for a plain connection factory) while reading."""
    use = getattr(conn, "use", None)
    return use() if use is not None else contextlib.nullcontext()

CONTACT_SORTS = {
    "name": "c.name COLLATE NOCASE", "phone": "c.phone", "email": "c.email COLLATE NOCASE",
    "country": "c.country_code", "relationship": "c.relationship_type",
}
DOCUMENT_SORTS = {
    "number": "d.number", "customer": "d.counterparty_name COLLATE NOCASE", "status": "d.status",
    "currency": "d.currency", "total": "CAST(d.total_amount AS REAL)", "due": "d.due_date",
    "created": "d.created_at",
}
OPEN_STATUSES = ("IDLE", "ACTIVE")


def _rows(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


@dataclass
class ContactsQuery:
    conn: ConnFactory
    search: str = ""
    sort: str = "name"
    descending: bool = False
    relationship: str | None = None

    def _where(self) -> tuple[str, str, list[Any]]:
        joins, where, params = "", ["c.gone_at IS NULL"], []
        match = prefix_query(self.search)
        if match:
            joins = "JOIN contacts_fts ON contacts_fts.rowid = c.id"
            where.append("contacts_fts MATCH ?")
            params.append(match)
        if self.relationship:
            where.append("c.relationship_type = ?")
            params.append(self.relationship)
        return joins, " AND ".join(where), params

    def count(self) -> int:
        with using(self.conn):
            joins, where, params = self._where()
            return self.conn().execute(f"SELECT count(*) FROM counterparties AS c {joins} WHERE {where}", params).fetchone()[0]

    def fetch(self, offset: int, limit: int) -> list[dict[str, Any]]:
        with using(self.conn):
            joins, where, params = self._where()
            order = CONTACT_SORTS.get(self.sort, CONTACT_SORTS["name"]) + (" DESC" if self.descending else "")
            sql = (f"SELECT c.id, c.party_id, c.name, c.phone, c.email, c.country_code, c.relationship_type, "
                   f"c.local_state, c.local_error FROM counterparties AS c {joins} WHERE {where} "
                   f"ORDER BY {order}, c.id LIMIT ? OFFSET ?")
            return _rows(self.conn().execute(sql, [*params, limit, offset]))


@dataclass
class DocumentsQuery:
    conn: ConnFactory
    kind: str | None = None
    statuses: tuple[str, ...] = ()
    currency: str | None = None
    search: str = ""
    counterparty_id: int | None = None
    overdue_only: bool = False
    sort: str = "created"
    descending: bool = True
    today: str = field(default_factory=lambda: date.today().isoformat())
    matches: int | None = None   # set by count(): how many rows the search found

    # Newest first over thousands of search matches would sort them all for each keystroke; past
    # this many, the FTS index drives instead, in the cache's insertion order (synced lists arrive
    # oldest first, a draft saved here is newer than anything cached), so a page costs its size.
    SORT_LIMIT = 2_000

    def _by_insertion(self) -> bool:
        return self.sort == "created" and (self.matches is None or self.matches > self.SORT_LIMIT)

    def _where(self, for_count: bool = False) -> tuple[str, str, list[Any]]:
        joins, where, params = "", ["d.gone_at IS NULL"], []
        match = prefix_query(self.search)
        if match:
            if for_count or self._by_insertion():   # the FTS index drives, walking its rowids
                joins = "documents_fts CROSS JOIN documents AS d ON d.doc_key = documents_fts.rowid"
            else:
                joins = "documents AS d JOIN documents_fts ON documents_fts.rowid = d.doc_key"
            where.append("documents_fts MATCH ?")
            params.append(match)
        else:
            joins = "documents AS d"
        if self.kind:
            where.append("d.kind = ?")
            params.append(self.kind)
        if self.statuses:
            where.append(f"d.status IN ({','.join('?' * len(self.statuses))})")
            params.extend(self.statuses)
        if self.currency:
            where.append("d.currency = ?")
            params.append(self.currency)
        if self.counterparty_id is not None:
            where.append("d.counterparty_id = ?")
            params.append(self.counterparty_id)
        if self.overdue_only:
            where.append("d.due_date < ? AND d.status IN ('IDLE', 'ACTIVE')")
            params.append(self.today)
        return joins, " AND ".join(where), params

    def count(self) -> int:
        with using(self.conn):
            joins, where, params = self._where(for_count=True)
            self.matches = self.conn().execute(f"SELECT count(*) FROM {joins} WHERE {where}", params).fetchone()[0]
            return self.matches

    def count_at_most(self, limit: int) -> int:
        """How many rows match, counting no further than `limit` (a keystroke's first look: the
        exact count of a broad search walks the whole index, so it comes after the first page)."""
        with using(self.conn):
            joins, where, params = self._where(for_count=True)
            found = self.conn().execute(f"SELECT count(*) FROM (SELECT 1 FROM {joins} WHERE {where} LIMIT ?)",
                                        [*params, limit]).fetchone()[0]
            self.matches = found if found < limit else None   # None: more than SORT_LIMIT
            return found

    def fetch(self, offset: int, limit: int) -> list[dict[str, Any]]:
        with using(self.conn):
            joins, where, params = self._where()
            column = DOCUMENT_SORTS.get(self.sort, DOCUMENT_SORTS["created"])
            order = column + (" DESC" if self.descending else "") + ", d.doc_key DESC"
            if joins.startswith("documents_fts"):
                order = "documents_fts.rowid DESC"   # FTS5 walks its rowids in order: no sort
            sql = (f"SELECT d.kind, d.id, d.number, d.counterparty_id, d.counterparty_name, d.currency, "
                   f"d.total_amount, d.status, d.note, d.due_date, d.created_at, d.paid_at, d.local_state, "
                   f"d.local_error, (d.due_date < ? AND d.status IN ('IDLE', 'ACTIVE')) AS overdue "
                   f"FROM {joins} WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?")
            return _rows(self.conn().execute(sql, [self.today, *params, limit, offset]))

    def totals(self) -> dict[str, Decimal]:
        """Sum per currency, exact: amounts are summed in minor units (cents), as integers."""
        with using(self.conn):
            joins, where, params = self._where()
            sql = (f"SELECT d.currency, sum(CAST(round(CAST(d.total_amount AS REAL) * 100) AS INTEGER)) "
                   f"FROM {joins} WHERE {where} GROUP BY d.currency ORDER BY d.currency")
            return {currency or "": Decimal(cents or 0) / 100
                    for currency, cents in self.conn().execute(sql, params)}
