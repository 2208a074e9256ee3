"""Every payment Dollr knows, as rows: the store's `payment_list` view read page by page. No Qt.

The rows come from the view: each PAID invoice and order (synced lists), enriched by its receipt
(who paid, method, operator, fees, FX), plus this computer's journal for what Dollr's lists cannot
show (pending, failed and refused attempts, payouts, refunds). One row per payment: a journal attempt
Dollr reports as paid is shown once, as Dollr's. Money is the exact decimal text Dollr returned; times
are UTC ISO text; a "day" is the merchant's local calendar day. Blocks on SQLite: call off the GUI thread.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from typing import Any

from dollr_desktop.services.catalogue import FeeLine, fee_lines
from dollr_desktop.services.list_queries import using

ConnFactory = Callable[[], sqlite3.Connection]

OPEN_STATES = ("SUBMITTING", "PENDING", "PROCESSING", "UNKNOWN")
FAILED_STATES = ("FAILED", "NOT_FOUND")
COMPLETED = "COMPLETED"
PAYER, PAYEE = "PAYER", "PAYEE"   # Dollr's fee_bearer: who bore the fees
CLOCK_SLACK = timedelta(minutes=5)
PARTS = ("payments_from_dollr", "payments_from_journal")   # the payment_list view's two parts


def utc_text(moment: datetime) -> str:
    """The store's time text for a moment (naive datetimes are taken as local time)."""
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds")


def local_day_bounds(day: date) -> tuple[datetime, datetime]:
    """[start, end) of a local calendar day, as aware datetimes."""
    start = datetime.combine(day, time.min).astimezone()
    end = datetime.combine(day + timedelta(days=1), time.min).astimezone()
    return start, end


def parse_time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _dec(text: Any) -> Decimal | None:
    return None if text is None or text == "" else Decimal(str(text))


@dataclass(frozen=True)
class MoneyRow:
    """One payment, as the list, takings, cash-up and exports see it."""

    origin: str                  # "dollr" (a paid document) or "journal" (this computer's attempt)
    key: str                     # "INVOICE:12" for Dollr's rows, the reference_id for the journal's
    kind: str                    # COLLECTION | PAYOUT | REFUND
    state: str                   # the journal's states; Dollr's rows are COMPLETED
    at: datetime | None          # paid (Dollr), finished or started (journal), UTC
    amount: Decimal              # the document's total (collections) or the payout's amount
    currency: str
    source_type: str | None = None
    source_id: int | None = None
    source_number: str | None = None
    reference_id: str | None = None
    counterparty_id: int | None = None
    party_name: str = ""
    method: str | None = None
    provider: str | None = None
    account_number: str | None = None
    payer_amount: Decimal | None = None
    payer_currency: str | None = None
    payee_amount: Decimal | None = None
    payee_currency: str | None = None
    fees: tuple[FeeLine, ...] = ()
    fee_bearer: str | None = None
    provider_transaction_id: str | None = None
    failure_code: str | None = None
    has_receipt: bool = False

    @property
    def received(self) -> tuple[Decimal, str]:
        """What reaches (collections) the merchant, in which currency: Dollr's payee amount; before
        the receipt is known, the document's total."""
        if self.payee_amount is not None:
            return self.payee_amount, self.payee_currency or self.currency
        return self.amount, self.currency

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> "MoneyRow":
        return cls(
            origin=row["origin"], key=str(row["key"]), kind=row["kind"], state=row["state"],
            at=parse_time(row.get("at")), amount=_dec(row.get("amount")) or Decimal(0),
            currency=row.get("currency") or "", source_type=row.get("source_type"),
            source_id=row.get("source_id"), source_number=row.get("source_number"),
            reference_id=row.get("reference_id"), counterparty_id=row.get("counterparty_id"),
            party_name=row.get("party_name") or "", method=row.get("method"), provider=row.get("provider"),
            account_number=row.get("account_number"), payer_amount=_dec(row.get("payer_amount")),
            payer_currency=row.get("payer_currency"), payee_amount=_dec(row.get("payee_amount")),
            payee_currency=row.get("payee_currency"),
            fees=tuple(fee_lines(row, currency=row.get("currency"))), fee_bearer=row.get("fee_bearer"),
            provider_transaction_id=row.get("provider_transaction_id"),
            failure_code=row.get("failure_code"), has_receipt=bool(row.get("has_receipt")),
        )


@dataclass(frozen=True)
class PaymentFilter:
    today: bool = False
    pending: bool = False
    failed: bool = False
    kind: str | None = None          # COLLECTION | PAYOUT
    method: str | None = None
    currency: str | None = None
    search: str = ""
    counterparty_id: int | None = None   # a contact's payments: its counterparty or its party
    party_id: int | None = None
    since: datetime | None = None    # [since, until)
    until: datetime | None = None


@dataclass
class PaymentQuery:
    """A filtered, newest-first list of payments (the lazy table model's `ListQuery`); rows are
    plain dicts with the view's columns (`at` is also given as `created_at`)."""

    conn: ConnFactory
    filter: PaymentFilter = field(default_factory=PaymentFilter)

    def _where(self) -> tuple[str, list[Any]]:
        f = self.filter
        where, params = ["1"], []
        since = f.since
        if f.today:
            today_start = local_day_bounds(datetime.now().date())[0]
            since = max(since, today_start) if since else today_start
        if since is not None:
            where.append("at >= ?")
            params.append(utc_text(since))
        if f.until is not None:
            where.append("at < ?")
            params.append(utc_text(f.until))
        states: list[str] = []
        if f.pending:
            states += OPEN_STATES
        if f.failed:
            states += FAILED_STATES
        if states:
            where.append(f"state IN ({', '.join('?' * len(states))})")
            params += states
        if f.counterparty_id is not None or f.party_id is not None:
            where.append("(counterparty_id = ? OR party_id = ?)")
            params += [f.counterparty_id, f.party_id]
        for column, value in (("kind", f.kind), ("method", f.method), ("currency", f.currency)):
            if value is not None and value != "":
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
        with using(self.conn):
            return sum(self.conn().execute(f"SELECT count(*) FROM {part} WHERE {where}", params).fetchone()[0]
                       for part in PARTS)

    def count_at_most(self, limit: int) -> int:
        """The count up to `limit` (the list's first look: exact below it, "more" above)."""
        where, params = self._where()
        found = 0
        with using(self.conn):
            for part in PARTS:
                found += self.conn().execute(
                    f"SELECT count(*) FROM (SELECT 1 FROM {part} WHERE {where} LIMIT ?)",
                    (*params, limit - found)).fetchone()[0]
                if found >= limit:
                    break
        return found

    def fetch(self, offset: int, limit: int) -> list[dict[str, Any]]:
        """Newest first. Each part (Dollr's, the journal's) is paged through its own index and the
        two merged: sorting the whole compound view took 350 ms at 100,000 payments."""
        where, params = self._where()
        enough = offset + limit
        arms = " UNION ALL ".join(
            f"SELECT * FROM (SELECT *, at AS created_at FROM {part} WHERE {where} "
            f"ORDER BY at DESC, key DESC LIMIT {enough})" for part in PARTS)
        with using(self.conn):
            cursor = self.conn().execute(f"{arms} ORDER BY at DESC, key DESC LIMIT ? OFFSET ?",
                                         (*params, *params, limit, offset))
            names = [d[0] for d in cursor.description]
            rows = [dict(zip(names, row)) for row in cursor.fetchall()]
            _add_refunded(self.conn(), rows)
            return rows

    def rows(self, batch: int = 2000) -> Iterator[MoneyRow]:
        """Every matching payment, oldest first, read in batches (exports, cash-ups, reports)."""
        where, params = self._where()
        with using(self.conn):   # held while the caller iterates: the store waits before closing
            cursor = self.conn().execute(
                f"SELECT * FROM payment_list WHERE {where} ORDER BY at, key", params)
            names = [d[0] for d in cursor.description]
            while chunk := cursor.fetchmany(batch):
                for values in chunk:
                    yield MoneyRow.from_row(dict(zip(names, values)))


def _add_refunded(conn: Any, rows: list[dict[str, Any]]) -> None:
    """Paid collections on the page get `refunded` (completed refunds, exact text) and
    `refund_status` (services/refunds.py's codes) so the list can say "partly refunded"."""
    keys = {f"{r['source_type']}:{r['source_id']}" if r.get("source_type") and r.get("source_id") is not None
            else r.get("reference_id"): r for r in rows if r.get("kind") == "COLLECTION" and r.get("state") == COMPLETED}
    keys.pop(None, None)
    if not keys:
        return
    given: dict[str, Decimal] = {}
    for key, amount in conn.execute(
            f"SELECT refund_of, amount FROM payments WHERE kind = 'REFUND' AND state = 'COMPLETED' "
            f"AND refund_of IN ({', '.join('?' * len(keys))})", list(keys)):
        given[key] = given.get(key, Decimal(0)) + Decimal(amount)
    for key, amount in given.items():
        row = keys[key]
        paid = _dec(row.get("payee_amount")) or _dec(row.get("amount")) or Decimal(0)
        row["refunded"] = str(amount)
        row["refund_status"] = "refunded" if amount >= paid else "partly_refunded"


def _chain(*parts: Iterable[MoneyRow]) -> Iterator[MoneyRow]:
    for part in parts:
        yield from part
