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
from dollr_desktop.services.collection import CollectionPlan, PayerDetection
from dollr_desktop.store.payment_cache import FeeQuote
from dollr_desktop.ui.collect.target import CollectTarget
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


class FakeCollection:
    """CollectionService's face to the dialog: detect, plan, collect, and following through it."""

    def __init__(self, store, *, detect_error=None):
        self.store, self.monitor, self.detect_error = store, FakeMonitor(), detect_error
        self.quotes: list[str] = []
        self.started = 0

    async def detect(self, phone):
        if self.detect_error:
            raise self.detect_error
        return PayerDetection(phone, "MTN_MOMO_LBR", "MTN_MOMO_LBR", "MTN Liberia (Lonestar Cell)", "LR",
                              ("USD", "LRD"))

    async def plan(self, source_type, source_id, phone, *, currency=None, detection=None):
        self.quotes.append(f"{detection.payment_method}/{currency}")
        quote = FeeQuote(Decimal("25.63"), currency, Decimal("25.00"), "USD", Decimal("0.25"), "USD",
                         None, None, None)
        return CollectionPlan(source_type, source_id, TARGET.source_number, "USD", TARGET.total, 5, 6,
                              TARGET.customer_name, detection, currency, quote)

    async def pending_for(self, source_type, source_id):
        return None

    async def collect(self, plan):
        self.started += 1
        entry = begin(self.store, 12)
        self.monitor.watch(entry)
        return entry

    def follow(self, entry, listener):
        self.monitor.add_listener(listener, entry.reference_id)
        self.monitor.watch(entry, trigger="dialog")
        return self.monitor.last_event.get(entry.reference_id)

    def unfollow(self, reference_id, listener):
        self.monitor.remove_listener(listener, reference_id)

    def latest(self, reference_id):
        return self.monitor.last_event.get(reference_id)


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
    backend, links = FakeCollection(store, **backend_kw), FakeLinks()
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
    assert backend.started == 1 and set(backend.monitor.watched) == {momo.entry.reference_id}

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
    assert momo.operator.payment_method == "MTN_MOMO_LBR" and not momo.operator_detected   # from the prefix
    assert momo.plan is None and not momo.confirm_button.isEnabled()
    orange = momo.operator_combo.findData("ORANGE_MONEY_LBR")
    momo.operator_combo.setCurrentIndex(orange)
    momo.operator_combo.activated.emit(orange)
    qtbot.waitUntil(lambda: momo.plan is not None, timeout=5_000)
    assert backend.quotes == ["ORANGE_MONEY_LBR/USD"]
    assert momo.operator_label.text() == "Chosen by you: Orange Money · Liberia."
    momo.currency_combo.setCurrentIndex(momo.currency_combo.findData("LRD"))
    momo.currency_combo.activated.emit(momo.currency_combo.currentIndex())
    qtbot.waitUntil(lambda: backend.quotes[-1] == "ORANGE_MONEY_LBR/LRD", timeout=5_000)
    qtbot.waitUntil(lambda: "25.63 LRD" in momo.quote_label.text(), timeout=5_000)
    shoot(dialog, "collect_operator_chosen_by_hand")


def test_a_request_that_never_reached_dollr_ends_and_may_be_sent_again(qtbot, qloop, store):
    """While the app runs: "checking" (answer lost), then NOT_FOUND from the monitor once the grace
    has passed; the panel stops checking, says no money moved and offers Send again."""
    dialog, backend, links = make_dialog(qtbot, store)
    momo = dialog.momo
    qtbot.waitUntil(lambda: momo.confirm_button.isEnabled(), timeout=5_000)
    qtbot.mouseClick(momo.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: momo.entry is not None, timeout=5_000)
    lost = store.journal.record_unknown(momo.entry.reference_id, "502 from a proxy")
    backend.monitor.emit(PaymentEvent(lost, "poll", WatchMode.POLLING))
    assert momo.timeline.steps[momo.timeline.PROMPT].title.text() == "Checking that the prompt arrived"
    assert not momo.confirm_button.isEnabled()
    ended = store.journal.record_not_found(lost.reference_id, grace_s=0)
    backend.monitor.emit(PaymentEvent(ended, "poll", WatchMode.POLLING))
    assert "never reached Dollr" in momo.timeline.result_text
    qtbot.waitUntil(lambda: momo.confirm_button.isEnabled(), timeout=5_000)
    qtbot.mouseClick(momo.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: backend.started == 2, timeout=5_000)
    qtbot.waitUntil(lambda: momo.entry.reference_id != lost.reference_id, timeout=5_000)
    dialog.close()


def test_a_collection_paid_after_never_received_is_said_loudly(qapp, store):
    from dollr_desktop.ui.wording.payments import paid_notice

    entry = begin(store, 12)
    store.journal.record_not_found(entry.reference_id, grace_s=0)
    late = store.journal.record_server_status(entry.reference_id, "COMPLETED", origin="status")
    assert paid_notice(late).startswith("⚠ ") and "DID move" in paid_notice(late)
    assert late.reference_id in paid_notice(late)
    assert paid_notice(entry) == f"Reference {entry.reference_id}"
