"""One SQLite file, one connection per thread.

Services reach the store through `asyncio.to_thread`, so a call may land on any worker thread.
sqlite3 connections must stay on the thread that made them (check_same_thread), so each thread
gets its own connection, opened lazily and closed together with the store. WAL lets readers on
one thread proceed while another thread writes.
"""
from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from dollr_desktop.store.errors import StoreClosedError

BUSY_TIMEOUT_MS = 10_000
# Page cache per connection, grown only as used. The default 2 MB thrashes when a sync rewrites
# 100,000 rows and their search index in one transaction.
CACHE_KIB = 32_768


def create_private_file(path: Path) -> None:
    """Make sure the database file exists and only its owner can read it (mode 0600)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)
    _chmod_private(path)


def _chmod_private(path: Path) -> None:
    with contextlib.suppress(OSError):  # Windows ignores most of this; ACLs protect the folder
        os.chmod(path, 0o600)


class ConnectionPool:
    """Per-thread sqlite_utils.Database objects over the same file.

    Each connection is only ever used by the thread that opened it (thread-local); it is opened
    with check_same_thread=False solely so that `close()` can close the connections of worker
    threads that have finished.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._all: list[tuple[threading.Thread, sqlite3.Connection]] = []
        self._lock = threading.Lock()
        self._closed = False

    def db(self) -> sqlite_utils.Database:
        database = getattr(self._local, "db", None)
        if database is None:
            if self._closed:
                raise StoreClosedError()
            conn = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
            )
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA temp_store = MEMORY")
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            database = sqlite_utils.Database(conn)
            self._local.db = database
            with self._lock:
                self._all.append((threading.current_thread(), conn))
            for suffix in ("-wal", "-shm"):
                sidecar = self.path.with_name(self.path.name + suffix)
                if sidecar.exists():
                    _chmod_private(sidecar)
        return database

    def conn(self) -> sqlite3.Connection:
        return self.db().conn

    @contextlib.contextmanager
    def transaction(self, *, durable: bool = False) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT on this thread's connection.

        durable=True commits with synchronous=FULL, so the row survives a power cut, not only a
        crash of the app (WAL with synchronous=NORMAL may lose the last commits on power loss).
        """
        conn = self.conn()
        if conn.in_transaction:  # nested use joins the outer transaction
            yield conn
            return
        if durable:
            conn.execute("PRAGMA synchronous = FULL")
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        finally:
            if durable:
                conn.execute("PRAGMA synchronous = NORMAL")

    def close(self) -> None:
        """Close this thread's connection (and those of Python threads that have finished) now.

        A connection another thread opened is not closed from here: that thread may be in the
        middle of a query, and closing under it crashes the process. That includes the worker
        threads of qasync's executor, which are QThreads: Python does not know whether they are
        alive (`threading.enumerate()` does not list them), so they count as busy. Dropping our
        references lets such a connection close itself once its thread lets go, and any later
        use of the store raises StoreClosedError.
        """
        with self._lock:
            self._closed = True
            connections, self._all = self._all, []
        me = threading.current_thread()
        for owner, conn in connections:
            finished = not isinstance(owner, threading._DummyThread) and not owner.is_alive()
            if owner is me or finished:
                with contextlib.suppress(sqlite3.Error):
                    conn.close()
        self._local = threading.local()
