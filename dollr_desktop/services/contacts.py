"""Contacts: a party (the person) and a counterparty (their relationship to the merchant). No Qt.

Online, a new contact is created party-then-counterparty and cached. Offline, it is saved on this
computer and queued in the outbox; it shows "not yet sent" until the outbox sends it.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any

from dollr_desktop.services.list_queries import ContactsQuery, DocumentsQuery, QueryGate

log = logging.getLogger(__name__)


class _LazyErrors:
    """`dollr_desktop.api.errors`, imported on first use (the client loads after the window)."""

    def __getattr__(self, name: str) -> Any:
        from dollr_desktop.api import errors

        return getattr(errors, name)


api_errors = _LazyErrors()


class ContactsService:
    def __init__(self, client: Any, store: Any, gate: QueryGate | None = None) -> None:
        self.client = client
        self.store = store
        self.gate = gate or QueryGate(store.connection)

    def query(self, **filters: Any) -> ContactsQuery:
        return ContactsQuery(self.gate, **filters)

    def documents_query(self, **filters: Any) -> DocumentsQuery:
        return DocumentsQuery(self.gate, **filters)

    def payments_query(self, contact: Any) -> Any:
        """The contact's payments as Dollr knows them, plus this computer's attempts and payouts."""
        from dollr_desktop.services.payment_rows import PaymentFilter, PaymentQuery   # loaded on first use

        return PaymentQuery(self.gate, PaymentFilter(counterparty_id=contact.id, party_id=contact.party_id))

    async def get(self, counterparty_id: int) -> Any:
        return await asyncio.to_thread(self.store.contacts.get, counterparty_id)

    async def search(self, text: str, limit: int = 30) -> list[Any]:
        return await asyncio.to_thread(self.store.contacts.search, text, limit)

    async def create_contact(self, *, name: str, phone: str, email: str | None = None,
                             country_code: str | None = None, relationship: str = "CUSTOMER") -> Any:
        try:
            party = await self.client.parties.create(fullname=name, phone=phone, email=email,
                                                     country_code=country_code)
        except api_errors.ApiConnectionError:
            return await self._save_offline(name, phone, email, country_code, relationship)
        counterparty = await self.client.counterparties.create(relationship_type=relationship, party_id=party.id)
        row = counterparty.model_dump()
        row["party"] = party.model_dump()
        await asyncio.to_thread(self.store.contacts.upsert_counterparties, [row])
        contact = await self.get(counterparty.id)
        assert contact is not None
        return contact

    async def _save_offline(self, name: str, phone: str, email: str | None, country_code: str | None,
                            relationship: str) -> Any:
        def save() -> Any:
            contact = self.store.contacts.add_draft(name=name, phone=phone, email=email,
                                                    country_code=country_code, relationship_type=relationship)
            self.store.outbox.enqueue("CONTACT", contact.id, {
                "fullname": name, "phone": phone, "email": email, "country_code": country_code,
                "relationship_type": relationship})
            return contact

        log.info("Dollr unreachable: contact saved locally, queued to send")
        return await asyncio.to_thread(save)

    async def update_relationship(self, counterparty_id: int, relationship: str) -> Any:
        await self.client.counterparties.update(counterparty_id, relationship_type=relationship)
        fresh = await self.client.counterparties.retrieve(counterparty_id)
        await asyncio.to_thread(self.store.contacts.upsert_counterparties, [fresh])
        contact = await self.get(counterparty_id)
        assert contact is not None
        return contact
