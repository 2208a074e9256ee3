"""Reports and exports over the demo account's data: every row, the right totals, read back."""
from __future__ import annotations

import csv
import threading
from datetime import date, timedelta
from decimal import Decimal

import openpyxl
import pytest

from dollr_desktop.services.account import SessionSync
from dollr_desktop.services.cashup import CashCount, CashUpService, Period
from dollr_desktop.services.catalogue import quantum
from dollr_desktop.services.export import COLUMNS, ExportCancelled, Exporter
from dollr_desktop.services.reports import ReportsService, ageing_bucket, bucket_start
from dollr_desktop.services.payment_rows import COMPLETED, PaymentFilter, local_day_bounds

pytestmark = pytest.mark.asyncio
FIRST, LAST = date.today() - timedelta(days=60), date.today()


def _expected(store):
    since, until = local_day_bounds(FIRST)[0], local_day_bounds(LAST)[1]
    return [r for r in ReportsService(store).takings.query(PaymentFilter(since=since, until=until)).rows()]


async def test_report_adds_up_every_way(sandbox, client, store):
    await SessionSync(client, store).run()
    rows = [r for r in _expected(store) if r.state == COMPLETED and r.kind == "COLLECTION"]
    for grain in ("day", "week", "month"):
        report = ReportsService(store).report(FIRST, LAST, grain)
        for currency, series in report.series.items():
            mine = [r for r in rows if r.received[1] == currency]
            assert sum(t.count for _, t in series) == len(mine)
            assert sum((t.net for _, t in series), Decimal(0)) == sum((r.received[0] for r in mine), Decimal(0))
            starts = [start for start, _ in series]
            assert starts == sorted(set(starts)) and starts[0] == bucket_start(FIRST, grain)
    assert sum(t.count for t in report.by_method.values()) == len(rows)
    fees = sum((f.amount for r in rows for f in r.fees), Decimal(0))
    assert sum((f.amount for f in report.fees), Decimal(0)) == fees
    usd = [p for p in report.top_customers if p.currency == "USD"]
    assert usd == sorted(usd, key=lambda p: -p.amount) and 0 < len(usd) <= 10
    outstanding = store.connection().execute(
        "SELECT count(*) FROM documents WHERE status IN ('ACTIVE','PROCESSING') AND gone_at IS NULL").fetchone()[0]
    assert sum(a.count for a in report.ageing) == outstanding > 0


async def test_ageing_buckets():
    today = date(2026, 12, 2)
    assert [ageing_bucket(today - timedelta(days=d), today) for d in (-1, 0, 30, 31, 60, 61, 90, 91)] == [
        "not_due", "0-30", "0-30", "31-60", "31-60", "61-90", "61-90", "90+"]


async def test_exports_read_back_with_every_row_and_the_totals(sandbox, client, store, tmp_path):
    await SessionSync(client, store).run()
    exporter = Exporter(store)
    rows = _expected(store)
    assert len(rows) >= 10
    headers = {c.code: f"H {c.code} é" for c in COLUMNS["payments"]}
    words = {"COMPLETED": "Payé"}
    result = exporter.export("payments", "csv", FIRST, LAST, tmp_path / "p.csv", headers=headers,
                             words=lambda code, value: words.get(value, value))
    assert result.rows == len(rows)
    raw = (tmp_path / "p.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(tmp_path / "p.csv", encoding="utf-8-sig", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert len(table) == len(rows) and "H amount é" in table[0]
    for currency in {r.currency for r in rows}:
        got = sum((Decimal(t["H amount é"]) for t in table if t["H currency é"] == currency), Decimal(0))
        assert got == sum((r.amount for r in rows if r.currency == currency), Decimal(0))
    assert {t["H state é"] for t in table} <= {"Payé", "PENDING", "FAILED", "PROCESSING"}

    result = exporter.export("payments", "xlsx", FIRST, LAST, tmp_path / "p.xlsx", headers=headers)
    sheet = openpyxl.load_workbook(tmp_path / "p.xlsx", read_only=True).active
    values = list(sheet.iter_rows(values_only=True))
    assert len(values) == len(rows) + 1 == result.rows + 1
    index = {name: i for i, name in enumerate(values[0])}
    for currency in {r.currency for r in rows}:
        got = sum((Decimal(str(v[index["H amount é"]])).quantize(quantum(currency))
                   for v in values[1:] if v[index["H currency é"]] == currency), Decimal(0))
        assert got == sum((r.amount for r in rows if r.currency == currency), Decimal(0))
    assert all(isinstance(v[index["H amount é"]], (int, float)) for v in values[1:])
    first_time = min(r.at for r in rows).astimezone().replace(tzinfo=None, microsecond=0)
    assert min(v[index["H time é"]] for v in values[1:]).replace(microsecond=0) == first_time   # local time


async def test_documents_and_cashups_export(sandbox, client, store, tmp_path):
    await SessionSync(client, store).run()
    exporter = Exporter(store)
    docs = exporter.export("documents", "xlsx", FIRST, LAST, tmp_path / "d.xlsx", headers={})
    live = store.connection().execute("SELECT count(*) FROM documents WHERE gone_at IS NULL").fetchone()[0]
    assert docs.rows == live
    service = CashUpService(store)
    for back in (4, 2):
        period = Period.day(date.today() - timedelta(days=back))
        service.close(service.compute(period, (CashCount("LRD", Decimal("200"), Decimal("250")),)))
    result = exporter.export("cashups", "csv", FIRST, LAST, tmp_path / "c.csv", headers={})
    with open(tmp_path / "c.csv", encoding="utf-8-sig", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert result.rows == len(table) >= 2
    lrd = [t for t in table if t["currency"] == "LRD"]
    assert [t["cash_difference"] for t in lrd] == ["-50", "-50"]


async def test_a_cancelled_export_leaves_no_file(store, tmp_path):
    store.documents.upsert_summaries("INVOICE", [{
        "id": i, "number": f"INV-{i}", "counterparty_id": 1, "currency": "USD", "total_amount": "1.00",
        "status": "ACTIVE", "note": "", "fee_bearer": "PAYEE", "as_payment_link": False, "owner_id": 1,
        "owner_type": "BUSINESS", "created_at": f"{date.today().isoformat()}T00:00:00+00:00",
        "updated_at": f"{date.today().isoformat()}T00:00:00+00:00"} for i in range(1, 2500)])
    cancel = threading.Event()
    seen = []

    def progress(done, total):
        seen.append((done, total))
        cancel.set()
    with pytest.raises(ExportCancelled):
        Exporter(store).export("documents", "xlsx", FIRST - timedelta(days=1), LAST + timedelta(days=1),
                               tmp_path / "x.xlsx", headers={}, progress=progress, cancel=cancel)
    assert seen[0] == (1000, 2499)
    assert list(tmp_path.glob("*.xlsx")) == [] and list(tmp_path.glob(".export-*")) == []
