"""The Payments (activity) view and Home's "Today" tile, read from the payment journal (no Qt).

Every collection and payout the app started is a journal row; this module only reads them.
All methods block on SQLite: call them through `asyncio.to_thread` (the views do).
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from decimal import Decimal
from typing import Any

from dollr_desktop.services.catalogue import FeeKind, FeeLine, fee_lines
from dollr_desktop.store.journal import OPEN_STATES, PaymentState

ConnFactory = Callable[[], sqlite3.Connection]

def start_of_local_day(day: date | None = None) -> str:
    """The journal stores UTC ISO text; 'today' is the merchant's local calendar day."""
    day = day or datetime.now().date()
    local_midnight = datetime.combine(day, time.min).astimezone()
    return local_midnight.astimezone(timezone.utc).isoformat(timespec="milliseconds")


@dataclass(frozen=True)
class ActivityFilter:
    today: bool = False
    pending: bool = False
    failed: bool = False
    kind: str | None = None          # COLLECTION | PAYOUT
    method: str | None = None
    currency: str | None = None
    search: str = ""


def fee_lines_of(row: dict[str, Any]) -> list[FeeLine]:
    """The fees of the quote the person confirmed for this payment, as the catalogue names them."""
    try:
        quote = json.loads(row.get("quote") or "{}")
    except ValueError:
        quote = {}
    return fee_lines(quote, currency=row["currency"]) if isinstance(quote, dict) else []


def fees_of(row: dict[str, Any]) -> dict[str, Decimal]:
    """Fees per currency: from the quote the person confirmed, else paid minus received."""
    fees: dict[str, Decimal] = {}
    for line in fee_lines_of(row):
        fees[line.currency] = fees.get(line.currency, Decimal(0)) + line.amount
    if not fees and row.get("payee_amount") and row.get("payee_currency") == row["currency"]:
        difference = Decimal(row["amount"]) - Decimal(row["payee_amount"])
        if difference > 0:
            fees[row["currency"]] = difference
    return {c: v for c, v in fees.items() if v}


@dataclass
class ActivityQuery:
    """A filtered, newest-first list of journal rows (the lazy table model's `ListQuery`)."""

    conn: ConnFactory
    filter: ActivityFilter = field(default_factory=ActivityFilter)

    def _where(self) -> tuple[str, list[Any]]:
        f = self.filter
        where, params = ["1"], []
        if f.today:
            where.append("created_at >= ?")
            params.append(start_of_local_day())
        states = []
        if f.pending:
            states += [s.value for s in OPEN_STATES]
        if f.failed:
            states += [PaymentState.FAILED.value, PaymentState.NOT_FOUND.value]
        if states:
            where.append(f"state IN ({', '.join('?' * len(states))})")
            params += states
        for column, value in (("kind", f.kind), ("method", f.method), ("currency", f.currency)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        text = f.search.strip()
        if text:
            like = f"%{text}%"
            where.append("(party_name LIKE ? OR source_number LIKE ? OR reference_id LIKE ? "
                         "OR account_number LIKE ? OR provider_transaction_id LIKE ?)")
            params += [like] * 5
        return " AND ".join(where), params

    def count(self) -> int:
        where, params = self._where()
        return self.conn().execute(f"SELECT count(*) FROM payments WHERE {where}", params).fetchone()[0]

    def fetch(self, offset: int, limit: int) -> list[dict[str, Any]]:
        where, params = self._where()
        cursor = self.conn().execute(
            f"SELECT * FROM payments WHERE {where} ORDER BY created_at DESC, rowid DESC LIMIT ? OFFSET ?",
            (*params, limit, offset))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]


@dataclass(frozen=True)
class TodaySummary:
    collected: dict[tuple[str, str], Decimal]   # (method, currency) -> received by the merchant
    collected_count: int
    fees: dict[str, Decimal]                     # currency -> fees on today's collections
    pending_count: int
    failed_count: int
    paid_out: dict[str, Decimal]                 # currency -> sent to suppliers/staff
    fees_by_kind: dict[tuple[FeeKind, str], Decimal] = field(default_factory=dict)  # the same, per fee

    @property
    def empty(self) -> bool:
        return not (self.collected_count or self.pending_count or self.failed_count or self.paid_out)


class ActivityService:
    def __init__(self, store: Any) -> None:
        self.store = store

    def query(self, activity_filter: ActivityFilter | None = None) -> ActivityQuery:
        return ActivityQuery(self.store.connection, activity_filter or ActivityFilter())

    def methods_and_currencies(self) -> tuple[list[str], list[str]]:
        conn = self.store.connection()
        methods = [r[0] for r in conn.execute(
            "SELECT DISTINCT method FROM payments WHERE method IS NOT NULL ORDER BY method")]
        currencies = [r[0] for r in conn.execute("SELECT DISTINCT currency FROM payments ORDER BY currency")]
        return methods, currencies

    def today(self, day: date | None = None) -> TodaySummary:
        since = start_of_local_day(day)
        rows = self.store.connection().execute(
            "SELECT * FROM payments WHERE created_at >= ? OR finished_at >= ? OR state IN (?,?,?,?)",
            (since, since, *[s.value for s in OPEN_STATES]))
        names = [d[0] for d in rows.description]
        collected: dict[tuple[str, str], Decimal] = {}
        fees: dict[str, Decimal] = {}
        by_kind: dict[tuple[FeeKind, str], Decimal] = {}
        paid_out: dict[str, Decimal] = {}
        collected_count = pending = failed = 0
        for values in rows.fetchall():
            row = dict(zip(names, values))
            state = PaymentState(row["state"])
            if state in OPEN_STATES:
                pending += 1
                continue
            if (row.get("finished_at") or row["created_at"]) < since:
                continue
            if state is PaymentState.FAILED:
                failed += 1
            if state is not PaymentState.COMPLETED:
                continue
            if row["kind"] == "PAYOUT":
                paid_out[row["currency"]] = paid_out.get(row["currency"], Decimal(0)) + Decimal(row["amount"])
                continue
            collected_count += 1
            currency = row.get("payee_currency") or row["currency"]
            amount = Decimal(row.get("payee_amount") or row["amount"])
            key = (row.get("method") or "", currency)
            collected[key] = collected.get(key, Decimal(0)) + amount
            for fee_currency, fee in fees_of(row).items():
                fees[fee_currency] = fees.get(fee_currency, Decimal(0)) + fee
            for line in fee_lines_of(row):
                by_kind[line.kind, line.currency] = by_kind.get((line.kind, line.currency), Decimal(0)) + line.amount
        return TodaySummary(collected, collected_count, fees, pending, failed, paid_out, by_kind)
