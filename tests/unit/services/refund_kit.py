"""A paid invoice (collected by this computer) to refund, and the refund service, for the tests."""
from __future__ import annotations

from dollr_desktop.services.collection import CollectionService
from dollr_desktop.services.refunds import RefundService
from dollr_desktop.services.takings import PaymentFilter, TakingsService
from dollr_desktop.store import PaymentState
from tests.unit.services.sandbox_kit import payable_invoice


async def paid_invoice(client, store, *, amount: str = "40.00", phone: str = "231770123456"):
    """Collect an invoice through the app's path; returns its payment row (a MoneyRow)."""
    invoice_id, _ = await payable_invoice(client, phone=phone, amount=amount)
    service = CollectionService(client, store)
    entry = await service.collect(await service.plan("INVOICE", invoice_id, phone))
    final = await service.check(entry.reference_id)
    assert final.state is PaymentState.COMPLETED
    return payment_row(store, invoice_id)


def payment_row(store, invoice_id: int):
    rows = [r for r in TakingsService(store).query(PaymentFilter(kind="COLLECTION")).rows()
            if r.source_type == "INVOICE" and r.source_id == invoice_id]
    assert len(rows) == 1, rows
    return rows[0]


def refunds(client, store) -> RefundService:
    return RefundService(client, store, poll_interval_s=0.01)
