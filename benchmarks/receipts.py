"""PDF export speed: 500 receipts through the worker thread, as the batch export does.

Prints `receipts_per_second: N` (A4, wall clock), `receipts_per_second_till80: N` and
`cpu_ms_per_receipt: N` (A4, process CPU time: steadier than wall clock on a busy machine).
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/receipts.py [count]
"""
from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtGui import QGuiApplication  # noqa: E402

from dollr_desktop.services.receipts import MerchantProfile, receipt_from_api  # noqa: E402
from dollr_desktop.ui.printing.layouts import ReceiptLayout  # noqa: E402
from dollr_desktop.ui.printing.pdf_export import PdfExporter  # noqa: E402

MERCHANT = MerchantProfile("Mamba Point Pharmacy", phone="231886401275",
                           email="shop@example.lr", address="UN Drive, Mamba Point, Monrovia")


def receipt(n: int):
    items = [dict(id=i, name=f"Item {i} for receipt {n}", qty=1 + i % 3,
                  amount=str(Decimal(125 + 10 * i)), currency="LRD") for i in range(1 + n % 6)]
    raw = dict(invoice_id=n, invoice_number=f"INV-2026-{n:05d}", currency="LRD",
               total_amount="0", status="PAID", note="Thank you", fee_bearer="PAYER",
               counterparty_name=f"Customer {n}", counterparty_phone="231886000111",
               reference_id=f"00000000-0000-4000-8000-{n:012d}",
               paid_at="2026-11-28T09:41:00Z", payer_amount="10.35", payer_currency="USD",
               payee_amount="1855", payee_currency="LRD", platform_fee="0.20",
               platform_currency="USD", gateway_fee="0.15", gateway_currency="USD",
               fx_rate="0.005391", fx_currency_from="LRD", fx_currency_to="USD",
               payment_provider="MTN_MOMO_LBR", payment_method="MTN_MOMO_LBR",
               account_name="CUSTOMER", provider_transaction_id=f"MP{n:010d}", items=items)
    return receipt_from_api(raw, "INVOICE", MERCHANT,
                            f"https://pay.example/receipts/INVOICE/INV-2026-{n:05d}")


async def measure(exporter: PdfExporter, layout: ReceiptLayout,
                  count: int) -> tuple[float, float]:
    receipts = [receipt(n) for n in range(count)]
    with tempfile.TemporaryDirectory() as folder:
        started, cpu_started = time.perf_counter(), time.process_time()
        written = await exporter.export_many(receipts, layout, folder)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    assert len(written) == count
    return count / elapsed, 1000 * cpu / count


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (fonts need it)
    exporter = PdfExporter()
    try:
        a4, a4_cpu_ms = asyncio.run(measure(exporter, ReceiptLayout.A4, count))
        till, _ = asyncio.run(measure(exporter, ReceiptLayout.TILL_80, count))
    finally:
        exporter.close()
    print(f"receipts_per_second: {a4:.1f}", flush=True)
    print(f"receipts_per_second_till80: {till:.1f}")
    print(f"cpu_ms_per_receipt: {a4_cpu_ms:.1f}", flush=True)


if __name__ == "__main__":
    main()
