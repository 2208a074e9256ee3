"""Shared by the service tests and the crash/fault tests: a client on the sandbox, a payable
invoice, and the control API.

The `store` and `client` fixtures are made available to tests/unit/services and tests/e2e by
their conftest.py files.
"""
from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

from dollr_desktop.api import DollrClient
from dollr_desktop.store import Store


async def no_wait(seconds: float) -> None:
    return None


def client_for(info: dict[str, Any], *, transport: httpx.AsyncBaseTransport | None = None,
               timeout: float = 10.0) -> DollrClient:
    return DollrClient(info["base_url"], info["client_id"], info["client_secret"], transport=transport,
                       timeout=timeout, sleep=no_wait)


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:
    """A fresh store in the test's own folder."""
    with Store.open(tmp_path / "store.sqlite3") as opened:
        yield opened


@pytest.fixture
async def client(sandbox) -> AsyncIterator[DollrClient]:
    """A client signed in to the test's sandbox, closed afterwards."""
    api = client_for(sandbox.info)
    try:
        yield api
    finally:
        await api.aclose()


async def payable_invoice(client: DollrClient, *, name: str = "Musu Kollie", phone: str = "231770123456",
                          amount: str = "150.25", currency: str = "USD") -> tuple[int, int]:
    """A published invoice for a new customer; returns (invoice_id, party_id)."""
    party = await client.parties.create(fullname=name, phone=phone)
    counterparty = await client.counterparties.create(relationship_type="CUSTOMER", party_id=party.id)
    invoice = await client.invoices.create(counterparty_id=counterparty.id, currency=currency,
                                           note="Pharmacy order", fee_bearer="PAYEE", as_payment_link=False)
    await client.invoices.add_item(invoice.id, name="Paracetamol 500mg", currency=currency, qty=1,
                                   amount=Decimal(amount))
    await client.invoices.publish(invoice.id)
    return invoice.id, party.id


def control(base_url: str, method: str, path: str, body: dict | None = None) -> Any:
    """The sandbox's control API (synchronous: it is a test-side helper)."""
    response = httpx.request(method, f"{base_url}/_sandbox{path}", json=body, timeout=10.0)
    response.raise_for_status()
    return response.json()


def executions(base_url: str) -> dict[str, dict[str, Any]]:
    return {row["reference_id"]: row for row in control(base_url, "GET", "/executions")}


def add_fault(base_url: str, **fault: Any) -> None:
    expire = fault.pop("expire_tokens", False)
    body: dict[str, Any] = {"faults": [fault] if fault else []}
    if expire:
        body["expire_tokens"] = True
    control(base_url, "POST", "/faults", body)
