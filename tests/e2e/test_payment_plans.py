"""Deposits and instalments against the sandbox over a socket: a deposit and two instalments,
each its own order, paid out of order on the hosted page, settle the parent; a cancelled plan
cancels only the unpaid parts."""
from __future__ import annotations

import asyncio
import re
from datetime import date
from decimal import Decimal

import httpx
import pytest

from dollr_desktop.services.plans import PartSpec, PlansService, split, summary
from dollr_desktop.services.problems import Problem
from dollr_desktop.services.reminders import reminders_due
from tests.unit.services.sandbox_kit import payable_invoice


def test_split_adds_up_and_the_last_takes_the_rounding():
    assert split(Decimal("100.25"), "USD", 3) == [Decimal("33.41"), Decimal("33.41"), Decimal("33.43")]
    assert split(Decimal("150.25"), "USD", 2, Decimal("50.25")) == [Decimal("50.25"), Decimal("50.00"), Decimal("50.00")]
    assert split(Decimal("10000"), "RWF", 3) == [Decimal("3333"), Decimal("3333"), Decimal("3334")]
    with pytest.raises(Problem):
        split(Decimal("100"), "RWF", 2, Decimal("10.5"))    # RWF has no decimals (the catalogue)


def _pay(url: str, phone: str) -> None:
    """What a customer's browser does on the hosted page."""
    with httpx.Client(follow_redirects=True, timeout=10) as browser:
        page = browser.get(url)
        action = re.search(r"<form[^>]*action='([^']*/momo)'", page.text).group(1)
        answer = browser.post(httpx.URL(url).join(action), data={"phone": phone, "currency": "USD"})
        assert answer.status_code == 200, answer.text


async def _paid(service, plan_id, position):
    for _ in range(50):
        plan = await service.refresh(plan_id)
        if plan.parts[position].status == "PAID":
            return plan
        await asyncio.sleep(0.1)
    raise AssertionError(f"part {position} never paid: {plan.parts[position]}")


async def test_deposit_and_two_instalments_paid_out_of_order_settle_the_parent(sandbox, client, store):
    invoice_id, _ = await payable_invoice(client, name="Kadiatou Diallo", phone="231770999888", amount="150.25")
    store.documents.upsert_detail("INVOICE", await client.invoices.retrieve(invoice_id))
    service = PlansService(client, store)
    amounts = split(Decimal("150.25"), "USD", 2, Decimal("50.25"))
    dues = [date(2026, 1, 10), date(2026, 2, 10), date(2026, 3, 10)]
    with pytest.raises(Problem):     # parts that do not add up are refused before anything is made
        await service.create("INVOICE", invoice_id, [PartSpec(Decimal("50"), None, "x")])
    plan = await service.create("INVOICE", invoice_id, [
        PartSpec(a, d, f"Part {n + 1} of INV") for n, (a, d) in enumerate(zip(amounts, dues))])
    assert [p.status for p in plan.parts] == ["ACTIVE"] * 3 and all(p.order_number for p in plan.parts)
    parent = await client.invoices.retrieve(invoice_id)
    assert str(getattr(parent.status, "value", parent.status)) == "CANCELED"   # never payable on top of its parts
    for part in plan.parts:
        order = await client.orders.retrieve(part.order_id)
        assert Decimal(str(order.total_amount)) == part.amount and order.counterparty_id == parent.counterparty_id
    assert summary(plan) .balance == Decimal("150.25") and summary(plan).next_due == date(2026, 1, 10)

    # Orders keep no due date on Dollr: each part is reminded on its own date, kept with the plan.
    due = [r for r in reminders_due(store, date(2026, 1, 12)) if r.customer == "Kadiatou Diallo"]
    assert [(r.number, r.amount, r.due_date, r.overdue) for r in due] == [
        (plan.parts[0].order_number, Decimal("50.25"), date(2026, 1, 10), True)]

    urls = [(await client.links.pay("ORDER", p.order_number)).url for p in plan.parts]
    _pay(urls[2], "231770999888")                          # the last instalment first
    plan = await _paid(service, plan.id, 2)
    s = summary(plan)
    assert (s.paid, s.balance, s.next_due, s.settled) == (Decimal("50.00"), Decimal("100.25"), date(2026, 1, 10), False)
    _pay(urls[0], "231770999888")                          # then the deposit
    plan = await _paid(service, plan.id, 0)
    s = summary(plan)
    assert (s.paid, s.balance, s.next_due, s.settled) == (Decimal("100.25"), Decimal("50.00"), date(2026, 2, 10), False)
    _pay(urls[1], "231770999888")                          # the middle one lands last
    plan = await _paid(service, plan.id, 1)
    s = summary(plan)
    assert plan.state == "SETTLED" and s.settled and s.balance == 0 and s.paid == Decimal("150.25") and s.next_due is None


async def test_cancelling_a_plan_cancels_only_the_unpaid_parts(sandbox, client, store):
    invoice_id, _ = await payable_invoice(client, name="Ousmane Bah", phone="231770111222", amount="90.00")
    service = PlansService(client, store)
    plan = await service.create("INVOICE", invoice_id, [
        PartSpec(a, None, "part") for a in split(Decimal("90.00"), "USD", 3)])
    _pay((await client.links.pay("ORDER", plan.parts[0].order_number)).url, "231770111222")
    await _paid(service, plan.id, 0)
    plan, stays_paid = await service.cancel(plan.id)
    assert stays_paid == Decimal("30.00") and plan.state == "CANCELED"
    statuses = [str(getattr(o.status, "value", o.status)) for o in
                [await client.orders.retrieve(p.order_id) for p in plan.parts]]
    assert statuses == ["PAID", "CANCELED", "CANCELED"]
