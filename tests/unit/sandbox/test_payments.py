"""Collections, idempotency, test phones, sessions, wallets and the one fee model."""
from __future__ import annotations

import threading
import uuid
from decimal import Decimal

import pytest

from tests.unit.sandbox.helpers import contact, control, invoice, start_collection, wait_status

PASSCODE_DEVICE = {"name": "Till laptop", "type": "DESKTOP", "platform": "LINUX", "user_agent": "pytest",
                   "client_ip": "127.0.0.1"}


def _executions(srv) -> dict:
    return {row["reference_id"]: row for row in control(srv.base_url, "GET", "/_sandbox/executions").json()}


def test_collection_goes_through_processing_and_tells_listeners(srv, api):
    rows, threads = [], set()
    srv.state.add_execution_listener(lambda row: (rows.append(row), threads.add(threading.current_thread().name)))
    party, cp = contact(api)
    doc = invoice(api, cp)
    _, _, ex = start_collection(api, party, doc)
    assert ex["status"] == "PROCESSING"
    final = wait_status(api, "collection", ex["reference_id"])
    assert final["status"] == "COMPLETED" and final["provider_transaction_id"]
    statuses = [r["status"] for r in rows if r["reference_id"] == ex["reference_id"]]
    assert statuses == ["PENDING", "PROCESSING", "COMPLETED"]
    assert set(rows[-1]) == {"reference_id", "session_id", "source_type", "status", "gateway_message", "updated_at"}
    assert rows[-1]["source_type"] == "INVOICE"
    assert threading.main_thread().name not in threads  # called on the server's loop thread
    wallets = {w["currency"]: w["balance"] for w in control(srv.base_url, "GET", "/_sandbox/wallets").json()}
    assert wallets["USD"] == "7.00"  # the payee amount of a PAYER-borne USD invoice


def test_phone_ending_0000_fails_with_a_reason_and_reopens_the_invoice(api):
    party, cp = contact(api)
    doc = invoice(api, cp)
    _, _, ex = start_collection(api, party, doc, phone="231887650000")
    final = wait_status(api, "collection", ex["reference_id"])
    assert final["status"] == "FAILED"
    assert "insufficient funds" in final["gateway_message"]
    assert api.ok("GET", f"/v1/invoices/retrieve/{doc['id']}")["status"] == "ACTIVE"
    _, _, retry = start_collection(api, party, doc)  # a new session and reference pay it
    assert wait_status(api, "collection", retry["reference_id"])["status"] == "COMPLETED"


@pytest.mark.parametrize("action,expected", [("settle", "COMPLETED"), ("fail", "FAILED")])
def test_phone_ending_1111_waits_for_the_control_api(srv, api, action, expected):
    party, cp = contact(api)
    doc = invoice(api, cp)
    _, _, ex = start_collection(api, party, doc, phone="231887651111")
    control(srv.base_url, "POST", "/_sandbox/clock/advance", json={"seconds": 1800})
    assert api.ok("GET", f"/v1/status/collection/{ex['reference_id']}")["status"] == "PROCESSING"
    response = control(srv.base_url, "POST", f"/_sandbox/executions/{ex['reference_id']}/{action}")
    assert response.json()["status"] == expected
    assert api.ok("GET", f"/v1/status/collection/{ex['reference_id']}")["status"] == expected
    again = control(srv.base_url, "POST", f"/_sandbox/executions/{ex['reference_id']}/{action}")
    assert again.status_code == 409  # a settled payment cannot be settled twice
    assert control(srv.base_url, "POST", f"/_sandbox/executions/{uuid.uuid4()}/settle").status_code == 404


def test_settle_delay_runs_on_the_sandbox_clock(api, srv):
    srv.state.settle_delay = 120.0
    party, cp = contact(api)
    _, _, ex = start_collection(api, party, invoice(api, cp))
    assert api.ok("GET", f"/v1/status/collection/{ex['reference_id']}")["status"] == "PROCESSING"
    control(srv.base_url, "POST", "/_sandbox/clock/advance", json={"seconds": 121})
    assert api.ok("GET", f"/v1/status/collection/{ex['reference_id']}")["status"] == "COMPLETED"


def test_same_reference_same_request_is_one_execution(srv, api):
    party, cp = contact(api)
    doc = invoice(api, cp)
    session, account, first = start_collection(api, party, doc, phone="231887651111")
    body = {"session_id": str(session["id"]), "payment_account_id": str(account["id"]), "currency": "USD",
            "reference_id": first["reference_id"]}
    replay = api.ok("POST", "/v1/executions/collection", json=body)
    assert replay == first
    row = _executions(srv)[first["reference_id"]]
    assert row["execute_requests"] == 2 and len(_executions(srv)) == 1
    different = api.post("/v1/executions/collection", json={**body, "currency": "LRD"})
    assert different.status_code == 422
    assert different.json()["detail"][0]["loc"] == ["body", "reference_id"]
    assert _executions(srv)[first["reference_id"]]["execute_requests"] == 2
    not_uuid = api.post("/v1/executions/collection", json={**body, "reference_id": "order-17"})
    assert not_uuid.status_code == 422


def test_sessions_are_single_use_and_expire(srv, api):
    party, cp = contact(api)
    doc = invoice(api, cp)
    session, account, _ = start_collection(api, party, doc, phone="231887651111")
    reuse = api.post("/v1/executions/collection", json={"session_id": str(session["id"]), "currency": "USD",
                                                        "payment_account_id": str(account["id"]),
                                                        "reference_id": str(uuid.uuid4())})
    assert reuse.status_code == 422 and reuse.json()["detail"][0]["loc"] == ["body", "session_id"]
    other = invoice(api, cp)
    fresh = api.ok("POST", "/v1/sessions/checkout", json={"source_id": other["id"], "source_type": "INVOICE"})
    control(srv.base_url, "POST", "/_sandbox/clock/advance", json={"seconds": 16 * 60})
    expired = api.post("/v1/executions/collection", json={"session_id": str(fresh["id"]), "currency": "USD",
                                                          "payment_account_id": str(account["id"]),
                                                          "reference_id": str(uuid.uuid4())})
    assert expired.status_code == 422 and "expired" in expired.json()["detail"][0]["msg"]
    wrong_kind = api.post("/v1/executions/collection", json={"session_id": "999999", "currency": "USD",
                                                             "payment_account_id": str(account["id"]),
                                                             "reference_id": str(uuid.uuid4())})
    assert wrong_kind.status_code == 422


@pytest.mark.parametrize("bearer,payer_currency", [("PAYER", "LRD"), ("PAYEE", "LRD"), ("PAYER", "USD")])
def test_prediction_execution_and_receipt_agree(api, bearer, payer_currency):
    party, cp = contact(api)
    doc = invoice(api, cp, items=((3, 6.5), (2, 1.75)), fee_bearer=bearer)
    query = {"target_currency": payer_currency, "payment_method": "MTN_MOMO_LBR", "provider": "MTN_MOMO_LBR",
             "source_type": "INVOICE", "source_id": doc["id"]}
    source_prediction = api.ok("GET", "/v1/predictions/payment-source/amount-and-fees", params=query)
    prediction = api.ok("GET", "/v1/predictions/amount-and-fees", params={
        "base_amount": "23.0", "base_currency": "USD", "target_currency": payer_currency,
        "payment_method": "MTN_MOMO_LBR", "operation_type": "COLLECTION", "provider": "MTN_MOMO_LBR",
        "fee_bearer": bearer})
    assert prediction == source_prediction
    _, _, ex = start_collection(api, party, doc, currency=payer_currency)
    assert wait_status(api, "collection", ex["reference_id"])["status"] == "COMPLETED"
    receipt = api.ok("GET", f"/v1/invoices/receipt/{doc['id']}")
    for field in ("payer_amount", "payee_amount", "platform_fee", "gateway_fee"):
        assert Decimal(prediction[field]) == Decimal(str(receipt[field])), field
    assert Decimal(prediction["payer_amount"]) == Decimal(str(ex["payer_amount"]))
    assert Decimal(prediction["payee_amount"]) == Decimal(str(ex["payee_amount"]))
    fees = Decimal(prediction["platform_fee"]) + Decimal(prediction["gateway_fee"]) + Decimal(prediction["fx_fee"] or 0)
    if payer_currency == "USD":
        assert prediction["fx_fee"] is None and receipt["fx_rate"] is None
        expected_payer = Decimal("23.00") + fees if bearer == "PAYER" else Decimal("23.00")
        assert Decimal(prediction["payer_amount"]) == expected_payer
    else:
        assert receipt["fx_rate"] == "185.500000" and receipt["fx_currency_to"] == "LRD"
        assert Decimal(str(receipt["fx_fee"])) == Decimal(prediction["fx_fee"])
    if bearer == "PAYEE":
        assert Decimal(prediction["payee_amount"]) < Decimal("23.00")
        assert Decimal(prediction["payer_amount"]) == Decimal("23.00") * Decimal("185.50")


def _payout_setup(srv, api, phone="231776205381", amount=50, currency="USD"):
    party, _ = contact(api, "Bushrod Pharma", phone, "SUPPLIER")
    info = api.ok("GET", "/v1/predictions/mmo-provider-info", params={"phone": phone, "operation_type": "PAYOUT"})
    account = api.ok("POST", "/v1/payment-accounts/create", params={"operation_type": "PAYOUT"},
                     json={"account_name": "Bushrod Pharma", "provider": info["gateway_provider"],
                           "method": info["payment_method"], "party_id": party["id"],
                           "insensitive_account_number": phone})
    session = api.ok("POST", "/v1/sessions/payout", json={"payout_account_id": account["id"], "amount": amount,
                                                          "currency": currency})
    return account, session


def _payout(api, srv, account, session, code=None, reference_id=None):
    return api.post("/v1/executions/payout", json={
        "session_id": str(session["id"]), "payout_account_id": str(account["id"]),
        "reference_id": reference_id or str(uuid.uuid4()),
        "passcode": {"token": {"code": code or srv.info["passcode"], "phone": srv.info["passcode_phone"]},
                     "device": PASSCODE_DEVICE}})


def test_payout_checks_passcode_and_debits_amount_plus_fee(srv, api):
    control(srv.base_url, "POST", "/_sandbox/wallets/USD", json={"balance": "100.00"})
    account, session = _payout_setup(srv, api)
    assert session["wallet_id"] == 1 and session["status"] == "ACTIVE"
    wrong = _payout(api, srv, account, session, code="000000")
    assert wrong.status_code == 422 and wrong.json()["detail"][0]["loc"][-1] == "code"
    assert _executions(srv) == {}  # a refused passcode moves nothing
    ex = _payout(api, srv, account, session).json()
    final = wait_status(api, "payout", ex["reference_id"])
    assert final["status"] == "COMPLETED"
    assert final["payee_amount"] == 50 and final["payer_amount"] == 50 + 0.5 + 0.25  # 1% gateway + 0.5% platform
    balance = control(srv.base_url, "GET", "/_sandbox/wallets").json()[0]["balance"]
    assert balance == "49.25"


def test_five_wrong_passcodes_lock_payouts_for_a_while(srv, api):
    control(srv.base_url, "POST", "/_sandbox/wallets/USD", json={"balance": "100.00"})
    account, session = _payout_setup(srv, api)
    for _ in range(5):
        assert _payout(api, srv, account, session, code="111111").status_code == 422
    locked = _payout(api, srv, account, session)  # even the right code, for now
    assert locked.status_code == 403 and "locked" in locked.json()["detail"]
    control(srv.base_url, "POST", "/_sandbox/clock/advance", json={"seconds": 15 * 60 + 1})
    api.sign_in(srv.info)
    session = api.ok("POST", "/v1/sessions/payout", json={"payout_account_id": account["id"], "amount": 50,
                                                          "currency": "USD"})
    assert _payout(api, srv, account, session).json()["status"] == "PROCESSING"


def test_payout_beyond_the_balance_fails_and_keeps_the_money(srv, api):
    control(srv.base_url, "POST", "/_sandbox/wallets/USD", json={"balance": "20.00"})
    account, session = _payout_setup(srv, api)
    ex = _payout(api, srv, account, session).json()
    assert ex["status"] == "FAILED" and "Insufficient" in ex["wallet_message"]
    assert control(srv.base_url, "GET", "/_sandbox/wallets").json()[0]["balance"] == "20.00"


def test_failed_payout_returns_the_reserved_money(srv, api):
    control(srv.base_url, "POST", "/_sandbox/wallets/USD", json={"balance": "100.00"})
    account, session = _payout_setup(srv, api, phone="231776200000")
    ex = _payout(api, srv, account, session).json()
    assert ex["status"] == "PROCESSING"
    assert wait_status(api, "payout", ex["reference_id"])["status"] == "FAILED"
    assert control(srv.base_url, "GET", "/_sandbox/wallets").json()[0]["balance"] == "100.00"
    assert api.get(f"/v1/status/collection/{ex['reference_id']}").status_code == 404  # wrong operation


def test_transfer_and_refund(srv, api):
    party, cp = contact(api)
    doc = invoice(api, cp, items=((1, 40),))
    _, _, ex = start_collection(api, party, doc)
    wait_status(api, "collection", ex["reference_id"])
    intent = next(r for r in _executions(srv).values())["payment_intent_id"]
    refund_session = api.ok("POST", "/v1/sessions/refund", json={
        "original_payment_intent_id": intent, "amount": 15, "reason": "Returned item",
        "expires_at": "2099-01-01T00:00:00Z"})
    too_much = api.post("/v1/sessions/refund", json={"original_payment_intent_id": intent, "amount": 41,
                                                     "expires_at": "2099-01-01T00:00:00Z"})
    assert too_much.status_code == 422
    refund = api.ok("POST", "/v1/executions/refund", json={"session_id": str(refund_session["id"]),
                                                           "reference_id": str(uuid.uuid4())})
    assert wait_status(api, "refund", refund["reference_id"])["status"] == "COMPLETED"
    transfer_session = api.ok("POST", "/v1/sessions/transfer", json={
        "from_wallet_id": 1, "to_counterparty_id": cp["id"], "amount": 5, "currency": "USD",
        "expires_at": "2099-01-01T00:00:00Z"})
    transfer = api.ok("POST", "/v1/executions/transfer", json={"session_id": str(transfer_session["id"]),
                                                               "reference_id": str(uuid.uuid4())})
    assert wait_status(api, "transfer", transfer["reference_id"])["status"] == "COMPLETED"
    assert control(srv.base_url, "GET", "/_sandbox/wallets").json()[0]["balance"] == "20.00"  # 40 - 15 - 5


def test_payment_accounts_match_operator_and_provider(api):
    party, _ = contact(api)
    base = {"account_name": "Musu", "party_id": party["id"]}
    orange_on_mtn = api.post("/v1/payment-accounts/create", params={"operation_type": "COLLECTION"},
                             json={**base, "provider": "MTN_MOMO_LBR", "method": "MTN_MOMO_LBR",
                                   "insensitive_account_number": "231770918345"})
    assert orange_on_mtn.status_code == 422 and orange_on_mtn.json()["detail"][0]["loc"] == ["body", "method"]
    bad_pair = api.post("/v1/payment-accounts/create", params={"operation_type": "COLLECTION"},
                        json={**base, "provider": "STRIPE", "method": "MTN_MOMO_LBR"})
    assert bad_pair.status_code == 422 and bad_pair.json()["detail"][0]["loc"] == ["body", "provider"]
    no_party = api.post("/v1/payment-accounts/create", params={"operation_type": "COLLECTION"},
                        json={**base, "party_id": 777, "provider": "STRIPE", "method": "CREDIT_CARD"})
    assert no_party.status_code == 422
    card = api.ok("POST", "/v1/payment-accounts/create", params={"operation_type": "COLLECTION"},
                  json={**base, "provider": "STRIPE", "method": "CREDIT_CARD"})
    assert card["is_active"] and card["party_id"] == party["id"]
