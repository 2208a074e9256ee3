"""Backup benchmark: a store with 100,000 invoices and 10,000 journal entries, backed up and restored.

Prints `name: value` lines:
  store_mb       the store file backed up
  backup_mb      the encrypted backup file
  backup_s       `services.backups.create_backup` (snapshot, compress, encrypt, write)
  restore_s      `prepare_restore` + `apply` into an empty data folder (decrypt, check, swap)
  backup_peak_rss_mb, restore_peak_rss_mb
                 the peak memory of a process doing only that (streamed: far below the store's size
                 plus the interpreter's ~40 MB, never twice the store)
  max_stall_ms   the longest the GUI thread was blocked (a 5 ms timer's worst lateness) while
                 the app's "Back up now" ran (the real feature, its progress bar moving)
Goal: max_stall_ms < 50.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/backup.py [--invoices N] [--journal N]
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import sys
import tempfile
import time
import uuid
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSWORD = "benchmark password"


def fill_store(path: Path, *, invoices: int, journal: int, contacts: int = 5_000, seed: int = 7) -> None:
    """Contacts, invoices (through the store's sync path) and journal entries (one through the
    journal, the rest copies of its row with their own reference_ids, settled)."""
    from benchmarks.store import contacts as contact_rows, invoices as invoice_rows
    from dollr_desktop.store import Store
    from dollr_desktop.store.journal_entries import PaymentRequest

    rng = random.Random(seed)
    with Store.open(path) as store:
        store.contacts.upsert_counterparties(contact_rows(contacts, rng), complete=True)
        store.documents.upsert_summaries("INVOICE", invoice_rows(invoices, contacts, rng), complete=True)
        if journal:
            first = store.journal.begin(PaymentRequest(kind="COLLECTION", lock_key="INVOICE:1", amount=Decimal("25.50"),
                                                       currency="USD", source_type="INVOICE", source_id=1,
                                                       method="MOBILE_MONEY", provider="MTN"))
            store.journal.record_server_status(first.reference_id, "COMPLETED", origin="status")
            conn = store.connection()
            row = conn.execute("SELECT * FROM payments WHERE reference_id = ?", (first.reference_id,)).fetchone()
            names = [d[0] for d in conn.execute("SELECT * FROM payments LIMIT 0").description]
            copies = []
            for i in range(2, journal + 1):
                values = dict(zip(names, row))
                values.update(reference_id=str(uuid.uuid4()), lock_key=f"INVOICE:{i}", source_id=i,
                              amount=f"{rng.randint(1, 9999)}.00")
                copies.append(values)
            marks = ", ".join(f":{n}" for n in names)
            with store._pool.transaction() as tx:
                tx.executemany(f"INSERT INTO payments ({', '.join(names)}) VALUES ({marks})", copies)
                tx.executemany("INSERT INTO payment_events (reference_id, at, origin, state) VALUES (?, ?, 'begin', 'COMPLETED')",
                               [(c["reference_id"], c["created_at"]) for c in copies])
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def measure_stall(data_dir: Path) -> float:
    """The app's "Back up now" (the real feature and its box) under the qasync loop, timed by a
    5 ms QTimer: the worst lateness of its ticks while the backup runs."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from qasync import QEventLoop

    os.environ["DOLLR_DATA_DIR"] = str(data_dir)
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    from dollr_desktop import garbage
    from dollr_desktop.ui.gui_thread_gc import GuiThreadGarbageCollector

    qt_app.gc_on_gui_thread = GuiThreadGarbageCollector(qt_app)   # as __main__ does: the app's own GC
    loop = QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    from dollr_desktop.app import DollrApp
    from dollr_desktop.credentials import CredentialStore

    class NoKeyring:
        priority = 1

        def get_password(self, *_):
            return None

        def set_password(self, *_):
            pass

        def delete_password(self, *_):
            pass

    app = DollrApp(credentials=CredentialStore(NoKeyring()))
    app.window.show()
    feature = app.features.backups
    feature._password = PASSWORD
    lateness: list[float] = []
    last = [time.perf_counter()]
    where: list[tuple[float, float, float]] = []
    t0 = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        lateness.append(now - last[0] - 0.005)
        where.append((lateness[-1], app.features.settings.view.backup_box.progress_bar.value(), round(now - t0[0], 3)))
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)

    async def run() -> None:
        await asyncio.sleep(0.3)   # the window painted, start-up work done
        garbage.freeze_long_lived()   # as __main__ does once start-up is over
        last[0] = t0[0] = time.perf_counter()
        timer.start()
        outcome = await feature.start_backup(automatic=False)
        timer.stop()
        assert outcome.ok and outcome.value is not None, outcome

    idle: list[float] = []

    async def idle_run(seconds: float) -> None:   # the same timer with nothing running: the machine's own noise
        nonlocal lateness
        lateness = idle
        last[0] = time.perf_counter()
        timer.start()
        await asyncio.sleep(seconds)
        timer.stop()

    with loop:
        started = time.perf_counter()
        loop.run_until_complete(run())
        took = time.perf_counter() - started
        during = list(lateness)
        worst = sorted(where, reverse=True)[:5]
        if os.environ.get("BENCH_VERBOSE"):
            print("worst ticks (ms, progress %, at s):", [(round(w * 1000, 1), p, at) for w, p, at in worst])
        loop.run_until_complete(idle_run(took))
    print(f"idle_stall_ms: {max(idle) * 1000 if idle else 0.0:.1f}")
    return max(during) * 1000 if during else 0.0


CHILD = """
import sys, time
from pathlib import Path
sys.path.insert(0, {root!r})
from dollr_desktop.services import backup_restore, backups
from dollr_desktop.store.migrations import LATEST_VERSION
started = time.perf_counter()
if {action!r} == "backup":
    backups.create_backup(Path({data!r}), Path({target!r}), {password!r})
else:
    backup_restore.prepare_restore(Path({target!r}), {password!r}, Path({data!r}), latest_schema=LATEST_VERSION).apply()
elapsed = time.perf_counter() - started
# VmHWM: this process's own peak (ru_maxrss would include the parent's, inherited through fork)
peak_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(elapsed, peak_kb / 1024)
"""


def in_child(action: str, data: Path, target: Path) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of one backup or restore in a process of its own."""
    import subprocess

    code = CHILD.format(root=str(ROOT), action=action, data=str(data), target=str(target), password=PASSWORD)
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout.split()
    return float(out[0]), float(out[1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--invoices", type=int, default=100_000)
    parser.add_argument("--journal", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        data.mkdir()
        fill_store(data / "dollr.sqlite3", invoices=args.invoices, journal=args.journal)
        (data / "settings.json").write_text('{"environment": "live"}', encoding="utf-8")
        target = Path(folder) / "bench.dollrbackup"
        backup_s, backup_rss = in_child("backup", data, target)
        fresh = Path(folder) / "fresh"
        fresh.mkdir()
        restore_s, restore_rss = in_child("restore", fresh, target)
        print(f"store_mb: {(data / 'dollr.sqlite3').stat().st_size / 1e6:.1f}")
        print(f"backup_mb: {target.stat().st_size / 1e6:.1f}")
        print(f"backup_s: {backup_s:.2f}")
        print(f"restore_s: {restore_s:.2f}")
        print(f"backup_peak_rss_mb: {backup_rss:.1f}")
        print(f"restore_peak_rss_mb: {restore_rss:.1f}")
        shutil.rmtree(fresh)
        print(f"max_stall_ms: {measure_stall(data):.1f}", flush=True)
    os._exit(0)   # PySide6 may crash tearing down after the loop closed; everything is printed


if __name__ == "__main__":
    main()
