"""The contract checker itself: it must catch what it claims to catch (else every test using it lies)."""
from __future__ import annotations

import gzip
import json

import httpx
import pytest

from tests.contract.openapi_examples import example_response
from tests.contract.openapi_validation import (
    all_operations,
    load_contract,
    validate_request,
    validate_response,
)
from tests.contract.validating_transport import ValidatingTransport

AUTH = {"Authorization": "Bearer abc"}
COLLECT = "/v1/executions/collection"
GOOD_COLLECT = {"session_id": "1", "payment_account_id": "2", "currency": "LRD", "reference_id": "r"}


def test_a_conforming_request_has_no_violations():
    assert validate_request("POST", COLLECT, None, GOOD_COLLECT, headers=AUTH) == []
    assert validate_request("GET", "/v1/status/source", {"source_type": "INVOICE", "source_id": "12"},
                            headers=AUTH) == []


@pytest.mark.parametrize("body, needle", [
    ({**GOOD_COLLECT, "session_id": 1}, "session_id"),  # integer where the contract says string
    ({**GOOD_COLLECT, "sesion_id": "1"}, "sesion_id"),  # a typo'd extra field
    ({k: v for k, v in GOOD_COLLECT.items() if k != "reference_id"}, "reference_id"),
])
def test_request_body_violations_are_caught(body, needle):
    problems = validate_request("POST", COLLECT, None, body, headers=AUTH)
    assert problems and needle in " ".join(problems)


def test_query_violations_are_caught():
    assert validate_request("GET", "/v1/invoices/list", {"currency": "lrd"}, headers=AUTH)
    assert validate_request("GET", "/v1/invoices/list", {"page": "2"}, headers=AUTH)
    assert validate_request("GET", "/v1/status/source", {"source_type": "INVOICE"}, headers=AUTH)
    assert validate_request("GET", "/v1/status/source", {"source_type": "INVOICE", "source_id": "x"}, headers=AUTH)
    assert validate_request("GET", "/v1/invoices/list", [("status", "PAID"), ("status", "IDLE")], headers=AUTH)


def test_missing_bearer_token_and_unknown_paths_and_stray_bodies_are_caught():
    assert validate_request("POST", COLLECT, None, GOOD_COLLECT, headers={})
    assert validate_request("POST", "/v1/jwt/client/obtain/token", None,
                            {"client_id": "a", "client_secret": "b"}, headers={}) == []
    assert validate_request("GET", "/v1/nowhere", headers=AUTH)
    assert validate_request("PUT", "/v1/invoices/publish/1", None, {"x": 1}, headers=AUTH)
    assert validate_request("POST", COLLECT, None, None, headers=AUTH)


def test_literal_paths_win_over_parameters():
    contract = load_contract()
    assert contract.find("GET", "/v1/invoices/retrieve/number/INV-1").path.endswith("{invoice_number}")
    assert contract.find("GET", "/v1/invoices/retrieve/7").path.endswith("/retrieve/{id}")


def test_response_checks():
    contract = load_contract()
    good = example_response(contract, "GET", "/v1/status/collection/r")
    assert validate_response("GET", "/v1/status/collection/r", 200, good) == []
    assert validate_response("GET", "/v1/status/collection/r", 200, {**good, "payer_amount": "10"})
    assert validate_response("GET", "/v1/status/collection/r", 200, {**good, "extra": 1}) == []
    assert validate_response("GET", "/v1/status/collection/r", 200, {**good, "extra": 1}, strict=True)
    assert validate_response("GET", "/v1/status/collection/r", 201, good)  # undocumented success
    assert validate_response("GET", "/v1/status/collection/r", 503, None) == []  # undocumented error: fine
    assert validate_response("GET", "/v1/status/collection/r", 422, {"detail": "x"})


def test_every_operation_has_a_valid_example_response():
    contract = load_contract()
    for op in all_operations():
        path = op.path.replace("{", "").replace("}", "")
        example = example_response(contract, op.method, path)
        assert contract.validate_response(op.method, path, 200, example, strict=True) == [], op.path


async def test_the_transport_records_violations_and_passes_responses_through_intact():
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/_sandbox/info":
            return httpx.Response(200, json={"anything": True})
        body = gzip.compress(json.dumps({"access_token": "t", "expires_in": "60"}).encode())
        return httpx.Response(200, content=body, headers={"content-encoding": "gzip", "content-type": "application/json"})

    transport = ValidatingTransport(httpx.MockTransport(handler))
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as http:
        response = await http.post("/v1/jwt/client/obtain/token", json={"client_id": "a", "client_secret": "b"})
        assert response.json() == {"access_token": "t", "expires_in": "60"}
        await http.get("/_sandbox/info")  # outside /v1: not checked
        await http.post("/v1/parties/create", content=b"not json", headers={"content-type": "application/json", **AUTH})
    assert len(transport.exchanges) == 2
    assert any("expires_in" in v for v in transport.violations)
    assert any("not valid JSON" in v for v in transport.violations)
    with pytest.raises(AssertionError):
        transport.assert_no_violations()


def test_the_sync_transport_checks_the_same_way():
    from tests.contract.validating_transport import ValidatingSyncTransport

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"access_token": "t", "expires_in": 60})

    transport = ValidatingSyncTransport(httpx.MockTransport(handler))
    with httpx.Client(transport=transport, base_url="http://127.0.0.1") as http:
        assert http.post("/v1/jwt/client/obtain/token", json={"client_id": "a", "client_secret": "b"}).json()["expires_in"] == 60
        http.post("/v1/jwt/client/obtain/token", json={"client_id": "a"})
    assert len(transport.exchanges) == 2
    assert transport.exchanges[0].violations == []
    assert any("client_secret" in v for v in transport.exchanges[1].violations)
