"""Takings at scale: a store holding 100,000 paid documents with their receipts (written straight
in SQL, spread over 200 days, three currencies, two operators), then:

- `cashup_ms`: one day's cash-up (`CashUpService.compute`), median of 5 runs (goal < 500);
- `export_xlsx_s`: every payment (100,000 rows) exported to XLSX with headers and words.

Each measure is a function taking the built store, called from `main()`; add more the same way.
Run: .venv/bin/python benchmarks/takings.py [payments]
"""
from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dollr_desktop.store import Store  # noqa: E402

DAYS = 200
_CURRENCIES = (("USD", Decimal("0.01")), ("LRD", Decimal("0.01")), ("RWF", Decimal("1")))
_METHODS = (("ORANGE_MONEY_LBR", "ORANGE"), ("MTN_MOMO_LBR", "MTN"))


def build_store(folder: Path, payments: int = 100_000, *, seed: int = 7) -> Store:
    """A store with `payments` PAID invoices/orders and their receipts, the newest today."""
    rng = random.Random(seed)
    store = Store.open(folder / "takings.sqlite3")
    now = datetime.now(timezone.utc)
    documents, received = [], []
    for i in range(1, payments + 1):
        kind = "INVOICE" if i % 3 else "ORDER"
        currency, step = _CURRENCIES[i % len(_CURRENCIES)]
        total = (Decimal(rng.randint(100, 500_000)) * step / 100).quantize(step) + step
        fee = (total * Decimal("0.015")).quantize(step)
        paid = now - timedelta(seconds=rng.uniform(0, DAYS * 86400))
        at = paid.isoformat(timespec="milliseconds")
        number = f"{'INV' if kind == 'INVOICE' else 'ORD'}-B-{i:06d}"
        method, provider = _METHODS[i % 2]
        bearer = "PAYEE" if i % 4 else "PAYER"
        reference = f"bench-{i:06d}"
        documents.append((kind, i, number, i % 500 + 1, f"Customer {i % 500}", currency, str(total), "PAID",
                          bearer, reference, at, at, at))
        received.append((kind, i, number, reference, at, i % 500 + 1, f"Customer {i % 500}", method, provider,
                         f"23177{i % 10_000_000:07d}", currency, str(total), str(total), currency,
                         str(total - fee if bearer == "PAYEE" else total), currency, str(fee), currency, bearer))
    with store._pool.transaction() as conn:
        conn.executemany(
            "INSERT INTO documents (kind, id, number, counterparty_id, counterparty_name, currency, total_amount, "
            "status, fee_bearer, reference_id, paid_at, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            documents)
        conn.executemany(
            "INSERT INTO received_payments (source_type, source_id, source_number, reference_id, paid_at, "
            "counterparty_id, counterparty_name, method, provider, account_name, currency, total_amount, "
            "payer_amount, payer_currency, payee_amount, payee_currency, platform_fee, platform_currency, "
            "fee_bearer) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", received)
    return store


def cashup_ms(store: Store) -> float:
    from dollr_desktop.services.cashup import CashUpService, Period

    service = CashUpService(store)
    times = []
    for back in range(5):
        start = time.perf_counter()
        figures = service.compute(Period.day(date.today() - timedelta(days=back)))
        times.append((time.perf_counter() - start) * 1000)
        assert figures.payment_count > 0
    return statistics.median(times)


def export_xlsx_s(store: Store, folder: Path) -> float:
    from dollr_desktop.services.export import COLUMNS, Exporter

    headers = {c.code: c.code.replace("_", " ").title() for c in COLUMNS["payments"]}
    start = time.perf_counter()
    result = Exporter(store).export("payments", "xlsx", date.today() - timedelta(days=DAYS + 1), date.today(),
                                    folder / "payments.xlsx", headers=headers, words=lambda code, value: value.title())
    elapsed = time.perf_counter() - start
    print(f"export_rows: {result.rows}")
    return elapsed


def main() -> None:
    payments = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        store = build_store(folder, payments)
        print(f"build_store_s: {time.perf_counter() - start:.1f}")
        try:
            print(f"cashup_ms: {cashup_ms(store):.0f}")
            print(f"export_xlsx_s: {export_xlsx_s(store, folder):.1f}")
        finally:
            store.close()


if __name__ == "__main__":
    main()
