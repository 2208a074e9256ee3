"""The till, timed and counted in the real app (practice mode, the embedded sandbox over a socket).

Prints:
  actions_to_paid                  clicks + keys of the scripted sale from Home to "Paid": three saved
                                   items by tile, paid by MTN MoMo, the phone number counted as one
                                   action (goal <= 6)
  charge_to_prompt_ms              F9 pressed (the quote on screen) -> "Prompt sent" shown, median
  realtime_sockets_for_20_pending  sockets the sandbox's realtime peer has open while 20 sales wait
                                   for their customers (goal 1)
  search_items_p95_ms              a search of 10,000 saved items as the sale screen runs it (worker
                                   thread hop included), p95 over typical queries (goal < 30)
Run: .venv/bin/python benchmarks/till.py
"""
from __future__ import annotations

import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PENDING = 20


async def until(predicate: Any, timeout: float = 20.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        await asyncio.sleep(0.005)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))]


async def scenario(app: Any, sandbox: Any) -> dict[str, Any]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from dollr_desktop.services.saved_items import ItemValues
    from dollr_desktop.store.journal import PaymentState
    from dollr_desktop.ui.collect.timeline_widget import StepState
    import httpx

    await app.start(practice=True)
    await until(lambda: app.session is not None and app.session.is_open and hasattr(app.features, "collect"),
                what="practice mode")
    items = app.session.items
    for name, price, code in (("Rice 1kg", "150.00", "6001"), ("Soap bar", "50.00", "6002"),
                              ("Palm oil", "300.00", "6003")):
        await items.save(ItemValues(name, {"LRD": Decimal(price)}, code=code, category="Shop"))
    window, till = app.window, app.features.till
    view = till.view
    window.show_page("home")
    window.activateWindow()
    await until(window.isActiveWindow, what="the window active")

    # 1. Home -> Paid, counted.
    actions = 0
    QTest.keyClick(window, Qt.Key.Key_F2)
    actions += 1
    await view.refresh()
    await until(lambda: view.tiles.tile("Palm oil") is not None, what="tiles")
    for name in ("Rice 1kg", "Soap bar", "Palm oil"):
        QTest.mouseClick(view.tiles.tile(name), Qt.MouseButton.LeftButton)
        actions += 1
    QTest.mouseClick(view.phone_edit.number_edit, Qt.MouseButton.LeftButton)   # into the field, then type:
    QTest.keyClicks(view.phone_edit.number_edit, "0886123456")
    actions += 1   # the phone number (one action, as the goal counts it)
    await until(lambda: view.preview is not None, what="the quote")
    QTest.keyClick(view.phone_edit.number_edit, Qt.Key.Key_F9)
    actions += 1
    await until(lambda: till.last_sale is not None and (till.last_sale.source_type, till.last_sale.source_id)
                in till.dialogs, what="the payment window")
    dialog = till.dialogs[(till.last_sale.source_type, till.last_sale.source_id)]
    await until(lambda: dialog.momo.entry is not None and dialog.momo.entry.state is PaymentState.COMPLETED,
                what="paid")
    await until(view.reprint_button.isEnabled, what="paid on the sale screen")
    dialog.close()

    # 2. Twenty sales waiting at once (numbers ending 1111 wait until settled): F9 -> "Prompt sent".
    prompt_ms: list[float] = []
    references: list[str] = []
    for n in range(PENDING):
        window.activateWindow()
        await until(window.isActiveWindow, what="the window active")
        view.search_edit.setFocus()
        QTest.keyClicks(view.search_edit, "600" + str(1 + n % 3))
        QTest.keyClick(view.search_edit, Qt.Key.Key_Return)
        await until(lambda: bool(view.basket.lines), what="an item")
        view.phone_edit.number_edit.setFocus()
        QTest.keyClicks(view.phone_edit.number_edit, f"0886{n:02d}1111")
        await until(lambda: view.preview is not None, what="the quote")
        started = time.perf_counter()
        QTest.keyClick(view.phone_edit.number_edit, Qt.Key.Key_F9)
        sale_key = lambda: (till.last_sale.source_type, till.last_sale.source_id) if till.last_sale else None  # noqa: E731
        await until(lambda: sale_key() in till.dialogs and till.dialogs[sale_key()].momo.timeline.steps[0].state
                    is StepState.DONE, what="prompt sent")
        prompt_ms.append((time.perf_counter() - started) * 1000)
        dialog = till.dialogs[sale_key()]
        references.append(dialog.momo.entry.reference_id)
        dialog.close()
    monitor = app.session.monitor
    await until(lambda: all(monitor.watchers[r].mode.value == "live" for r in references), what="all live")
    async with httpx.AsyncClient(base_url=sandbox.base_url) as http:
        stats = (await http.get("/_sandbox/realtime/stats")).json()
        for reference in references:
            (await http.post(f"/_sandbox/executions/{reference}/settle")).raise_for_status()
    await until(lambda: not view.waiting.chips, timeout=30, what="all twenty landed")

    # 3. Searching 10,000 saved items.
    words = ["rice", "sugar", "salt", "soap", "oil", "bread", "milk", "tea", "coffee", "beans", "flour",
             "juice", "water", "candle", "battery", "phone", "card", "pen", "book", "shoe", "shirt", "cloth",
             "bucket", "plate", "cup", "spoon", "knife", "torch", "matches", "biscuit"]
    rng = random.Random(14)
    values = [ItemValues(f"{rng.choice(words).title()} {rng.choice(words)} {n}",
                         {"LRD": Decimal(rng.randint(10, 5000)), "USD": Decimal(rng.randint(1, 90))},
                         code=f"99{n:06d}", category=rng.choice(words[:12]).title(), stock=rng.choice([None, 50]))
              for n in range(10_000)]
    await asyncio.to_thread(app.session.store.items.save_many, values)
    queries = [w[:k] for w in words for k in (1, 2, 3)] + [f"{a} {b[:2]}" for a, b in zip(words, reversed(words))] \
        + [f"99{n:06d}" for n in rng.sample(range(10_000), 30)]
    search_ms = []
    for query in queries * 2:
        started = time.perf_counter()
        await items.search(query, currency="LRD", limit=30)
        search_ms.append((time.perf_counter() - started) * 1000)
    return {"actions": actions, "prompt_ms": prompt_ms, "sockets": stats["open_sockets"],
            "accepted": stats["accepted"], "joined": stats["joined_channels"], "search_ms": search_ms,
            "items": items.items.count()}


def main() -> int:
    os.environ["DOLLR_DATA_DIR"] = tempfile.mkdtemp(prefix="dollr-till-")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import keyring

    from tests.ui.helpers import MemoryKeyring

    memory = MemoryKeyring()
    keyring.get_keyring = lambda: memory

    from PySide6.QtWidgets import QApplication
    from qasync import QEventLoop

    from dollr_desktop.credentials import CredentialStore
    from dollr_desktop.sandbox.server import SandboxServer
    from dollr_desktop.settings import Settings

    qt_app = QApplication(sys.argv[:1])
    qt_app.setQuitOnLastWindowClosed(False)
    loop = QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    sandbox = SandboxServer(settle_delay=0.3).start()

    async def run() -> dict[str, Any]:
        from dollr_desktop.app import DollrApp

        app = DollrApp(settings=Settings.load(), credentials=CredentialStore(memory), practice_server=sandbox,
                       sync_interval_ms=3_600_000)
        try:
            return await scenario(app, sandbox)
        finally:
            closed = asyncio.Event()
            app.window.sig_closed.connect(closed.set)
            app.window.close()
            await asyncio.wait_for(closed.wait(), 30)

    with loop:
        result = loop.run_until_complete(run())
    sandbox.stop()
    print(f"actions_to_paid: {result['actions']}")
    print(f"charge_to_prompt_ms: {statistics.median(result['prompt_ms']):.0f}")
    print(f"# charge_to_prompt_ms p95 {percentile(result['prompt_ms'], 0.95):.0f} over {len(result['prompt_ms'])} sales")
    print(f"realtime_sockets_for_{PENDING}_pending: {result['sockets']}")
    print(f"# {result['joined']} channels joined on it; sockets accepted in the whole run: {result['accepted']}")
    print(f"search_items_p95_ms: {percentile(result['search_ms'], 0.95):.1f}")
    print(f"# search median {statistics.median(result['search_ms']):.1f} ms over {len(result['search_ms'])} queries, "
          f"{result['items']} saved items")
    sys.stdout.flush()
    os._exit(0)   # PySide6 can crash while the interpreter tears down; everything is printed


if __name__ == "__main__":
    sys.exit(main())
