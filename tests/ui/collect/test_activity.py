"""The Payments list's queries and Home's Today takings over this computer's journal alone (no
documents cached yet: a journal attempt shows as itself)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from dollr_desktop.services.payment_rows import MoneyRow, PaymentFilter as ActivityFilter
from dollr_desktop.services.takings import TakingsService
from dollr_desktop.ui.models.activity_model import state_label
from dollr_desktop.store import Store
from tests.ui.collect.journal_rows import age, begin


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "a.sqlite3") as opened:
        yield opened


@pytest.fixture
def day(store):
    """Today: two paid (MTN in USD, Orange in LRD), one failed, one waiting, one payout; one paid yesterday."""
    j = store.journal
    paid_usd = begin(store, 1)
    j.record_server_status(paid_usd.reference_id, "COMPLETED", origin="status")
    paid_lrd = begin(store, 2, name="Musu Kollie", method="ORANGE_MONEY_LBR", currency="LRD", amount="5100",
                     payee="5000", phone="231776543210", quote={})
    j.record_server_status(paid_lrd.reference_id, "COMPLETED", origin="status")
    failed = begin(store, 3, name="Kebeh Flomo", phone="231886120000")
    j.record_server_status(failed.reference_id, "FAILED", origin="status", message="insufficient funds")
    waiting = begin(store, 4, name="Jallah Sirleaf")
    j.record_server_status(waiting.reference_id, "PROCESSING", origin="execute")
    payout = begin(store, 5, kind="PAYOUT", name="Supplier", amount="40", payee="40")
    j.record_server_status(payout.reference_id, "COMPLETED", origin="status")
    old = begin(store, 6, name="Yesterday Customer")
    j.record_server_status(old.reference_id, "COMPLETED", origin="status")
    age(store, old.reference_id, days=1.5)
    return {"paid_usd": paid_usd, "paid_lrd": paid_lrd, "failed": failed, "waiting": waiting,
            "payout": payout, "old": old}


def references(query) -> list[str]:
    return [row["reference_id"] for row in query.fetch(0, 100)]


def test_today_takings_per_method_and_currency_with_fees_and_pending(store, day):
    today = TakingsService(store).today()
    assert {k: t.net for k, t in today.by_method.items()} == {
        ("MTN_MOMO_LBR", "MTN_MOMO_LBR", "USD"): Decimal("25.00"),
        ("ORANGE_MONEY_LBR", "ORANGE_MONEY_LBR", "LRD"): Decimal("5000")}
    assert sum(t.count for t in today.by_currency.values()) == 2
    # The fees of the quote the person confirmed (the LRD one had none quoted).
    assert today.by_currency["USD"].fees == {"USD": Decimal("0.63")}
    assert today.by_currency["LRD"].fees == {}
    assert today.pending == 1 and today.failed == 1
    assert {c: t.gross for c, t in today.payouts.items()} == {"USD": Decimal("40")}


def test_filters_and_search(store, day):
    service = TakingsService(store)
    everything = service.query()
    assert everything.count() == 6
    assert references(everything)[0] == day["payout"].reference_id   # newest first
    assert references(service.query(ActivityFilter(pending=True))) == [day["waiting"].reference_id]
    assert references(service.query(ActivityFilter(failed=True))) == [day["failed"].reference_id]
    assert day["old"].reference_id not in references(service.query(ActivityFilter(today=True)))
    assert service.query(ActivityFilter(today=True)).count() == 5
    assert references(service.query(ActivityFilter(method="ORANGE_MONEY_LBR"))) == [day["paid_lrd"].reference_id]
    assert references(service.query(ActivityFilter(currency="LRD"))) == [day["paid_lrd"].reference_id]
    assert references(service.query(ActivityFilter(kind="PAYOUT"))) == [day["payout"].reference_id]
    assert references(service.query(ActivityFilter(search="musu"))) == [day["paid_lrd"].reference_id]
    assert references(service.query(ActivityFilter(search="INV-2026-00003"))) == [day["failed"].reference_id]
    ref = day["waiting"].reference_id
    assert references(service.query(ActivityFilter(search=ref[:13]))) == [ref]
    assert references(service.query(ActivityFilter(search="886120000"))) == [day["failed"].reference_id]
    methods, currencies = service.methods_and_currencies()
    assert methods == ["MTN_MOMO_LBR", "ORANGE_MONEY_LBR"] and currencies == ["LRD", "USD"]


def test_words_for_states_and_fees():
    assert state_label("COLLECTION", "PROCESSING") == "Waiting for the customer"
    assert state_label("PAYOUT", "COMPLETED") == "Sent"
    assert state_label("COLLECTION", "NOT_FOUND") == "Not sent (no money moved)"
    row = MoneyRow.from_row({"origin": "journal", "key": "r", "kind": "COLLECTION", "state": "COMPLETED",
                             "amount": "10", "currency": "USD", "payee_amount": "9",
                             "platform_fee": "1.50", "platform_currency": "LRD", "fx_fee": "0.10"})
    assert [(f.amount, f.currency) for f in row.fees] == [(Decimal("1.50"), "LRD"), (Decimal("0.10"), "USD")]
    assert row.received == (Decimal("9"), "USD")
