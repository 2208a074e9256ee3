"""The collection core against the sandbox over a real socket."""
from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest

from dollr_desktop.services.collection import CollectionService, DocumentNotPayableError, PaymentStep
from dollr_desktop.services.reconciliation import Reconciler
from dollr_desktop.store import PaymentAlreadyPendingError, PaymentState
from tests.unit.services.sandbox_kit import control, executions, payable_invoice


async def test_a_normal_number_pays_once_and_the_invoice_shows_paid(sandbox, client, store):
    invoice_id, party_id = await payable_invoice(client, phone="231770123456")
    steps = []
    service = CollectionService(client, store, on_step=lambda step, entry: steps.append(step))
    plan = await service.plan("INVOICE", invoice_id, "231770123456")
    assert plan.detection.payment_method == "ORANGE_MONEY_LBR" and plan.party_id == party_id
    assert plan.quote.payee_amount > 0 and plan.currency == "USD"

    entry = await service.collect(plan)
    assert steps == [PaymentStep.SESSION_CREATED, PaymentStep.ACCOUNT_READY, PaymentStep.JOURNAL_COMMITTED,
                     PaymentStep.RESPONSE_RECEIVED, PaymentStep.RECORDED]
    assert entry.state in (PaymentState.PENDING, PaymentState.PROCESSING, PaymentState.COMPLETED)
    final = await service.check(entry.reference_id)
    assert final.state is PaymentState.COMPLETED and final.follow_up == ("receipt",)
    assert store.documents.get("INVOICE", invoice_id).status == "PAID"
    assert executions(sandbox.base_url)[entry.reference_id]["execute_requests"] == 1
    assert store.payments.find_account(party_id=party_id, account_number="231770123456",
                                       method="ORANGE_MONEY_LBR", operation_type="COLLECTION") is not None


async def test_a_failing_number_ends_failed_with_the_reason(client, store):
    invoice_id, _ = await payable_invoice(client, phone="231770120000")
    service = CollectionService(client, store)
    entry = await service.collect(await service.plan("INVOICE", invoice_id, "231770120000"))
    final = await service.check(entry.reference_id)
    assert final.state is PaymentState.FAILED
    assert "insufficient funds" in (final.server_message or "")


async def test_the_payment_account_is_reused_for_the_same_party_and_phone(sandbox, client, store):
    first_invoice, party_id = await payable_invoice(client)
    service = CollectionService(client, store)
    first = await service.collect(await service.plan("INVOICE", first_invoice, "231770123456"))
    # a second invoice for the same customer
    invoice = await client.invoices.create(
        counterparty_id=store.documents.get("INVOICE", first_invoice).counterparty_id, currency="USD",
        note="refill", fee_bearer="PAYEE", as_payment_link=False)
    await client.invoices.add_item(invoice.id, name="Refill", currency="USD", qty=1, amount=Decimal("5"))
    await client.invoices.publish(invoice.id)
    second = await service.collect(await service.plan("INVOICE", invoice.id, "231770123456"))
    assert first.account_id == second.account_id


async def test_a_double_click_starts_one_payment(sandbox, client, store):
    invoice_id, _ = await payable_invoice(client, phone="231770121111")  # stays PROCESSING
    service = CollectionService(client, store)
    plan = await service.plan("INVOICE", invoice_id, "231770121111")
    before = set(executions(sandbox.base_url))
    results = await asyncio.gather(service.collect(plan), service.collect(plan), return_exceptions=True)
    paid = [r for r in results if not isinstance(r, BaseException)]
    refused = [r for r in results if isinstance(r, PaymentAlreadyPendingError)]
    assert len(paid) == 1 and len(refused) == 1, results
    with pytest.raises(PaymentAlreadyPendingError):
        await service.collect(plan)  # and again later, while it is still PROCESSING
    new = set(executions(sandbox.base_url)) - before
    assert new == {paid[0].reference_id}
    assert executions(sandbox.base_url)[paid[0].reference_id]["execute_requests"] == 1


async def test_processing_is_left_to_finish_then_reconciled_without_a_second_execute(sandbox, client, store):
    invoice_id, _ = await payable_invoice(client, phone="231770121111")
    service = CollectionService(client, store)
    entry = await service.collect(await service.plan("INVOICE", invoice_id, "231770121111"))
    reconciler = Reconciler(client, store, not_found_grace_s=0)
    report = await reconciler.run_once()
    assert [e.state for e in report.still_open] == [PaymentState.PROCESSING]
    control(sandbox.base_url, "POST", f"/executions/{entry.reference_id}/settle")
    report = await reconciler.run_once()
    assert [e.reference_id for e in report.settled] == [entry.reference_id]
    assert store.journal.get(entry.reference_id).state is PaymentState.COMPLETED
    assert executions(sandbox.base_url)[entry.reference_id]["execute_requests"] == 1


async def test_only_a_published_document_can_be_collected(client, store):
    party = await client.parties.create(fullname="Draft Person", phone="231770123456")
    counterparty = await client.counterparties.create(relationship_type="CUSTOMER", party_id=party.id)
    invoice = await client.invoices.create(counterparty_id=counterparty.id, currency="USD", note="x",
                                           fee_bearer="PAYEE", as_payment_link=False)
    with pytest.raises(DocumentNotPayableError, match="payment.document_not_payable: .* IDLE"):
        await CollectionService(client, store).plan("INVOICE", invoice.id, "231770123456")
    assert store.journal.entries() == []


@pytest.mark.parametrize("gateway, code", [
    ("Payment declined by the payer's mobile money wallet: insufficient funds", "collection.payer_short"),
    ("Transaction timed out waiting for the subscriber", "collection.payer_timeout"),
    ("Request cancelled by the user", "collection.payer_cancelled"),
    ("Declined", "collection.payer_declined"),
    (None, "collection.payer_declined"),
])
def test_a_declined_collection_is_kept_as_a_code_the_ui_words(gateway, code):
    from dollr_desktop.services.payments_core import collection_failure

    assert collection_failure(gateway) == code
