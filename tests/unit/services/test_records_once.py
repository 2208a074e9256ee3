"""A payment's state is recorded in one place (PaymentChecker.record), whoever learns it, and the
cached document follows from there: Processing while Dollr works on it, Paid when it completes,
Dollr's own status again after a failure. Here the reconciler alone learns the end (no monitor,
no dialog)."""
from __future__ import annotations

import pytest

from dollr_desktop.services.collection import CollectionService
from dollr_desktop.services.reconciliation import Reconciler
from dollr_desktop.store import PaymentState
from tests.unit.services.sandbox_kit import control, payable_invoice


@pytest.mark.parametrize(("phone", "state", "document"), [
    ("231770121111", PaymentState.COMPLETED, "PAID"),     # held, then settled through the control API
    ("231770120000", PaymentState.FAILED, "ACTIVE"),      # declined: payable again
])
async def test_the_document_follows_the_payment_whoever_learns_its_end(sandbox, client, store, phone, state,
                                                                        document):
    invoice_id, _ = await payable_invoice(client, phone=phone)
    service = CollectionService(client, store)
    entry = await service.collect(await service.plan("INVOICE", invoice_id, phone))
    assert store.documents.get("INVOICE", invoice_id).status == "PROCESSING"   # from the execute answer
    if state is PaymentState.COMPLETED:
        control(sandbox.base_url, "POST", f"/executions/{entry.reference_id}/settle")
    reconciler = Reconciler(client, store, not_found_grace_s=0)
    for _ in range(100):
        if not (await reconciler.run_once()).still_open:
            break
    assert store.journal.get(entry.reference_id).state is state
    assert store.documents.get("INVOICE", invoice_id).status == document
