"""Recurring bills against the sandbox over a socket: a monthly schedule with the app closed for
three months catches up with exactly three invoices, a restart makes none, and a create whose
answer is lost is found again by its marker instead of being made twice."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from dollr_desktop.services.recurring import RecurringBills, add_months, marker, schedule_dates
from dollr_desktop.store import Store
from tests.unit.services.sandbox_kit import add_fault, client_for, payable_invoice


async def _invoices(client) -> list:
    return list(await client.invoices.list())


async def _scheduled(client, store, **schedule):
    invoice_id, _ = await payable_invoice(client, name="Aminata Sow", phone="231770555111", amount="45.50")
    store.documents.upsert_detail("INVOICE", await client.invoices.retrieve(invoice_id))
    bills = RecurringBills(client, store)
    return bills, await bills.add_schedule("INVOICE", invoice_id, **schedule)


def test_dates_monthly_from_the_first_date_and_terms():
    assert list(schedule_dates("MONTHLY", date(2026, 1, 31), count=3)) == [
        date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31)]
    assert list(schedule_dates("TERM", date(2026, 1, 5), until=date(2026, 12, 31))) == [
        date(2026, 1, 5), date(2026, 5, 5), date(2026, 9, 5)]
    assert list(schedule_dates("WEEKLY", date(2026, 1, 1), until=date(2026, 1, 15))) == [
        date(2026, 1, 1), date(2026, 1, 8), date(2026, 1, 15)]
    assert add_months(date(2025, 12, 15), 2) == date(2026, 2, 15)


async def test_three_months_closed_makes_three_invoices_and_a_restart_none(sandbox, client, tmp_path):
    path = tmp_path / "bills.sqlite3"
    with Store.open(path) as store:
        bills, schedule = await _scheduled(client, store, every="MONTHLY", first_date=date(2026, 1, 15))
        assert (await bills.run(date(2026, 1, 14))).made == []          # nothing due yet
        before = await _invoices(client)

        result = await bills.run(date(2026, 4, 14))                     # the app was closed Jan -> Apr
        assert [m.bill_date for m in result.made] == [date(2026, 1, 15), date(2026, 2, 15), date(2026, 3, 15)]
        after = await _invoices(client)
        new = [i for i in after if i.id not in {b.id for b in before}]
        assert len(new) == 3
        for bill in new:                                                # same customer, items, fees; published
            detail = await client.invoices.retrieve(bill.id)
            assert detail.counterparty_id == schedule.counterparty_id
            assert str(getattr(detail.status, "value", detail.status)) == "ACTIVE"
            assert str(getattr(detail.fee_bearer, "value", detail.fee_bearer)) == "PAYEE"
            assert [(i.name, i.qty, Decimal(str(i.amount))) for i in detail.invoice_items] == [
                ("Paracetamol 500mg", 1, Decimal("45.50"))]
        assert sorted(marker(schedule, m.bill_date) in (i.note or "") for m in result.made for i in new).count(True) == 3
        assert all(r.state == "MADE" and r.document_number for r in store.bills.runs(schedule.id))

    # Restart: a new store connection and a new service, same day and a day later: nothing new.
    api = client_for(sandbox.info)
    try:
        with Store.open(path) as store:
            again = RecurringBills(api, store)
            assert (await again.run(date(2026, 4, 14))).made == []
            assert len(await _invoices(api)) == len(after)
            # the next date makes its one bill, once, however often the app starts that day
            assert [m.bill_date for m in (await again.run(date(2026, 4, 15))).made] == [date(2026, 4, 15)]
            assert (await RecurringBills(api, store).run(date(2026, 4, 15))).made == []
            assert len(await _invoices(api)) == len(after) + 1
            assert len(store.bills.runs(schedule.id)) == 4    # Jan, Feb, Mar, Apr 15: one record per date
    finally:
        await api.aclose()


async def test_lost_create_answer_is_found_by_its_marker_not_made_twice(sandbox, client, store):
    bills, schedule = await _scheduled(client, store, every="WEEKLY", first_date=date(2026, 3, 2), max_count=1)
    before = len(await _invoices(client))
    add_fault(sandbox.base_url, kind="drop_after_commit", path="/v1/invoices/create", method="POST")
    first = await bills.run(date(2026, 3, 9))
    assert first.offline and first.made == []
    assert len(await _invoices(client)) == before + 1                # Dollr made it; the answer was lost
    [record] = store.bills.runs(schedule.id)
    assert record.state == "STARTED" and record.document_id is None

    second = await bills.run(date(2026, 3, 9))
    assert [m.bill_date for m in second.made] == [date(2026, 3, 2)]
    assert len(await _invoices(client)) == before + 1                # found by its marker, published
    detail = await client.invoices.retrieve(second.made[0].document_id)
    assert marker(schedule, date(2026, 3, 2)) in detail.note
    assert str(getattr(detail.status, "value", detail.status)) == "ACTIVE" and len(detail.invoice_items) == 1
    assert (await bills.run(date(2026, 3, 30))).made == []           # max_count 1: done


async def test_a_data_file_restored_from_before_the_bills_makes_none_again(sandbox, client, tmp_path):
    """The records are lost (an older backup restored) but Dollr has the bills: found by marker."""
    with Store.open(tmp_path / "a.sqlite3") as store:
        bills, schedule = await _scheduled(client, store, every="WEEKLY", first_date=date(2026, 5, 4))
        assert len((await bills.run(date(2026, 5, 18))).made) == 3
        count = len(await _invoices(client))
        with store._pool.transaction() as conn:
            conn.execute("DELETE FROM bill_runs")
        again = await RecurringBills(client, store).run(date(2026, 5, 18))
        assert len(again.made) == 3 and len(await _invoices(client)) == count
        assert all(r.state == "MADE" for r in store.bills.runs(schedule.id))
