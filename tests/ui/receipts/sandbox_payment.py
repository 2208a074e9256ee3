"""Pay an invoice in the sandbox the way the app does: over the API, on a real socket."""
from __future__ import annotations

import asyncio
import uuid

from dollr_desktop.api import DollrClient

PAYER_PHONE = "231886123456"  # MTN Liberia


def client_for(sandbox) -> DollrClient:
    info = sandbox.info
    return DollrClient(sandbox.base_url, info["client_id"], info["client_secret"])


async def pay_new_invoice(client: DollrClient, *, customer: str = "Musu Kollie",
                          payer_currency: str = "USD", fee_bearer: str = "PAYER",
                          items=(("Amoxicillin 500 mg", 2, "350.00"),
                                 ("Oral rehydration salts", 5, "45.50"))) -> int:
    """Create, publish and collect an LRD invoice; returns its id once it is PAID."""
    party = await client.parties.create(fullname=customer, phone=PAYER_PHONE)
    counterparty = await client.counterparties.create(relationship_type="CUSTOMER",
                                                      party_id=party.id)
    invoice = await client.invoices.create(counterparty_id=counterparty.id, currency="LRD",
                                           note="Thank you", fee_bearer=fee_bearer,
                                           as_payment_link=False)
    for name, qty, amount in items:
        await client.invoices.add_item(invoice.id, name=name, currency="LRD", qty=qty,
                                       amount=amount)
    await client.invoices.publish(invoice.id)
    session = await client.sessions.checkout(source_id=invoice.id, source_type="INVOICE")
    account = await client.payment_accounts.create(
        "COLLECTION", account_name=customer.upper(), provider="MTN_MOMO_LBR",
        method="MTN_MOMO_LBR", party_id=party.id, insensitive_account_number=PAYER_PHONE)
    reference_id = str(uuid.uuid4())
    await client.executions.collection(session_id=session.id, payment_account_id=account.id,
                                       currency=payer_currency, reference_id=reference_id)
    for _ in range(200):
        status = await client.status.collection(reference_id)
        if str(getattr(status.status, "value", status.status)) in ("COMPLETED", "FAILED"):
            break
        await asyncio.sleep(0.02)
    assert str(getattr(status.status, "value", status.status)) == "COMPLETED", status
    return invoice.id
