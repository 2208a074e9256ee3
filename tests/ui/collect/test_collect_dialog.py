"""The collect dialog's states driven directly (fake services): requires_action, long PROCESSING,
a hand-picked operator, and an unreachable Dollr while detecting."""
from __future__ import annotations

import time
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from dollr_desktop.api import errors as api_errors
from dollr_desktop.services.live_status import WatchMode
from dollr_desktop.services.payment_links import PaymentLink
from dollr_desktop.services.payment_monitor import PaymentEvent
from dollr_desktop.store import Store
from dollr_desktop.ui.collect.backend import CollectTarget, MobileOperator, Quote
from dollr_desktop.ui.collect.collect_dialog import CollectDialog
from dollr_desktop.ui.runner import OperationRunner
from tests.ui.collect.journal_rows import begin
from tests.ui.conftest import qloop, qloop_session  # noqa: F401 (fixtures)
from tests.ui.helpers import shoot

TARGET = CollectTarget("INVOICE", 12, "INV-2026-00012", Decimal("25.00"), "USD", 5, 6, "Comfort Wleh",
                       "231886123456", "comfort@example.com")


class FakeMonitor:
    def __init__(self):
        self.listeners, self.watched, self.last_event = {}, [], {}

    def add_listener(self, fn, reference_id=None):
        self.listeners.setdefault(reference_id, []).append(fn)

    def remove_listener(self, fn, reference_id=None):
        self.listeners.get(reference_id, []).remove(fn)

    def watch(self, entry, trigger="execute"):
        self.watched.append(entry.reference_id)

    def emit(self, event):
        for fn in list(self.listeners.get(event.reference_id, [])):
            fn(event)


class FakeBackend:
    def __init__(self, store, *, detect_error=None):
        self.store, self.monitor, self.detect_error = store, FakeMonitor(), detect_error
        self.quotes: list[str] = []
        self.started = 0

    async def detect_operator(self, phone):
        if self.detect_error:
            raise self.detect_error
        return MobileOperator("MTN Liberia (Lonestar Cell)", "MTN_MOMO_LBR", "MTN_MOMO_LBR", ("USD", "LRD"))

    async def quote(self, target, operator, currency, phone):
        self.quotes.append(f"{operator.payment_method}/{currency}")
        return Quote(Decimal("25.63"), currency, Decimal("25.00"), "USD",
                     [("Dollr fee", Decimal("0.25"), "USD")], plan=None)

    async def pending_for(self, target):
        return None

    async def start(self, quote):
        self.started += 1
        return begin(self.store, 12)


class FakeLinks:
    def __init__(self):
        self.asked = 0

    async def pay_link(self, source_type, source_id, number):
        self.asked += 1
        return PaymentLink("https://pay.example/abc", source_type, source_id, number)

    async def source_status(self, source_type, source_id):
        from types import SimpleNamespace
        return SimpleNamespace(status="ACTIVE")

    async def fresh(self, link):
        return link


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "d.sqlite3") as opened:
        yield opened


def make_dialog(qtbot, store, **backend_kw):
    backend, links = FakeBackend(store, **backend_kw), FakeLinks()
    owner = QWidget()   # qtbot closes it after the test; the dialog, deleted once closed, goes with it
    qtbot.addWidget(owner)
    dialog = CollectDialog(OperationRunner(), backend, links, TARGET, open_url=lambda url: None, parent=owner)
    dialog.test_owner = owner   # qtbot holds widgets weakly
    dialog.show()
    return dialog, backend, links


def test_long_processing_is_waiting_and_requires_action_offers_the_hosted_page(qtbot, qloop, store):
    dialog, backend, links = make_dialog(qtbot, store)
    momo = dialog.momo
    qtbot.waitUntil(lambda: momo.confirm_button.isEnabled(), timeout=5_000)
    qtbot.mouseClick(momo.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: momo.entry is not None, timeout=5_000)
    assert backend.started == 1 and backend.monitor.watched == [momo.entry.reference_id]

    # Ten minutes in PROCESSING: still "waiting", with words that say so; never "failed".
    entry = store.journal.record_server_status(momo.entry.reference_id, "PROCESSING", origin="status")
    backend.monitor.emit(PaymentEvent(entry, "poll", WatchMode.POLLING))
    momo._waiting_since = time.monotonic() - 600
    momo._show_waiting()
    waiting = momo.timeline.steps[1]
    assert waiting.state == "active" and "Still waiting after 10 min" in waiting.detail.text()
    assert "Failed" not in momo.timeline.result_text and not momo.confirm_button.isEnabled()
    shoot(dialog, "collect_momo_waiting_10_min")

    # An execution that needs the customer's action (3-D Secure): said in words, hosted page offered.
    backend.monitor.emit(PaymentEvent(entry, "event", WatchMode.LIVE, requires_action=True))
    assert momo.hosted_button.isVisible()
    assert "Dollr's secure page" in momo.notice_label.text()
    shoot(dialog, "collect_requires_action")
    qtbot.mouseClick(momo.hosted_button, Qt.MouseButton.LeftButton)
    assert dialog.tabs.currentIndex() == dialog.LINK_TAB
    qtbot.waitUntil(lambda: dialog.link.qr.text == "https://pay.example/abc", timeout=5_000)
    dialog.close()
    assert backend.monitor.listeners[entry.reference_id] == []   # the dialog stopped listening


def test_operator_chosen_by_hand_requotes_and_an_offline_detection_falls_back(qtbot, qloop, store):
    dialog, backend, _ = make_dialog(qtbot, store, detect_error=api_errors.ApiConnectionError("offline"))
    momo = dialog.momo
    qtbot.waitUntil(lambda: "did not recognise" in momo.operator_label.text(), timeout=5_000)
    assert momo.operator.payment_method == "MTN_MOMO_LBR" and not momo.operator.detected   # from the prefix
    assert momo.quote is None and not momo.confirm_button.isEnabled()
    orange = momo.operator_combo.findData("ORANGE_MONEY_LBR")
    momo.operator_combo.setCurrentIndex(orange)
    momo.operator_combo.activated.emit(orange)
    qtbot.waitUntil(lambda: momo.quote is not None, timeout=5_000)
    assert backend.quotes == ["ORANGE_MONEY_LBR/USD"]
    assert momo.operator_label.text() == "Chosen by you: Orange Money (Liberia)."
    momo.currency_combo.setCurrentIndex(momo.currency_combo.findData("LRD"))
    momo.currency_combo.activated.emit(momo.currency_combo.currentIndex())
    qtbot.waitUntil(lambda: backend.quotes[-1] == "ORANGE_MONEY_LBR/LRD", timeout=5_000)
    qtbot.waitUntil(lambda: "25.63 LRD" in momo.quote_label.text(), timeout=5_000)
    shoot(dialog, "collect_operator_chosen_by_hand")
