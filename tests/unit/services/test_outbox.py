"""Drafts saved offline are sent in order when Dollr is back, never twice."""
from __future__ import annotations

import pytest

from dollr_desktop.services.outbox import OutboxService
from dollr_desktop.store import Store
from dollr_desktop.store.contacts import NOT_YET_SENT, SEND_FAILED
from tests.unit.services.sandbox_kit import add_fault, control


def draft_contact(store: Store, name: str, phone: str) -> int:
    contact = store.contacts.add_draft(name=name, phone=phone, country_code="LR")
    store.outbox.enqueue("CONTACT", contact.id, {"fullname": name, "phone": phone, "email": None,
                                                 "country_code": "LR", "relationship_type": "CUSTOMER"})
    return contact.id


def draft_invoice(store: Store, counterparty_id: int, note: str) -> int:
    items = [{"name": "Amoxicillin", "currency": "USD", "qty": 2, "amount": "3.50"},
             {"name": "Syringe", "currency": "USD", "qty": 1, "amount": "0.75"}]
    document = store.documents.add_draft("INVOICE", counterparty_id=counterparty_id, currency="USD", note=note,
                                         fee_bearer="PAYEE", as_payment_link=False, due_date=None, items=items)
    store.outbox.enqueue("INVOICE", document.id, {
        "counterparty_id": counterparty_id, "currency": "USD", "note": note, "fee_bearer": "PAYEE",
        "as_payment_link": False, "due_date": None, "items": items})
    return document.id


async def test_a_contact_and_its_invoice_made_offline_are_sent_in_order(client, store):
    local_contact = draft_contact(store, "Patience Tarr", "231886777001")
    local_invoice = draft_invoice(store, local_contact, "clinic visit")
    draft = store.documents.get("INVOICE", local_invoice)
    assert draft.is_draft and draft.local_state == NOT_YET_SENT and draft.counterparty_name == "Patience Tarr"
    assert draft.total_amount == 7.75

    report = await OutboxService(client, store).send_all()
    assert len(report.sent) == 2 and not report.waiting and not report.refused
    assert store.contacts.get(local_contact) is None and store.documents.get("INVOICE", local_invoice) is None
    [contact] = store.contacts.search("patience tarr")
    assert contact.id > 0 and contact.local_state is None
    [invoice] = store.documents.search("clinic visit")
    assert invoice.id > 0 and invoice.counterparty_id == contact.id and invoice.number.startswith("INV-")
    server = await client.invoices.retrieve(invoice.id)
    assert [(i.name, i.qty) for i in server.invoice_items] == [("Amoxicillin", 2), ("Syringe", 1)]
    assert store.outbox.queued() == []


@pytest.mark.parametrize("path", ["/v1/parties/create", "/v1/counterparties/create", "/v1/invoices/create",
                                  "items/add"])
async def test_a_lost_answer_never_creates_anything_twice(sandbox, client, store, path):
    local_contact = draft_contact(store, "Moses Kanneh", "231886777002")
    draft_invoice(store, local_contact, "lab test")
    if path == "items/add":  # the first item of the invoice about to be created
        next_id = max(i.id for i in await client.invoices.list()) + 1
        path = f"/v1/invoices/{next_id}/items/add"
    add_fault(sandbox.base_url, kind="drop_after_commit", path=path, method="POST")
    first = await OutboxService(client, store).send_all()
    assert first.offline and first.waiting
    assert [f["path"] for f in control(sandbox.base_url, "GET", "/faults")["fired"]] == [path]
    second = await OutboxService(client, store).send_all()
    assert second.sent and not second.waiting
    parties = [p for p in await client.parties.list(fullname="Moses Kanneh")]
    assert len(parties) == 1
    counterparties = [c for c in await client.counterparties.list() if c.party and c.party.id == parties[0].id]
    assert len(counterparties) == 1
    invoices = [i for i in await client.invoices.list() if i.note == "lab test"]
    assert len(invoices) == 1
    detail = await client.invoices.retrieve(invoices[0].id)
    assert sorted(i.name for i in detail.invoice_items) == ["Amoxicillin", "Syringe"]


async def test_a_refused_draft_is_marked_with_the_reason_and_the_rest_go_on(client, store):
    refused = draft_invoice(store, 987654321, "no such customer")
    fine = draft_contact(store, "Divine Uwimana", "250788123456")
    report = await OutboxService(client, store).send_all()
    assert [i.local_id for i in report.refused] == [refused] and [i.local_id for i in report.sent] == [fine]
    kept = store.documents.get("INVOICE", refused)
    assert kept.local_state == SEND_FAILED and kept.local_error == "api.validation"   # a code, worded in ui/


async def test_offline_nothing_is_lost_and_everything_waits(sandbox, client, store):
    local_contact = draft_contact(store, "Grace Weah", "231886777003")
    draft_invoice(store, local_contact, "uniform")
    sandbox.stop()
    try:
        report = await OutboxService(client, store).send_all()
    finally:
        sandbox.start()
    assert report.offline and len(report.waiting) == 2 and not report.sent
    assert store.contacts.get(local_contact).local_state == NOT_YET_SENT
    assert len((await OutboxService(client, store).send_all()).sent) == 2
