"""Soak benchmark: a merchant's busy hour, compressed, in the real app against the practice sandbox.

Each round: a new invoice is published and collected by mobile-money push through its editor and
collect dialog, a new-invoice editor is opened and closed, the lists are searched; every few rounds
a receipt is opened, a payout is approved with the passcode, a contact dialog and a quick sale are
opened and cancelled. Prints `name: value` lines:
  rss_growth_mb   the process's resident memory growth over the last two thirds of the rounds
  widgets_growth  top-level widgets at the end minus after the first third (windows left alive)
  max_stall_ms    the longest the GUI thread was blocked (a 5 ms timer's worst lateness), from the
                  end of start-up (practice mode open, first sync done) to the end of the run
Goals: rss_growth_mb < 30, widgets_growth <= 0, max_stall_ms < 100.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/soak.py [--rounds 48] [--minutes 8]

`tests/e2e/test_soak.py` runs the same scenario, shortened and unpaced.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dollr_desktop.ui import hub as events  # noqa: E402 (after the path and platform are set)

CUSTOMERS = [("Musu Kollie", "231886214570"), ("Emmanuel Flomo", "231887442019"),
             ("Fatu Kamara", "231881173649"), ("Bendu Dolo", "231889305716"),
             ("Moses Kpadeh", "231884517362"), ("Patience Gono", "231885069274")]
SUPPLIER = "Liberia Medical"
SEARCHES = ("Kollie", "Amox", "INV", "Flomo", "")


# The app's entry points: how a merchant opens each window (adapt these when app.py changes). ------
doing = ""   # the merchant action under way (named in the benchmark's report of its worst stall)


def action(name: str) -> None:
    global doing
    doing = name


async def until(condition: Callable[[], Any], timeout: float = 20.0, what: str = "") -> Any:
    """Wait, letting the event loop run, until `condition()` is truthy; return its value."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"waited {timeout:.0f} s for {what or condition}")
        await asyncio.sleep(0.02)


async def start_practice(app: Any) -> None:
    await app.start(practice=True)
    await until(lambda: app.session is not None and app.session.is_open, what="practice mode")
    await until(lambda: hasattr(app.features, "payouts"), what="the payouts view")


async def published_invoice(app: Any, customer: Any, amount: Decimal) -> Any:
    """Made through the app's services: the editor is what is exercised, not the typing."""
    from dollr_desktop.services.invoicing import DocumentDraft, DocumentKind, DraftItem

    draft = DocumentDraft(kind=DocumentKind.INVOICE, counterparty_id=customer.id, counterparty_name=customer.name,
                          currency="USD", note="Medicine", items=[DraftItem("Amoxicillin 500mg x21", 1, amount)])
    invoicing = app.session.invoicing
    return await invoicing.publish(await invoicing.save_draft(draft))


def open_editor(app: Any, draft: Any) -> Any:
    return app.features.documents.open_editor(draft)


def open_new_invoice_editor(app: Any) -> Any:
    return app.features.documents.new_document("INVOICE")


def collect_dialogs(app: Any) -> dict:
    return app.features.collect.dialogs


def open_receipt(app: Any, kind: str, document_id: int) -> Any:
    feature = app.features.receipts
    feature.receipt_dialog = None
    app.hub.emit(events.SHOW_RECEIPT, kind, document_id)
    return lambda: feature.receipt_dialog


def open_quick_sale(app: Any) -> Any:
    feature = app.features.collect
    feature.quick_sale_dialog = None
    app.hub.emit(events.QUICK_SALE)
    return lambda: feature.quick_sale_dialog


def open_contact_dialog(app: Any) -> Any:
    feature = app.features.contacts
    feature.contact_dialog = None
    app.hub.emit(events.NEW_CONTACT)
    return lambda: feature.contact_dialog


def open_new_payout(app: Any) -> Any:
    app.window.show_page("payouts")
    app.features.payouts.view.new_button.click()
    return app.features.payouts.view.payout_dialog


def passcode(app: Any) -> str:
    return app.practice.server.info["passcode"]


# One merchant action each. -----------------------------------------------------------------------
def _type(widget: Any, text: str) -> None:
    from PySide6.QtTest import QTest

    QTest.keyClicks(widget, text)


async def collect_by_momo(app: Any, draft: Any, with_receipt: bool) -> None:
    """The invoice's editor → "Collect payment…" → push to the customer's phone → paid → closed."""
    from dollr_desktop.store.journal import PaymentState

    editor = open_editor(app, draft)
    await until(editor.collect_button.isVisible, what="the Collect button")
    editor.collect_button.click()
    key = ("INVOICE", draft.id)
    dialog = await until(lambda: collect_dialogs(app).get(key), what="the collect dialog")
    momo = dialog.momo
    await until(lambda: momo.plan is not None and momo.confirm_button.isEnabled(), what="the quote")
    momo.confirm_button.click()
    await until(lambda: momo.entry is not None and momo.entry.state is PaymentState.COMPLETED, timeout=30,
                what="the payment to complete")
    if with_receipt and dialog.receipt_button is not None:
        await until(dialog.receipt_button.isEnabled, what="the receipt button")
        dialog.receipt_button.click()
        receipt = await until(lambda: dialog.receipt_button.dialog, what="the receipt dialog")
        await until(lambda: not receipt.preview_label.pixmap().isNull(), what="the receipt preview")
        receipt.close()
    dialog.close()
    await until(lambda: editor.draft.status == "PAID", what="the editor to show PAID")
    editor.close()


async def new_invoice_and_back(app: Any, typed: str) -> None:
    """A new invoice started, a customer looked up (the completer pops up), then closed unsaved."""
    editor = open_new_invoice_editor(app)
    await until(editor.isVisible, what="the new invoice editor")
    editor.customer_picker.edit.setFocus()
    _type(editor.customer_picker.edit, typed)
    await asyncio.sleep(0.3)   # the search answers and the completer shows
    editor.close()


async def search_lists(app: Any, text: str) -> None:
    app.window.show_page("invoices")
    app.features.documents.view.search_edit.setText(text)
    await asyncio.sleep(0.2)
    app.window.show_page("contacts")
    app.features.contacts.view.search_edit.setText(text)
    await asyncio.sleep(0.2)
    app.window.show_page("payments")
    await asyncio.sleep(0.2)
    app.window.show_page("home")


async def receipt_from_list(app: Any, draft: Any) -> None:
    get = open_receipt(app, "INVOICE", draft.id)
    receipt = await until(get, what="the receipt dialog")
    await until(lambda: not receipt.preview_label.pixmap().isNull(), what="the receipt preview")
    receipt.close()


async def pay_supplier(app: Any, amount: str) -> None:
    """Payouts → New payout… → a saved supplier → amount → Continue → Approve with the passcode."""
    dialog = open_new_payout(app)
    await until(dialog.isVisible, what="the new payout dialog")
    picker = dialog.recipient_box.picker
    picker.edit.setFocus()
    _type(picker.edit, SUPPLIER)
    await until(lambda: bool(picker._matches), what="the supplier in the picker")
    picker.choose_first_match()
    dialog.currency_combo.setCurrentIndex(dialog.currency_combo.findData("USD"))
    dialog.amount_edit.clear()
    _type(dialog.amount_edit, amount)
    await until(lambda: dialog.quote is not None and dialog.continue_button.isEnabled(), what="the payout quote")
    dialog.continue_button.click()
    await until(lambda: dialog.prepared is not None and dialog.approve_button.isVisible()
                and dialog.approve_button.isEnabled(), what="the payout session")
    dialog.approve_button.click()
    approval = await until(lambda: dialog.approval_dialog is not None and dialog.approval_dialog.isVisible()
                           and dialog.approval_dialog, what="the approval dialog")
    approval.passcode_edit.setFocus()
    _type(approval.passcode_edit, passcode(app))
    approval.approve_button.click()
    await until(lambda: dialog.entry is not None and dialog.entry.is_final, timeout=30, what="the payout to end")
    dialog.close()


async def open_and_cancel(get: Callable[[], Any], what: str) -> None:
    dialog = await until(lambda: (d := get()) is not None and d.isVisible() and d, what=what)
    dialog.reject()


async def closed_windows_gone(timeout: float = 3.0) -> None:
    """Give windows closed just now the moment they need to go (their work ends, the loop comes round)."""
    from PySide6.QtWidgets import QDialog

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        await asyncio.sleep(0.1)
        if not any(isinstance(w, QDialog) and not w.isVisible() for w in Probe.top_level_widgets()):
            return


# The scenario and what is measured. --------------------------------------------------------------
class Probe:
    """Resident memory, top-level widgets, and the GUI thread's worst stall (a 5 ms heartbeat)."""

    INTERVAL_S = 0.005

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer, Qt

        self.max_stall_ms = 0.0
        self.max_stall_cpu_ms = 0.0   # the GUI thread's own CPU time during that stall
        self.max_stall_during = ""
        self._last = time.perf_counter()
        self._last_cpu = time.thread_time()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(int(self.INTERVAL_S * 1000))
        self.timer.timeout.connect(self._beat)

    def start(self) -> None:
        self._last, self._last_cpu = time.perf_counter(), time.thread_time()
        self.max_stall_ms = 0.0
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _beat(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        stall_ms = (now - self._last - self.INTERVAL_S) * 1000
        if stall_ms > self.max_stall_ms:
            self.max_stall_ms, self.max_stall_cpu_ms = stall_ms, (cpu - self._last_cpu) * 1000
            self.max_stall_during = doing
        self._last, self._last_cpu = now, cpu

    @staticmethod
    def rss_mb() -> float:
        with open("/proc/self/statm") as statm:
            resident_pages = int(statm.read().split()[1])
        return resident_pages * os.sysconf("SC_PAGE_SIZE") / 1e6

    @staticmethod
    def top_level_widgets() -> list:
        from PySide6.QtWidgets import QApplication

        return list(QApplication.topLevelWidgets())


async def busy_hour(app: Any, *, rounds: int, payout_every: int = 7, pace_s: float = 0.0,
                    settle: Callable[[], Any] = lambda: None,
                    on_round: Callable[[int, float, int], None] = lambda *_: None) -> list[tuple[float, int]]:
    """Run the rounds; after each, `settle()` then sample (rss_mb, top-level widget count)."""
    customers = []
    for name, phone in CUSTOMERS:
        customers.append(await app.session.contacts.create_contact(name=name, phone=phone))
    samples: list[tuple[float, int]] = []
    for n in range(rounds):
        began = time.monotonic()
        customer = customers[n % len(customers)]
        action("publishing an invoice")
        draft = await published_invoice(app, customer, Decimal("5.00") + n)
        action("collecting by mobile money")
        await collect_by_momo(app, draft, with_receipt=n % 3 == 0)
        action("a new invoice, then closed")
        await new_invoice_and_back(app, customer.name.split()[0][:3])
        action("searching the lists")
        await search_lists(app, SEARCHES[n % len(SEARCHES)])
        if n % 3 == 1:
            action("a receipt from the list")
            await receipt_from_list(app, draft)
        if n % payout_every == payout_every - 1:
            action("a payout")
            await pay_supplier(app, f"{2 + n % 5}.00")
        if n % 4 == 2:
            action("the contact dialog")
            await open_and_cancel(open_contact_dialog(app), "the contact dialog")
        if n % 6 == 3:
            action("the quick sale dialog")
            await open_and_cancel(open_quick_sale(app), "the quick sale dialog")
        action("idle")
        await closed_windows_gone()
        settle()
        samples.append((Probe.rss_mb(), len(Probe.top_level_widgets())))
        on_round(n, *samples[-1])
        if pace_s:
            await asyncio.sleep(max(0.0, began + pace_s - time.monotonic()))
    return samples


def growth(samples: list[tuple[float, int]]) -> tuple[float, int]:
    """(RSS growth in MB, widget growth) from the end of the first third to the end."""
    warm = samples[max(0, len(samples) // 3 - 1)]
    return samples[-1][0] - warm[0], samples[-1][1] - warm[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=48, help="payments collected (default 48)")
    parser.add_argument("--payout-every", type=int, default=7, help="a payout every N rounds (default 7)")
    parser.add_argument("--minutes", type=float, default=8.0, help="spread the rounds over this long")
    args = parser.parse_args(argv)
    os.environ["DOLLR_DATA_DIR"] = tempfile.mkdtemp(prefix="dollr-soak-")

    import keyring

    from tests.ui.helpers import MemoryKeyring

    memory = MemoryKeyring()
    keyring.get_keyring = lambda: memory   # the OS keyring is never touched

    from PySide6.QtWidgets import QApplication
    from qasync import QEventLoop

    from dollr_desktop import garbage
    from dollr_desktop.credentials import CredentialStore
    from dollr_desktop.sandbox.server import SandboxServer
    from dollr_desktop.settings import Settings
    from dollr_desktop.ui.gui_thread_gc import GuiThreadGarbageCollector

    qt_app = QApplication(sys.argv[:1])
    qt_app.setQuitOnLastWindowClosed(False)
    collector = GuiThreadGarbageCollector(qt_app)   # as __main__ does
    loop = QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    sandbox = SandboxServer(settle_delay=0.5).start()

    async def scenario() -> tuple[list[tuple[float, int]], float]:
        from dollr_desktop.app import DollrApp

        app = DollrApp(settings=Settings.load(), credentials=CredentialStore(memory), practice_server=sandbox)
        await start_practice(app)
        garbage.freeze_long_lived()   # as __main__ does once start-up is over
        await app.session.sync_now()
        probe = Probe()
        probe.start()
        started = time.monotonic()

        def report(n: int, rss: float, widgets: int) -> None:
            print(f"# round {n + 1}/{args.rounds} at {time.monotonic() - started:.0f} s: rss {rss:.0f} MB, "
                  f"top-level widgets {widgets}, worst stall so far {probe.max_stall_ms:.0f} ms "
                  f"({probe.max_stall_cpu_ms:.0f} ms CPU, {probe.max_stall_during or 'idle'})", flush=True)

        samples = await busy_hour(app, rounds=args.rounds, payout_every=args.payout_every,
                                  pace_s=args.minutes * 60 / args.rounds, on_round=report)
        probe.stop()
        closed = asyncio.Event()
        app.window.sig_closed.connect(closed.set)
        app.window.close()
        await asyncio.wait_for(closed.wait(), 30)
        return samples, probe

    with loop:
        samples, probe = loop.run_until_complete(scenario())
    sandbox.stop()
    del collector
    rss_growth, widgets_growth = growth(samples)
    print(f"rss_start_mb: {samples[0][0]:.0f}")
    print(f"rss_end_mb: {samples[-1][0]:.0f}")
    print(f"rss_growth_mb: {rss_growth:.1f}")
    print(f"widgets_growth: {widgets_growth}")
    print(f"max_stall_ms: {probe.max_stall_ms:.0f}")
    print(f"# the worst stall: {probe.max_stall_cpu_ms:.0f} ms of it the GUI thread's own CPU time, "
          f"while {probe.max_stall_during or 'idle'}")
    sys.stdout.flush()
    os._exit(0)   # PySide6 can crash while the interpreter tears down; everything is printed


if __name__ == "__main__":
    sys.exit(main())
