"""Invoice and order state machines, numbering, items and receipts."""
from __future__ import annotations

import re

import pytest

from tests.unit.sandbox.helpers import contact, control, invoice, start_collection, wait_status


@pytest.mark.parametrize("kind,prefix,items_key", [("invoices", "INV", "invoice_items"), ("orders", "ORD", "order_items")])
def test_document_lifecycle_idle_active_paid(srv, api, kind, prefix, items_key):
    party, cp = contact(api)
    doc = invoice(api, cp, kind=kind, items=((2, 3.5), (1, 10)), publish=False)
    assert doc["status"] == "IDLE"
    assert re.fullmatch(rf"{prefix}-20\d\d-\d{{5}}", doc[f"{kind[:-1]}_number"])
    detail = api.ok("GET", f"/v1/{kind}/retrieve/{doc['id']}")
    assert detail["total_amount"] == 17
    assert [i["qty"] for i in detail[items_key]] == [2, 1]
    assert detail["counterparty"]["party"]["fullname"] == "Musu Kollie"

    item_id = detail[items_key][0]["id"]
    api.ok("PUT", f"/v1/{kind}/{doc['id']}/items/{item_id}/update", json={"qty": 4})
    assert api.ok("GET", f"/v1/{kind}/retrieve/{doc['id']}")["total_amount"] == 24
    assert api.ok("PUT", f"/v1/{kind}/update/{doc['id']}", json={"note": "Updated"})["note"] == "Updated"

    published = api.ok("PUT", f"/v1/{kind}/publish/{doc['id']}")
    assert published["status"] == "ACTIVE"
    # locked after publish: no edits, no items, no second publish
    for method, path, body in [("PUT", f"/v1/{kind}/update/{doc['id']}", {"note": "late"}),
                               ("POST", f"/v1/{kind}/{doc['id']}/items/add",
                                {"name": "x", "currency": "USD", "qty": 1, "amount": 1}),
                               ("PUT", f"/v1/{kind}/{doc['id']}/items/{item_id}/update", {"qty": 1}),
                               ("DELETE", f"/v1/{kind}/{doc['id']}/items/{item_id}/remove", None),
                               ("PUT", f"/v1/{kind}/publish/{doc['id']}", None)]:
        response = api.request(method, path, json=body)
        assert response.status_code == 422, (path, response.text)
    assert api.get(f"/v1/{kind}/receipt/{doc['id']}").status_code == 404  # receipts only once PAID

    source_type = "INVOICE" if kind == "invoices" else "ORDER"
    # a phone ending 1111 keeps the payment PROCESSING until the control API settles it
    _, _, ex = start_collection(api, party, published, source_type=source_type, phone="231887651111")
    assert api.ok("GET", f"/v1/{kind}/retrieve/{doc['id']}")["status"] == "PROCESSING"
    assert api.delete(f"/v1/{kind}/cancel/{doc['id']}").status_code == 422  # no cancel while PROCESSING
    assert control(srv.base_url, "POST", f"/_sandbox/executions/{ex['reference_id']}/settle").status_code == 200
    assert wait_status(api, "collection", ex["reference_id"])["status"] == "COMPLETED"
    paid = api.ok("GET", f"/v1/{kind}/retrieve/{doc['id']}")
    assert paid["status"] == "PAID" and paid["paid_at"]
    number = paid[f"{kind[:-1]}_number"]
    by_number = api.ok("GET", f"/v1/{kind}/receipt/number/{number}")
    assert by_number == api.ok("GET", f"/v1/{kind}/receipt/{doc['id']}")
    assert by_number["reference_id"] == ex["reference_id"]
    assert api.delete(f"/v1/{kind}/cancel/{doc['id']}").status_code == 422  # PAID is terminal


def test_cancel_from_idle_and_active_then_terminal(api):
    _, cp = contact(api)
    idle = invoice(api, cp, publish=False)
    active = invoice(api, cp)
    assert api.ok("DELETE", f"/v1/invoices/cancel/{idle['id']}")["status"] == "CANCELED"
    assert api.ok("DELETE", f"/v1/invoices/cancel/{active['id']}")["status"] == "CANCELED"
    assert api.delete(f"/v1/invoices/cancel/{active['id']}").status_code == 422
    assert api.put(f"/v1/invoices/publish/{idle['id']}").status_code == 422
    response = api.post("/v1/sessions/checkout", json={"source_id": active["id"], "source_type": "INVOICE"})
    assert response.status_code == 422 and response.json()["detail"][0]["loc"] == ["body", "source_id"]


def test_numbers_are_sequential_and_retrievable(api):
    _, cp = contact(api)
    first = invoice(api, cp, publish=False)
    second = invoice(api, cp, publish=False)
    a, b = first["invoice_number"], second["invoice_number"]
    assert int(b[-5:]) == int(a[-5:]) + 1
    assert api.ok("GET", f"/v1/invoices/retrieve/number/{b}")["id"] == second["id"]
    assert api.get("/v1/invoices/retrieve/number/INV-1999-00001").status_code == 404
    assert api.get("/v1/invoices/retrieve/999999").status_code == 404
    assert api.get("/v1/invoices/retrieve/not-a-number").status_code == 404


def test_publish_needs_items_and_item_rules(api):
    _, cp = contact(api)
    doc = invoice(api, cp, items=(), publish=False)
    response = api.put(f"/v1/invoices/publish/{doc['id']}")
    assert response.status_code == 422 and "item" in response.json()["detail"][0]["msg"]
    bad = [({"name": "x", "currency": "LRD", "qty": 1, "amount": 5}, "currency"),
           ({"name": "x", "currency": "USD", "qty": 0, "amount": 5}, "qty"),
           ({"name": "x", "currency": "USD", "qty": 1, "amount": 0}, "amount"),
           ({"name": "x", "currency": "USD", "qty": 1, "amount": 1.234}, "amount"),
           ({"name": "x", "currency": "USD", "qty": 1}, "amount")]
    for body, field in bad:
        response = api.post(f"/v1/invoices/{doc['id']}/items/add", json=body, check_request=False)
        assert response.status_code == 422, body
        assert response.json()["detail"][0]["loc"][:2] == ["body", field], response.text
    item = api.ok("POST", f"/v1/invoices/{doc['id']}/items/add",
                  json={"name": "ORS", "currency": "USD", "qty": 1, "amount": 3.2})
    assert api.ok("DELETE", f"/v1/invoices/{doc['id']}/items/{item['id']}/remove") == {}
    assert api.delete(f"/v1/invoices/{doc['id']}/items/{item['id']}/remove").status_code == 404
    assert api.ok("GET", f"/v1/invoices/retrieve/{doc['id']}")["total_amount"] == 0


def test_create_rejects_unknown_counterparty_currency_and_bearer(api):
    _, cp = contact(api)
    base = {"counterparty_id": cp["id"], "currency": "USD", "note": "n", "fee_bearer": "PAYER", "as_payment_link": False}
    for field, value in [("counterparty_id", 424242), ("currency", "EUR"), ("fee_bearer", "NOBODY")]:
        response = api.post("/v1/invoices/create", json={**base, field: value})
        assert response.status_code == 422
        assert response.json()["detail"][0]["loc"] == ["body", field]


def test_list_filters_are_plain_arrays(api):
    _, cp = contact(api)
    invoice(api, cp, currency="USD")
    invoice(api, cp, currency="LRD", items=((1, 450),), publish=False)
    assert {d["currency"] for d in api.ok("GET", "/v1/invoices/list")} == {"USD", "LRD"}
    assert [d["status"] for d in api.ok("GET", "/v1/invoices/list", params={"status": "IDLE"})] == ["IDLE"]
    assert [d["currency"] for d in api.ok("GET", "/v1/invoices/list", params={"currency": "LRD"})] == ["LRD"]
    assert api.get("/v1/invoices/list", params={"currency": "usd"}, check_request=False).status_code == 422
    assert api.get("/v1/invoices/list", params={"status": "DRAFT"}, check_request=False).status_code == 422
    assert api.ok("GET", "/v1/orders/list") == []


def test_parties_and_counterparties(api):
    party, cp = contact(api, "Hawa Sirleaf", "231770918345", "SUPPLIER")
    contact(api, "Joseph Togba", "231775309182")
    assert party["country_code"] == "LR"
    assert [p["fullname"] for p in api.ok("GET", "/v1/parties/list", params={"fullname": "hawa"})] == ["Hawa Sirleaf"]
    assert api.ok("GET", f"/v1/parties/retrieve/{party['id']}") == party
    suppliers = api.ok("GET", "/v1/counterparties/list", params={"relationship_type": "SUPPLIER"})
    assert [c["party"]["fullname"] for c in suppliers] == ["Hawa Sirleaf"]
    updated = api.ok("PUT", f"/v1/counterparties/update/{cp['id']}", json={"relationship_type": "PARTNER"})
    assert updated["relationship_type"] == "PARTNER" and updated["party_id"] == party["id"]
    assert api.ok("GET", f"/v1/counterparties/retrieve/{cp['id']}")["relationship_type"] == "PARTNER"
    assert api.post("/v1/counterparties/create", json={"relationship_type": "CUSTOMER", "party_id": 9}).status_code == 422
    assert api.get("/v1/counterparties/retrieve/9999").status_code == 404
    bad = api.post("/v1/parties/create", json={"fullname": "X", "phone": "+231770918345"}, check_request=False)
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["body", "phone"]
