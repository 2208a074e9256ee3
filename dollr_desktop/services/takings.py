"""The sums a merchant closes the day with, over every payment Dollr knows (services/payment_rows.py). No Qt.

Money is the exact decimal text Dollr returned, added up as Decimal (never rounded here; the UI
formats with the catalogue's decimals). Times are UTC ISO text in the store; a "day" is the
merchant's local calendar day. Every method blocks on SQLite: call through `asyncio.to_thread`.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from dollr_desktop.services.list_queries import using
from dollr_desktop.services.payment_rows import (
    CLOCK_SLACK, COMPLETED, FAILED_STATES, OPEN_STATES, PAYER, MoneyRow, PaymentFilter, PaymentQuery, _chain,
    local_day_bounds, parse_time,
)

@dataclass
class Totals:
    """Sums for one group of payments. `fees_*` are per fee currency."""

    count: int = 0
    gross: Decimal = Decimal(0)                                           # documents' totals
    net: Decimal = Decimal(0)                                             # what the merchant gets
    refunded: Decimal = Decimal(0)                                        # given back (already out of net)
    fees_by_customer: dict[str, Decimal] = field(default_factory=dict)    # borne by the payer
    fees_by_merchant: dict[str, Decimal] = field(default_factory=dict)    # borne by the merchant

    @property
    def fees(self) -> dict[str, Decimal]:
        total = dict(self.fees_by_customer)
        for currency, amount in self.fees_by_merchant.items():
            total[currency] = total.get(currency, Decimal(0)) + amount
        return total

    def add_collection(self, row: MoneyRow) -> None:
        self.count += 1
        self.gross += row.amount
        self.net += row.received[0]
        bucket = self.fees_by_customer if row.fee_bearer == PAYER else self.fees_by_merchant
        for line in row.fees:
            bucket[line.currency] = bucket.get(line.currency, Decimal(0)) + line.amount

    def add_refund(self, row: MoneyRow) -> None:
        """Money given back: out of what the merchant got (the one honest place: net)."""
        self.refunded += row.amount
        self.net -= row.amount

    def add_payout(self, row: MoneyRow) -> None:
        self.count += 1
        self.gross += row.amount
        self.net += row.amount
        for line in row.fees:
            self.fees_by_merchant[line.currency] = self.fees_by_merchant.get(line.currency, Decimal(0)) + line.amount


@dataclass
class Takings:
    """What came in and went out in a window of time."""

    since: datetime
    until: datetime
    by_currency: dict[str, Totals] = field(default_factory=dict)                  # received currency
    by_method: dict[tuple[str, str, str], Totals] = field(default_factory=dict)   # (method, provider, currency)
    payouts: dict[str, Totals] = field(default_factory=dict)                      # currency
    refunds: dict[str, Totals] = field(default_factory=dict)                      # currency
    pending: int = 0
    failed: int = 0
    last: list[MoneyRow] = field(default_factory=list)                            # newest first

    @property
    def empty(self) -> bool:
        return not (self.by_currency or self.payouts or self.refunds or self.pending or self.failed)


def takings_of(rows: Iterable[MoneyRow], since: datetime, until: datetime, *, keep_last: int = 5) -> Takings:
    result = Takings(since, until)
    for row in rows:
        if row.state in OPEN_STATES:
            result.pending += 1
            continue
        if row.state in FAILED_STATES:
            result.failed += 1
            continue
        if row.state != COMPLETED:
            continue
        if row.kind == "PAYOUT":
            result.payouts.setdefault(row.currency, Totals()).add_payout(row)
            continue
        if row.kind == "REFUND":   # counted once as a refund, and taken out of the currency's net
            result.refunds.setdefault(row.currency, Totals()).add_payout(row)
            result.by_currency.setdefault(row.currency, Totals()).add_refund(row)
            continue
        currency = row.received[1]
        result.by_currency.setdefault(currency, Totals()).add_collection(row)
        key = (row.method or "", row.provider or "", currency)
        result.by_method.setdefault(key, Totals()).add_collection(row)
        result.last.append(row)
    result.last = sorted(result.last, key=lambda r: r.at or since, reverse=True)[:keep_last]
    return result


@dataclass(frozen=True)
class BalanceEstimate:
    """An estimate from what this app knows, never Dollr's figure (the API has no balance)."""

    currency: str
    amount: Decimal
    opening: Decimal | None       # what the merchant entered, if anything
    opening_as_of: datetime | None
    received: Decimal
    paid_out: Decimal


class TakingsService:
    def __init__(self, store: Any, gate: Any = None) -> None:
        """`gate`: the session's QueryGate, so that closing the store waits for these reads
        (closing a connection under a running query crashes the process)."""
        self.store = store
        self.connection = gate or store.connection

    def reading(self) -> Any:
        """Hold the gate around reads of the store made outside a query (a `with` block)."""
        return using(self.connection)

    def query(self, payment_filter: PaymentFilter | None = None) -> PaymentQuery:
        return PaymentQuery(self.connection, payment_filter or PaymentFilter())

    def takings(self, since: datetime, until: datetime) -> Takings:
        """Completed payments in [since, until), plus the payments still waiting (any time)."""
        rows = self.query(PaymentFilter(since=since, until=until)).rows()
        waiting = (r for r in self.query(PaymentFilter(pending=True)).rows() if not (r.at and since <= r.at < until))
        result = takings_of(_chain(rows, waiting), since, until)
        return result

    def today(self, day: date | None = None) -> Takings:
        return self.takings(*local_day_bounds(day or datetime.now().date()))

    def daily_net(self, days: int, *, today: date | None = None) -> dict[str, list[tuple[date, Decimal]]]:
        """Net received per local day for the last `days` days (oldest first), per currency."""
        today = today or datetime.now().date()
        first = today - timedelta(days=days - 1)
        since, until = local_day_bounds(first)[0], local_day_bounds(today)[1]
        per_day: dict[str, dict[date, Decimal]] = {}
        for row in self.query(PaymentFilter(since=since, until=until, kind="COLLECTION")).rows():
            if row.state != COMPLETED or row.at is None:
                continue
            amount, currency = row.received
            day = row.at.astimezone().date()
            bucket = per_day.setdefault(currency, {})
            bucket[day] = bucket.get(day, Decimal(0)) + amount
        return {currency: [(first + timedelta(days=i), bucket.get(first + timedelta(days=i), Decimal(0)))
                           for i in range(days)] for currency, bucket in per_day.items()}

    def landed(self, keys: Iterable[tuple[str, int]], since: datetime) -> list[MoneyRow]:
        """Of these paid documents, the ones paid since `since` (the previous sync; a few minutes
        earlier, for clocks that disagree) that no attempt of this computer took: news for the
        merchant. The first sync of an account is history, not news: callers pass no `since` then."""
        since = since.astimezone(timezone.utc) - CLOCK_SLACK
        wanted = [f"{kind}:{doc_id}" for kind, doc_id in keys]
        with self.reading():
            found = self._landed_rows(self.connection(), wanted)
        return sorted((r for r in found if r.at is not None and r.at >= since), key=lambda r: r.at)

    @staticmethod
    def _landed_rows(conn: Any, wanted: list[str]) -> list[MoneyRow]:
        found = []
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            cursor = conn.execute(
                f"SELECT * FROM payment_list WHERE origin = 'dollr' AND key IN ({', '.join('?' * len(chunk))}) "
                "AND NOT EXISTS (SELECT 1 FROM payments AS p WHERE p.kind = 'COLLECTION' "
                "AND p.state = 'COMPLETED' AND p.source_type = payment_list.source_type "
                "AND p.source_id = payment_list.source_id)", chunk)
            names = [d[0] for d in cursor.description]
            found += [MoneyRow.from_row(dict(zip(names, values))) for values in cursor.fetchall()]
        return found

    def methods_and_currencies(self) -> tuple[list[str], list[str]]:
        """For the list's filters, read from the tables (the view would be walked whole)."""
        with self.reading():
            return self._methods_and_currencies(self.connection())

    @staticmethod
    def _methods_and_currencies(conn: Any) -> tuple[list[str], list[str]]:
        methods = [r[0] for r in conn.execute(
            "SELECT method FROM received_payments WHERE method IS NOT NULL UNION "
            "SELECT method FROM payments WHERE method IS NOT NULL ORDER BY 1")]
        currencies = [r[0] for r in conn.execute(
            "SELECT currency FROM received_payments WHERE currency IS NOT NULL UNION "
            "SELECT currency FROM payments ORDER BY 1")]
        return methods, currencies

    def balances(self) -> list[BalanceEstimate]:
        """Per currency: opening balance + received (net of the fees the merchant bore) − payouts
        and their fees, counting only what happened after the opening balance's date."""
        with self.reading():
            openings = self.store.received.opening_balances()
        received: dict[str, Decimal] = {}
        paid_out: dict[str, Decimal] = {}
        for row in self.query().rows():
            if row.state != COMPLETED or row.at is None:
                continue
            if row.kind in ("PAYOUT", "REFUND"):
                currency = row.currency
                opening = openings.get(currency)
                if opening and row.at < parse_time(opening[1]):
                    continue
                paid_out[currency] = paid_out.get(currency, Decimal(0)) + row.amount + sum(
                    (f.amount for f in row.fees if f.currency == currency), Decimal(0))
                continue
            amount, currency = row.received
            opening = openings.get(currency)
            if opening and row.at < parse_time(opening[1]):
                continue
            received[currency] = received.get(currency, Decimal(0)) + amount
        estimates = []
        for currency in sorted(set(received) | set(paid_out) | set(openings)):
            opening_amount, opening_as_of = openings.get(currency, (None, None))
            got, sent = received.get(currency, Decimal(0)), paid_out.get(currency, Decimal(0))
            estimates.append(BalanceEstimate(currency, (opening_amount or Decimal(0)) + got - sent,
                                             opening_amount, parse_time(opening_as_of), got, sent))
        return estimates
