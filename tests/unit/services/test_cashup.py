"""Cash-up from Dollr's data: a push from this app, a link payment and a payment made on another
computer are each counted once; closed versions never change; two computers agree."""
from __future__ import annotations

import asyncio
import sqlite3
from datetime import date, timedelta
from decimal import Decimal

import pytest

from dollr_desktop.services.account import SessionSync
from dollr_desktop.services.cashup import CashCount, CashUpFigures, CashUpNotOpenError, CashUpService, Period
from dollr_desktop.services.collection import CollectionService
from dollr_desktop.services.payment_links import PaymentLinksService
from dollr_desktop.store import Store
from tests.e2e.test_collect_link import pay_on_hosted_page
from tests.unit.services.sandbox_kit import payable_invoice

pytestmark = pytest.mark.asyncio


async def _push(client, store, invoice_id: int, phone: str) -> str:
    service = CollectionService(client, store)
    entry = await service.collect(await service.plan("INVOICE", invoice_id, phone))
    final = await service.check(entry.reference_id)
    assert final.state.value == "COMPLETED"
    return entry.reference_id


async def three_payments(client, store, other_path) -> dict[str, str]:
    """Today: 20.00 pushed from this app, 7.50 paid by link, 3.25 pushed by another computer."""
    pushed, _ = await payable_invoice(client, name="Push Payer", phone="231770123456", amount="20.00")
    await _push(client, store, pushed, "231770123456")
    link = await PaymentLinksService(client).quick_sale(party_phone="231886123456", party_name="Link Payer",
                                                        currency="USD", items=[("Bread", Decimal("7.50"))])
    await asyncio.to_thread(pay_on_hosted_page, link.url, "231886123456")
    elsewhere, _ = await payable_invoice(client, name="Other Computer", phone="231776543210", amount="3.25")
    with Store.open(other_path) as other:
        await _push(client, other, elsewhere, "231776543210")
    await SessionSync(client, store).run()
    return {"Push Payer": "20.00", "Link Payer": "7.50", "Other Computer": "3.25"}


async def test_todays_cashup_counts_each_payment_once(sandbox, client, store, tmp_path):
    await SessionSync(client, store).run()
    paid = await three_payments(client, store, tmp_path / "other.sqlite3")
    service = CashUpService(store)
    period = Period.day(date.today())
    rows = [r for r in service.takings.query().rows() if r.at and period.since <= r.at < period.until]
    assert sorted(r.party_name for r in rows) == sorted(paid)        # once each, all from Dollr
    assert all(r.origin == "dollr" and r.has_receipt for r in rows)

    figures = service.compute(period)
    usd = figures.totals()["USD"]
    assert usd.count == 3 and figures.payment_count == 3
    assert usd.gross == Decimal("30.75")
    assert usd.net == sum((r.received[0] for r in rows), Decimal(0))
    fees: dict[str, Decimal] = {"PAYER": Decimal(0), "PAYEE": Decimal(0)}
    for r in rows:
        fees[r.fee_bearer] += sum((line.amount for line in r.fees), Decimal(0))
    assert fees["PAYEE"] > 0   # the invoices: the merchant bore the fees
    assert sum(usd.fees_by_merchant.values(), Decimal(0)) == fees["PAYEE"]
    assert sum(usd.fees_by_customer.values(), Decimal(0)) == fees["PAYER"]
    assert sum(line.count for line in figures.methods) == 3
    assert all(line.method and line.provider for line in figures.methods)
    waiting = store.connection().execute(
        "SELECT count(*) FROM documents WHERE status IN ('ACTIVE', 'PROCESSING') AND gone_at IS NULL").fetchone()[0]
    assert waiting > 0 and sum(w.count for w in figures.waiting) == waiting


async def test_two_computers_make_the_same_cashup(sandbox, client, tmp_path):
    with Store.open(tmp_path / "a.sqlite3") as first, Store.open(tmp_path / "b.sqlite3") as second:
        await SessionSync(client, first).run()
        await three_payments(client, first, tmp_path / "c.sqlite3")
        await SessionSync(client, second).run()
        a, b = CashUpService(first), CashUpService(second)
        days_with_payments = 0
        for back in range(45):
            period = Period.day(date.today() - timedelta(days=back))
            left, right = a.compute(period), b.compute(period)
            assert left.shared() == right.shared(), period
            days_with_payments += bool(left.methods)
        assert days_with_payments >= 8   # the demo's paid documents are spread over weeks, and today


async def test_closed_versions_never_change_and_reopening_makes_the_next(store, tmp_path):
    service = CashUpService(store)
    period = Period.shift_of(date(2026, 12, 1), *(__import__("datetime").time(h) for h in (22, 6)))
    assert period.until - period.since == timedelta(hours=8) and period.shift == "22:00-06:00"
    first = service.close(service.compute(period, (CashCount("LRD", Decimal("1500"), Decimal("1550")),)),
                          closed_on="till-1")
    assert (first.version, first.replaces_version, first.is_current) == (1, None, True)
    assert first.figures.cash[0].difference == Decimal("-50")
    assert service.current(period) == first
    with pytest.raises(CashUpNotOpenError):
        service.close(service.compute(period))
    with pytest.raises(sqlite3.DatabaseError):
        store.connection().execute("UPDATE cashups SET snapshot = '{}' WHERE id = ?", (first.id,))
    with pytest.raises(sqlite3.DatabaseError):
        store.connection().execute("DELETE FROM cashups WHERE id = ?", (first.id,))

    reopened = service.reopen(first)
    assert reopened.reopened_at is not None and service.current(period) is None
    with pytest.raises(CashUpNotOpenError):
        service.reopen(first)   # once
    second = service.close(service.compute(period, (CashCount("LRD", Decimal("1550"), Decimal("1550")),)),
                           note="recounted")
    assert (second.version, second.replaces_version, second.note) == (2, 1, "recounted")
    assert [v.version for v in service.versions(period)] == [1, 2]
    assert service.versions(period)[0].figures.cash == first.figures.cash   # the old one as it was
    assert service.latest() == second

    store.close()   # offline, a later start: the last closed cash-up opens from the file alone
    with Store.open(store.path) as again:
        latest = CashUpService(again).latest()
        assert latest == second and latest.figures.cash[0].difference == 0


async def test_snapshot_keeps_exact_decimal_text(store):
    service = CashUpService(store)
    figures = service.compute(Period.day(date(2026, 1, 5)), (CashCount("USD", Decimal("10.10"), Decimal("0.1")),))
    again = CashUpFigures.from_snapshot(figures.snapshot())
    assert again == figures
    assert '"counted": "10.10"' in figures.snapshot()
