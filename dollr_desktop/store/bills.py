"""Recurring bill schedules, one record per (schedule, date), contacts' languages and the reminder
log. App-only facts (Dollr has no recurring state). No Qt; every method blocks on disk."""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from dollr_desktop.store.connection import ConnectionPool
from dollr_desktop.store.customer_languages import CustomerLanguages
from dollr_desktop.store.rows import utc_now

EVERY = ("WEEKLY", "MONTHLY", "TERM")
LANGUAGES = ("en", "fr")


@dataclass(frozen=True)
class ScheduleItem:
    name: str
    qty: int
    amount: Decimal


@dataclass(frozen=True)
class Schedule:
    id: int
    key: str
    kind: str
    source_id: int
    source_number: str | None
    counterparty_id: int
    counterparty_name: str
    currency: str
    note: str
    fee_bearer: str
    as_payment_link: bool
    due_days: int | None
    items: tuple[ScheduleItem, ...]
    every: str
    first_date: date
    until_date: date | None
    max_count: int | None
    active: bool


@dataclass(frozen=True)
class BillRun:
    schedule_id: int
    bill_date: date
    marker: str
    state: str            # STARTED (recorded, the invoice may or may not exist yet) or MADE
    document_id: int | None
    document_number: str | None
    pay_url: str | None
    error: str | None


@dataclass(frozen=True)
class ReminderEntry:
    kind: str
    document_id: int
    channel: str
    language: str
    due_date: str | None
    amount: str | None
    sent_at: str


_SCHEDULE_COLUMNS = ("id, key, kind, source_id, source_number, counterparty_id, counterparty_name, currency, "
                     "note, fee_bearer, as_payment_link, due_days, items, every, first_date, until_date, "
                     "max_count, active")


def _schedule(row: tuple) -> Schedule:
    (id_, key, kind, source_id, number, cp_id, cp_name, currency, note, bearer, link, due_days, items,
     every, first, until, count, active) = row
    parsed = tuple(ScheduleItem(i["name"], int(i["qty"]), Decimal(i["amount"])) for i in json.loads(items))
    return Schedule(id_, key, kind, source_id, number, cp_id, cp_name, currency, note, bearer, bool(link),
                    due_days, parsed, every, date.fromisoformat(first),
                    date.fromisoformat(until) if until else None, count, bool(active))


def _run(row: tuple) -> BillRun:
    sid, day, marker, state, doc_id, number, url, error = row
    return BillRun(sid, date.fromisoformat(day), marker, state, doc_id, number, url, error)


_RUN_COLUMNS = "schedule_id, bill_date, marker, state, document_id, document_number, pay_url, error"


class Bills:
    def __init__(self, pool: ConnectionPool) -> None:
        self._pool = pool

    # schedules ------------------------------------------------------------------------------------
    def add_schedule(self, *, kind: str, source_id: int, source_number: str | None, counterparty_id: int,
                     counterparty_name: str, currency: str, note: str, fee_bearer: str, as_payment_link: bool,
                     due_days: int | None, items: list[ScheduleItem], every: str, first_date: date,
                     until_date: date | None = None, max_count: int | None = None) -> Schedule:
        if every not in EVERY:
            raise ValueError(every)
        lines = json.dumps([{"name": i.name, "qty": i.qty, "amount": str(i.amount)} for i in items])
        with self._pool.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO bill_schedules (key, kind, source_id, source_number, counterparty_id, "
                "counterparty_name, currency, note, fee_bearer, as_payment_link, due_days, items, every, "
                "first_date, until_date, max_count, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (uuid.uuid4().hex[:8], kind, source_id, source_number, counterparty_id, counterparty_name,
                 currency, note, fee_bearer, int(as_payment_link), due_days, lines, every,
                 first_date.isoformat(), until_date.isoformat() if until_date else None, max_count, utc_now()))
            schedule_id = cursor.lastrowid
        found = self.schedule(int(schedule_id))
        assert found is not None
        return found

    def schedule(self, schedule_id: int) -> Schedule | None:
        row = self._pool.conn().execute(f"SELECT {_SCHEDULE_COLUMNS} FROM bill_schedules WHERE id = ?",
                                        (schedule_id,)).fetchone()
        return _schedule(row) if row else None

    def schedules(self, *, active_only: bool = False) -> list[Schedule]:
        where = " WHERE active = 1" if active_only else ""
        rows = self._pool.conn().execute(f"SELECT {_SCHEDULE_COLUMNS} FROM bill_schedules{where} ORDER BY id")
        return [_schedule(r) for r in rows]

    def stop_schedule(self, schedule_id: int) -> None:
        with self._pool.transaction() as conn:
            conn.execute("UPDATE bill_schedules SET active = 0, stopped_at = ? WHERE id = ?",
                         (utc_now(), schedule_id))

    # one record per (schedule, date) --------------------------------------------------------------
    def runs(self, schedule_id: int) -> list[BillRun]:
        rows = self._pool.conn().execute(f"SELECT {_RUN_COLUMNS} FROM bill_runs WHERE schedule_id = ? "
                                         "ORDER BY bill_date", (schedule_id,))
        return [_run(r) for r in rows]

    def record_date(self, schedule_id: int, bill_date: date, marker: str) -> tuple[BillRun, bool]:
        """The date's record, written (durably) before anything is made, and whether it is new (an
        old one may stand for an invoice already made). The primary key (schedule_id, bill_date)
        makes a second record for one date impossible."""
        with self._pool.transaction(durable=True) as conn:
            now = utc_now()
            cursor = conn.execute(
                "INSERT OR IGNORE INTO bill_runs (schedule_id, bill_date, marker, state, created_at, updated_at) "
                "VALUES (?,?,?,'STARTED',?,?)", (schedule_id, bill_date.isoformat(), marker, now, now))
            fresh = cursor.rowcount == 1
        row = self._pool.conn().execute(f"SELECT {_RUN_COLUMNS} FROM bill_runs WHERE schedule_id = ? AND bill_date = ?",
                                        (schedule_id, bill_date.isoformat())).fetchone()
        return _run(row), fresh

    def set_run(self, schedule_id: int, bill_date: date, *, state: str | None = None, document_id: int | None = None,
                document_number: str | None = None, pay_url: str | None = None, error: str | None = None) -> None:
        with self._pool.transaction() as conn:
            conn.execute(
                "UPDATE bill_runs SET state = coalesce(?, state), document_id = coalesce(?, document_id), "
                "document_number = coalesce(?, document_number), pay_url = coalesce(?, pay_url), error = ?, "
                "updated_at = ? WHERE schedule_id = ? AND bill_date = ?",
                (state, document_id, document_number, pay_url, error, utc_now(), schedule_id, bill_date.isoformat()))

    # contacts' languages: the one per-customer language (store/customer_languages.py, by phone) -------
    def language(self, counterparty_id: int | None) -> str:
        if counterparty_id is None:
            return "en"
        row = self._pool.conn().execute(
            "SELECT l.language FROM counterparties AS c JOIN customer_languages AS l ON l.phone = c.phone "
            "WHERE c.id = ?", (counterparty_id,)).fetchone()
        return row[0] if row and row[0] in LANGUAGES else "en"

    def set_language(self, counterparty_id: int, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(language)
        row = self._pool.conn().execute("SELECT phone FROM counterparties WHERE id = ?", (counterparty_id,)).fetchone()
        if row is None or not row[0]:
            raise ValueError(f"contact {counterparty_id} has no phone number")
        CustomerLanguages(self._pool).set(row[0], language)

    # reminder log ---------------------------------------------------------------------------------
    def log_reminder(self, kind: str, document_id: int, channel: str, language: str, due_date: str | None,
                     amount: str | None) -> None:
        with self._pool.transaction() as conn:
            conn.execute("INSERT INTO reminder_log (kind, document_id, channel, language, due_date, amount, sent_at) "
                         "VALUES (?,?,?,?,?,?,?)", (kind, document_id, channel, language, due_date, amount, utc_now()))

    def reminders(self, kind: str, document_id: int) -> list[ReminderEntry]:
        rows = self._pool.conn().execute(
            "SELECT kind, document_id, channel, language, due_date, amount, sent_at FROM reminder_log "
            "WHERE kind = ? AND document_id = ? ORDER BY id", (kind, document_id))
        return [ReminderEntry(*r) for r in rows]

    def last_reminded(self) -> dict[tuple[str, int], str]:
        rows = self._pool.conn().execute("SELECT kind, document_id, max(sent_at) FROM reminder_log "
                                         "GROUP BY kind, document_id")
        return {(k, d): s for k, d, s in rows}
