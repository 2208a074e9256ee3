"""Invoices and orders, as the editor and the lists need them (no Qt).

`DocumentDraft` is what the editor holds; `InvoicingService` turns it into API calls (create,
update, item add/update/remove, publish, cancel), keeps the local cache current, and sends a
draft through the store's outbox when Dollr cannot be reached.
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from dollr_desktop.services.problems import Problem
from dollr_desktop.services.catalogue import FeeLine, fee_lines  # noqa: F401  (FeeLine: callers import it from here)
from dollr_desktop.services.list_queries import NOT_YET_SENT, SEND_FAILED, DocumentsQuery, QueryGate
from dollr_desktop.services.taxes import Breakdown, Discount, PricedLine, compute, plain

log = logging.getLogger(__name__)


class _LazyErrors:
    """`dollr_desktop.api.errors`, imported on first use (the client loads after the window)."""

    def __getattr__(self, name: str) -> Any:
        from dollr_desktop.api import errors

        return getattr(errors, name)


api_errors = _LazyErrors()


class DocumentKind(StrEnum):
    INVOICE = "INVOICE"
    ORDER = "ORDER"

    @property
    def label(self) -> str:
        return "Invoice" if self is DocumentKind.INVOICE else "Order"


class DocumentStatus(StrEnum):
    IDLE = "IDLE"
    ACTIVE = "ACTIVE"
    PROCESSING = "PROCESSING"
    PAID = "PAID"
    CANCELED = "CANCELED"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {
    DocumentStatus.IDLE: "Draft",
    DocumentStatus.ACTIVE: "Published",
    DocumentStatus.PROCESSING: "Processing",
    DocumentStatus.PAID: "Paid",
    DocumentStatus.CANCELED: "Canceled",
}


def status_label(status: str | None, local_state: str | None = None) -> str:
    if local_state == SEND_FAILED:
        return "Not sent: Dollr refused it"
    if local_state in (NOT_YET_SENT, "QUEUED"):
        return "Not yet sent"
    try:
        return DocumentStatus(status).label
    except ValueError:
        return (status or "").title()


@dataclass
class DraftItem:
    name: str
    qty: int
    amount: Decimal
    item_id: int | None = None     # the server's id once sent (plain documents: one item per line)
    dirty: bool = False            # edited since it was last sent
    discount: Discount | None = None   # this line's own discount (services/taxes.py)
    tax: str | None = None         # its tax rate code (TAX_RATES), None: no tax

    @property
    def line_total(self) -> Decimal:
        return self.amount * self.qty


@dataclass
class SentItem:
    """One item as Dollr holds it (a document with taxes or discounts sends other lines than typed)."""
    name: str
    qty: int
    amount: Decimal
    item_id: int
    stale: bool = False            # its content on Dollr is not known here: rewrite it


@dataclass
class DocumentDraft:
    kind: DocumentKind
    counterparty_id: int | None = None
    counterparty_name: str = ""
    currency: str = "LRD"
    note: str = ""
    fee_bearer: str = "PAYER"
    due_date: date | None = None
    as_payment_link: bool = True
    items: list[DraftItem] = field(default_factory=list)
    id: int | None = None
    number: str = ""
    status: str = DocumentStatus.IDLE
    local_key: str | None = None     # set while the draft waits in the outbox
    removed_item_ids: list[int] = field(default_factory=list)
    prices_include_tax: bool = False
    document_discount: Discount | None = None
    document_tax: str | None = None            # the one rate of the whole document, if chosen so
    tax_names: dict[str, str] = field(default_factory=dict)   # code -> the line's name on Dollr (UI words)
    sent_items: list[SentItem] = field(default_factory=list)  # Dollr's items when they differ from the lines
    ebm_reference: str = ""

    def priced_lines(self) -> list[PricedLine]:
        return [PricedLine(i.name, i.qty, i.amount, i.discount, i.tax) for i in self.items]

    @property
    def is_plain(self) -> bool:
        """Sent to Dollr line for line, as typed (no tax, no discount, never sent otherwise)."""
        return not self.sent_items and plain(self.priced_lines(), self.document_discount)

    def breakdown(self) -> Breakdown:
        """Raises Problem for a discount that eats a line (see services/taxes.py)."""
        return compute(self.priced_lines(), self.currency, prices_include_tax=self.prices_include_tax,
                       document_discount=self.document_discount, tax_names=self.tax_names)

    @property
    def total(self) -> Decimal:
        if not self.is_plain:
            try:
                return self.breakdown().total
            except Problem:
                pass
        return sum((item.line_total for item in self.items), Decimal(0))

    @property
    def editable(self) -> bool:
        return self.status == DocumentStatus.IDLE

    @property
    def cancelable(self) -> bool:
        return self.id is not None and self.status in (DocumentStatus.IDLE, DocumentStatus.ACTIVE)

    @property
    def sent(self) -> bool:
        return self.id is not None


@dataclass(frozen=True)
class FeePreview:
    customer_pays: Decimal
    customer_currency: str
    merchant_receives: Decimal
    merchant_currency: str
    fees: list[FeeLine]
    payment_method: str


def _remap_item_errors(exc: Exception, index: int) -> Exception:
    if isinstance(exc, api_errors.ValidationError):
        fields = {f"items.{index}.{name.split('.')[-1]}": msg for name, msg in exc.field_errors.items()}
        return api_errors.ValidationError(exc.user_message, field_errors=fields, details=exc.details,
                                          status_code=exc.status_code)
    return exc


def draft_from_document(document: Any, stored: Any = None) -> DocumentDraft:
    """The store's cached Document (with items) as an editor draft; with its kept breakdown
    (services/breakdown.py) the lines are the ones typed, when Dollr still holds what was sent."""
    due = document.due_date
    draft = DocumentDraft(
        kind=DocumentKind(document.kind), counterparty_id=document.counterparty_id,
        counterparty_name=document.counterparty_name, currency=document.currency or "LRD",
        note=document.note or "", fee_bearer=document.fee_bearer or "PAYER",
        due_date=date.fromisoformat(due[:10]) if due else None,
        as_payment_link=bool(document.as_payment_link),
        items=[DraftItem(i.name, i.qty, i.amount, item_id=i.id if i.id > 0 else None) for i in document.items],
        id=document.id if document.id > 0 else None, number=document.number or "",
        status=document.status or DocumentStatus.IDLE,
        local_key=str(document.id) if document.id < 0 else None,
    )
    if stored is not None and stored.matches(document.items):
        draft.items = [DraftItem(e.name, e.qty, e.unit_price, discount=e.discount, tax=e.tax) for e in stored.entered]
        if document.id > 0:   # Dollr's items (a draft waiting in the outbox has none yet)
            draft.sent_items = [SentItem(i.name, i.qty, i.amount, i.id) for i in document.items]
        draft.prices_include_tax = stored.breakdown.prices_include_tax
        draft.document_discount = stored.document_discount
        draft.document_tax = stored.document_tax
        draft.ebm_reference = stored.ebm_reference
    return draft


class InvoicingService:
    def __init__(self, client: Any, store: Any, gate: QueryGate | None = None) -> None:
        self.client = client
        self.store = store
        self.gate = gate or QueryGate(store.connection)

    def _api(self, kind: DocumentKind) -> Any:
        return self.client.invoices if kind is DocumentKind.INVOICE else self.client.orders

    def query(self, **filters: Any) -> DocumentsQuery:
        return DocumentsQuery(self.gate, **filters)

    async def load(self, kind: DocumentKind | str, document_id: int) -> DocumentDraft:
        """Fresh from Dollr when reachable (and cached), else the cached copy."""
        kind = DocumentKind(kind)
        if document_id > 0:
            try:
                detail = await self._api(kind).retrieve(document_id)
            except api_errors.ApiConnectionError:
                log.info("Offline: opening the cached %s %s", kind, document_id)
            else:
                await asyncio.to_thread(self.store.documents.upsert_detail, kind.value, detail)
        document = await asyncio.to_thread(self.store.documents.get, kind.value, document_id)
        if document is None:
            raise Problem("document.not_cached", kind=kind.value, document_id=document_id)
        return draft_from_document(document, await asyncio.to_thread(self._stored, kind.value, document_id))

    def _stored(self, kind: str, document_id: int) -> Any:
        from dollr_desktop.services.breakdown import document_breakdown

        return document_breakdown(self.store, kind, document_id) if hasattr(self.store, "breakdowns") else None

    async def save_draft(self, draft: DocumentDraft) -> DocumentDraft:
        """Create or update the document, then its items, one by one; safe to retry.

        Each step records the server's id on the draft as soon as it exists, so a retry after a
        failure half-way never creates the document or an item twice.
        """
        api = self._api(draft.kind)
        due = draft.due_date.isoformat() if draft.due_date and draft.kind is DocumentKind.INVOICE else None
        if draft.id is None:
            if draft.counterparty_id is None:
                raise Problem("document.customer_missing", field="counterparty_id")
            if draft.counterparty_id < 0:
                return await self._save_offline(draft)  # the contact itself is still waiting to be sent
            try:
                created = await api.create(counterparty_id=draft.counterparty_id, currency=draft.currency,
                                           note=draft.note, fee_bearer=draft.fee_bearer,
                                           as_payment_link=draft.as_payment_link, due_date=due)
            except api_errors.ApiConnectionError:
                return await self._save_offline(draft)
            draft.id = created.id
        else:
            await api.update(draft.id, note=draft.note, fee_bearer=draft.fee_bearer, due_date=due)
        for item_id in list(draft.removed_item_ids):
            await api.remove_item(draft.id, item_id)
            draft.removed_item_ids.remove(item_id)
        if not draft.is_plain:
            await self._send_priced(api, draft)
            return await self._refresh(draft)
        for index, item in enumerate(draft.items):
            try:
                if item.item_id is None:
                    added = await api.add_item(draft.id, name=item.name, currency=draft.currency,
                                               qty=item.qty, amount=item.amount)
                    item.item_id, item.dirty = added.id, False
                elif item.dirty:
                    await api.update_item(draft.id, item.item_id, name=item.name, qty=item.qty, amount=item.amount)
                    item.dirty = False
            except api_errors.ApiError as exc:
                raise _remap_item_errors(exc, index) from exc
        return await self._refresh(draft)

    async def _send_priced(self, api: Any, draft: DocumentDraft) -> None:
        """Make Dollr's items the breakdown's sent lines, slot by slot; each step is recorded on
        the draft as it lands, so a retry after a failure half-way adds nothing twice."""
        assert draft.id is not None
        breakdown = draft.breakdown()
        current = draft.sent_items
        if not current:   # a plain document getting its first tax or discount: reuse its items
            current.extend(SentItem(i.name, i.qty, i.amount, i.item_id, stale=True)
                           for i in draft.items if i.item_id is not None)
            for item in draft.items:
                item.item_id = None
        for index, line in enumerate(breakdown.sent):
            try:
                if index < len(current):
                    slot = current[index]
                    if slot.stale or (slot.name, slot.qty, slot.amount) != (line.name, line.qty, line.amount):
                        await api.update_item(draft.id, slot.item_id, name=line.name, qty=line.qty, amount=line.amount)
                        current[index] = SentItem(line.name, line.qty, line.amount, slot.item_id)
                else:
                    added = await api.add_item(draft.id, name=line.name, currency=draft.currency,
                                               qty=line.qty, amount=line.amount)
                    current.append(SentItem(line.name, line.qty, line.amount, added.id))
            except api_errors.ApiError as exc:
                raise _remap_item_errors(exc, line.source_row) from exc
        while len(current) > len(breakdown.sent):
            await api.remove_item(draft.id, current[-1].item_id)
            current.pop()
        await asyncio.to_thread(self._keep_breakdown, draft, breakdown)

    def _keep_breakdown(self, draft: DocumentDraft, breakdown: Breakdown) -> None:
        from dollr_desktop.services.breakdown import save_breakdown, to_row

        if hasattr(self.store, "breakdowns") and draft.id is not None:
            save_breakdown(self.store, to_row(draft.kind.value, draft.id, breakdown, draft.priced_lines(),
                                              draft.document_discount, draft.document_tax,
                                              [s.item_id for s in draft.sent_items], draft.ebm_reference))

    async def _refresh(self, draft: DocumentDraft) -> DocumentDraft:
        assert draft.id is not None
        detail = await self._api(draft.kind).retrieve(draft.id)
        document = await asyncio.to_thread(self.store.documents.upsert_detail, draft.kind.value, detail)
        fresh = draft_from_document(document, await asyncio.to_thread(self._stored, draft.kind.value, draft.id))
        fresh.tax_names = draft.tax_names
        return fresh

    async def _save_offline(self, draft: DocumentDraft) -> DocumentDraft:
        breakdown = None if draft.is_plain else draft.breakdown()
        lines = [(i.name, i.qty, i.amount) for i in draft.items] if breakdown is None else \
            [(s.name, s.qty, s.amount) for s in breakdown.sent]   # what Dollr will hold
        items = [{"name": name, "currency": draft.currency, "qty": qty, "amount": str(amount)}
                 for name, qty, amount in lines]
        due = draft.due_date.isoformat() if draft.due_date and draft.kind is DocumentKind.INVOICE else None

        def save() -> Any:
            document = self.store.documents.add_draft(
                draft.kind.value, counterparty_id=draft.counterparty_id, currency=draft.currency,
                note=draft.note, fee_bearer=draft.fee_bearer, as_payment_link=draft.as_payment_link,
                due_date=due, items=items)
            self.store.outbox.enqueue(draft.kind.value, document.id, {
                "counterparty_id": draft.counterparty_id, "currency": draft.currency, "note": draft.note,
                "fee_bearer": draft.fee_bearer, "as_payment_link": draft.as_payment_link,
                "due_date": due, "items": items})
            if breakdown is not None:   # re-keyed to Dollr's id when the outbox sends it
                local = DocumentDraft(**{**draft.__dict__, "id": document.id})
                self._keep_breakdown(local, breakdown)
            return document

        log.info("Dollr unreachable: %s saved locally, queued to send", draft.kind.label.lower())
        document = await asyncio.to_thread(save)
        return draft_from_document(document, await asyncio.to_thread(self._stored, draft.kind.value, document.id))

    async def set_ebm_reference(self, draft: DocumentDraft, reference: str) -> bool:
        """Rwanda: the EBM receipt's reference, kept with the document's breakdown (printed on its
        receipt); any time, even once published (it is the app's own record, not Dollr's)."""
        draft.ebm_reference = reference.strip()
        if draft.id is None or not hasattr(self.store, "breakdowns"):
            return False
        if await asyncio.to_thread(self.store.breakdowns.set_ebm_reference, draft.kind.value, draft.id,
                                   draft.ebm_reference):
            return True
        if not draft.items:
            return False
        await asyncio.to_thread(self._keep_breakdown, draft, draft.breakdown())   # a plain one: kept from now on
        return True

    async def publish(self, draft: DocumentDraft) -> DocumentDraft:
        assert draft.id is not None
        await self._api(draft.kind).publish(draft.id)
        return await self._refresh(draft)

    async def cancel(self, draft: DocumentDraft) -> DocumentDraft:
        assert draft.id is not None
        await self._api(draft.kind).cancel(draft.id)
        return await self._refresh(draft)

    async def fee_preview(self, draft: DocumentDraft, *, payment_method: str, provider: str,
                          customer_currency: str | None = None) -> FeePreview:
        """What the customer pays and the merchant receives for this published document."""
        assert draft.id is not None
        quote = await self.client.predictions.payment_source_amount_and_fees(
            target_currency=customer_currency or draft.currency, payment_method=payment_method,
            provider=provider, source_type=draft.kind.value, source_id=draft.id)
        return FeePreview(Decimal(str(quote.payer_amount)), quote.payer_currency,
                          Decimal(str(quote.payee_amount)), quote.payee_currency, fee_lines(quote), payment_method)
