"""Send the drafts saved while offline (contacts, invoices, orders), oldest first.

Payloads (written by services/contacts.py and services/invoicing.py):
  CONTACT: fullname, phone, email, country_code, relationship_type
  INVOICE/ORDER: counterparty_id, currency, note, fee_bearer, as_payment_link, due_date,
                 items [{name, currency, qty, amount}]
Every step's progress is saved before the next, and a create whose answer was lost is looked
up on the server before it is tried again, so a flaky connection never makes two of anything.
Money never moves from here: collections and payouts need a person pressing the button.
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from dollr_desktop.api import errors
from dollr_desktop.store import Store
from dollr_desktop.store.contacts import SEND_FAILED
from dollr_desktop.store.outbox import REFUSED, SENT, OutboxItem

log = logging.getLogger(__name__)


@dataclass
class OutboxReport:
    sent: list[OutboxItem] = field(default_factory=list)
    refused: list[OutboxItem] = field(default_factory=list)
    waiting: list[OutboxItem] = field(default_factory=list)   # offline, or its contact not sent yet
    offline: bool = False


class OutboxService:
    def __init__(self, client, store: Store) -> None:
        self.client = client
        self.store = store
        self._lock = asyncio.Lock()

    async def send_all(self) -> OutboxReport:
        """Send what is queued, in order; stops at the first sign of being offline."""
        async with self._lock:
            report = OutboxReport()
            for item in await asyncio.to_thread(self.store.outbox.queued):
                if report.offline:
                    report.waiting.append(item)
                    continue
                fresh = await asyncio.to_thread(self.store.outbox.get, item.id)  # remapped ids
                if fresh.kind != "CONTACT" and int(fresh.payload["counterparty_id"]) < 0:
                    report.waiting.append(fresh)  # its contact is still a draft (or was refused)
                    continue
                try:
                    await (self._send_contact(fresh) if fresh.kind == "CONTACT" else self._send_document(fresh))
                    report.sent.append(fresh)
                except (errors.ValidationError, errors.ForbiddenError, errors.NotFoundError) as exc:
                    await asyncio.to_thread(self._refuse, fresh, getattr(exc, "code", "api.error"))
                    report.refused.append(fresh)
                except errors.ApiError as exc:  # offline, 5xx, 429, 401: keep it queued
                    log.info("outbox item %s waits: %s", fresh.id, type(exc).__name__)
                    await asyncio.to_thread(self.store.outbox.save_progress, fresh.id, error=getattr(exc, "code", "api.error"))
                    report.offline = True
                    report.waiting.append(fresh)
            return report

    # --- contacts ---------------------------------------------------------------------------
    async def _send_contact(self, item: OutboxItem) -> None:
        p, progress = item.payload, dict(item.progress)
        party_id = progress.get("party_id")
        if party_id is None and progress.get("party_attempted"):
            party_id = await self._find_party(p)
        if party_id is None:
            await self._save(item, progress | {"party_attempted": True})
            party = await self.client.parties.create(
                fullname=p["fullname"], phone=p["phone"], email=p.get("email"),
                country_code=p.get("country_code"))
            party_id = party.id
            progress["party_id"] = party_id
            await self._save(item, progress)
        counterparty_id = progress.get("counterparty_id")
        if counterparty_id is None and progress.get("counterparty_attempted"):
            counterparty_id = await self._find_counterparty(party_id)
        if counterparty_id is None:
            await self._save(item, progress | {"counterparty_attempted": True})
            created = await self.client.counterparties.create(
                relationship_type=p.get("relationship_type") or "CUSTOMER", party_id=party_id)
            counterparty_id = created.id
            await self._save(item, progress | {"counterparty_id": counterparty_id}, server_id=counterparty_id)
        fresh = await self.client.counterparties.retrieve(counterparty_id)

        def finish() -> None:
            self.store.contacts.replace_draft(item.local_id, fresh)
            self.store.outbox.remap_counterparty(item.local_id, counterparty_id)
            self.store.outbox.finish(item.id, SENT)

        await asyncio.to_thread(finish)

    async def _find_party(self, payload: dict[str, Any]) -> int | None:
        for party in await self.client.parties.list(fullname=payload["fullname"]):
            if party.phone == payload["phone"]:
                return party.id
        return None

    async def _find_counterparty(self, party_id: int) -> int | None:
        for counterparty in await self.client.counterparties.list():
            if counterparty.party and counterparty.party.id == party_id:
                return counterparty.id
        return None

    # --- invoices and orders ----------------------------------------------------------------
    async def _send_document(self, item: OutboxItem) -> None:
        p, progress = item.payload, dict(item.progress)
        api = self.client.invoices if item.kind == "INVOICE" else self.client.orders
        document_id = item.server_id
        if document_id is None and progress.get("create_attempted"):
            document_id = await self._find_document(api, item.draft_key)
        if document_id is None:
            await self._save(item, progress | {"create_attempted": True})
            created = await api.create(
                counterparty_id=int(p["counterparty_id"]), currency=p["currency"], note=p.get("note") or "",
                fee_bearer=p["fee_bearer"], as_payment_link=bool(p.get("as_payment_link")),
                due_date=p.get("due_date"), reference_id=item.draft_key)
            document_id = created.id
            await self._save(item, progress, server_id=document_id)
        items = p.get("items") or []
        sent = progress.get("items_sent", 0)
        if progress.get("item_attempted", -1) >= sent:  # an add_item answer was lost: count them
            sent = len(_items_of(await api.retrieve(document_id)))
        for index in range(sent, len(items)):
            line = items[index]
            await self._save(item, progress | {"items_sent": index, "item_attempted": index})
            await api.add_item(document_id, name=line["name"], currency=line["currency"],
                               qty=int(line.get("qty", 1)), amount=Decimal(str(line["amount"])))
            progress.update(items_sent=index + 1, item_attempted=-1)
        await self._save(item, progress)
        detail = await api.retrieve(document_id)

        def finish() -> None:
            self.store.documents.replace_draft(item.kind, item.local_id, detail)
            self.store.outbox.finish(item.id, SENT)

        await asyncio.to_thread(finish)

    @staticmethod
    async def _find_document(api, draft_key: str) -> int | None:
        for document in await api.list():
            if document.reference_id == draft_key:
                return document.id
        return None

    # --- helpers ----------------------------------------------------------------------------
    async def _save(self, item: OutboxItem, progress: dict[str, Any], *, server_id: int | None = None) -> None:
        await asyncio.to_thread(self.store.outbox.save_progress, item.id, server_id=server_id, progress=progress)

    def _refuse(self, item: OutboxItem, message: str) -> None:
        self.store.outbox.finish(item.id, REFUSED, message)
        if item.kind == "CONTACT":
            self.store.contacts.set_local_state(item.local_id, SEND_FAILED, message)
        else:
            self.store.documents.set_local_state(item.kind, item.local_id, SEND_FAILED, message)


def _items_of(detail: Any) -> list[Any]:
    return list(getattr(detail, "invoice_items", None) or getattr(detail, "order_items", None) or [])
