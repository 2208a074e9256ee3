"""Tokens that expire, and the faults the control API injects."""
from __future__ import annotations

import uuid

import httpx
import pytest

from tests.unit.sandbox.helpers import ContractClient, contact, control, invoice


def test_missing_bad_and_wrong_tokens(srv, api):
    anonymous = ContractClient(srv.base_url)
    try:
        missing = anonymous.get("/v1/parties/list")
        assert missing.status_code == 401 and missing.json() == {"detail": "Not authenticated"}
        bad_login = anonymous.post("/v1/jwt/client/obtain/token",
                                   json={"client_id": srv.info["client_id"], "client_secret": "guess"})
        assert bad_login.status_code == 401 and bad_login.json() == {"detail": "Could not validate credentials"}
        anonymous.http.headers["Authorization"] = "Bearer not-a-jwt"
        garbage = anonymous.get("/v1/parties/list")
        assert garbage.status_code == 401 and garbage.json() == {"detail": "Could not validate credentials"}
    finally:
        anonymous.close()


def test_token_expires_after_expires_in_minutes(srv, api):
    token = api.sign_in(srv.info)
    assert token.count(".") == 2
    assert api.ok("GET", "/v1/parties/list") == []
    control(srv.base_url, "POST", "/_sandbox/clock/advance", json={"seconds": 59 * 60})
    assert api.get("/v1/parties/list").status_code == 200
    control(srv.base_url, "POST", "/_sandbox/clock/advance", json={"seconds": 61})
    expired = api.get("/v1/parties/list")
    assert expired.status_code == 401 and expired.json()["detail"] == "Could not validate credentials"
    api.sign_in(srv.info)
    assert api.get("/v1/parties/list").status_code == 200


def test_short_token_ttl_for_tests(srv, api):
    srv.state.token_ttl_minutes = 0.5
    response = api.ok("POST", "/v1/jwt/client/obtain/token",
                      json={"client_id": srv.info["client_id"], "client_secret": srv.info["client_secret"]})
    assert response["expires_in"] == 0  # whole minutes, rounded down: refresh now
    api.http.headers["Authorization"] = f"Bearer {response['access_token']}"
    assert api.get("/v1/parties/list").status_code == 200
    control(srv.base_url, "POST", "/_sandbox/clock/advance", json={"seconds": 31})
    assert api.get("/v1/parties/list").status_code == 401


def test_expire_tokens_fault(srv, api):
    assert api.get("/v1/parties/list").status_code == 200
    control(srv.base_url, "POST", "/_sandbox/faults", json={"expire_tokens": True})
    assert api.get("/v1/parties/list").status_code == 401
    api.sign_in(srv.info)
    assert api.get("/v1/parties/list").status_code == 200


@pytest.mark.parametrize("html", [False, True])
def test_server_errors_n_times_then_normal(srv, api, html):
    control(srv.base_url, "POST", "/_sandbox/faults",
            json={"kind": "server_error", "count": 2, "status": 502, "html": html, "path": "/v1/parties/"})
    for _ in range(2):
        response = api.get("/v1/parties/list")
        assert response.status_code == 502
        if html:
            assert response.headers["content-type"].startswith("text/html") and "Bad Gateway" in response.text
        else:
            assert response.json() == {"detail": "Internal Server Error"}
    assert api.get("/v1/parties/list").status_code == 200
    assert api.get("/v1/invoices/list").status_code == 200  # other paths were never affected
    fired = control(srv.base_url, "GET", "/_sandbox/faults").json()["fired"]
    assert [f["kind"] for f in fired] == ["server_error", "server_error"]


def test_rate_limit_has_retry_after(srv, api):
    control(srv.base_url, "POST", "/_sandbox/faults", json={"faults": [{"kind": "rate_limit", "retry_after": 7}]})
    limited = api.get("/v1/parties/list")
    assert limited.status_code == 429 and limited.headers["retry-after"] == "7"
    assert api.get("/v1/parties/list").status_code == 200


def test_dropped_connection_after_commit_leaves_one_execution(srv, api):
    party, cp = contact(api)
    doc = invoice(api, cp)
    session = api.ok("POST", "/v1/sessions/checkout", json={"source_id": doc["id"], "source_type": "INVOICE"})
    account = api.ok("POST", "/v1/payment-accounts/create", params={"operation_type": "COLLECTION"},
                     json={"account_name": "Musu", "provider": "MTN_MOMO_LBR", "method": "MTN_MOMO_LBR",
                           "party_id": party["id"], "insensitive_account_number": "231887651111"})
    control(srv.base_url, "POST", "/_sandbox/faults",
            json={"kind": "drop_after_commit", "path": "/v1/executions/collection", "method": "POST"})
    body = {"session_id": str(session["id"]), "payment_account_id": str(account["id"]), "currency": "USD",
            "reference_id": str(uuid.uuid4())}
    with pytest.raises(httpx.TransportError):
        api.http.post("/v1/executions/collection", json=body)
    rows = control(srv.base_url, "GET", "/_sandbox/executions").json()
    assert [(r["reference_id"], r["execute_requests"]) for r in rows] == [(body["reference_id"], 1)]
    # the client's correct move: ask for the status with the same id
    assert api.ok("GET", f"/v1/status/collection/{body['reference_id']}")["status"] == "PROCESSING"
    # and a blind retry with the same id is recognised, not charged twice
    assert api.ok("POST", "/v1/executions/collection", json=body)["reference_id"] == body["reference_id"]
    rows = control(srv.base_url, "GET", "/_sandbox/executions").json()
    assert [(r["reference_id"], r["execute_requests"]) for r in rows] == [(body["reference_id"], 2)]


def test_slow_response_outlasts_a_short_client_timeout(srv, api):
    control(srv.base_url, "POST", "/_sandbox/faults", json={"kind": "slow", "seconds": 1.0, "path": "/v1/fees/"})
    with pytest.raises(httpx.ReadTimeout):
        api.http.get("/v1/fees/tiers", timeout=0.2)
    assert api.get("/v1/fees/tiers").status_code == 200


def test_faults_body_is_validated_and_clearable(srv):
    for bad in [{"kind": "explode"}, {"kind": "server_error", "status": 404}, {"kind": "slow", "count": 0},
                {"kind": "rate_limit", "path": "/_sandbox/"}, {"faults": "nope"},
                {"kind": "slow", "seconds": 1e9}, {"kind": "rate_limit", "retry_after": "soon"}]:
        assert control(srv.base_url, "POST", "/_sandbox/faults", json=bad).status_code == 400, bad
    control(srv.base_url, "POST", "/_sandbox/faults", json={"kind": "server_error", "count": 5})
    assert len(control(srv.base_url, "GET", "/_sandbox/faults").json()["faults"]) == 1
    control(srv.base_url, "DELETE", "/_sandbox/faults")
    assert control(srv.base_url, "GET", "/_sandbox/faults").json()["faults"] == []


def test_control_api_is_never_faulted(srv):
    control(srv.base_url, "POST", "/_sandbox/faults", json={"kind": "server_error", "count": 3})
    assert control(srv.base_url, "GET", "/_sandbox/info").status_code == 200
    assert control(srv.base_url, "GET", "/_sandbox/executions").status_code == 200


def test_control_api_refuses_absurd_values(srv):
    for path, body in [("/_sandbox/clock/advance", {"seconds": 1e308}), ("/_sandbox/clock/advance", {"seconds": -1}),
                       ("/_sandbox/clock/advance", {"seconds": "10"}), ("/_sandbox/wallets/USD", {"balance": "1e400"}),
                       ("/_sandbox/wallets/USD", {"balance": "NaN"}), ("/_sandbox/wallets/USD", {"balance": "-1"})]:
        assert control(srv.base_url, "POST", path, json=body).status_code == 400, body
    assert control(srv.base_url, "POST", "/_sandbox/clock/advance", content=b"[1]").status_code == 400
    assert control(srv.base_url, "GET", "/_sandbox/info").status_code == 200
