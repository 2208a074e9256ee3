"""A contract-checking HTTP client for the sandbox tests, and small flows the tests share."""
from __future__ import annotations

import time
import uuid
from collections import Counter
from typing import Any

import httpx

from tests.contract.openapi_validation import load_contract

# Tallies for the closing report: how many requests/responses were checked against the contract.
CHECKS: Counter = Counter()


class ContractClient:
    """httpx.Client whose every /v1 exchange is validated against openapi.yaml.

    Success responses are checked strictly (no field the contract does not name); error bodies
    leniently (FastAPI adds `input`/`ctx` to 422 items). Requests are checked strictly unless the
    test sends something malformed on purpose (`check_request=False`).
    """

    def __init__(self, base_url: str, token: str | None = None) -> None:
        self.http = httpx.Client(base_url=base_url, timeout=10.0)
        if token:
            self.http.headers["Authorization"] = f"Bearer {token}"
        self.contract = load_contract()

    def close(self) -> None:
        self.http.close()

    def request(self, method: str, path: str, *, json: Any = None, params: dict | None = None,
                check_request: bool = True, **kw) -> httpx.Response:
        params = {k: v for k, v in (params or {}).items() if v is not None}
        if check_request and path.startswith("/v1/"):
            problems = self.contract.validate_request(method, path, {k: str(v) for k, v in params.items()}, json,
                                                      has_body=json is not None)
            assert not problems, problems
            CHECKS["requests"] += 1
        response = self.http.request(method, path, json=json, params=params, **kw)
        if path.startswith("/v1/"):
            body = response.json() if response.headers.get("content-type", "").startswith("application/json") \
                else None
            problems = self.contract.validate_response(method, path, response.status_code, body,
                                                       strict=response.is_success)
            assert not problems, problems
            CHECKS["responses"] += 1
            if response.status_code == 422:
                detail = response.json()["detail"]
                assert isinstance(detail, list) and all({"loc", "msg", "type"} <= set(d) for d in detail)
            elif response.status_code >= 400 and body is not None:
                assert isinstance(response.json()["detail"], str)
        return response

    def get(self, path: str, **kw) -> httpx.Response:
        return self.request("GET", path, **kw)

    def post(self, path: str, **kw) -> httpx.Response:
        return self.request("POST", path, **kw)

    def put(self, path: str, **kw) -> httpx.Response:
        return self.request("PUT", path, **kw)

    def delete(self, path: str, **kw) -> httpx.Response:
        return self.request("DELETE", path, **kw)

    def ok(self, method: str, path: str, **kw) -> Any:
        response = self.request(method, path, **kw)
        assert response.status_code == 200, (response.status_code, response.text)
        return response.json()


    def sign_in(self, info: dict) -> str:
        token = self.ok("POST", "/v1/jwt/client/obtain/token",
                        json={"client_id": info["client_id"], "client_secret": info["client_secret"]})["access_token"]
        self.http.headers["Authorization"] = f"Bearer {token}"
        return token


def contact(api: ContractClient, name: str = "Musu Kollie", phone: str = "231886214570",
            relationship: str = "CUSTOMER") -> tuple[dict, dict]:
    party = api.ok("POST", "/v1/parties/create", json={"fullname": name, "phone": phone})
    cp = api.ok("POST", "/v1/counterparties/create", json={"relationship_type": relationship, "party_id": party["id"]})
    return party, cp


def invoice(api: ContractClient, cp: dict, *, currency: str = "USD", items=((2, 3.5),), publish: bool = True,
            fee_bearer: str = "PAYER", kind: str = "invoices", note: str = "Pharmacy items") -> dict:
    doc = api.ok("POST", f"/v1/{kind}/create", json={"counterparty_id": cp["id"], "currency": currency, "note": note,
                                                      "fee_bearer": fee_bearer, "as_payment_link": True})
    for qty, amount in items:
        api.ok("POST", f"/v1/{kind}/{doc['id']}/items/add",
               json={"name": "Amoxicillin 500mg", "currency": currency, "qty": qty, "amount": amount})
    if publish:
        doc = api.ok("PUT", f"/v1/{kind}/publish/{doc['id']}")
    return doc


def start_collection(api: ContractClient, party: dict, doc: dict, *, phone: str | None = None,
                     currency: str | None = None, source_type: str = "INVOICE",
                     reference_id: str | None = None) -> tuple[dict, dict, dict]:
    """Session, payment account, execution: returns (session, account, execution response)."""
    phone = phone or party["phone"]
    session = api.ok("POST", "/v1/sessions/checkout", json={"source_id": doc["id"], "source_type": source_type})
    info = api.ok("GET", "/v1/predictions/mmo-provider-info", params={"phone": phone, "operation_type": "COLLECTION"})
    account = api.ok("POST", "/v1/payment-accounts/create", params={"operation_type": "COLLECTION"},
                     json={"account_name": party["fullname"], "provider": info["gateway_provider"],
                           "method": info["payment_method"], "party_id": party["id"],
                           "insensitive_account_number": phone})
    execution = api.ok("POST", "/v1/executions/collection",
                       json={"session_id": str(session["id"]), "payment_account_id": str(account["id"]),
                             "currency": currency or doc["currency"], "reference_id": reference_id or str(uuid.uuid4())})
    return session, account, execution


def wait_status(api: ContractClient, operation: str, reference_id: str, statuses=("COMPLETED", "FAILED"),
                timeout: float = 5.0) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        body = api.ok("GET", f"/v1/status/{operation}/{reference_id}")
        if body["status"] in statuses or time.monotonic() > deadline:
            return body
        time.sleep(0.02)


_control_client: httpx.Client | None = None


def control(base_url: str, method: str, path: str, **kw) -> httpx.Response:
    """Call the sandbox's control API (one shared client: building an httpx.Client is not free)."""
    global _control_client
    if _control_client is None:
        _control_client = httpx.Client(timeout=10.0)
    return _control_client.request(method, base_url + path, **kw)
