"""Export payments, documents, payouts and cash-ups for a date range as CSV or XLSX. No Qt.

Columns are codes; the caller passes the visible header for each code (and, optionally, words for
coded values such as states and methods), so every word a person reads comes from `ui/`.

- CSV: UTF-8 with a BOM (Excel opens it right in any language), `,` separated, quoted as needed;
  amounts as exact decimal text with a point.
- XLSX (XlsxWriter, constant_memory: rows streamed to disk): amounts as numbers with their
  currency's decimals as the number format, currencies in their own column, times as date-times.

Times are in the merchant's time zone (the computer's). The file is written beside its target and
moved into place at the end, so a cancelled or failed export leaves nothing half written.
Blocking: run on a worker thread; `progress(done, total)` is called from that thread.
"""
from __future__ import annotations

import csv
import os
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from dollr_desktop.services.catalogue import FeeKind, minor_units
from dollr_desktop.services.payment_rows import PaymentFilter, local_day_bounds, parse_time, utc_text
from dollr_desktop.services.takings import TakingsService

DATASETS = ("payments", "documents", "payouts", "cashups")
FORMATS = ("csv", "xlsx")
PROGRESS_EVERY = 1000


@dataclass(frozen=True)
class Column:
    code: str
    type: str = "text"           # text | code | money | time | date | int
    currency: str | None = None  # money: the code of the column holding its currency


def _money(code: str, currency: str) -> Column:
    return Column(code, "money", currency)


COLUMNS: dict[str, tuple[Column, ...]] = {
    "payments": (
        Column("time", "time"), Column("kind", "code"), Column("state", "code"), Column("party"),
        Column("document"), Column("method", "code"), Column("provider", "code"), Column("account"),
        _money("amount", "currency"), Column("currency"), _money("received", "received_currency"),
        Column("received_currency"), _money("fee_dollr", "fee_currency"), _money("fee_operator", "fee_currency"),
        _money("fee_exchange", "fee_currency"), Column("fee_currency"), Column("fee_bearer", "code"),
        Column("reference_id"), Column("provider_transaction_id"),
    ),
    "payouts": (
        Column("time", "time"), Column("state", "code"), Column("party"), Column("method", "code"),
        Column("provider", "code"), Column("account"), _money("amount", "currency"), Column("currency"),
        _money("fees", "fee_currency"), Column("fee_currency"), Column("reference_id"),
        Column("provider_transaction_id"),
    ),
    "documents": (
        Column("created", "time"), Column("kind", "code"), Column("number"), Column("party"),
        Column("status", "code"), _money("total", "currency"), Column("currency"), Column("due", "date"),
        Column("paid", "time"),
    ),
    "cashups": (
        Column("since", "time"), Column("until", "time"), Column("shift"), Column("version", "int"),
        Column("closed", "time"), Column("cashup_state", "code"), Column("currency"), Column("count", "int"),
        _money("gross", "currency"), _money("fees_customer", "currency"), _money("fees_merchant", "currency"),
        _money("net", "currency"), _money("paid_out", "currency"), _money("cash_expected", "currency"),
        _money("cash_counted", "currency"), _money("cash_difference", "currency"),
    ),
}


class ExportCancelled(Exception):
    pass


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int


def _local(moment: datetime | None) -> datetime | None:
    return moment.astimezone().replace(tzinfo=None) if moment else None


class Exporter:
    def __init__(self, store: Any, takings: TakingsService | None = None) -> None:
        self.store = store
        self.takings = takings or TakingsService(store)

    # Rows (codes and exact values) -------------------------------------------------------------

    def count(self, dataset: str, first: date, last: date) -> int:
        since, until = local_day_bounds(first)[0], local_day_bounds(last)[1]
        if dataset in ("payments", "payouts"):
            kind = "PAYOUT" if dataset == "payouts" else None
            return self.takings.query(PaymentFilter(since=since, until=until, kind=kind)).count()
        if dataset == "documents":
            with self.takings.reading():
                return self.takings.connection().execute(
                    "SELECT count(*) FROM documents WHERE gone_at IS NULL AND created_at >= ? AND created_at < ?",
                    (utc_text(since), utc_text(until))).fetchone()[0]
        return sum(1 for _ in self.rows(dataset, first, last))

    def _documents(self, since: datetime, until: datetime) -> Iterator[dict[str, Any]]:
        with self.takings.reading():   # held while the export iterates: the store waits before closing
            cursor = self.takings.connection().execute(
                "SELECT kind, number, counterparty_name, status, total_amount, currency, due_date, created_at, "
                "paid_at FROM documents WHERE gone_at IS NULL AND created_at >= ? AND created_at < ? "
                "ORDER BY created_at, doc_key", (utc_text(since), utc_text(until)))
            while chunk := cursor.fetchmany(2000):
                for kind, number, party, status, total, currency, due, created, paid in chunk:
                    due_at = parse_time(due)
                    yield {"created": _local(parse_time(created)), "kind": kind, "number": number, "party": party,
                           "status": status, "total": Decimal(total) if total else None, "currency": currency,
                           "due": due_at.astimezone().date() if due_at else None,
                           "paid": _local(parse_time(paid))}

    def rows(self, dataset: str, first: date, last: date) -> Iterator[dict[str, Any]]:
        since, until = local_day_bounds(first)[0], local_day_bounds(last)[1]
        if dataset in ("payments", "payouts"):
            kind = "PAYOUT" if dataset == "payouts" else None
            for row in self.takings.query(PaymentFilter(since=since, until=until, kind=kind)).rows():
                fees = {line.kind: line for line in row.fees}
                fee_currency = row.fees[0].currency if row.fees else None
                base = {"time": _local(row.at), "state": row.state, "party": row.party_name,
                        "method": row.method, "provider": row.provider, "account": row.account_number,
                        "amount": row.amount, "currency": row.currency, "fee_currency": fee_currency,
                        "reference_id": row.reference_id, "provider_transaction_id": row.provider_transaction_id}
                if dataset == "payouts":
                    base["fees"] = sum((f.amount for f in row.fees), Decimal(0)) if row.fees else None
                    yield base
                    continue
                received, received_currency = row.received if row.kind == "COLLECTION" else (None, None)
                base.update({
                    "kind": row.kind, "document": row.source_number, "received": received,
                    "received_currency": received_currency, "fee_bearer": row.fee_bearer,
                    "fee_dollr": fees[FeeKind.DOLLR].amount if FeeKind.DOLLR in fees else None,
                    "fee_operator": fees[FeeKind.OPERATOR].amount if FeeKind.OPERATOR in fees else None,
                    "fee_exchange": fees[FeeKind.EXCHANGE].amount if FeeKind.EXCHANGE in fees else None})
                yield base
        elif dataset == "documents":
            yield from self._documents(since, until)
        elif dataset == "cashups":
            from dollr_desktop.services.cashup import CashUpService

            for closed in CashUpService(self.store, self.takings).between(since, until):
                figures = closed.figures
                cash = {c.currency: c for c in figures.cash}
                paid_out = {p.currency: p.amount for p in figures.payouts}
                totals = figures.totals()
                for currency in sorted(set(totals) | set(cash) | set(paid_out)):
                    line, count = totals.get(currency), cash.get(currency)
                    yield {"since": _local(figures.period.since), "until": _local(figures.period.until),
                           "shift": figures.period.shift, "version": closed.version, "closed": _local(closed.closed_at),
                           "cashup_state": "CURRENT" if closed.is_current else "REOPENED", "currency": currency,
                           "count": line.count if line else 0, "gross": line.gross if line else None,
                           "fees_customer": line.fees_by_customer.get(currency) if line else None,
                           "fees_merchant": line.fees_by_merchant.get(currency) if line else None,
                           "net": line.net if line else None, "paid_out": paid_out.get(currency),
                           "cash_expected": count.expected if count else None,
                           "cash_counted": count.counted if count else None,
                           "cash_difference": count.difference if count else None}
        else:
            raise ValueError(dataset)

    # Files -------------------------------------------------------------------------------------

    def export(self, dataset: str, fmt: str, first: date, last: date, path: Path | str, *,
               headers: dict[str, str], words: Callable[[str, str], str] | None = None,
               progress: Callable[[int, int], None] | None = None,
               cancel: threading.Event | None = None, sheet_name: str = "") -> ExportResult:
        columns = COLUMNS[dataset]
        total = self.count(dataset, first, last)
        rows = _watched(self.rows(dataset, first, last), total, progress, cancel)
        writer = _write_csv if fmt == "csv" else _write_xlsx
        target = Path(path)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".export-", suffix=target.suffix)
        os.close(fd)
        try:
            written = writer(tmp, columns, headers, rows, _memo(words), sheet_name or dataset)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        if progress is not None:
            progress(written, total)
        return ExportResult(target, written)


def _memo(words: Callable[[str, str], str] | None) -> Callable[[str, Any], Any]:
    cache: dict[tuple[str, Any], Any] = {}

    def word(code: str, value: Any) -> Any:
        if value is None or words is None:
            return value
        key = (code, value)
        if key not in cache:
            cache[key] = words(code, value) or value
        return cache[key]
    return word


def _watched(rows: Iterable[dict[str, Any]], total: int, progress: Callable[[int, int], None] | None,
             cancel: threading.Event | None) -> Iterator[dict[str, Any]]:
    for done, row in enumerate(rows, 1):
        if done % PROGRESS_EVERY == 0:
            if cancel is not None and cancel.is_set():
                raise ExportCancelled()
            if progress is not None:
                progress(done, total)
        yield row
    if cancel is not None and cancel.is_set():
        raise ExportCancelled()


def _csv_value(column: Column, value: Any, word: Callable[[str, Any], Any]) -> Any:
    if value is None:
        return ""
    if column.type == "time":
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if column.type == "date":
        return value.isoformat()
    if column.type == "code":
        return word(column.code, value)
    return str(value)


def _write_csv(path: str, columns: tuple[Column, ...], headers: dict[str, str], rows: Iterable[dict[str, Any]],
               word: Callable[[str, Any], Any], _sheet: str) -> int:
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle, quoting=csv.QUOTE_MINIMAL)
        out.writerow([headers.get(c.code, c.code) for c in columns])
        for row in rows:
            out.writerow([_csv_value(c, row.get(c.code), word) for c in columns])
            count += 1
    return count


def _write_xlsx(path: str, columns: tuple[Column, ...], headers: dict[str, str], rows: Iterable[dict[str, Any]],
                word: Callable[[str, Any], Any], sheet: str) -> int:
    import xlsxwriter

    book = xlsxwriter.Workbook(path, {"constant_memory": True, "strings_to_numbers": False,
                                      "strings_to_formulas": False, "strings_to_urls": False})
    try:
        sheet_ = book.add_worksheet(sheet[:31])
        bold = book.add_format({"bold": True})
        time_format = book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
        date_format = book.add_format({"num_format": "yyyy-mm-dd"})
        money_formats: dict[int, Any] = {}

        def money_format(currency: str | None) -> Any:
            places = minor_units(currency)
            if places not in money_formats:
                money_formats[places] = book.add_format(
                    {"num_format": "#,##0" + ("." + "0" * places if places else "")})
            return money_formats[places]

        for index, column in enumerate(columns):
            sheet_.set_column(index, index, 20 if column.type in ("time", "text") else 14)
            sheet_.write_string(0, index, headers.get(column.code, column.code), bold)
        sheet_.freeze_panes(1, 0)
        count = 0
        for count, row in enumerate(rows, 1):
            for index, column in enumerate(columns):
                value = row.get(column.code)
                if value is None:
                    continue
                kind = column.type
                if kind == "money":
                    sheet_.write_number(count, index, float(value), money_format(row.get(column.currency)))
                elif kind == "int":
                    sheet_.write_number(count, index, value)
                elif kind == "time":
                    sheet_.write_datetime(count, index, value, time_format)
                elif kind == "date":
                    sheet_.write_datetime(count, index, datetime.combine(value, datetime.min.time()), date_format)
                elif kind == "code":
                    sheet_.write_string(count, index, str(word(column.code, value)))
                else:
                    sheet_.write_string(count, index, str(value))
    finally:
        book.close()
    return count
