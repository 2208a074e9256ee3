"""The migration that lets the journal hold refunds keeps every entry and event it rebuilds."""
from __future__ import annotations

import sqlite3

import pytest

from dollr_desktop.store.migrations import LATEST_VERSION, MIGRATIONS, migrate


def test_the_journal_rebuild_keeps_entries_events_and_views(tmp_path):
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    before = next(i for i, script in enumerate(MIGRATIONS) if "payments_new" in script)
    migrate(conn, path, target=before)
    conn.execute("INSERT INTO payments (reference_id, kind, state, lock_key, amount, currency, fingerprint, "
                 "owner_run, created_at, updated_at, late_at) VALUES ('r1', 'COLLECTION', 'COMPLETED', "
                 "'INVOICE:1', '10.00', 'USD', 'f', 'run', '2026-01-01', '2026-01-01', NULL)")
    conn.execute("INSERT INTO payment_events (reference_id, at, origin, state) VALUES ('r1', 'x', 'begin', 'S')")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO payments (reference_id, kind, state, lock_key, amount, currency, fingerprint, "
                     "owner_run, created_at, updated_at) VALUES ('r2', 'REFUND', 'SUBMITTING', 'REFUND:INVOICE:1', "
                     "'1', 'USD', 'f', 'run', 'a', 'a')")
    migrate(conn, path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert conn.execute("SELECT kind, amount FROM payments").fetchall() == [("COLLECTION", "10.00")]
    assert conn.execute("SELECT reference_id FROM payment_events").fetchall() == [("r1",)]
    conn.execute("INSERT INTO payments (reference_id, kind, state, lock_key, amount, currency, fingerprint, "
                 "owner_run, created_at, updated_at, refund_of) VALUES ('r2', 'REFUND', 'SUBMITTING', "
                 "'REFUND:INVOICE:1', '1', 'USD', 'f', 'run', 'a', 'a', 'INVOICE:1')")
    assert {r[0] for r in conn.execute("SELECT kind FROM payment_list")} == {"COLLECTION", "REFUND"}
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    with pytest.raises(sqlite3.IntegrityError):   # still one open refund per payment
        conn.execute("INSERT INTO payments (reference_id, kind, state, lock_key, amount, currency, fingerprint, "
                     "owner_run, created_at, updated_at) VALUES ('r3', 'REFUND', 'SUBMITTING', "
                     "'REFUND:INVOICE:1', '1', 'USD', 'f', 'run', 'a', 'a')")
    conn.close()
