"""Payout runs benchmark: a 500-row run in the app against the sandbox (short settle delay).

  preview_500_rows_ms  from "Check and preview" to the preview shown: 500 rows checked, each
                       row's fee quoted by Dollr (500 distinct amounts, so no quote is reused)
  run_500_rows_s       from the approval to the run finished: every row through the one money
                       path (recipient, wallet, account, session, journal, execute), then settled
  max_stall_ms         the GUI thread's worst lateness during the run (a 5 ms timer), goal < 50

The sandbox runs in its own process by default, as Dollr does (`--in-process` runs it in the app's
process, as practice mode does: its request handling then competes for the same interpreter).

    .venv/bin/python benchmarks/payout_runs.py [--rows 500] [--settle-delay 0.05] [--in-process]
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))   # this checkout's code, not another installed copy


class RemoteSandbox:
    """A sandbox in a child process, shaped like SandboxServer for the app (only `.info`)."""

    def __init__(self, settle_delay: float) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "dollr_desktop.sandbox", "--port", "0", "--settle-delay", str(settle_delay)],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = self.process.stdout.readline()
        self.base_url = line.strip().rsplit(" ", 1)[-1]
        self.info = httpx.get(self.base_url + "/_sandbox/info", timeout=10).json()

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def csv_rows(count: int) -> bytes:
    lines = ["name;phone;amount;currency;note"]
    numbers = (f"0886{n:06d}" for n in range(200001, 999999))
    for i in range(count):
        # Liberia MTN; never ending 0000 / 1111 (the sandbox fails / holds those)
        phone = next(p for p in numbers if not p.endswith(("0000", "1111")))
        lines.append(f"Staff member {i + 1};{phone};{10 + i}.{i % 100:02d};USD;bench")
    return ("\n".join(lines) + "\n").encode()


async def measure(rows: int, sandbox, folder: Path) -> tuple[float, float, float]:
    from PySide6.QtCore import QElapsedTimer, QTimer

    from dollr_desktop import garbage
    from dollr_desktop.app import DollrApp
    from dollr_desktop.credentials import CredentialStore
    from dollr_desktop.services.run_passcode import RunPasscode
    from dollr_desktop.settings import Settings

    httpx.post(sandbox.info["base_url"] + "/_sandbox/wallets/USD", json={"balance": "100000000"}, timeout=10)
    app = DollrApp(settings=Settings(), credentials=CredentialStore(), practice_server=sandbox,
                   sync_interval_ms=3_600_000)
    await app.use_practice()
    while app.session.sync_task is not None and not app.session.sync_task.done():
        await asyncio.sleep(0.05)
    await app.features.load_late()
    while not hasattr(app.features, "payout_runs") or app.session.payout_runs is None:
        await asyncio.sleep(0.05)
    garbage.freeze_long_lived()
    view = app.features.payout_runs.view
    app.window.show_page("payout_runs")
    source = folder / "payroll.csv"
    source.write_bytes(csv_rows(rows))
    run = await view.new_from_csv(source)
    assert run is not None and view.model.rowCount() == rows

    started = time.perf_counter()
    preview = await view.show_preview()
    await asyncio.sleep(0)
    preview_ms = (time.perf_counter() - started) * 1000
    assert preview is not None and len(preview.quotes) == rows, (len(preview.quotes), preview.problems)

    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]
    worst = [0]

    def tick() -> None:
        now = clock.elapsed()
        worst[0] = max(worst[0], now - last[0] - 5)
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    await asyncio.sleep(0.2)
    last[0] = clock.elapsed()
    timer.start()
    started = time.perf_counter()
    task = await view.start(run.id, RunPasscode(sandbox.info["passcode"], sandbox.info["passcode_phone"]))
    await task
    run_s = time.perf_counter() - started
    timer.stop()
    store = app.session.store.payout_runs
    final = await asyncio.to_thread(store.get, run.id)
    counts = await asyncio.to_thread(store.counts, run.id)
    assert final.state == "FINISHED" and counts == {"COMPLETED": rows}, (final.state, counts)
    await app.shutdown()
    return preview_ms, run_s, float(worst[0])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=500)
    parser.add_argument("--settle-delay", type=float, default=0.05)
    parser.add_argument("--in-process", action="store_true")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="dollr-bench-runs-"))
    os.environ["DOLLR_DATA_DIR"] = str(folder / "data")

    from PySide6.QtWidgets import QApplication
    from qasync import QEventLoop

    if args.in_process:
        from dollr_desktop.sandbox.server import SandboxServer

        sandbox = SandboxServer(settle_delay=args.settle_delay).start()
    else:
        sandbox = RemoteSandbox(args.settle_delay)
    qt_app = QApplication(sys.argv[:1])
    from dollr_desktop.ui.gui_thread_gc import GuiThreadGarbageCollector

    qt_app.gc_on_gui_thread = GuiThreadGarbageCollector(qt_app)   # as __main__ does
    loop = QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    try:
        with loop:
            preview_ms, run_s, stall = loop.run_until_complete(measure(args.rows, sandbox, folder))
    finally:
        sandbox.stop()
    print(f"preview_{args.rows}_rows_ms: {preview_ms:.0f}")
    print(f"run_{args.rows}_rows_s: {run_s:.2f}")
    print(f"max_stall_ms: {stall:.1f}")
    print(json.dumps({"rows": args.rows, "settle_delay": args.settle_delay, "in_process": args.in_process}),
          file=sys.stderr)


if __name__ == "__main__":
    main()
