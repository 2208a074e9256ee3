"""Refunds through the one money path, against the sandbox over a real socket."""
from __future__ import annotations

from decimal import Decimal

import pytest

from dollr_desktop.services.problems import Problem
from dollr_desktop.services.reconciliation import Reconciler
from dollr_desktop.services.refunds import PARTLY_REFUNDED, REFUNDED, parse_intent_id
from dollr_desktop.store import PaymentState, Store
from tests.unit.services.refund_kit import paid_invoice, refunds
from tests.unit.services.sandbox_kit import add_fault, control, executions

EXECUTE = "/v1/executions/refund"


async def settled(service, entry):
    return await service.follow(entry, lambda _e: None, timeout_s=10)


async def test_the_collection_keeps_its_payment_intent_id(sandbox, client, store):
    row = await paid_invoice(client, store)
    collection = store.journal.get(row.reference_id)
    assert collection.payment_intent_id == executions(sandbox.base_url)[row.reference_id]["payment_intent_id"]
    target = await refunds(client, store).target(row)
    assert target.intent_id == collection.payment_intent_id
    assert target.paid == row.received[0] and target.refundable == target.paid


async def test_a_full_refund_settles_and_the_payment_shows_refunded(sandbox, client, store):
    row = await paid_invoice(client, store, amount="25.00")
    service = refunds(client, store)
    target = await service.target(row)
    entry = await service.refund(target, target.refundable, reason="Wrong size")
    assert entry.kind == "REFUND" and entry.refund_of == "INVOICE:%d" % row.source_id
    final = await settled(service, entry)
    assert final.state is PaymentState.COMPLETED and final.reason == "Wrong size"
    assert executions(sandbox.base_url)[entry.reference_id]["execute_requests"] == 1
    after = await service.target(row)
    assert after.status == REFUNDED and after.refundable == 0


async def test_partial_refunds_then_one_beyond_what_is_left_is_refused_with_the_reason(sandbox, client, store):
    row = await paid_invoice(client, store, amount="30.00")
    service = refunds(client, store)
    target = await service.target(row)
    paid = target.paid
    first = await settled(service, await service.refund(target, Decimal("10.00"), reason="One item back"))
    assert first.state is PaymentState.COMPLETED
    after = await service.target(row)
    assert after.status == PARTLY_REFUNDED and after.refundable == paid - Decimal("10.00")
    with pytest.raises(Problem) as refused:
        await service.refund(after, after.refundable + Decimal("0.01"))
    assert refused.value.code == "refund.too_much" and refused.value.params["refundable"] == paid - Decimal("10.00")
    # Dollr (the sandbox) refuses it too, with its reason, when the app's own count is stale.
    stale = await service.target(row)
    object.__setattr__(stale, "refunded", Decimal(0))
    before = set(executions(sandbox.base_url))
    with pytest.raises(Problem) as dollr_said:
        await service.refund(stale, paid)
    assert dollr_said.value.code == "refund.refused_amount" and "refund" in dollr_said.value.params["message"]
    assert set(executions(sandbox.base_url)) == before
    assert [e.state for e in store.journal.refunds_of(after.key)] == [PaymentState.COMPLETED]


async def test_a_refund_whose_answer_is_lost_settles_by_status_with_one_execute(sandbox, client, store):
    row = await paid_invoice(client, store, amount="12.00")
    service = refunds(client, store)
    target = await service.target(row)
    before = set(executions(sandbox.base_url))
    add_fault(sandbox.base_url, kind="drop_after_commit", path=EXECUTE)
    entry = await service.refund(target, Decimal("5.00"))
    final = await settled(service, entry)
    assert final.state is PaymentState.COMPLETED
    new = {ref: r for ref, r in executions(sandbox.base_url).items() if ref not in before}
    assert list(new) == [entry.reference_id] and new[entry.reference_id]["execute_requests"] == 1


async def test_the_reconciler_settles_an_open_refund_after_a_restart(sandbox, client, store, tmp_path):
    row = await paid_invoice(client, store, amount="9.00")
    service = refunds(client, store)
    target = await service.target(row)
    add_fault(sandbox.base_url, kind="drop_after_commit", path=EXECUTE)
    add_fault(sandbox.base_url, kind="server_error", status=503, path="/v1/status/refund", count=20)
    entry = await service.refund(target, Decimal("2.00"))
    assert store.journal.get(entry.reference_id).state is PaymentState.UNKNOWN
    control(sandbox.base_url, "DELETE", "/faults")
    store.close()
    with Store.open(tmp_path / "store.sqlite3") as reopened:   # the app started again
        report = await Reconciler(client, reopened, not_found_grace_s=0).run_once()
        after = reopened.journal.get(entry.reference_id)
        assert after.state is PaymentState.COMPLETED and after.reconciled_at
        assert [e.reference_id for e in report.settled] == [entry.reference_id]
    assert executions(sandbox.base_url)[entry.reference_id]["execute_requests"] == 1


async def test_a_refund_without_a_known_intent_asks_for_one(client, store):
    row = await paid_invoice(client, store, amount="8.00")
    service = refunds(client, store)
    target = await service.target(row)
    object.__setattr__(target, "intent_id", None)
    with pytest.raises(Problem) as unknown:
        await service.refund(target, Decimal("1.00"))
    assert unknown.value.code == "refund.intent_unknown"
    assert parse_intent_id(" #90012 ") == 90012 and parse_intent_id("INV-1") is None and parse_intent_id("0") is None


async def test_takings_and_the_cashup_count_a_refund_as_money_given_back(sandbox, client, store):
    from datetime import datetime, timedelta, timezone

    from dollr_desktop.services.cashup import CashUpFigures, CashUpService, Period
    from dollr_desktop.services.takings import TakingsService

    row = await paid_invoice(client, store, amount="50.00")
    got, currency = row.received
    service = refunds(client, store)
    refund = await settled(service, await service.refund(await service.target(row), Decimal("7.50")))
    assert refund.state is PaymentState.COMPLETED and refund.amount == Decimal("7.50")
    now = datetime.now(timezone.utc)
    since, until = now - timedelta(hours=1), now + timedelta(hours=1)
    takings = TakingsService(store).takings(since, until)
    assert takings.refunds[currency].count == 1 and takings.refunds[currency].gross == Decimal("7.50")
    totals = takings.by_currency[currency]
    assert totals.count == 1 and totals.refunded == Decimal("7.50") and totals.net == got - Decimal("7.50")
    figures = CashUpService(store).compute(Period(since, until))
    assert [(r.currency, r.count, r.amount) for r in figures.refunds] == [(currency, 1, Decimal("7.50"))]
    assert CashUpFigures.from_snapshot(figures.snapshot()).refunds == figures.refunds
    assert "refunds" not in figures.shared()
    from dollr_desktop.services.reports import ReportsService

    report = ReportsService(store).report(now.astimezone().date(), now.astimezone().date())
    [(_day, day)] = report.series[currency]
    assert day.count == 1 and day.refunded == Decimal("7.50") and day.net == got - Decimal("7.50")
    assert [(p.currency, p.count, p.amount) for p in report.refunds] == [(currency, 1, Decimal("7.50"))]


async def test_the_payments_export_carries_the_refund_beside_the_payment(sandbox, client, store, tmp_path):
    import csv
    from datetime import date

    from dollr_desktop.services.export import COLUMNS, Exporter

    row = await paid_invoice(client, store, amount="30.00")
    service = refunds(client, store)
    await settled(service, await service.refund(await service.target(row), Decimal("4.25")))
    headers = {c.code: c.code for c in COLUMNS["payments"]}
    target = tmp_path / "payments.csv"
    Exporter(store).export("payments", "csv", date.today(), date.today(), target, headers=headers)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.DictReader(handle))
    kinds = sorted(line["kind"] for line in lines)
    assert kinds == ["COLLECTION", "REFUND"], lines
    refund_line = next(line for line in lines if line["kind"] == "REFUND")
    paid_line = next(line for line in lines if line["kind"] == "COLLECTION")
    assert Decimal(refund_line["amount"]) == Decimal("4.25") and Decimal(paid_line["amount"]) == Decimal("30.00")
