"""Every payment Dollr knows: the Payments list over 100,000 cached payments, and the receipt
backfill of a long-used account. `benchmarks/takings.py` prints these with the cash-up figures.

  payments_list_open_ms  Payments list shown (first page on screen) with 100,000 paid documents
                         and their receipts cached plus 2,000 journal entries: median of 5
  receipt_backfill_s     the first sync's receipt backfill for 1,000 paid documents, sandbox over a socket
Run alone: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/payments_list.py
"""
from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dollr_desktop.store import Store  # noqa: E402

METHODS = ("MTN_MOMO_LBR", "ORANGE_MONEY_LBR", "CARD")


def seed_payments(store: Store, count: int, journal: int = 2000) -> None:
    """Paid documents with their flattened receipts, written straight in SQL (fast)."""
    conn = store._pool.conn()
    with conn:
        conn.executemany(
            "INSERT INTO documents (kind, id, number, counterparty_id, counterparty_name, currency, "
            "total_amount, status, fee_bearer, reference_id, paid_at, created_at, updated_at, confirmed_at) "
            "VALUES ('INVOICE', ?, ?, ?, ?, ?, ?, 'PAID', 'PAYEE', ?, ?, ?, ?, ?)",
            ((n, f"INV-2026-{n:06d}", n % 500, f"Customer {n % 500:03d}", ("USD", "LRD")[n % 2],
              f"{10 + n % 90}.{n % 100:02d}", f"00000000-0000-4000-8000-{n:012d}", _when(n), _when(n),
              _when(n), _when(n)) for n in range(1, count + 1)))
        conn.executemany(
            "INSERT INTO received_payments (source_type, source_id, source_number, reference_id, paid_at, "
            "counterparty_id, counterparty_name, method, provider, currency, total_amount, payer_amount, "
            "payer_currency, payee_amount, payee_currency, platform_fee, platform_currency, gateway_fee, "
            "gateway_currency, fee_bearer) VALUES ('INVOICE',?,?,?,?,?,?,?,?,?,?,?,?,?,?,'0.25',?,'0.10',?,'PAYEE')",
            ((n, f"INV-2026-{n:06d}", f"00000000-0000-4000-8000-{n:012d}", _when(n), n % 500,
              f"Customer {n % 500:03d}", METHODS[n % 3], METHODS[n % 3], ("USD", "LRD")[n % 2],
              f"{10 + n % 90}.{n % 100:02d}", f"{10 + n % 90}.{n % 100:02d}", ("USD", "LRD")[n % 2],
              f"{9 + n % 90}.{n % 100:02d}", ("USD", "LRD")[n % 2], ("USD", "LRD")[n % 2],
              ("USD", "LRD")[n % 2]) for n in range(1, count + 1)))
        conn.executemany(
            "INSERT INTO payments (reference_id, kind, state, lock_key, amount, currency, fingerprint, owner_run, "
            "created_at, updated_at, finished_at, party_name, method) "
            "VALUES (?, 'PAYOUT', 'COMPLETED', ?, '25.00', 'USD', 'f', 'bench', ?, ?, ?, ?, 'MTN_MOMO_LBR')",
            ((str(uuid.uuid4()), f"PAYOUT:{n}", _when(n * 37), _when(n * 37), _when(n * 37), f"Supplier {n}")
             for n in range(journal)))


def _when(n: int) -> str:
    seconds = 1_767_225_600 + n * 300   # from 2026-01-01, five minutes apart
    return time.strftime("%Y-%m-%dT%H:%M:%S.000+00:00", time.gmtime(seconds))


def payments_list_open_ms(count: int = 100_000, runs: int = 5) -> float:
    import qasync
    from PySide6.QtWidgets import QApplication

    from dollr_desktop.services.takings import TakingsService
    from dollr_desktop.ui.views.payments_view import PaymentsView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "bench.sqlite3") as store:
        seed_payments(store, count)
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
    print(f"payments_list_open_ms: {payments_list_open_ms():.1f}", flush=True)
    print(f"receipt_backfill_s: {receipt_backfill_s():.2f}", flush=True)


if __name__ == "__main__":
    main()
