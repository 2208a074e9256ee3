"""Cash-up (a till's Z-report) for a day or a shift, computed from Dollr's data, and kept. No Qt.

The figures come from `TakingsService` (every payment Dollr knows, counted once), so two computers
on one account compute the same cash-up for the same period. What only this computer knows (its
own payouts and attempts still pending or failed) is kept apart in the figures.

Closing keeps the figures as a snapshot (JSON, exact decimal text) that never changes; reopening
marks that version reopened, and closing again writes the next version, which says which one it
replaces. Every method blocks on SQLite: call through `asyncio.to_thread`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from typing import Any

from dollr_desktop.services.payment_rows import OPEN_STATES, PaymentFilter, local_day_bounds, parse_time, utc_text
from dollr_desktop.services.takings import TakingsService, Totals, takings_of
from dollr_desktop.store.cashups import CashUpNotOpenError, CashUpRecord

WAITING_STATUSES = ("ACTIVE", "PROCESSING")
SNAPSHOT_FORMAT = 1

__all__ = ["CashCount", "CashUpFigures", "CashUpNotOpenError", "CashUpService", "ClosedCashUp", "MethodLine",
           "Period", "PayoutLine", "WaitingLine"]


def _money_map(values: dict[str, Decimal]) -> dict[str, str]:
    return {currency: str(amount) for currency, amount in sorted(values.items())}


def _decimal_map(values: dict[str, str]) -> dict[str, Decimal]:
    return {currency: Decimal(amount) for currency, amount in values.items()}


@dataclass(frozen=True)
class Period:
    """[since, until) in the merchant's time; `shift` is "" for a whole day, else "HH:MM-HH:MM"."""

    since: datetime
    until: datetime
    shift: str = ""

    @classmethod
    def day(cls, day: date) -> "Period":
        return cls(*local_day_bounds(day))

    @classmethod
    def shift_of(cls, day: date, start: time, end: time) -> "Period":
        """A shift starting on `day`; an end at or before the start is on the next day."""
        since = datetime.combine(day, start).astimezone()
        until = datetime.combine(day if end > start else day + timedelta(days=1), end).astimezone()
        return cls(since, until, f"{start:%H:%M}-{end:%H:%M}")

    @property
    def key(self) -> str:
        return f"{utc_text(self.since)}/{utc_text(self.until)}"

    @property
    def local_day(self) -> date:
        return self.since.astimezone().date()


@dataclass(frozen=True)
class MethodLine:
    """One method + operator + received currency."""

    method: str
    provider: str
    currency: str
    count: int
    gross: Decimal
    net: Decimal
    fees_by_customer: dict[str, Decimal] = field(default_factory=dict)
    fees_by_merchant: dict[str, Decimal] = field(default_factory=dict)

    @classmethod
    def of(cls, method: str, provider: str, currency: str, totals: Totals) -> "MethodLine":
        return cls(method, provider, currency, totals.count, totals.gross, totals.net,
                   dict(totals.fees_by_customer), dict(totals.fees_by_merchant))

    def as_json(self) -> dict[str, Any]:
        return {"method": self.method, "provider": self.provider, "currency": self.currency, "count": self.count,
                "gross": str(self.gross), "net": str(self.net),
                "fees_by_customer": _money_map(self.fees_by_customer),
                "fees_by_merchant": _money_map(self.fees_by_merchant)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "MethodLine":
        return cls(data["method"], data["provider"], data["currency"], int(data["count"]), Decimal(data["gross"]),
                   Decimal(data["net"]), _decimal_map(data["fees_by_customer"]),
                   _decimal_map(data["fees_by_merchant"]))


@dataclass(frozen=True)
class PayoutLine:
    currency: str
    count: int
    amount: Decimal
    fees: dict[str, Decimal] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {"currency": self.currency, "count": self.count, "amount": str(self.amount),
                "fees": _money_map(self.fees)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "PayoutLine":
        return cls(data["currency"], int(data["count"]), Decimal(data["amount"]), _decimal_map(data["fees"]))


@dataclass(frozen=True)
class WaitingLine:
    """Documents still waiting to be paid (ACTIVE or PROCESSING) when the figures were made."""

    kind: str          # INVOICE | ORDER
    currency: str
    count: int
    amount: Decimal

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "currency": self.currency, "count": self.count, "amount": str(self.amount)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "WaitingLine":
        return cls(data["kind"], data["currency"], int(data["count"]), Decimal(data["amount"]))


@dataclass(frozen=True)
class CashCount:
    """Money taken outside Dollr: what the till's own record expects and what was counted."""

    currency: str
    counted: Decimal
    expected: Decimal = Decimal(0)

    @property
    def difference(self) -> Decimal:
        """Counted minus expected: negative is money missing, positive money over."""
        return self.counted - self.expected

    def as_json(self) -> dict[str, Any]:
        return {"currency": self.currency, "counted": str(self.counted), "expected": str(self.expected)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "CashCount":
        return cls(data["currency"], Decimal(data["counted"]), Decimal(data["expected"]))


@dataclass(frozen=True)
class CashUpFigures:
    period: Period
    methods: tuple[MethodLine, ...] = ()
    waiting: tuple[WaitingLine, ...] = ()
    cash: tuple[CashCount, ...] = ()
    # What only this computer knows (its journal): payouts made and attempts not settled.
    payouts: tuple[PayoutLine, ...] = ()
    pending_attempts: int = 0
    failed_attempts: int = 0
    computed_at: datetime | None = None
    refunds: tuple[PayoutLine, ...] = ()   # given back (this computer's journal), per currency

    def totals(self) -> dict[str, MethodLine]:
        """Per received currency, every method added up (method and provider are "")."""
        result: dict[str, MethodLine] = {}
        for line in self.methods:
            sum_ = result.get(line.currency)
            if sum_ is None:
                result[line.currency] = replace(line, method="", provider="",
                                                fees_by_customer=dict(line.fees_by_customer),
                                                fees_by_merchant=dict(line.fees_by_merchant))
                continue
            customer, merchant = dict(sum_.fees_by_customer), dict(sum_.fees_by_merchant)
            for target, source in ((customer, line.fees_by_customer), (merchant, line.fees_by_merchant)):
                for currency, amount in source.items():
                    target[currency] = target.get(currency, Decimal(0)) + amount
            result[line.currency] = replace(sum_, count=sum_.count + line.count, gross=sum_.gross + line.gross,
                                            net=sum_.net + line.net, fees_by_customer=customer,
                                            fees_by_merchant=merchant)
        return dict(sorted(result.items()))

    @property
    def payment_count(self) -> int:
        return sum(line.count for line in self.methods)

    def with_cash(self, cash: tuple[CashCount, ...]) -> "CashUpFigures":
        return replace(self, cash=tuple(cash))

    def shared(self) -> dict[str, Any]:
        """The part every computer on the account computes alike (Dollr's data)."""
        data = self.as_json()
        for local in ("payouts", "pending_attempts", "failed_attempts", "computed_at", "cash", "refunds"):
            data.pop(local)
        return data

    def as_json(self) -> dict[str, Any]:
        return {
            "format": SNAPSHOT_FORMAT, "since": utc_text(self.period.since), "until": utc_text(self.period.until),
            "shift": self.period.shift, "methods": [line.as_json() for line in self.methods],
            "waiting": [line.as_json() for line in self.waiting], "cash": [c.as_json() for c in self.cash],
            "payouts": [line.as_json() for line in self.payouts], "pending_attempts": self.pending_attempts,
            "failed_attempts": self.failed_attempts,
            "computed_at": utc_text(self.computed_at) if self.computed_at else None,
            "refunds": [line.as_json() for line in self.refunds],
        }

    def snapshot(self) -> str:
        return json.dumps(self.as_json(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_snapshot(cls, text: str) -> "CashUpFigures":
        data = json.loads(text)
        period = Period(parse_time(data["since"]), parse_time(data["until"]), data.get("shift", ""))
        return cls(period=period, methods=tuple(MethodLine.from_json(m) for m in data["methods"]),
                   waiting=tuple(WaitingLine.from_json(w) for w in data["waiting"]),
                   cash=tuple(CashCount.from_json(c) for c in data["cash"]),
                   payouts=tuple(PayoutLine.from_json(p) for p in data["payouts"]),
                   pending_attempts=int(data["pending_attempts"]), failed_attempts=int(data["failed_attempts"]),
                   computed_at=parse_time(data.get("computed_at")),
                   refunds=tuple(PayoutLine.from_json(r) for r in data.get("refunds", ())))


@dataclass(frozen=True)
class ClosedCashUp:
    """One closed version, with its figures as they were when it was closed."""

    id: int
    version: int
    figures: CashUpFigures
    closed_at: datetime
    closed_on: str                    # the computer that closed it
    note: str
    replaces_version: int | None      # the version this one corrects
    reopened_at: datetime | None      # set when this version was reopened (then it is history)

    @property
    def is_current(self) -> bool:
        return self.reopened_at is None


class CashUpService:
    def __init__(self, store: Any, takings: TakingsService | None = None) -> None:
        self.store = store
        self.takings = takings or TakingsService(store)

    def compute(self, period: Period, cash: tuple[CashCount, ...] = ()) -> CashUpFigures:
        rows = self.takings.query(PaymentFilter(since=period.since, until=period.until)).rows()
        result = takings_of(rows, period.since, period.until, keep_last=0)
        methods = tuple(MethodLine.of(method, provider, currency, totals)
                        for (method, provider, currency), totals in sorted(result.by_method.items()))
        payouts = tuple(PayoutLine(currency, t.count, t.gross, dict(t.fees_by_merchant))
                        for currency, t in sorted(result.payouts.items()))
        refunds = tuple(PayoutLine(currency, t.count, t.gross, dict(t.fees_by_merchant))
                        for currency, t in sorted(result.refunds.items()))
        return CashUpFigures(period=period, methods=methods, waiting=self.waiting(), cash=tuple(cash),
                             payouts=payouts, refunds=refunds, pending_attempts=self._open_attempts(),
                             failed_attempts=result.failed, computed_at=parse_time(utc_text(datetime.now(timezone.utc))))

    def waiting(self) -> tuple[WaitingLine, ...]:
        sums: dict[tuple[str, str], list[Any]] = {}
        with self.takings.reading():
            rows = self.takings.connection().execute(
                f"SELECT kind, currency, total_amount FROM documents WHERE gone_at IS NULL AND status IN "
                f"({', '.join('?' * len(WAITING_STATUSES))})", WAITING_STATUSES).fetchall()
        for kind, currency, amount in rows:
            entry = sums.setdefault((kind, currency or ""), [0, Decimal(0)])
            entry[0] += 1
            entry[1] += Decimal(amount or 0)
        return tuple(WaitingLine(kind, currency, count, amount)
                     for (kind, currency), (count, amount) in sorted(sums.items()))

    def _open_attempts(self) -> int:
        with self.takings.reading():
            return self.takings.connection().execute(
                f"SELECT count(*) FROM payments WHERE state IN ({', '.join('?' * len(OPEN_STATES))})",
                OPEN_STATES).fetchone()[0]

    # Closed versions ---------------------------------------------------------------------------

    def close(self, figures: CashUpFigures, *, note: str = "", closed_on: str = "") -> ClosedCashUp:
        """Keep the figures as the period's next version (CashUpNotOpenError if one is current)."""
        period = figures.period
        record = self.store.cashups.close(period_key=period.key, since=utc_text(period.since),
                                          until=utc_text(period.until), shift=period.shift,
                                          snapshot=figures.snapshot(), closed_on=closed_on, note=note)
        return self._closed(record)

    def reopen(self, closed: ClosedCashUp) -> ClosedCashUp:
        return self._closed(self.store.cashups.reopen(closed.id))

    def versions(self, period: Period) -> list[ClosedCashUp]:
        return [self._closed(r) for r in self.store.cashups.versions(period.key)]

    def current(self, period: Period) -> ClosedCashUp | None:
        """The period's closed version in force (None: open, never closed or reopened)."""
        versions = self.store.cashups.versions(period.key)
        return self._closed(versions[-1]) if versions and versions[-1].is_current else None

    def latest(self) -> ClosedCashUp | None:
        record = self.store.cashups.latest()
        return self._closed(record) if record is not None else None

    def recent(self, limit: int = 50) -> list[ClosedCashUp]:
        return [self._closed(r) for r in self.store.cashups.recent(limit)]

    def between(self, since: datetime, until: datetime) -> list[ClosedCashUp]:
        return [self._closed(r) for r in self.store.cashups.between(utc_text(since), utc_text(until))]

    def _closed(self, record: CashUpRecord) -> ClosedCashUp:
        replaces = None
        if record.replaces is not None:
            replaces = self.store.cashups.get(record.replaces).version
        return ClosedCashUp(record.id, record.version, CashUpFigures.from_snapshot(record.snapshot),
                            parse_time(record.closed_at), record.closed_on, record.note, replaces,
                            parse_time(record.reopened_at))


