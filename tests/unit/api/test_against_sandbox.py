"""The real client against the embedded sandbox over a real socket, through the contract checker.

This is the client's end-to-end test: every request it makes and every reply it gets must match
tests/contract/openapi.yaml (responses strictly: the sandbox may not invent fields either).
"""
from __future__ import annotations

import uuid
from decimal import Decimal

import httpx
import pytest

from dollr_desktop.api import DollrClient, errors, models as m
from tests.contract.validating_transport import ValidatingTransport

PAYER_PHONE = "231770123456"


@pytest.fixture
def checked() -> ValidatingTransport:
    return ValidatingTransport(httpx.AsyncHTTPTransport(), strict_responses=True)


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
async def api(sandbox, checked, sleeps):
    async def no_wait(seconds: float) -> None:
        sleeps.append(seconds)

    info = sandbox.info
    client = DollrClient(sandbox.base_url, info["client_id"], info["client_secret"], transport=checked,
                         timeout=10.0, sleep=no_wait)
    try:
        yield client
    finally:
        await client.aclose()


async def control(sandbox, method: str, path: str, body: dict | None = None):
    async with httpx.AsyncClient(base_url=sandbox.base_url) as http:
        response = await http.request(method, f"/_sandbox{path}", json=body)
        response.raise_for_status()
        return response.json()


async def _payable_invoice(api: DollrClient, *, as_payment_link: bool = False) -> tuple[m.PartyResponse, m.InvoiceResponse]:
    party = await api.parties.create(fullname="Musu Kollie", phone=PAYER_PHONE, email="musu@example.lr")
    counterparty = await api.counterparties.create(relationship_type=m.RelationshipType.CUSTOMER, party_id=party.id)
    invoice = await api.invoices.create(counterparty_id=counterparty.id, currency="LRD", note="Pharmacy order",
                                        fee_bearer=m.FeeBearer.PAYEE, as_payment_link=as_payment_link)
    assert invoice.status is m.SourceStatus.IDLE
    await api.invoices.add_item(invoice.id, name="Paracetamol 500mg", currency="LRD", qty=3, amount=Decimal("150.25"))
    await api.invoices.add_item(invoice.id, name="ORS sachet", currency="LRD", qty=1, amount=Decimal("75"))
    published = await api.invoices.publish(invoice.id)
    assert published.status is m.SourceStatus.ACTIVE
    assert published.total_amount == Decimal("525.75")
    return party, published


async def _collect(api: DollrClient, party: m.PartyResponse, invoice: m.InvoiceResponse, reference_id: str):
    phone_info = await api.predictions.mmo_provider_info(PAYER_PHONE, m.OperationType.COLLECTION)
    session = await api.sessions.checkout(source_id=invoice.id, source_type=m.SourceType.INVOICE)
    account = await api.payment_accounts.create(
        m.OperationType.COLLECTION, account_name=party.fullname, provider=phone_info.gateway_provider,
        method=phone_info.payment_method, party_id=party.id, insensitive_account_number=PAYER_PHONE)
    return session, await api.executions.collection(
        session_id=session.id, payment_account_id=account.id, currency="LRD", reference_id=reference_id)


async def test_collect_an_invoice_end_to_end_with_zero_contract_violations(api, checked, sandbox):
    party, invoice = await _payable_invoice(api)
    detail = await api.invoices.retrieve(invoice.id)
    assert [i.amount for i in detail.invoice_items] == [Decimal("150.25"), Decimal("75")]
    assert (await api.invoices.retrieve_by_number(invoice.invoice_number)).id == invoice.id

    reference_id = str(uuid.uuid4())
    session, execution = await _collect(api, party, invoice, reference_id)
    assert execution.reference_id == reference_id
    key = await api.realtime_keys.collection(session.id, "INVOICE", reference_id)
    assert key.access_token.count(".") == 2 and key.expires_in > 0

    for _ in range(50):  # settle_delay=0: settled on the next look, at the latest
        status = await api.status.collection(reference_id)
        if status.status.is_final:
            break
    assert status.status is m.ExecutionStatus.COMPLETED
    assert (await api.status.source(m.SourceType.INVOICE, invoice.id)).status is m.SourceStatus.PAID
    receipt = await api.invoices.receipt(invoice.id)
    assert receipt.total_amount == Decimal("525.75") and receipt.reference_id in (None, reference_id)
    rows = await control(sandbox, "GET", "/executions")
    assert [r["execute_requests"] for r in rows if r["reference_id"] == reference_id] == [1]
    checked.assert_no_violations()
    assert len(checked.exchanges) >= 15


async def test_lists_fees_links_and_merchant_info_parse_from_the_sandbox(api, checked, sandbox):
    party, invoice = await _payable_invoice(api, as_payment_link=True)
    assert any(p.id == party.id for p in await api.parties.list())
    assert any(i.id == invoice.id for i in await api.invoices.list(status=m.SourceStatus.ACTIVE))
    assert await api.counterparties.list(relationship_type="CUSTOMER")
    assert (await api.links.pay("INVOICE", invoice.invoice_number)).url
    tiers = await api.fees.tiers()
    assert tiers
    await api.fees.platform("COLLECTION", tiers[0].name)
    await api.predictions.payment_source_amount_and_fees(
        target_currency="LRD", payment_method="MTN_MOMO_LBR", provider="MTN_MOMO_LBR",
        source_type="INVOICE", source_id=invoice.id)
    info = sandbox.info
    merchant = await api.merchants.merchant_info(info["merchant_id"], info["merchant_type"])
    assert merchant.id == info["merchant_id"]
    checked.assert_no_violations()


async def test_dropped_connection_after_commit_raises_outcome_unknown_and_status_finds_it(api, checked, sandbox):
    party, invoice = await _payable_invoice(api)
    await control(sandbox, "POST", "/faults",
                  {"kind": "drop_after_commit", "path": "/v1/executions/collection", "method": "POST"})
    reference_id = str(uuid.uuid4())
    with pytest.raises(errors.OutcomeUnknownError) as caught:
        await _collect(api, party, invoice, reference_id)
    assert caught.value.reference_id == reference_id
    found = await api.status.collection(reference_id)  # the caller's next step: ask, never re-execute
    assert found.reference_id == reference_id
    rows = await control(sandbox, "GET", "/executions")
    assert [r["execute_requests"] for r in rows if r["reference_id"] == reference_id] == [1]
    checked.assert_no_violations()


async def test_rate_limit_and_html_502_from_the_sandbox(api, sandbox, sleeps):
    await control(sandbox, "POST", "/faults", {"faults": [
        {"kind": "rate_limit", "path": "/v1/fees/tiers", "retry_after": 4},
        {"kind": "server_error", "path": "/v1/parties/create", "status": 502, "html": True},
    ]})
    assert await api.fees.tiers()
    assert sleeps == [4.0]
    with pytest.raises(errors.ServerError) as caught:
        await api.parties.create(fullname="Musu", phone=PAYER_PHONE)
    assert caught.value.status_code == 502 and "Bad Gateway" in caught.value.details
    fired = (await control(sandbox, "GET", "/faults"))["fired"]
    assert [f["path"] for f in fired].count("/v1/parties/create") == 1  # not replayed


async def test_expired_token_is_renewed_once_over_the_wire(api, sandbox, checked):
    await api.fees.tiers()
    await control(sandbox, "POST", "/faults", {"faults": [], "expire_tokens": True})
    assert await api.fees.tiers()
    assert api.tokens.refresh_count == 2
    statuses = [ex.status for ex in checked.exchanges if ex.path == "/v1/fees/tiers"]
    assert statuses == [200, 401, 200]


async def test_a_stopped_server_is_a_connection_error_and_a_restart_recovers(api, sandbox, sleeps):
    await api.fees.tiers()
    sandbox.stop()
    try:
        with pytest.raises(errors.ApiConnectionError):
            await api.fees.tiers()
        assert len(sleeps) == 3
    finally:
        sandbox.start()
    assert await api.fees.tiers()


async def test_slow_execution_times_out_into_outcome_unknown(sandbox, checked):
    info = sandbox.info
    async with DollrClient(sandbox.base_url, info["client_id"], info["client_secret"], transport=checked,
                           timeout=0.3) as api:
        party, invoice = await _payable_invoice(api)
        await control(sandbox, "POST", "/faults",
                      {"kind": "slow", "path": "/v1/executions/collection", "seconds": 1.0})
        with pytest.raises(errors.OutcomeUnknownError):
            await _collect(api, party, invoice, str(uuid.uuid4()))
    assert len([ex for ex in checked.exchanges if ex.path == "/v1/executions/collection"]) == 1
