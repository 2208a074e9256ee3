"""Deposits and instalments on top of plain orders (no Qt). Dollr has no partial state, so:

- a plan splits a parent invoice or order into parts (a deposit and instalments) whose amounts
  add up exactly to the parent's total (`split`: equal instalments rounded DOWN to the currency's
  smallest unit, from the one catalogue; the last one takes the rounding);
- each part is its own Dollr order (same customer, currency and fee choice; one item naming the
  part; a `[plan:<id>:<position>]` marker in its note), published with a payment link. The plan
  and its parts are written locally BEFORE any order is made, and each order's id as soon as it
  exists; a part whose create answer was lost is found again by its marker (as recurring bills do);
- once every part exists, the parent is CANCELED on Dollr so it can never be paid in full on top
  of its parts (money moves at most once); the plan, not Dollr's parent, says what is owed;
- `refresh` reads each part's status; the plan is SETTLED when the last part is paid, in whatever
  order they were paid; `summary` gives paid so far, balance and the next due date;
- `cancel` cancels the unpaid parts on Dollr and says what stays paid.
A part is paid like any order (the customer approves every payment: link, QR or push through the
one money path); this module never starts a payment.
"""
from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_DOWN, Decimal
from typing import Any

from dollr_desktop.api import errors as api_errors
from dollr_desktop.services.catalogue import fits_minor_units, quantum
from dollr_desktop.services.problems import Problem
from dollr_desktop.store.plans import Plan


@dataclass(frozen=True)
class PartSpec:
    amount: Decimal
    due_date: date | None
    name: str                  # the order item's name, in the merchant's words (the UI's)


@dataclass(frozen=True)
class PlanSummary:
    total: Decimal
    paid: Decimal
    balance: Decimal
    next_due: date | None
    parts_paid: int
    parts: int
    settled: bool


def split(total: Decimal, currency: str, count: int, deposit: Decimal = Decimal(0)) -> list[Decimal]:
    """[deposit?] + `count` instalments adding up to `total` exactly; the last takes the rounding."""
    if count < 1:
        raise Problem("plan.no_instalments", field="count")
    if deposit < 0 or deposit >= total or not fits_minor_units(deposit, currency):
        raise Problem("plan.bad_deposit", field="deposit")
    rest = total - deposit
    share = (rest / count).quantize(quantum(currency), rounding=ROUND_DOWN)
    if share <= 0:
        raise Problem("plan.too_many_parts", field="count")
    amounts = ([deposit] if deposit else []) + [share] * (count - 1)
    amounts.append(total - sum(amounts, Decimal(0)))
    return amounts


@dataclass(frozen=True)
class PartReceipt:
    """What a part's receipt adds: which part it is, of which document, and where the plan stands."""
    position: int          # 0 is the first part (the deposit, when the plan has one)
    parts: int
    parent_number: str
    paid_so_far: Decimal
    balance: Decimal


def part_receipt(store: Any, order_id: int, paid_now: bool = True) -> PartReceipt | None:
    """Blocking. The part's own payment counts as paid (its receipt exists because it was paid)."""
    found = store.plans.plan_of_order(order_id) if hasattr(store, "plans") else None
    if found is None:
        return None
    plan, position = found
    paid = sum((p.amount for p in plan.parts if p.status == "PAID" or (paid_now and p.position == position)),
               Decimal(0))
    parent = store.documents.get(plan.kind, plan.document_id)
    return PartReceipt(position, len(plan.parts), (parent.number or "") if parent else "", paid, plan.total - paid)


def summary(plan: Plan) -> PlanSummary:
    paid = sum((p.amount for p in plan.parts if p.status == "PAID"), Decimal(0))
    unpaid = [p for p in plan.parts if p.status != "PAID"]
    due = [p.due_date for p in unpaid if p.due_date is not None]
    return PlanSummary(plan.total, paid, plan.total - paid, min(due) if due and plan.state == "OPEN" else None,
                       len(plan.parts) - len(unpaid), len(plan.parts), plan.state == "SETTLED")


def _status(value: Any) -> str:
    return str(getattr(value, "value", value) or "")


class PlansService:
    def __init__(self, client: Any, store: Any) -> None:
        self.client = client
        self.store = store
        self._lock = asyncio.Lock()

    def _parent_api(self, kind: str) -> Any:
        return self.client.invoices if kind == "INVOICE" else self.client.orders

    async def create(self, kind: str, document_id: int, parts: list[PartSpec]) -> Plan:
        """Write the plan, make its orders, cancel the parent on Dollr. Safe to call again after a
        failure half-way (`resume`)."""
        detail = await self._parent_api(kind).retrieve(document_id)
        status = _status(detail.status)
        if status not in ("IDLE", "ACTIVE"):
            raise Problem("plan.parent_not_open", status=status)
        total = Decimal(str(detail.total_amount))
        currency = _status(detail.currency)
        if sum((p.amount for p in parts), Decimal(0)) != total:
            raise Problem("plan.parts_dont_add_up", total=str(total), currency=currency)
        if any(p.amount <= 0 or not fits_minor_units(p.amount, currency) for p in parts):
            raise Problem("plan.bad_amount", currency=currency)
        existing = await asyncio.to_thread(self.store.plans.for_document, kind, document_id)
        if existing is not None:
            raise Problem("plan.already", plan_id=existing.id)
        plan = await asyncio.to_thread(self.store.plans.create, kind, document_id, currency, total,
                                       [(p.amount, p.due_date) for p in parts])
        return await self.resume(plan.id, detail=detail, names=[p.name for p in parts], fresh=True)

    async def resume(self, plan_id: int, *, detail: Any = None, names: list[str] | None = None,
                     fresh: bool = False) -> Plan:
        """Make what is missing. `fresh`: the plan was just written, no order of it can exist yet;
        otherwise a part without an order id is first looked for by its marker (a lost answer)."""
        async with self._lock:
            plan = await asyncio.to_thread(self.store.plans.get, plan_id)
            assert plan is not None
            if detail is None:
                detail = await self._parent_api(plan.kind).retrieve(plan.document_id)
            number = detail.invoice_number if plan.kind == "INVOICE" else detail.order_number
            for part in plan.parts:
                if part.status in ("ACTIVE", "PAID", "PROCESSING"):
                    continue
                mark = f"[plan:{plan.id}:{part.position}]"
                order_id = part.order_id
                if order_id is None and not fresh:
                    order_id = await self._find(mark)
                if order_id is None:
                    created = await self.client.orders.create(
                        counterparty_id=detail.counterparty_id, currency=plan.currency,
                        note=f"{number} {mark}", fee_bearer=_status(detail.fee_bearer), as_payment_link=True)
                    order_id = int(created.id)
                    await asyncio.to_thread(self.store.plans.set_part, plan.id, part.position, order_id=order_id)
                order = await self.client.orders.retrieve(order_id)
                if _status(order.status) == "IDLE":
                    if not order.order_items:
                        name = (names[part.position] if names else f"{number} ({part.position + 1})")
                        await self.client.orders.add_item(order_id, name=name, currency=plan.currency, qty=1,
                                                          amount=part.amount)
                    await self.client.orders.publish(order_id)
                    order = await self.client.orders.retrieve(order_id)
                await asyncio.to_thread(self.store.documents.upsert_detail, "ORDER", order)
                await asyncio.to_thread(self.store.plans.set_part, plan.id, part.position, order_id=order_id,
                                        order_number=order.order_number, status=_status(order.status))
            # Never payable in full on top of its parts. The parent's status is read again here, in
            # the lock: a resume from the plans page may have cancelled it since `detail` was read.
            parent = await self._parent_api(plan.kind).retrieve(plan.document_id)
            if _status(parent.status) in ("IDLE", "ACTIVE"):
                await self._parent_api(plan.kind).cancel(plan.document_id)
                parent = await self._parent_api(plan.kind).retrieve(plan.document_id)
            await asyncio.to_thread(self.store.documents.upsert_detail, plan.kind, parent)
            found = await asyncio.to_thread(self.store.plans.get, plan.id)
            assert found is not None
            return found

    async def _find(self, mark: str) -> int | None:
        for order in await self.client.orders.list():
            if mark in (order.note or ""):
                return int(order.id)
        return None

    async def refresh(self, plan_id: int) -> Plan:
        """Each part's status from Dollr; SETTLED once the last one is paid (in any order)."""
        plan = await asyncio.to_thread(self.store.plans.get, plan_id)
        assert plan is not None
        for part in plan.parts:
            if part.order_id is None or part.status == "PAID":
                continue
            try:
                order = await self.client.orders.retrieve(part.order_id)
            except api_errors.NotFoundError:
                continue
            await asyncio.to_thread(self.store.documents.upsert_detail, "ORDER", order)
            paid_at = getattr(order, "paid_at", None)
            await asyncio.to_thread(self.store.plans.set_part, plan.id, part.position, status=_status(order.status),
                                    paid_at=paid_at.isoformat() if hasattr(paid_at, "isoformat") else paid_at)
        plan = await asyncio.to_thread(self.store.plans.get, plan_id)
        assert plan is not None
        if plan.state == "OPEN" and plan.parts and all(p.status == "PAID" for p in plan.parts):
            await asyncio.to_thread(self.store.plans.set_state, plan.id, "SETTLED")
            plan = await asyncio.to_thread(self.store.plans.get, plan_id)
            assert plan is not None
        return plan

    async def cancel(self, plan_id: int) -> tuple[Plan, Decimal]:
        """Cancel the unpaid parts on Dollr; returns the plan and what stays paid."""
        plan = await self.refresh(plan_id)
        if plan.state != "OPEN":
            raise Problem("plan.not_open", state=plan.state)
        for part in plan.parts:
            if part.order_id is not None and part.status in ("IDLE", "ACTIVE"):
                await self.client.orders.cancel(part.order_id)
                await asyncio.to_thread(self.store.plans.set_part, plan.id, part.position, status="CANCELED")
        await asyncio.to_thread(self.store.plans.set_state, plan.id, "CANCELED")
        plan = await asyncio.to_thread(self.store.plans.get, plan_id)
        assert plan is not None
        return plan, summary(plan).paid
