"""The queue of drafts made offline (contacts, invoices, orders), sent in order later.

Only drafts live here. Money never moves from a queue: collections and payouts need a person
pressing the button while online.
"""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from dollr_desktop.store.connection import ConnectionPool
from dollr_desktop.store.rows import dumps, utc_now

QUEUED = "QUEUED"
SENT = "SENT"
REFUSED = "REFUSED"   # the server said no (422 etc.); a person has to fix the draft


@dataclass(frozen=True)
class OutboxItem:
    id: int
    kind: str
    local_id: int
    draft_key: str
    payload: dict[str, Any]
    state: str
    server_id: int | None
    progress: dict[str, Any]
    attempts: int
    last_error: str | None


class OutboxQueue:
    def __init__(self, pool: ConnectionPool) -> None:
        self._pool = pool

    def enqueue(self, kind: str, local_id: int, payload: dict[str, Any]) -> OutboxItem:
        now = utc_now()
        with self._pool.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO outbox (kind, local_id, draft_key, payload, created_at, updated_at) "
                "VALUES (?,?,?,?,?,?)", (kind, local_id, str(uuid.uuid4()), dumps(payload), now, now))
            item_id = cursor.lastrowid
        return self.get(int(item_id))

    def get(self, item_id: int) -> OutboxItem:
        row = self._pool.conn().execute(
            "SELECT id, kind, local_id, draft_key, payload, state, server_id, progress, attempts, "
            "last_error FROM outbox WHERE id = ?", (item_id,)).fetchone()
        if row is None:
            raise KeyError(item_id)
        return _item(row)

    def queued(self) -> list[OutboxItem]:
        """Everything still to send, oldest first (a contact before the invoice that names it)."""
        rows = self._pool.conn().execute(
            "SELECT id, kind, local_id, draft_key, payload, state, server_id, progress, attempts, "
            "last_error FROM outbox WHERE state = ? ORDER BY id", (QUEUED,)).fetchall()
        return [_item(r) for r in rows]

    def save_progress(self, item_id: int, *, server_id: int | None = None,
                      progress: dict[str, Any] | None = None, error: str | None = None) -> None:
        """Remember how far sending got, so a retry never creates the same thing twice."""
        with self._pool.transaction(durable=True) as conn:
            conn.execute(
                "UPDATE outbox SET server_id = coalesce(?, server_id), progress = coalesce(?, progress), "
                "attempts = attempts + ?, last_error = ?, updated_at = ? WHERE id = ?",
                (server_id, None if progress is None else dumps(progress), 1 if error else 0, error,
                 utc_now(), item_id))

    def finish(self, item_id: int, state: str, error: str | None = None) -> None:
        with self._pool.transaction(durable=True) as conn:
            conn.execute("UPDATE outbox SET state = ?, last_error = ?, updated_at = ? WHERE id = ?",
                         (state, error, utc_now(), item_id))

    def remap_counterparty(self, local_id: int, server_id: int) -> None:
        """Drafts queued after a draft contact now point at its server id."""
        with self._pool.transaction() as conn:
            rows = conn.execute("SELECT id, payload FROM outbox WHERE state = ? AND kind != 'CONTACT'",
                                (QUEUED,)).fetchall()
            for item_id, payload_text in rows:
                payload = json.loads(payload_text)
                if payload.get("counterparty_id") == local_id:
                    payload["counterparty_id"] = server_id
                    conn.execute("UPDATE outbox SET payload = ? WHERE id = ?", (dumps(payload), item_id))


def _item(row: tuple[Any, ...]) -> OutboxItem:
    values = list(row)
    values[4] = json.loads(values[4])
    values[7] = json.loads(values[7])
    return OutboxItem(*values)
