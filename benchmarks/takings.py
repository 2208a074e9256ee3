"""Takings at scale: a store holding 100,000 paid documents with their receipts (written straight
in SQL, spread over 200 days, three currencies, two operators), then:

- `cashup_ms`: one day's cash-up (`CashUpService.compute`), median of 5 runs (goal < 500);
- `export_xlsx_s`: every payment (100,000 rows) exported to XLSX with headers and words;
- `payments_list_open_ms`: the Payments list shown (first page on screen) over those payments plus
  2,000 journal payouts, median of 5 (goal < 300);
- `receipt_backfill_s`: the first sync's receipt backfill for 1,000 paid documents from the sandbox
  over a socket.

Each measure is a function taking the built store, called from `main()`; add more the same way.
Run: .venv/bin/python benchmarks/takings.py [payments]
"""
from __future__ import annotations

import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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


def add_journal(store: Store, count: int = 2000) -> None:
    """This computer's payouts, which the list merges with Dollr's payments."""
    import uuid

    def when(n: int) -> str:
        return (datetime.now(timezone.utc) - timedelta(minutes=37 * n)).isoformat(timespec="milliseconds")

    conn = store._pool.conn()
    with conn:
        conn.executemany(
            "INSERT INTO payments (reference_id, kind, state, lock_key, amount, currency, fingerprint, owner_run, "
            "created_at, updated_at, finished_at, party_name, method) "
            "VALUES (?, 'PAYOUT', 'COMPLETED', ?, '25.00', 'USD', 'f', 'bench', ?, ?, ?, ?, 'MTN_MOMO_LBR')",
            ((str(uuid.uuid4()), f"PAYOUT:{n}", when(n), when(n), when(n), f"Supplier {n}") for n in range(count)))


def payments_list_open_ms(store: Store, runs: int = 5) -> float:
    import qasync
    from PySide6.QtWidgets import QApplication

    from dollr_desktop.services.takings import TakingsService
    from dollr_desktop.ui.views.payments_view import PaymentsView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    takings = TakingsService(store)

    async def measure() -> list[float]:
        timings = []
        for _ in range(runs):
            view = PaymentsView(takings.query, takings.methods_and_currencies)
            view.resize(1100, 700)
            view.show()
            started = time.perf_counter()
            view.set_active(True)
            await view.refresh()
            while not (view.model.rowCount() and view.model.row(0) is not None):
                await asyncio.sleep(0.001)
            await asyncio.sleep(0)   # one more turn of the loop: the rows are painted
            timings.append((time.perf_counter() - started) * 1000)
            await view.model.counted()   # the exact count, after the page (not timed)
            view.set_active(False)
            view.close()
            view.deleteLater()
            await asyncio.sleep(0.05)
        return timings

    with loop:
        timings = loop.run_until_complete(measure())
    return statistics.median(timings)


def receipt_backfill_s(count: int = 1000) -> float:
    from dollr_desktop.sandbox import demo
    from dollr_desktop.sandbox.server import SandboxServer
    from dollr_desktop.services.receipt_backfill import ReceiptBackfill
    from dollr_desktop.services.sync import SyncService
    from tests.unit.services.sandbox_kit import client_for

    server = SandboxServer(settle_delay=0.0, seed_demo=False).start()
    try:
        state = server.state
        customer = demo._contact(state, "Musu Kollie", "231886123456", None, "CUSTOMER")
        for n in range(count):
            demo._document(state, "INVOICE", customer, ("USD", "LRD")[n % 2], [n % 5, (n + 2) % 5], "PAID",
                           state.now() - n * 60)

        async def run() -> float:
            client = client_for(server.info)
            with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "bench.sqlite3") as store:
                try:
                    sync = SyncService(client, store)
                    await sync.sync_contacts()
                    await sync.sync_documents("INVOICE")
                    started = time.perf_counter()
                    result = await ReceiptBackfill(client, store).run()
                    elapsed = time.perf_counter() - started
                    assert result.fetched == count and not store.received.missing_receipts(), result
                    return elapsed
                finally:
                    await client.aclose()

        return asyncio.run(run())
    finally:
        server.stop()


def main() -> None:
    payments = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        store = build_store(folder, payments)
        print(f"build_store_s: {time.perf_counter() - start:.1f}")
        try:
            add_journal(store)
            print(f"payments_list_open_ms: {payments_list_open_ms(store):.1f}", flush=True)
            print(f"cashup_ms: {cashup_ms(store):.0f}", flush=True)
            print(f"export_xlsx_s: {export_xlsx_s(store, folder):.1f}", flush=True)
        finally:
            store.close()
        print(f"receipt_backfill_s: {receipt_backfill_s():.2f}", flush=True)


if __name__ == "__main__":
    main()
