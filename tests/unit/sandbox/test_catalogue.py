"""Every contract operation is served; predictions, fees, merchant info and realtime keys."""
from __future__ import annotations

import uuid

import pytest
from fastapi.routing import APIRoute

from dollr_desktop.sandbox import jwt_hs256
from tests.contract.openapi_validation import all_operations
from tests.unit.sandbox.helpers import contact, invoice, start_collection


def _api_routes(routes):
    for route in routes:
        inner = getattr(route, "original_router", None)  # FastAPI >= 0.16x wraps included routers
        if inner is not None:
            yield from _api_routes(inner.routes)
        elif isinstance(route, APIRoute):
            yield route


def test_all_59_operations_have_a_route(srv):
    served = {(method, route.path) for route in _api_routes(srv.app.routes) for method in route.methods}
    wanted = {(op.method, op.path) for op in all_operations()}
    assert len(wanted) == 59
    assert wanted - served == set()
    assert {path for _, path in served - wanted if path.startswith("/v1")} == set()  # nothing invented


@pytest.mark.parametrize("phone,method,provider,country", [
    ("231881234567", "MTN_MOMO_LBR", "MTN_MOMO_LBR", "LR"), ("231551234567", "MTN_MOMO_LBR", "MTN_MOMO_LBR", "LR"),
    ("231771234567", "ORANGE_MONEY_LBR", "ORANGE_MONEY_LBR", "LR"),
    ("250781234567", "MTN_MOMO_RWA", "PAWAPAY", "RW"), ("250791234567", "MTN_MOMO_RWA", "PAWAPAY", "RW"),
    ("250721234567", "AIRTEL_RWA", "PAWAPAY", "RW"), ("250731234567", "AIRTEL_RWA", "PAWAPAY", "RW")])
def test_mmo_detection_uses_real_prefixes(api, phone, method, provider, country):
    info = api.ok("GET", "/v1/predictions/mmo-provider-info", params={"phone": phone, "operation_type": "COLLECTION"})
    assert (info["payment_method"], info["gateway_provider"], info["country"]) == (method, provider, country)


@pytest.mark.parametrize("phone", ["231661234567", "250751234567", "2348031234567", "23188123456"])
def test_unknown_operator_is_a_field_error(api, phone):
    response = api.get("/v1/predictions/mmo-provider-info", params={"phone": phone, "operation_type": "PAYOUT"})
    assert response.status_code == 422 and response.json()["detail"][0]["loc"] == ["query", "phone"]


def test_fees_and_tiers_agree_with_predictions(api):
    gateway = api.ok("GET", "/v1/fees/gateway", params={"payment_method": "MTN_MOMO_LBR", "operation_type": "COLLECTION"})
    platform = api.ok("GET", "/v1/fees/platform", params={"operation_type": "COLLECTION", "fee_tier_name": "default"})
    prediction = api.ok("GET", "/v1/predictions/amount-and-fees", params={
        "base_amount": 200, "base_currency": "USD", "target_currency": "USD", "payment_method": "MTN_MOMO_LBR",
        "operation_type": "COLLECTION", "provider": "MTN_MOMO_LBR", "fee_bearer": "PAYER"})
    assert float(prediction["gateway_fee"]) == 200 * gateway["percentage"] / 100
    assert float(prediction["platform_fee"]) == 200 * float(platform["percentage"]) / 100
    assert api.get("/v1/fees/platform", params={"operation_type": "COLLECTION", "fee_tier_name": "gold"}).status_code == 404
    assert [t["name"] for t in api.ok("GET", "/v1/fees/tiers")] == ["default", "growth"]
    info = api.ok("GET", "/v1/merchants/merchant-info", params={"merchant_id": 4127, "merchant_type": "MICRO_ORGANIZATION"})
    tier = api.ok("GET", "/v1/fees/merchant-tier", params={"owner_type": info["type"], "owner_id": info["id"]})
    assert tier["tier"]["name"] == "default"
    assert api.get("/v1/merchants/merchant-info", params={"merchant_id": 1, "merchant_type": "ORGANIZATION"}).status_code == 404
    card = api.ok("GET", "/v1/predictions/card-provider-info", params={
        "payment_method_id": "pm_card_mastercard", "operation_type": "COLLECTION", "provider": "STRIPE"})
    assert card["brand"] == "mastercard" and card["gateway_provider"] == "STRIPE"


def test_realtime_key_is_a_short_lived_jwt_for_one_payment(srv, api):
    party, cp = contact(api)
    doc = invoice(api, cp)
    session, _, ex = start_collection(api, party, doc, phone="231887651111")
    key = api.ok("POST", "/v1/realtime-keys/collection", json={"session_id": session["id"], "source_type": "INVOICE",
                                                                "reference_id": ex["reference_id"]})
    assert key["expires_in"] == 600  # seconds, unlike the access token's minutes
    claims = jwt_hs256.decode(key["access_token"], srv.state.jwt_secret)
    assert claims["session_id"] == session["id"] and claims["reference_id"] == ex["reference_id"]
    assert claims["role"] and claims["exp"]
    stranger = api.post("/v1/realtime-keys/collection", json={"session_id": 424242, "source_type": "INVOICE",
                                                              "reference_id": str(uuid.uuid4())})
    assert stranger.status_code == 422


def test_source_status_and_source_prediction(api):
    _, cp = contact(api)
    doc = invoice(api, cp, currency="LRD", items=((2, 450),))
    status = api.ok("GET", "/v1/status/source", params={"source_type": "INVOICE", "source_id": doc["id"]})
    assert status["status"] == "ACTIVE" and status["total_amount"] == 900 and status["paid_at"] is None
    assert api.get("/v1/status/source", params={"source_type": "ORDER", "source_id": doc["id"]}).status_code == 404
