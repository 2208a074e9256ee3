"""People on this computer, the hash-chained audit log and payouts waiting for approval.

Plain rows only: hashing PINs and deciding rights is `services/people.py`. Every method blocks on
disk; from async code call them through `asyncio.to_thread`.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from dollr_desktop.store.connection import ConnectionPool
from dollr_desktop.store.rows import utc_now

GENESIS = "0" * 64


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    role: str
    pin_hash: str
    created_at: str


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    who: str
    action: str
    details: dict[str, Any]
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class PreparedPayout:
    id: int
    recipient_id: int | None
    recipient_name: str
    phone: str
    amount: str
    currency: str
    note: str
    prepared_by: str
    prepared_at: str
    state: str
    decided_by: str | None
    decided_at: str | None
    reference_id: str | None


def canonical(entry: dict[str, Any]) -> str:
    """The exact text an entry's hash covers: sorted keys, no spaces, UTF-8 kept."""
    return json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def chain_hash(prev_hash: str, *, at: str, who: str, action: str, details: dict[str, Any]) -> str:
    body = canonical({"at": at, "who": who, "action": action, "details": details})
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


class PeopleRows:
    def __init__(self, pool: ConnectionPool) -> None:
        self._pool = pool

    def all(self) -> list[PersonRow]:
        rows = self._pool.conn().execute(
            "SELECT id, name, role, pin_hash, created_at FROM people WHERE removed_at IS NULL "
            "ORDER BY role = 'staff', name COLLATE NOCASE").fetchall()
        return [PersonRow(*row) for row in rows]

    def add(self, name: str, role: str, pin_hash: str) -> int:
        with self._pool.transaction(durable=True) as conn:
            cursor = conn.execute("INSERT INTO people (name, role, pin_hash, created_at) VALUES (?,?,?,?)",
                                  (name, role, pin_hash, utc_now()))
            return int(cursor.lastrowid)

    def set_pin_hash(self, person_id: int, pin_hash: str) -> None:
        with self._pool.transaction(durable=True) as conn:
            conn.execute("UPDATE people SET pin_hash = ? WHERE id = ?", (pin_hash, person_id))

    def rename(self, person_id: int, name: str) -> None:
        with self._pool.transaction(durable=True) as conn:
            conn.execute("UPDATE people SET name = ? WHERE id = ?", (name, person_id))

    def remove(self, person_id: int) -> None:
        with self._pool.transaction(durable=True) as conn:
            conn.execute("UPDATE people SET removed_at = ? WHERE id = ?", (utc_now(), person_id))


class AuditRows:
    """Append-only (triggers refuse UPDATE and DELETE); each row's hash covers the previous hash."""

    def __init__(self, pool: ConnectionPool) -> None:
        self._pool = pool

    def append(self, who: str, action: str, details: dict[str, Any]) -> AuditEntry:
        details = json.loads(canonical(details))   # what is stored is exactly what was hashed
        with self._pool.transaction(durable=True) as conn:
            last = conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
            prev = last[0] if last else GENESIS
            at = utc_now()
            digest = chain_hash(prev, at=at, who=who, action=action, details=details)
            cursor = conn.execute(
                "INSERT INTO audit_log (at, who, action, details, prev_hash, hash) VALUES (?,?,?,?,?,?)",
                (at, who, action, canonical(details), prev, digest))
            return AuditEntry(int(cursor.lastrowid), at, who, action, details, prev, digest)

    def entries(self, *, who: str = "", action: str = "", since: str = "", until: str = "",
                limit: int = 5000) -> list[AuditEntry]:
        """Newest first. `since`/`until` are ISO dates or times (UTC), `until` inclusive of its day."""
        where, params = [], []
        if who:
            where.append("who = ?")
            params.append(who)
        if action:
            where.append("action = ?")
            params.append(action)
        if since:
            where.append("at >= ?")
            params.append(since)
        if until:
            where.append("at < ?")
            params.append(until + "\uffff")
        sql = "SELECT id, at, who, action, details, prev_hash, hash FROM audit_log"
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = self._pool.conn().execute(sql + " ORDER BY id DESC LIMIT ?", (*params, limit)).fetchall()
        return [_entry(row) for row in rows]

    def people_and_actions(self) -> tuple[list[str], list[str]]:
        conn = self._pool.conn()
        who = [r[0] for r in conn.execute("SELECT DISTINCT who FROM audit_log WHERE who <> '' ORDER BY who")]
        actions = [r[0] for r in conn.execute("SELECT DISTINCT action FROM audit_log ORDER BY action")]
        return who, actions

    def first_broken(self) -> int | None:
        """The id of the first entry whose hash or link does not hold (edited, inserted or a row
        deleted before it); None when the whole chain holds."""
        prev = GENESIS
        expected_id = None
        for row in self._pool.conn().execute(
                "SELECT id, at, who, action, details, prev_hash, hash FROM audit_log ORDER BY id"):
            entry_id, at, who, action, details_text, prev_hash, digest = row
            try:
                details = json.loads(details_text)
            except ValueError:
                return entry_id
            if prev_hash != prev or digest != chain_hash(prev, at=at, who=who, action=action, details=details):
                return entry_id
            if expected_id is not None and entry_id != expected_id:
                return entry_id   # ids are never reused: a gap is a deleted entry
            prev, expected_id = digest, entry_id + 1
        return None

    def count(self) -> int:
        return int(self._pool.conn().execute("SELECT count(*) FROM audit_log").fetchone()[0])


def _entry(row: Any) -> AuditEntry:
    entry_id, at, who, action, details_text, prev_hash, digest = row
    try:
        details = json.loads(details_text)
    except ValueError:
        details = {"unreadable": details_text}
    return AuditEntry(entry_id, at, who, action, details if isinstance(details, dict) else {}, prev_hash, digest)


class PreparedPayoutRows:
    def __init__(self, pool: ConnectionPool) -> None:
        self._pool = pool

    def add(self, *, recipient_id: int | None, recipient_name: str, phone: str, amount: str, currency: str,
            note: str, prepared_by: str) -> PreparedPayout:
        with self._pool.transaction(durable=True) as conn:
            cursor = conn.execute(
                "INSERT INTO prepared_payouts (recipient_id, recipient_name, phone, amount, currency, note, "
                "prepared_by, prepared_at) VALUES (?,?,?,?,?,?,?,?)",
                (recipient_id, recipient_name, phone, amount, currency, note, prepared_by, utc_now()))
            new_id = int(cursor.lastrowid)
        return self.get(new_id)

    def get(self, prepared_id: int) -> PreparedPayout:
        row = self._pool.conn().execute("SELECT * FROM prepared_payouts WHERE id = ?", (prepared_id,)).fetchone()
        return PreparedPayout(*row)

    def waiting(self) -> list[PreparedPayout]:
        rows = self._pool.conn().execute(
            "SELECT * FROM prepared_payouts WHERE state = 'waiting' ORDER BY id").fetchall()
        return [PreparedPayout(*row) for row in rows]

    def decide(self, prepared_id: int, state: str, decided_by: str, reference_id: str | None = None) -> bool:
        """Approved (with the payout's reference_id) or refused, once: False if already decided."""
        with self._pool.transaction(durable=True) as conn:
            cursor = conn.execute(
                "UPDATE prepared_payouts SET state = ?, decided_by = ?, decided_at = ?, reference_id = ? "
                "WHERE id = ? AND state = 'waiting'", (state, decided_by, utc_now(), reference_id, prepared_id))
            return cursor.rowcount == 1
