"""The payment journal: every collection and payout attempt, written before money can move.

`begin()` is the only place a reference_id is born. The row is committed with synchronous=FULL
before the caller may send the execute request, so after any crash or power cut the app knows
the id and checks its status instead of paying again. A partial unique index allows one open
entry per lock key (a document, or a payout account), across windows and restarts.

Every request for an id is recorded too, across processes (a second copy of the app on the same
folder reads the same rows): `last_sent_at` is the latest moment one may have left and
`sending_until` the moment after which none will. "Dollr never received it" (NOT_FOUND) may be
concluded only once both lie behind, the first by the grace period.
"""
from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from dollr_desktop.store.connection import ConnectionPool
from dollr_desktop.store.errors import PaymentAlreadyPendingError, UnknownPaymentError
from dollr_desktop.store.journal_entries import (  # noqa: F401  (re-exported: the journal's vocabulary)
    FINAL_STATES,
    OPEN_STATES,
    JournalEntry,
    PaymentRequest,
    PaymentState,
    entry_from_row,
    request_fingerprint,
    state_for_server_status,
)
from dollr_desktop.store.rows import dumps, money_text, utc_now


class Journal:
    def __init__(self, pool: ConnectionPool, run_id: str) -> None:
        self._pool = pool
        self.run_id = run_id  # this process; entries of another run have no request in flight here

    def begin(self, request: PaymentRequest, *, send_window_s: float = 0.0) -> JournalEntry:
        """Mint the reference_id and commit the entry durably. Only then may the request go out.

        `send_window_s`: how long after now the request (and any re-send) may still leave; no
        request for this id is sent after that. Raises PaymentAlreadyPendingError while another
        entry with the same lock key is open.
        """
        if request.kind not in ("COLLECTION", "PAYOUT", "REFUND"):
            raise ValueError(f"unknown payment kind {request.kind!r}")
        if request.amount <= 0:
            raise ValueError("a payment amount must be more than zero")
        reference_id = str(uuid.uuid4())
        now = utc_now()
        moment = _now()
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
            "created_at": now, "updated_at": now, "last_sent_at": _stamp(moment),
            "sending_until": _stamp(moment + timedelta(seconds=max(send_window_s, 0.0))),
        }
        if request.kind == "REFUND":
            row.update(payment_intent_id=request.payment_intent_id, refund_of=request.refund_of,
                       reason=request.reason)
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
        payee_currency: str | None = None, failure_code: str | None = None,
        payment_intent_id: int | None = None,
    ) -> JournalEntry:
        """An execute response, a status poll or a realtime event said `status`.

        A final entry only changes for another final server status (the server is the truth);
        NOT_FOUND yields to anything the server says (a late arrival did reach it): the entry is
        marked late (`late_at`), and no longer holds its lock key, which a newer attempt may hold.
        `failure_code` says whose side a failure was on (kept only for FAILED).
        """
        new_state = state_for_server_status(status)
        with self._pool.transaction(durable=True) as conn:
            current = self._get(conn, reference_id)
            if current.state in (PaymentState.COMPLETED, PaymentState.FAILED) and new_state in OPEN_STATES:
                self._touch_check(conn, reference_id, origin)
                return self._get(conn, reference_id)
            now = utc_now()
            if current.state is PaymentState.NOT_FOUND:
                self._mark_late(conn, reference_id, now)
            finished = now if new_state in FINAL_STATES else None
            follow_up = set(current.follow_up)
            if new_state is PaymentState.COMPLETED and current.kind == "COLLECTION":
                follow_up.add("receipt")
            conn.execute(
                "UPDATE payments SET state = ?, server_status = ?, server_message = coalesce(?, server_message), "
                "provider_transaction_id = coalesce(?, provider_transaction_id), "
                "amount = coalesce(?, amount), currency = coalesce(?, currency), "
                "payee_amount = coalesce(?, payee_amount), payee_currency = coalesce(?, payee_currency), "
                "follow_up = ?, updated_at = ?, finished_at = coalesce(finished_at, ?), failure_code = ? "
                "WHERE reference_id = ?",
                (new_state.value, status, message, provider_transaction_id, money_text(payer_amount),
                 payer_currency, money_text(payee_amount), payee_currency,
                 json.dumps(sorted(follow_up)), now, finished,
                 failure_code if new_state is PaymentState.FAILED else None, reference_id),
            )
            if new_state not in FINAL_STATES:
                conn.execute("UPDATE payments SET finished_at = NULL WHERE reference_id = ?", (reference_id,))
            if payment_intent_id is not None and current.kind == "COLLECTION":
                # What Dollr's answer carried for this payment: a refund of it will need it.
                conn.execute("UPDATE payments SET payment_intent_id = ? WHERE reference_id = ?",
                             (int(payment_intent_id), reference_id))
            if origin == "status":
                self._touch_check(conn, reference_id, origin)
            self._event(conn, reference_id, origin, new_state, status, message)
            return self._get(conn, reference_id)

    def record_unknown(self, reference_id: str, reason: str, *, origin: str = "execute") -> JournalEntry:
        """The request may have reached Dollr but no answer came: only a status check may follow.

        `reason` is a code (`api.timeout`, `payment.wait_cancelled`…) kept in the entry's history;
        `server_message` stays for what Dollr itself said."""
        with self._pool.transaction(durable=True) as conn:
            current = self._get(conn, reference_id)
            if current.state in (PaymentState.SUBMITTING, PaymentState.NOT_FOUND):
                if current.state is PaymentState.NOT_FOUND:
                    self._mark_late(conn, reference_id, utc_now())
                conn.execute(
                    "UPDATE payments SET state = ?, updated_at = ? WHERE reference_id = ?",
                    (PaymentState.UNKNOWN.value, utc_now(), reference_id),
                )
                self._event(conn, reference_id, origin, PaymentState.UNKNOWN, None, reason)
            return self._get(conn, reference_id)

    def record_not_found(self, reference_id: str, *, grace_s: float, asked_at: datetime | None = None,
                         origin: str = "status") -> JournalEntry:
        """A status check asked at `asked_at` says Dollr has no such execution.

        Concluded (NOT_FOUND: no money moved, a new attempt may be offered) only if no request
        for this id can still arrive: the check was asked after `sending_until` (no process sends
        any more) and at least `grace_s` after `last_sent_at`. Decided inside one write
        transaction, so a process about to re-send (`allow_send`) and one concluding never both win.
        """
        with self._pool.transaction(durable=True) as conn:
            current = self._get(conn, reference_id)
            self._touch_check(conn, reference_id, origin)
            if current.state in (PaymentState.SUBMITTING, PaymentState.UNKNOWN) and _silent_since(
                    current, asked_at or _now(), grace_s):
                now = utc_now()
                conn.execute(
                    "UPDATE payments SET state = ?, server_status = 'NOT_FOUND', updated_at = ?, "
                    "finished_at = ? WHERE reference_id = ?",
                    (PaymentState.NOT_FOUND.value, now, now, reference_id),
                )
                self._event(conn, reference_id, origin, PaymentState.NOT_FOUND, "NOT_FOUND",
                            "Dollr has no record of this attempt; no money moved.")
            return self._get(conn, reference_id)

    def allow_send(self, reference_id: str, at: datetime) -> bool:
        """May a request for this id (a re-send) leave at `at`? If so, that is recorded first.

        No while the entry is no longer waiting for its answer (another process may have
        concluded it NOT_FOUND) or `at` lies past `sending_until` (the window set by `begin`).
        """
        with self._pool.transaction(durable=True) as conn:
            current = self._get(conn, reference_id)
            if current.state not in (PaymentState.SUBMITTING, PaymentState.UNKNOWN) or \
                    current.sending_until is None or at > _parse(current.sending_until):
                return False
            if current.last_sent_at is None or at > _parse(current.last_sent_at):
                conn.execute("UPDATE payments SET last_sent_at = ? WHERE reference_id = ?",
                             (_stamp(at), reference_id))
            self._event(conn, reference_id, "send", current.state, None, None)
            return True

    def end_sending(self, reference_id: str) -> JournalEntry:
        """This process sends nothing more for this id: the window closes now (crash: it stays)."""
        moment = _stamp(_now())
        with self._pool.transaction(durable=True) as conn:
            conn.execute(
                "UPDATE payments SET sending_until = min(coalesce(sending_until, ?), ?), "
                "last_sent_at = min(coalesce(last_sent_at, ?), ?) WHERE reference_id = ?",
                (moment, moment, moment, moment, reference_id))
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
    def refunds_of(self, payment_key: str) -> list[JournalEntry]:
        """Every refund attempt of one payment (its key, e.g. "INVOICE:12"), oldest first."""
        return self._select("kind = 'REFUND' AND refund_of = ? ORDER BY created_at, rowid", (payment_key,))

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

    def for_lock(self, lock_key: str) -> list[JournalEntry]:
        """Every attempt for one document (or payout account), oldest first."""
        return self._select("lock_key = ? ORDER BY created_at, rowid", (lock_key,))

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
        return [entry_from_row(dict(zip(names, row))) for row in cursor]

    @staticmethod
    def _get(conn: sqlite3.Connection, reference_id: str) -> JournalEntry:
        cursor = conn.execute("SELECT * FROM payments WHERE reference_id = ?", (reference_id,))
        row = cursor.fetchone()
        if row is None:
            raise UnknownPaymentError(reference_id)
        return entry_from_row(dict(zip([d[0] for d in cursor.description], row)))

    @staticmethod
    def _touch_check(conn: sqlite3.Connection, reference_id: str, origin: str) -> None:
        if origin == "status":
            conn.execute("UPDATE payments SET check_count = check_count + 1, last_checked_at = ? "
                         "WHERE reference_id = ?", (utc_now(), reference_id))

    @staticmethod
    def _mark_late(conn: sqlite3.Connection, reference_id: str, now: str) -> None:
        conn.execute("UPDATE payments SET late_at = coalesce(late_at, ?) WHERE reference_id = ?",
                     (now, reference_id))

    @staticmethod
    def _event(conn: sqlite3.Connection, reference_id: str, origin: str, state: PaymentState,
               server_status: str | None, message: str | None) -> None:
        conn.execute(
            "INSERT INTO payment_events (reference_id, at, origin, state, server_status, message) "
            "VALUES (?,?,?,?,?,?)", (reference_id, utc_now(), origin, state.value, server_status, message))


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds")


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _silent_since(entry: JournalEntry, asked_at: datetime, grace_s: float) -> bool:
    """Asked after the send window closed, and at least the grace after the last request left."""
    last_sent = _parse(entry.last_sent_at or entry.created_at)
    sending_until = _parse(entry.sending_until or entry.created_at)
    return asked_at > sending_until and (asked_at - last_sent).total_seconds() >= grace_s
