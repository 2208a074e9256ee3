"""Documents with taxes and discounts through the invoicing service and the outbox, against the
sandbox: Dollr holds lines summing to the total, the breakdown stays here and follows the id."""
from __future__ import annotations

from decimal import Decimal

from dollr_desktop.services.breakdown import document_breakdown
from dollr_desktop.services.invoicing import DocumentDraft, DocumentKind, DraftItem, InvoicingService
from dollr_desktop.services.outbox import OutboxService
from dollr_desktop.services.taxes import Discount
from tests.unit.services.test_outbox import draft_contact

NAMES = {"RW_VAT": "VAT 18%"}


def priced_draft(counterparty_id: int) -> DocumentDraft:
    return DocumentDraft(kind=DocumentKind.INVOICE, counterparty_id=counterparty_id, currency="RWF", note="shop",
                         items=[DraftItem("Sugar", 3, Decimal(1000), discount=Discount.from_code("10%"), tax="RW_VAT"),
                                DraftItem("Soap", 1, Decimal(501), tax="RW_VAT")],
                         document_discount=Discount.from_code("5%"), document_tax="RW_VAT", tax_names=NAMES)


async def server_sum(client, invoice_id: int) -> Decimal:
    detail = await client.invoices.retrieve(invoice_id)
    return sum((Decimal(str(i.amount)) * i.qty for i in detail.invoice_items), Decimal(0))


async def test_a_priced_draft_saved_then_edited_keeps_dollr_in_step(client, store):
    contact = await client.counterparties.create(relationship_type="CUSTOMER", party_id=(
        await client.parties.create(fullname="Aline Uwase", phone="250788123456")).id)
    service = InvoicingService(client, store)
    saved = await service.save_draft(priced_draft(contact.id))
    assert await server_sum(client, saved.id) == saved.total == Decimal(3588)
    assert [(i.name, i.discount and i.discount.code()) for i in saved.items] == [("Sugar", "10%"), ("Soap", None)]
    assert len(saved.sent_items) == 3
    # Edited: the document discount goes, a line is added; Dollr's items follow, none twice.
    saved.document_discount = None
    saved.items.append(DraftItem("Salt", 2, Decimal(250), tax="RW_VAT"))
    saved.tax_names = NAMES
    again = await service.save_draft(saved)
    assert again.total == Decimal(round((2700 + 501 + 500) * Decimal("1.18")))
    assert await server_sum(client, again.id) == again.total
    detail = await client.invoices.retrieve(again.id)
    assert len(detail.invoice_items) == 4
    kept = document_breakdown(store, "INVOICE", again.id)
    assert kept.breakdown.total == again.total and kept.document_discount is None


async def test_a_priced_draft_made_offline_is_sent_with_its_lines_and_keeps_its_breakdown(client, store):
    local_contact = draft_contact(store, "Claude Mugisha", "250788123457")
    offline = InvoicingService(client, store)
    draft = priced_draft(local_contact)
    queued = await offline.save_draft(draft)      # the contact is not sent yet: the invoice waits too
    assert queued.local_key and queued.total == Decimal(3588)
    assert [i.name for i in queued.items] == ["Sugar", "Soap"]   # as typed, not as sent
    report = await OutboxService(client, store).send_all()
    assert len(report.sent) == 2
    [invoice] = store.documents.search("shop")
    assert invoice.id > 0 and await server_sum(client, invoice.id) == Decimal(3588)
    kept = document_breakdown(store, "INVOICE", invoice.id)
    assert kept is not None and kept.breakdown.total == Decimal(3588)
    reopened = await InvoicingService(client, store).load("INVOICE", invoice.id)
    assert [i.name for i in reopened.items] == ["Sugar", "Soap"] and len(reopened.sent_items) == 3
