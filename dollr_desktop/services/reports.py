"""Reports over a date range, from the same payments the cash-up counts. No Qt.

One pass over the range's payments gives takings by day / week / month, by method and operator,
fees paid (by kind and by who bore them), top customers and payouts by recipient; the cached
documents give what is outstanding and how overdue (ageing from the due date). Codes and exact
Decimals only: the UI words and formats them. Blocking: call through `asyncio.to_thread`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from dollr_desktop.services.payment_rows import COMPLETED, PAYER, PaymentFilter, local_day_bounds, parse_time
from dollr_desktop.services.takings import TakingsService, Totals

GRAINS = ("day", "week", "month")
AGEING_BUCKETS = ("not_due", "0-30", "31-60", "61-90", "90+")
OUTSTANDING_STATUSES = ("ACTIVE", "PROCESSING")


def bucket_start(day: date, grain: str) -> date:
    if grain == "week":
        return day - timedelta(days=day.weekday())    # Monday
    if grain == "month":
        return day.replace(day=1)
    return day


def next_bucket(start: date, grain: str) -> date:
    if grain == "week":
        return start + timedelta(days=7)
    if grain == "month":
        return (start.replace(day=28) + timedelta(days=4)).replace(day=1)
    return start + timedelta(days=1)


def ageing_bucket(due: date, today: date) -> str:
    late = (today - due).days
    if late < 0:
        return "not_due"
    if late <= 30:
        return "0-30"
    if late <= 60:
        return "31-60"
    if late <= 90:
        return "61-90"
    return "90+"


@dataclass(frozen=True)
class FeeSum:
    kind: str          # the catalogue's FeeKind value: dollr | operator | exchange
    currency: str
    bearer: str        # PAYER (the customer) | PAYEE (the merchant)
    amount: Decimal


@dataclass(frozen=True)
class PartySum:
    name: str
    counterparty_id: int | None
    currency: str
    count: int
    amount: Decimal
    fees: Decimal = Decimal(0)


@dataclass(frozen=True)
class AgeingSum:
    bucket: str
    currency: str
    count: int
    amount: Decimal


@dataclass
class Report:
    since: datetime
    until: datetime
    grain: str
    series: dict[str, list[tuple[date, Totals]]] = field(default_factory=dict)   # received currency
    by_method: dict[tuple[str, str, str], Totals] = field(default_factory=dict)  # (method, provider, currency)
    fees: list[FeeSum] = field(default_factory=list)
    top_customers: list[PartySum] = field(default_factory=list)
    payouts: list[PartySum] = field(default_factory=list)
    refunds: list[PartySum] = field(default_factory=list)   # given back, per customer and currency
    ageing: list[AgeingSum] = field(default_factory=list)

    @property
    def currencies(self) -> list[str]:
        return sorted(self.series)


class ReportsService:
    def __init__(self, store: Any, takings: TakingsService | None = None) -> None:
        self.store = store
        self.takings = takings or TakingsService(store)

    def report(self, first: date, last: date, grain: str = "day", *, top: int = 10,
               today: date | None = None) -> Report:
        """Local days `first`..`last` (both included)."""
        if grain not in GRAINS:
            raise ValueError(grain)
        since, until = local_day_bounds(first)[0], local_day_bounds(last)[1]
        report = Report(since, until, grain)
        buckets: dict[str, dict[date, Totals]] = {}
        fees: dict[tuple[str, str, str], Decimal] = {}
        customers: dict[tuple[Any, str], list[Any]] = {}
        recipients: dict[tuple[str, str], list[Any]] = {}
        given_back: dict[tuple[Any, str], list[Any]] = {}
        for row in self.takings.query(PaymentFilter(since=since, until=until)).rows():
            if row.state != COMPLETED or row.at is None:
                continue
            if row.kind == "REFUND":   # out of the day's net, as takings and the cash-up count it
                start = bucket_start(row.at.astimezone().date(), grain)
                buckets.setdefault(row.currency, {}).setdefault(start, Totals()).add_refund(row)
                who = row.counterparty_id if row.counterparty_id is not None else row.party_name
                entry = given_back.setdefault((who, row.currency), [row.party_name, row.counterparty_id, 0, Decimal(0)])
                entry[2] += 1
                entry[3] += row.amount
                continue
            if row.kind == "PAYOUT":
                entry = recipients.setdefault((row.party_name, row.currency), [row.counterparty_id, 0, Decimal(0),
                                                                                Decimal(0)])
                entry[1] += 1
                entry[2] += row.amount
                entry[3] += sum((f.amount for f in row.fees if f.currency == row.currency), Decimal(0))
                continue
            amount, currency = row.received
            start = bucket_start(row.at.astimezone().date(), grain)
            buckets.setdefault(currency, {}).setdefault(start, Totals()).add_collection(row)
            report.by_method.setdefault((row.method or "", row.provider or "", currency), Totals()).add_collection(row)
            bearer = PAYER if row.fee_bearer == PAYER else "PAYEE"
            for line in row.fees:
                key = (line.kind.value, line.currency, bearer)
                fees[key] = fees.get(key, Decimal(0)) + line.amount
            who = row.counterparty_id if row.counterparty_id is not None else row.party_name
            entry = customers.setdefault((who, currency), [row.party_name, row.counterparty_id, 0, Decimal(0)])
            entry[2] += 1
            entry[3] += amount
        for currency, per_start in buckets.items():
            series, start = [], bucket_start(first, grain)
            while start <= last:
                series.append((start, per_start.get(start, Totals())))
                start = next_bucket(start, grain)
            report.series[currency] = series
        report.fees = [FeeSum(kind, currency, bearer, amount)
                       for (kind, currency, bearer), amount in sorted(fees.items())]
        ranked = sorted(customers.items(), key=lambda item: (item[0][1], -item[1][3], item[1][0]))
        per_currency: dict[str, int] = {}
        for (_who, currency), (name, counterparty_id, count, amount) in ranked:
            if per_currency.get(currency, 0) < top:
                per_currency[currency] = per_currency.get(currency, 0) + 1
                report.top_customers.append(PartySum(name, counterparty_id, currency, count, amount))
        report.payouts = sorted((PartySum(name, cp, currency, count, amount, fee)
                                 for (name, currency), (cp, count, amount, fee) in recipients.items()),
                                key=lambda p: (p.currency, -p.amount, p.name))
        report.refunds = sorted((PartySum(name, cp, currency, count, amount)
                                 for (_who, currency), (name, cp, count, amount) in given_back.items()),
                                key=lambda p: (p.currency, -p.amount, p.name or ""))
        report.ageing = self.ageing(today or datetime.now().date())
        return report

    def ageing(self, today: date) -> list[AgeingSum]:
        """Outstanding documents (published, not paid) by how late they are: from the due date,
        or from the day they were made when they have none."""
        sums: dict[tuple[str, str], list[Any]] = {}
        with self.takings.reading():
            rows = self.takings.connection().execute(
                f"SELECT currency, total_amount, due_date, created_at FROM documents WHERE gone_at IS NULL "
                f"AND status IN ({', '.join('?' * len(OUTSTANDING_STATUSES))})", OUTSTANDING_STATUSES).fetchall()
        for currency, amount, due_text, created_text in rows:
            moment = parse_time(due_text) or parse_time(created_text)
            bucket = ageing_bucket(moment.astimezone().date(), today) if moment else "0-30"
            entry = sums.setdefault((bucket, currency or ""), [0, Decimal(0)])
            entry[0] += 1
            entry[1] += Decimal(amount or 0)
        order = {name: i for i, name in enumerate(AGEING_BUCKETS)}
        return [AgeingSum(bucket, currency, count, amount)
                for (bucket, currency), (count, amount) in sorted(sums.items(), key=lambda i: (i[0][1], order[i[0][0]]))]
