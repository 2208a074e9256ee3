"""Every one of the contract's 59 operations: the exact request the client sends, and the parse.

Each row drives one client method against a fake that answers with a contract-valid example
(every optional field filled), behind the validating transport: the request must match the
contract strictly (no unknown fields, right JSON types), and the row states the exact body/query
so quirks (session_id string vs integer, amounts as numbers) are pinned explicitly.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any, Awaitable, Callable

import httpx
import pytest
from pydantic import BaseModel

from dollr_desktop.api import DollrClient, models as m
from tests.contract.openapi_examples import example_response
from tests.contract.openapi_validation import all_operations, load_contract

from .conftest import TOKEN_PATH, json_body

DUE = datetime(2026, 1, 31, 12, 0, tzinfo=timezone.utc)
PASSCODE = {
    "token": {"code": "482913", "phone": "231770000001"},
    "device": {"name": "Till 1", "type": "DESKTOP", "platform": "WINDOWS",
               "user_agent": "DollrDesktop/0.1.0", "client_ip": "127.0.0.1"},
}


@dataclass
class Row:
    method: str
    path: str
    call: Callable[[DollrClient], Awaitable[Any]]
    result: type | tuple[type, ...]
    body: Any = None
    query: dict[str, str] | None = None


ROWS: list[Row] = [
    Row("POST", TOKEN_PATH, lambda c: c.auth.obtain_token(), m.ObtainTokenResponse,
        body={"client_id": "client-id-1", "client_secret": "cs_live_S3cr3t-value-0042"}),
    # parties and counterparties
    Row("POST", "/v1/parties/create",
        lambda c: c.parties.create(fullname="Musu Kollie", phone="231770000001", email="m@x.lr"),
        m.PartyResponse, body={"fullname": "Musu Kollie", "phone": "231770000001", "email": "m@x.lr"}),
    Row("GET", "/v1/parties/list", lambda c: c.parties.list(fullname="Musu"), list, query={"fullname": "Musu"}),
    Row("GET", "/v1/parties/retrieve/12", lambda c: c.parties.retrieve(12), m.PartyResponse),
    Row("POST", "/v1/counterparties/create",
        lambda c: c.counterparties.create(relationship_type=m.RelationshipType.CUSTOMER, party_id=12),
        m.CounterPartyResponse, body={"relationship_type": "CUSTOMER", "party_id": 12}),
    Row("GET", "/v1/counterparties/list",
        lambda c: c.counterparties.list(relationship_type="SUPPLIER"), list, query={"relationship_type": "SUPPLIER"}),
    Row("GET", "/v1/counterparties/retrieve/5", lambda c: c.counterparties.retrieve("5"), m.CounterPartyWithPartyResponse),
    Row("PUT", "/v1/counterparties/update/5",
        lambda c: c.counterparties.update(5, relationship_type="EMPLOYEE"),
        m.CounterPartyResponse, body={"relationship_type": "EMPLOYEE"}),
    # checkout source, links, sessions, accounts
    Row("POST", "/v1/checkouts/create",
        lambda c: c.checkouts.create(
            mode="HOSTED", source_kind="INVOICE", party_phone="231770000001", currency="LRD",
            items=[{"name": "Rice 25kg", "currency": "LRD", "amount": Decimal("1500.50")},
                   m.PaymentSourceItemInput(name="Oil", currency="LRD", amount=Decimal("300"))],
            party_name="Musu", due_date=DUE),
        m.CreateCheckoutSourceLinkResponse,
        body={"mode": "HOSTED", "source_kind": "INVOICE", "party_phone": "231770000001", "currency": "LRD",
              "items": [{"name": "Rice 25kg", "currency": "LRD", "amount": 1500.50},
                        {"name": "Oil", "currency": "LRD", "amount": 300}],
              "party_name": "Musu", "due_date": "2026-01-31T12:00:00+00:00"}),
    Row("GET", "/v1/links/pay", lambda c: c.links.pay(m.SourceType.INVOICE, "INV-2026-00001"),
        m.LinkResponse, query={"source_type": "INVOICE", "source_number": "INV-2026-00001"}),
    Row("GET", "/v1/links/receipt", lambda c: c.links.receipt("ORDER", "ORD-2026-00001"),
        m.LinkResponse, query={"source_type": "ORDER", "source_number": "ORD-2026-00001"}),
    Row("POST", "/v1/sessions/checkout", lambda c: c.sessions.checkout(source_id=31, source_type="INVOICE"),
        m.CheckoutSessionResponse, body={"source_id": 31, "source_type": "INVOICE"}),
    Row("POST", "/v1/sessions/payout",
        lambda c: c.sessions.payout(payout_account_id="8", amount=Decimal("250.00"), currency="LRD"),
        m.PayoutSessionResponse, body={"payout_account_id": 8, "amount": 250.00, "currency": "LRD"}),
    Row("POST", "/v1/sessions/transfer",
        lambda c: c.sessions.transfer(from_wallet_id=1, to_counterparty_id=2, amount="10",
                                      currency="USD", expires_at=DUE),
        m.TransferSessionResponse,
        body={"from_wallet_id": 1, "to_counterparty_id": 2, "amount": 10, "currency": "USD",
              "expires_at": "2026-01-31T12:00:00+00:00"}),
    Row("POST", "/v1/sessions/refund",
        lambda c: c.sessions.refund(original_payment_intent_id=77, amount=Decimal("5.25"), expires_at=DUE,
                                    reason="damaged"),
        m.RefundSessionResponse,
        body={"original_payment_intent_id": 77, "amount": 5.25, "reason": "damaged",
              "expires_at": "2026-01-31T12:00:00+00:00"}),
    Row("POST", "/v1/payment-accounts/create",
        lambda c: c.payment_accounts.create(
            m.OperationType.COLLECTION, account_name="Musu Kollie", provider="MTN_MOMO_LBR",
            method="MTN_MOMO_LBR", party_id=12, insensitive_account_number="231770000001"),
        m.PaymentAccountResponse, query={"operation_type": "COLLECTION"},
        body={"account_name": "Musu Kollie", "provider": "MTN_MOMO_LBR", "method": "MTN_MOMO_LBR",
              "party_id": 12, "insensitive_account_number": "231770000001"}),
    # executions: ids are strings here
    Row("POST", "/v1/executions/collection",
        lambda c: c.executions.collection(session_id=41, payment_account_id=9, currency="LRD",
                                          reference_id="8a4d3d6e-6a39-4f7e-9b43-1d2c3b4a5e6f"),
        m.ExecutionResponse,
        body={"session_id": "41", "payment_account_id": "9", "currency": "LRD",
              "reference_id": "8a4d3d6e-6a39-4f7e-9b43-1d2c3b4a5e6f"}),
    Row("POST", "/v1/executions/payout",
        lambda c: c.executions.payout(session_id=42, payout_account_id=8, reference_id="ref-p", passcode=PASSCODE),
        m.ExecutionResponse,
        body={"session_id": "42", "payout_account_id": "8", "reference_id": "ref-p", "passcode": PASSCODE}),
    Row("POST", "/v1/executions/transfer", lambda c: c.executions.transfer(session_id=43, reference_id="ref-t"),
        m.ExecutionResponse, body={"session_id": "43", "reference_id": "ref-t"}),
    Row("POST", "/v1/executions/refund", lambda c: c.executions.refund(session_id="44", reference_id="ref-r"),
        m.ExecutionResponse, body={"session_id": "44", "reference_id": "ref-r"}),
    Row("GET", "/v1/status/collection/ref-c", lambda c: c.status.collection("ref-c"), m.ExecutionResponse),
    Row("GET", "/v1/status/payout/ref-p", lambda c: c.status.payout("ref-p"), m.ExecutionResponse),
    Row("GET", "/v1/status/transfer/ref-t", lambda c: c.status.transfer("ref-t"), m.ExecutionResponse),
    Row("GET", "/v1/status/refund/ref-r", lambda c: c.status.refund("ref-r"), m.ExecutionResponse),
    Row("GET", "/v1/status/source", lambda c: c.status.source("INVOICE", 31),
        m.PaymentSourceStatusResponse, query={"source_type": "INVOICE", "source_id": "31"}),
    # predictions, realtime keys, fees, merchants
    Row("GET", "/v1/predictions/amount-and-fees",
        lambda c: c.predictions.amount_and_fees(
            base_amount=Decimal("100.10"), base_currency="USD", target_currency="LRD",
            payment_method="MTN_MOMO_LBR", operation_type="COLLECTION", provider="MTN_MOMO_LBR",
            fee_bearer=m.FeeBearer.PAYER, owner_type="ORGANIZATION", owner_id=3),
        m.AmountAndFeePredictionResponse,
        query={"base_amount": "100.10", "base_currency": "USD", "target_currency": "LRD",
               "payment_method": "MTN_MOMO_LBR", "operation_type": "COLLECTION", "provider": "MTN_MOMO_LBR",
               "fee_bearer": "PAYER", "owner_type": "ORGANIZATION", "owner_id": "3"}),
    Row("GET", "/v1/predictions/payment-source/amount-and-fees",
        lambda c: c.predictions.payment_source_amount_and_fees(
            target_currency="LRD", payment_method="ORANGE_MONEY_LBR", provider="ORANGE_MONEY_LBR",
            source_type="ORDER", source_id=4),
        m.AmountAndFeePredictionResponse,
        query={"target_currency": "LRD", "payment_method": "ORANGE_MONEY_LBR", "provider": "ORANGE_MONEY_LBR",
               "source_type": "ORDER", "source_id": "4"}),
    Row("GET", "/v1/predictions/mmo-provider-info",
        lambda c: c.predictions.mmo_provider_info("231770000001", "COLLECTION"),
        m.PredictPhonePaymentInfoResponse, query={"phone": "231770000001", "operation_type": "COLLECTION"}),
    Row("GET", "/v1/predictions/card-provider-info",
        lambda c: c.predictions.card_provider_info(payment_method_id="pm_1", operation_type="COLLECTION",
                                                   provider="STRIPE"),
        m.PredictCardPaymentInfoResponse,
        query={"payment_method_id": "pm_1", "operation_type": "COLLECTION", "provider": "STRIPE"}),
    Row("POST", "/v1/realtime-keys/collection",
        lambda c: c.realtime_keys.collection("41", "INVOICE", "ref-c"),
        m.RealtimeTokenResponse, body={"session_id": 41, "source_type": "INVOICE", "reference_id": "ref-c"}),
    Row("GET", "/v1/fees/gateway", lambda c: c.fees.gateway("MTN_MOMO_LBR", "PAYOUT"),
        m.FeeWithProviderResponse, query={"payment_method": "MTN_MOMO_LBR", "operation_type": "PAYOUT"}),
    Row("GET", "/v1/fees/platform", lambda c: c.fees.platform("COLLECTION", "default"),
        m.FeeTierRateResponse, query={"operation_type": "COLLECTION", "fee_tier_name": "default"}),
    Row("GET", "/v1/fees/merchant-tier", lambda c: c.fees.merchant_tier("ORGANIZATION", 3),
        m.MerchantFeeResponse, query={"owner_type": "ORGANIZATION", "owner_id": "3"}),
    Row("GET", "/v1/fees/tiers", lambda c: c.fees.tiers(), list, query={}),
    Row("GET", "/v1/merchants/merchant-info", lambda c: c.merchants.merchant_info(3, "MICRO_ORGANIZATION"),
        m.MerchantInfoResponse, query={"merchant_id": "3", "merchant_type": "MICRO_ORGANIZATION"}),
]


def _document_rows(kind: str) -> list[Row]:
    """Invoices and orders share their method names; build both tables from one."""
    singular = kind[:-1]
    model = {"invoices": (m.InvoiceResponse, m.InvoiceDetailResponse, m.InvoiceItemResponse, m.InvoiceReceiptResponse),
             "orders": (m.OrderResponse, m.OrderDetailResponse, m.OrderItemResponse, m.OrderReceiptResponse)}[kind]
    doc, detail, item, receipt = model
    number = "INV-2026-00001" if kind == "invoices" else "ORD-2026-00001"
    base = f"/v1/{kind}"

    def res(c: DollrClient) -> Any:
        return getattr(c, kind)

    return [
        Row("POST", f"{base}/create",
            lambda c: res(c).create(counterparty_id=5, currency="LRD", note="School fees", fee_bearer="PAYER",
                                    as_payment_link=False, due_date=DUE),
            doc, body={"counterparty_id": 5, "currency": "LRD", "note": "School fees", "fee_bearer": "PAYER",
                       "as_payment_link": False, "due_date": "2026-01-31T12:00:00+00:00"}),
        Row("GET", f"{base}/list", lambda c: res(c).list(currency="LRD", status=m.SourceStatus.PAID), list,
            query={"currency": "LRD", "status": "PAID"}),
        Row("GET", f"{base}/retrieve/31", lambda c: res(c).retrieve(31), detail),
        Row("GET", f"{base}/retrieve/number/{number}", lambda c: res(c).retrieve_by_number(number), detail),
        Row("PUT", f"{base}/update/31", lambda c: res(c).update(31, note="Term 2", due_date=None), doc,
            body={"note": "Term 2", "due_date": None}),
        Row("POST", f"{base}/31/items/add",
            lambda c: res(c).add_item(31, name="Tuition", currency="LRD", qty=2, amount=Decimal("1250.75")),
            item, body={"name": "Tuition", "currency": "LRD", "qty": 2, "amount": 1250.75}),
        Row("PUT", f"{base}/31/items/7/update", lambda c: res(c).update_item(31, 7, qty=3), item, body={"qty": 3}),
        Row("DELETE", f"{base}/31/items/7/remove", lambda c: res(c).remove_item(31, 7), m.DeletedResponse),
        Row("PUT", f"{base}/publish/31", lambda c: res(c).publish(31), doc),
        Row("DELETE", f"{base}/cancel/31", lambda c: res(c).cancel("31"), doc),
        Row("GET", f"{base}/receipt/31", lambda c: res(c).receipt(31), receipt),
        Row("GET", f"{base}/receipt/number/{number}", lambda c: res(c).receipt_by_number(number), receipt),
    ]


ROWS += _document_rows("invoices") + _document_rows("orders")


def test_the_table_covers_every_operation_of_the_contract_once():
    contract = load_contract()
    covered = [contract.find(row.method, row.path) for row in ROWS]
    assert None not in covered
    ids = [op.operation_id for op in covered]
    assert len(ids) == len(set(ids)) == 59
    assert set(ids) == {op.operation_id for op in all_operations()}


@pytest.mark.parametrize("row", ROWS, ids=[f"{r.method} {r.path}" for r in ROWS])
async def test_operation_request_shape_and_response_parsing(row: Row, client, fake, transport):
    result = await row.call(client)

    sent = [r for r in fake.requests if r.method == row.method and r.url.path == row.path]
    assert len(sent) == 1, [f"{r.method} {r.url.path}" for r in fake.requests]
    request = sent[0]
    assert json_body(request) == row.body
    if row.query is not None:
        assert dict(request.url.params) == row.query
    assert request.headers["user-agent"].startswith("DollrDesktop/")
    if row.path != TOKEN_PATH:
        assert request.headers["authorization"].startswith("Bearer tok-")
    else:
        assert "authorization" not in request.headers
    assert isinstance(result, row.result)
    if isinstance(result, list):
        assert result and all(isinstance(x, BaseModel) for x in result)
    transport.assert_no_violations()


def test_money_fields_are_decimal_in_every_response_model():
    """No response model declares money as float."""
    for name in m.__all__:
        model = getattr(m, name)
        if isinstance(model, type) and issubclass(model, BaseModel):
            for field_name, info in model.model_fields.items():
                assert info.annotation is not float, f"{name}.{field_name} is a float"


async def test_amounts_keep_every_digit_and_never_pass_through_float(client, fake):
    fake.on("GET", "/v1/status/collection/r1", httpx.Response(
        200, content=b'{"reference_id":"r1","status":"COMPLETED","payer_amount":1234567.89,'
                     b'"payer_currency":"LRD","payee_amount":0.1,"payee_currency":"LRD",'
                     b'"operation_type":"COLLECTION"}', headers={"content-type": "application/json"}))
    execution = await client.status.collection("r1")
    assert execution.payer_amount == Decimal("1234567.89")
    assert execution.payee_amount + Decimal("0.2") == Decimal("0.3")
    assert execution.status is m.ExecutionStatus.COMPLETED


async def test_passing_money_as_float_is_refused(client):
    with pytest.raises(TypeError):
        await client.invoices.add_item(1, name="x", currency="LRD", qty=1, amount=0.1)


async def test_dates_naive_datetimes_and_strings_become_contract_date_times(client, fake):
    from datetime import date

    await client.invoices.update(1, due_date=date(2026, 2, 1))
    await client.invoices.update(1, due_date=datetime(2026, 2, 1, 9, 30))
    await client.invoices.update(1, due_date="2026-02-01T09:30:00Z")
    sent = [json_body(r)["due_date"] for r in fake.calls("PUT", "/v1/invoices/update/1")]
    assert sent[0] == "2026-02-01T00:00:00+00:00"
    assert datetime.fromisoformat(sent[1]).tzinfo is not None
    assert sent[2] == "2026-02-01T09:30:00Z"


async def test_update_sends_only_the_fields_given_and_none_as_null(client, fake):
    await client.invoices.update(1)
    await client.invoices.update_item(1, 2, amount=None)
    assert json_body(fake.calls("PUT", "/v1/invoices/update/1")[0]) == {}
    assert json_body(fake.calls("PUT", "/v1/invoices/1/items/2/update")[0]) == {"amount": None}


async def test_path_ids_are_escaped(client, fake, transport):
    example = example_response(load_contract(), "GET", "/v1/invoices/retrieve/number/x")
    fake.on("GET", "/v1/invoices/retrieve/number/INV/2026 01", lambda r: httpx.Response(200, json=example))
    await client.invoices.retrieve_by_number("INV/2026 01")
    transport.assert_no_violations()
    assert fake.requests[-1].url.raw_path == b"/v1/invoices/retrieve/number/INV%2F2026%2001"
