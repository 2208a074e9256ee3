"""What the collect dialog asks of the services, in one place (plain Python, no Qt).

Money moves only in `services/collection.py` (plan → session → payment account → journal
commit → execute); `start()` hands it the plan the person confirmed, and the app-wide
PaymentMonitor then watches the journal entry to its end.
"""
from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from dollr_desktop.services.collection import DocumentNotPayableError, PayerDetection
from dollr_desktop.store.journal import JournalEntry

METHOD_OPERATORS = {   # payment method → (what a merchant calls it, its country)
    "MTN_MOMO_LBR": ("MTN Mobile Money (Liberia)", "LR"),
    "ORANGE_MONEY_LBR": ("Orange Money (Liberia)", "LR"),
    "MTN_MOMO_RWA": ("MTN Mobile Money (Rwanda)", "RW"),
    "AIRTEL_RWA": ("Airtel Money (Rwanda)", "RW"),
}


@dataclass(frozen=True)
class CollectTarget:
    """The published document being paid, and who pays it."""

    source_type: str
    source_id: int
    source_number: str
    total: Decimal
    currency: str
    counterparty_id: int | None = None
    party_id: int | None = None
    customer_name: str = ""
    phone: str = ""
    email: str = ""
    payment_link: bool = True


@dataclass(frozen=True)
class MobileOperator:
    carrier: str
    payment_method: str
    provider: str
    currencies: tuple[str, ...]
    detected: bool = True     # False: the merchant chose it by hand


@dataclass(frozen=True)
class Quote:
    customer_pays: Decimal
    customer_currency: str
    merchant_receives: Decimal
    merchant_currency: str
    fees: list[tuple[str, Decimal, str]] = field(default_factory=list)
    plan: Any = None          # services.collection.CollectionPlan: what Confirm executes


class NotPayable(Exception):
    """The document cannot be paid now (not published, already paid, canceled): in words."""


class CollectBackend:
    """Adapts `services.collection.CollectionService` (plan → collect) to the dialog's steps."""

    def __init__(self, store: Any, collection: Any, monitor: Any) -> None:
        self.store = store
        self.collection = collection
        self.monitor = monitor

    async def detect_operator(self, phone: str) -> MobileOperator:
        d = await self.collection.detect(phone)
        return MobileOperator(d.carrier, d.payment_method, d.provider, tuple(d.currencies))

    async def quote(self, target: CollectTarget, operator: MobileOperator, currency: str,
                    phone: str) -> Quote:
        """The plan the person confirms: fresh document, operator, the fee quote. Nothing moves."""
        country = METHOD_OPERATORS.get(operator.payment_method, ("", ""))[1]
        detection = PayerDetection(phone=phone, payment_method=operator.payment_method,
                                   provider=operator.provider, carrier=operator.carrier, country=country,
                                   currencies=operator.currencies)
        try:
            plan = await self.collection.plan(target.source_type, target.source_id, phone, currency=currency,
                                              detection=detection)
        except DocumentNotPayableError as exc:
            raise NotPayable(str(exc)) from exc
        q = plan.quote
        fees = [("Dollr fee", q.platform_fee, q.platform_currency or q.payer_currency)]
        if q.gateway_fee:
            fees.append(("Operator fee", q.gateway_fee, q.gateway_currency or q.payer_currency))
        if q.fx_fee:
            fees.append(("Exchange fee", q.fx_fee, q.payer_currency))
        return Quote(q.payer_amount, q.payer_currency, q.payee_amount, q.payee_currency,
                     [(label, amount, cur) for label, amount, cur in fees if amount is not None], plan)

    async def pending_for(self, target: CollectTarget) -> JournalEntry | None:
        """The payment already in flight for this document (any window, any earlier run)."""
        entries = await asyncio.to_thread(self.store.journal.for_source, target.source_type, target.source_id)
        open_entries = [e for e in entries if e.is_open]
        return open_entries[-1] if open_entries else None

    async def start(self, quote: Quote) -> JournalEntry:
        """Move the money (once): the collection core commits the journal entry before executing."""
        entry = await self.collection.collect(quote.plan)
        self.monitor.watch(entry)
        return entry
