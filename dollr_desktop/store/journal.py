"""The payment journal: every collection and payout attempt, written before money can move.

`begin()` is the only place a reference_id is born. The row is committed with synchronous=FULL
before the caller may send the execute request, so after any crash or power cut the app knows
the id and checks its status instead of paying again. A partial unique index allows one open
entry per lock key (a document, or a payout account), across windows and restarts.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from dollr_desktop.store.connection import ConnectionPool
from dollr_desktop.store.errors import PaymentAlreadyPendingError, UnknownPaymentError
from dollr_desktop.store.rows import dumps, money_text, utc_now


class PaymentState(StrEnum):
    SUBMITTING = "SUBMITTING"   # committed; the execute request may be on its way
    PENDING = "PENDING"
    PROCESSING = "PROCESSING"   # waiting for the payer / the operator: not a failure
    UNKNOWN = "UNKNOWN"         # the request may have reached Dollr and the answer was lost
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    NOT_FOUND = "NOT_FOUND"     # Dollr never received it: no money moved; a new attempt may be offered


OPEN_STATES = frozenset({PaymentState.SUBMITTING, PaymentState.PENDING, PaymentState.PROCESSING,
                         PaymentState.UNKNOWN})
FINAL_STATES = frozenset({PaymentState.COMPLETED, PaymentState.FAILED, PaymentState.NOT_FOUND})

_SERVER_STATES = {
    "PENDING": PaymentState.PENDING, "PROCESSING": PaymentState.PROCESSING,
    "COMPLETED": PaymentState.COMPLETED, "SUCCESS": PaymentState.COMPLETED,
    "SUCCESSFUL": PaymentState.COMPLETED, "SUCCEEDED": PaymentState.COMPLETED,
    "PAID": PaymentState.COMPLETED, "FAILED": PaymentState.FAILED,
    "FAILURE": PaymentState.FAILED, "REJECTED": PaymentState.FAILED,
    "CANCELED": PaymentState.FAILED, "CANCELLED": PaymentState.FAILED,
    "EXPIRED": PaymentState.FAILED,
    "REFUSED": PaymentState.FAILED,  # ours: Dollr answered 4xx to the execute, nothing happened
}


def state_for_server_status(status: str) -> PaymentState:
    """Map Dollr's execution status to ours; anything unrecognised stays open (never a failure)."""
    return _SERVER_STATES.get(status.upper(), PaymentState.PROCESSING)


@dataclass(frozen=True)
class PaymentRequest:
    """What is known when the person confirms, before anything is sent."""

    kind: str                      # "COLLECTION" or "PAYOUT"
    lock_key: str                  # e.g. "INVOICE:12": one open payment per key
    amount: Decimal                # what the payer pays (execution currency)
    currency: str
    source_type: str | None = None
    source_id: int | None = None
    source_number: str | None = None
    counterparty_id: int | None = None
    party_id: int | None = None
    party_name: str | None = None
    session_id: int | None = None
    account_id: int | None = None
    account_number: str | None = None
    method: str | None = None
    provider: str | None = None
    payee_amount: Decimal | None = None
    payee_currency: str | None = None
    quote: dict[str, Any] = field(default_factory=dict)
    retry_of: str | None = None


@dataclass(frozen=True)
class JournalEntry:
    reference_id: str
    kind: str
    state: PaymentState
    lock_key: str
    source_type: str | None
    source_id: int | None
    source_number: str | None
    counterparty_id: int | None
    party_id: int | None
    party_name: str | None
    session_id: int | None
    account_id: int | None
    account_number: str | None
    method: str | None
    provider: str | None
    amount: Decimal
    currency: str
    payee_amount: Decimal | None
    payee_currency: str | None
    quote: dict[str, Any]
    fingerprint: str
    server_status: str | None
    server_message: str | None
    provider_transaction_id: str | None
    owner_run: str
    retry_of: str | None
    superseded_by: str | None
    follow_up: tuple[str, ...]
    check_count: int
    created_at: str
    updated_at: str
    last_checked_at: str | None
    finished_at: str | None
    reconciled_at: str | None

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    @property
    def is_final(self) -> bool:
        return self.state in FINAL_STATES

    @property
    def may_retry(self) -> bool:
        """Dollr never saw this attempt, so a new attempt (with a new id) cannot double-charge."""
        return self.state is PaymentState.NOT_FOUND and self.superseded_by is None


def request_fingerprint(reference_id: str, request: PaymentRequest) -> str:
    """A digest of what the execute request carries, to recognise it in logs and support."""
    body = {
        "kind": request.kind, "reference_id": reference_id, "session_id": request.session_id,
        "account_id": request.account_id, "amount": money_text(request.amount),
        "currency": request.currency, "source": [request.source_type, request.source_id],
    }
    return hashlib.sha256(dumps(body).encode()).hexdigest()


class Journal:
    def __init__(self, pool: ConnectionPool, run_id: str) -> None:
        self._pool = pool
        self.run_id = run_id  # this process; entries of another run have no request in flight here

    def begin(self, request: PaymentRequest) -> JournalEntry:
        """Mint the reference_id and commit the entry durably. Only then may the request go out.

        Raises PaymentAlreadyPendingError while another entry with the same lock key is open.
        """
        if request.kind not in ("COLLECTION", "PAYOUT"):
            raise ValueError(f"unknown payment kind {request.kind!r}")
        if request.amount <= 0:
            raise ValueError("a payment amount must be more than zero")
        reference_id = str(uuid.uuid4())
        now = utc_now()
        row = {
            "reference_id": reference_id, "kind": request.kind, "state": PaymentState.SUBMITTING.value,
            "lock_key": request.lock_key, "source_type": request.source_type,
            "source_id": request.source_id, "source_number": request.source_number,
            "counterparty_id": request.counterparty_id, "party_id": request.party_id,
            "party_name": request.party_name, "session_id": request.session_id,
            "account_id": request.account_id, "account_number": request.account_number,
            "method": request.method, "provider": request.provider,
            "amount": money_text(request.amount), "currency": request.currency,
            "payee_amount": money_text(request.payee_amount), "payee_currency": request.payee_currency,
            "quote": dumps(request.quote), "fingerprint": request_fingerprint(reference_id, request),
            "owner_run": self.run_id, "retry_of": request.retry_of,
            "created_at": now, "updated_at": now,
        }
        columns = ", ".join(row)
        marks = ", ".join(f":{name}" for name in row)
        try:
            with self._pool.transaction(durable=True) as conn:
                conn.execute(f"INSERT INTO payments ({columns}) VALUES ({marks})", row)
                self._event(conn, reference_id, "begin", PaymentState.SUBMITTING, None, None)
                if request.retry_of:
                    conn.execute("UPDATE payments SET superseded_by = ? WHERE reference_id = ?",
                                 (reference_id, request.retry_of))
        except sqlite3.IntegrityError:
            existing = self.open_for(request.lock_key)
            if existing is None:
                raise
            raise PaymentAlreadyPendingError(request.lock_key, existing.reference_id) from None
        return self.get(reference_id)

    def record_server_status(
        self, reference_id: str, status: str, *, origin: str, message: str | None = None,
        provider_transaction_id: str | None = None, payer_amount: Decimal | None = None,
        payer_currency: str | None = None, payee_amount: Decimal | None = None,
        payee_currency: str | None = None,
    ) -> JournalEntry:
        """An execute response, a status poll or a realtime event said `status`.

        A final entry only changes for another final server status (the server is the truth);
        NOT_FOUND yields to anything the server says (a late arrival did reach it).
        """
        new_state = state_for_server_status(status)
        with self._pool.transaction(durable=True) as conn:
            current = self._get(conn, reference_id)
            if current.state in (PaymentState.COMPLETED, PaymentState.FAILED) and new_state in OPEN_STATES:
                self._touch_check(conn, reference_id, origin)
                return self._get(conn, reference_id)
            now = utc_now()
            finished = now if new_state in FINAL_STATES else None
            follow_up = set(current.follow_up)
            if new_state is PaymentState.COMPLETED and current.kind == "COLLECTION":
                follow_up.add("receipt")
            conn.execute(
                "UPDATE payments SET state = ?, server_status = ?, server_message = coalesce(?, server_message), "
                "provider_transaction_id = coalesce(?, provider_transaction_id), "
                "amount = coalesce(?, amount), currency = coalesce(?, currency), "
                "payee_amount = coalesce(?, payee_amount), payee_currency = coalesce(?, payee_currency), "
                "follow_up = ?, updated_at = ?, finished_at = coalesce(finished_at, ?) "
                "WHERE reference_id = ?",
                (new_state.value, status, message, provider_transaction_id, money_text(payer_amount),
                 payer_currency, money_text(payee_amount), payee_currency,
                 json.dumps(sorted(follow_up)), now, finished, reference_id),
            )
            if new_state not in FINAL_STATES:
                conn.execute("UPDATE payments SET finished_at = NULL WHERE reference_id = ?", (reference_id,))
            if origin == "status":
                self._touch_check(conn, reference_id, origin)
            self._event(conn, reference_id, origin, new_state, status, message)
            return self._get(conn, reference_id)

    def record_unknown(self, reference_id: str, message: str, *, origin: str = "execute") -> JournalEntry:
        """The request may have reached Dollr but no answer came: only a status check may follow."""
        with self._pool.transaction(durable=True) as conn:
            current = self._get(conn, reference_id)
            if current.state in (PaymentState.SUBMITTING, PaymentState.NOT_FOUND):
                conn.execute(
                    "UPDATE payments SET state = ?, server_message = ?, updated_at = ? WHERE reference_id = ?",
                    (PaymentState.UNKNOWN.value, message, utc_now(), reference_id),
                )
                self._event(conn, reference_id, origin, PaymentState.UNKNOWN, None, message)
            return self._get(conn, reference_id)

    def record_not_found(self, reference_id: str, *, origin: str = "status") -> JournalEntry:
        """A status check says Dollr has no such execution (and nothing can still be in flight)."""
        with self._pool.transaction(durable=True) as conn:
            current = self._get(conn, reference_id)
            self._touch_check(conn, reference_id, origin)
            if current.state in (PaymentState.SUBMITTING, PaymentState.UNKNOWN):
                now = utc_now()
                conn.execute(
                    "UPDATE payments SET state = ?, server_status = 'NOT_FOUND', updated_at = ?, "
                    "finished_at = ? WHERE reference_id = ?",
                    (PaymentState.NOT_FOUND.value, now, now, reference_id),
                )
                self._event(conn, reference_id, origin, PaymentState.NOT_FOUND, "NOT_FOUND",
                            "Dollr has no record of this attempt; no money moved.")
            return self._get(conn, reference_id)

    def record_checked(self, reference_id: str, *, origin: str = "status") -> JournalEntry:
        """A status check happened but told us nothing new (e.g. the server was unreachable)."""
        with self._pool.transaction(durable=True) as conn:
            self._touch_check(conn, reference_id, origin)
            return self._get(conn, reference_id)

    def mark_reconciled(self, reference_id: str) -> None:
        """Settled by a check after a restart, so the Activity view can say so."""
        with self._pool.transaction(durable=True) as conn:
            conn.execute("UPDATE payments SET reconciled_at = coalesce(reconciled_at, ?) "
                         "WHERE reference_id = ?", (utc_now(), reference_id))

    def clear_follow_up(self, reference_id: str, item: str) -> None:
        with self._pool.transaction(durable=True) as conn:
            entry = self._get(conn, reference_id)
            remaining = sorted(set(entry.follow_up) - {item})
            conn.execute("UPDATE payments SET follow_up = ? WHERE reference_id = ?",
                         (json.dumps(remaining), reference_id))

    # --- reading ----------------------------------------------------------------------------
    def get(self, reference_id: str) -> JournalEntry:
        return self._get(self._pool.conn(), reference_id)

    def open_entries(self) -> list[JournalEntry]:
        states = tuple(s.value for s in OPEN_STATES)
        return self._select(f"state IN ({', '.join('?' * len(states))}) ORDER BY created_at", states)

    def open_for(self, lock_key: str) -> JournalEntry | None:
        states = tuple(s.value for s in OPEN_STATES)
        found = self._select(
            f"lock_key = ? AND state IN ({', '.join('?' * len(states))})", (lock_key, *states))
        return found[0] if found else None

    def for_source(self, source_type: str, source_id: int) -> list[JournalEntry]:
        return self._select("source_type = ? AND source_id = ? ORDER BY created_at",
                            (source_type, source_id))

    def entries(self, *, limit: int = 200, since: str | None = None, state: str | None = None,
                kind: str | None = None) -> list[JournalEntry]:
        """Newest first, for the Activity view and cash-up."""
        where, params = ["1"], []
        for clause, value in (("created_at >= ?", since), ("state = ?", state), ("kind = ?", kind)):
            if value is not None:
                where.append(clause)
                params.append(value)
        return self._select(" AND ".join(where) + " ORDER BY created_at DESC, rowid DESC LIMIT ?", (*params, limit))

    def events(self, reference_id: str) -> list[dict[str, Any]]:
        return list(self._pool.db().query(
            "SELECT at, origin, state, server_status, message FROM payment_events "
            "WHERE reference_id = ? ORDER BY id", [reference_id]))

    # --- internals --------------------------------------------------------------------------
    def _select(self, where: str, params: tuple[Any, ...]) -> list[JournalEntry]:
        cursor = self._pool.conn().execute(f"SELECT * FROM payments WHERE {where}", params)
        names = [d[0] for d in cursor.description]
        return [_entry(dict(zip(names, row))) for row in cursor]

    @staticmethod
    def _get(conn: sqlite3.Connection, reference_id: str) -> JournalEntry:
        cursor = conn.execute("SELECT * FROM payments WHERE reference_id = ?", (reference_id,))
        row = cursor.fetchone()
        if row is None:
            raise UnknownPaymentError(reference_id)
        return _entry(dict(zip([d[0] for d in cursor.description], row)))

    @staticmethod
    def _touch_check(conn: sqlite3.Connection, reference_id: str, origin: str) -> None:
        if origin == "status":
            conn.execute("UPDATE payments SET check_count = check_count + 1, last_checked_at = ? "
                         "WHERE reference_id = ?", (utc_now(), reference_id))

    @staticmethod
    def _event(conn: sqlite3.Connection, reference_id: str, origin: str, state: PaymentState,
               server_status: str | None, message: str | None) -> None:
        conn.execute(
            "INSERT INTO payment_events (reference_id, at, origin, state, server_status, message) "
            "VALUES (?,?,?,?,?,?)", (reference_id, utc_now(), origin, state.value, server_status, message))


def _entry(row: dict[str, Any]) -> JournalEntry:
    row["state"] = PaymentState(row["state"])
    row["amount"] = Decimal(row["amount"])
    row["payee_amount"] = None if row["payee_amount"] is None else Decimal(row["payee_amount"])
    row["quote"] = json.loads(row["quote"])
    row["follow_up"] = tuple(json.loads(row["follow_up"]))
    return JournalEntry(**row)
