"""Start a collection in the real sandbox over the API client, the way the app does."""
from __future__ import annotations

import uuid
from typing import Any

import httpx

from dollr_desktop.api import DollrClient

HOLD_PHONE = "231886121111"  # ends 1111: stays PROCESSING until the control API settles it


def client_for(sandbox) -> DollrClient:
    info = sandbox.info
    return DollrClient(sandbox.base_url, info["client_id"], info["client_secret"])


async def pending_collection(api: DollrClient, phone: str = HOLD_PHONE) -> tuple[int, str]:
    """An invoice paid by mobile money that sits in PROCESSING; returns (session_id, reference_id)."""
    party = await api.parties.create(fullname="Musu Kollie", phone=phone)
    counterparty = await api.counterparties.create(relationship_type="CUSTOMER", party_id=party.id)
    invoice = await api.invoices.create(counterparty_id=counterparty.id, currency="LRD", note="",
                                        fee_bearer="PAYER", as_payment_link=False)
    await api.invoices.add_item(invoice.id, name="Consultation", currency="LRD", qty=1, amount="500.00")
    await api.invoices.publish(invoice.id)
    session = await api.sessions.checkout(source_id=invoice.id, source_type="INVOICE")
    account = await api.payment_accounts.create(
        "COLLECTION", account_name="MUSU KOLLIE", provider="MTN_MOMO_LBR", method="MTN_MOMO_LBR",
        party_id=party.id, insensitive_account_number=phone)
    reference_id = str(uuid.uuid4())
    await api.executions.collection(session_id=str(session.id), payment_account_id=str(account.id),
                                    currency="LRD", reference_id=reference_id)
    return int(session.id), reference_id


async def control(sandbox, path: str, body: dict | None = None, method: str = "POST") -> Any:
    # verify=False: plain http on loopback, and it skips loading CA certificates (~150 ms a client)
    async with httpx.AsyncClient(base_url=sandbox.base_url, verify=False) as http:
        response = await http.request(method, f"/_sandbox{path}", json=body)
        response.raise_for_status()
    return response.json()
