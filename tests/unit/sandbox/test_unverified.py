"""An unverified merchant: payouts, payment links and refunds answer 403."""
from __future__ import annotations

import uuid

from tests.unit.sandbox.helpers import contact, invoice


def test_verification_gated_features_are_forbidden(srv, api):
    party, cp = contact(api)
    doc = invoice(api, cp)
    srv.state.verified = False
    gated = [
        ("GET", "/v1/links/pay", {"params": {"source_type": "INVOICE", "source_number": doc["invoice_number"]}}),
        ("POST", "/v1/checkouts/create", {"json": {"mode": "HOSTED", "source_kind": "INVOICE",
                                                   "party_phone": "231886214570", "currency": "USD",
                                                   "items": [{"name": "x", "currency": "USD", "amount": 1}]}}),
        ("POST", "/v1/sessions/payout", {"json": {"payout_account_id": 1, "amount": 5, "currency": "USD"}}),
        ("POST", "/v1/sessions/refund", {"json": {"original_payment_intent_id": 1, "amount": 5,
                                                  "expires_at": "2099-01-01T00:00:00Z"}}),
        ("POST", "/v1/executions/payout", {"json": {
            "session_id": "1", "payout_account_id": "1", "reference_id": str(uuid.uuid4()),
            "passcode": {"token": {"code": "1"}, "device": {"name": "a", "type": "b", "platform": "c",
                                                            "user_agent": "d", "client_ip": "e"}}}}),
        ("POST", "/v1/executions/refund", {"json": {"session_id": "1", "reference_id": str(uuid.uuid4())}}),
    ]
    for method, path, kw in gated:
        response = api.request(method, path, **kw)
        assert response.status_code == 403, (path, response.text)
        assert "verified" in response.json()["detail"]
    # everything else keeps working
    assert api.ok("GET", f"/v1/invoices/retrieve/{doc['id']}")["status"] == "ACTIVE"
    assert api.ok("POST", "/v1/sessions/checkout", json={"source_id": doc["id"], "source_type": "INVOICE"})
