"""Closed cash-ups: one row per closed version of a day's or shift's figures. No Qt.

A closed version is never edited or deleted (SQLite triggers refuse it); reopening sets its
`reopened_at` once, and closing the period again writes the next version with `replaces` pointing
at the one it corrects. The figures are a JSON snapshot (exact decimal text) made by the service.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dollr_desktop.store.connection import ConnectionPool
from dollr_desktop.store.rows import utc_now

_COLUMNS = ("id", "period_key", "version", "since", "until", "shift", "closed_at", "closed_on", "note",
            "snapshot", "replaces", "reopened_at")


class CashUpNotOpenError(Exception):
    """The period already has a closed version that is not reopened (close it only once)."""


@dataclass(frozen=True)
class CashUpRecord:
    id: int
    period_key: str
    version: int
    since: str
    until: str
    shift: str
    closed_at: str
    closed_on: str
    note: str
    snapshot: str
    replaces: int | None
    reopened_at: str | None

    @property
    def is_current(self) -> bool:
        return self.reopened_at is None


class CashUps:
    def __init__(self, pool: ConnectionPool) -> None:
        self._pool = pool

    def _select(self, where: str, params: tuple[Any, ...] = (), tail: str = "") -> list[CashUpRecord]:
        rows = self._pool.conn().execute(
            f"SELECT {', '.join(_COLUMNS)} FROM cashups WHERE {where} {tail}", params).fetchall()
        return [CashUpRecord(*row) for row in rows]

    def close(self, *, period_key: str, since: str, until: str, shift: str, snapshot: str,
              closed_on: str = "", note: str = "") -> CashUpRecord:
        """Write the next version of the period; refused while a closed version is current."""
        with self._pool.transaction() as conn:
            last = conn.execute(
                "SELECT id, version, reopened_at FROM cashups WHERE period_key = ? ORDER BY version DESC LIMIT 1",
                (period_key,)).fetchone()
            if last is not None and last[2] is None:
                raise CashUpNotOpenError(period_key)
            version = 1 if last is None else last[1] + 1
            cursor = conn.execute(
                "INSERT INTO cashups (period_key, version, since, until, shift, closed_at, closed_on, note, "
                "snapshot, replaces) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (period_key, version, since, until, shift, utc_now(), closed_on, note, snapshot,
                 None if last is None else last[0]))
            new_id = cursor.lastrowid
        return self.get(new_id)

    def reopen(self, cashup_id: int) -> CashUpRecord:
        """Mark a current closed version reopened (its figures stay as they were)."""
        with self._pool.transaction() as conn:
            changed = conn.execute("UPDATE cashups SET reopened_at = ? WHERE id = ? AND reopened_at IS NULL",
                                   (utc_now(), cashup_id)).rowcount
        if not changed:
            raise CashUpNotOpenError(str(cashup_id))
        return self.get(cashup_id)

    def get(self, cashup_id: int) -> CashUpRecord:
        found = self._select("id = ?", (cashup_id,))
        if not found:
            raise KeyError(cashup_id)
        return found[0]

    def versions(self, period_key: str) -> list[CashUpRecord]:
        return self._select("period_key = ?", (period_key,), "ORDER BY version")

    def latest(self) -> CashUpRecord | None:
        """The most recently closed version (what opens offline first)."""
        found = self._select("1", (), "ORDER BY closed_at DESC, id DESC LIMIT 1")
        return found[0] if found else None

    def between(self, since: str, until: str) -> list[CashUpRecord]:
        """Every version whose period starts in [since, until), oldest period first."""
        return self._select("since >= ? AND since < ?", (since, until), "ORDER BY since, version")

    def recent(self, limit: int = 50) -> list[CashUpRecord]:
        return self._select("1", (), f"ORDER BY closed_at DESC, id DESC LIMIT {int(limit)}")
