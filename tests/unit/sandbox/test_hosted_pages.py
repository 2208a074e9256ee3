"""Hosted payment pages: a customer pays by posting plain HTML forms."""
from __future__ import annotations

import re

import httpx
import pytest

from tests.unit.sandbox.helpers import contact, invoice


@pytest.fixture
def browser(srv):
    client = httpx.Client(base_url=srv.base_url, follow_redirects=True, timeout=10.0)
    yield client
    client.close()


def _checkout(api, **extra) -> dict:
    body = {"mode": "HOSTED", "source_kind": "INVOICE", "party_phone": "231886214570", "currency": "USD",
            "items": [{"name": "Coartem x24", "currency": "USD", "amount": 8}], "party_name": "Musu Kollie", **extra}
    return api.ok("POST", "/v1/checkouts/create", json=body)


def _wait_page(browser, url: str, title: str) -> httpx.Response:
    for _ in range(200):
        page = browser.get(url)
        if f"<h1>{title}</h1>" in page.text:
            return page
    raise AssertionError(page.text)


def test_checkout_then_pay_by_mobile_money_form(srv, api, browser):
    checkout = _checkout(api, success_url="https://shop.example/thanks?a=1&b=2")
    assert checkout["source_status"] == "ACTIVE" and checkout["url"].startswith(srv.base_url + "/pay/")
    page = browser.get(checkout["url"])
    assert page.status_code == 200 and "INV-" in page.text and "USD 8.00" in page.text
    action = re.search(r"action='([^']+/momo)'", page.text).group(1)
    status = browser.post(action, data={"phone": "231 886 214 570", "currency": "LRD"})
    assert status.status_code == 200 and "/status/" in str(status.url)
    done = _wait_page(browser, str(status.url), "Payment received")
    assert "LRD" in done.text and "https://shop.example/thanks?a=1&amp;b=2" in done.text
    receipt_url = re.search(r"href='([^']+/receipts/[^']+)'", done.text).group(1)
    receipt = browser.get(receipt_url)
    assert receipt.status_code == 200 and "Coartem x24" in receipt.text
    source = api.ok("GET", "/v1/status/source", params={"source_type": "INVOICE", "source_id": checkout["source_id"]})
    assert source["status"] == "PAID"
    link = api.ok("GET", "/v1/links/receipt", params={"source_type": "INVOICE",
                                                      "source_number": checkout["source_number"]})
    assert browser.get(link["url"]).status_code == 200


@pytest.mark.parametrize("card,answer,title", [("4242 4242 4242 4242", "authenticate", "Payment received"),
                                               ("4000000000000002", "authenticate", "Payment failed"),
                                               ("4242424242424242", "fail", "Payment failed")])
def test_card_goes_through_3d_secure(api, browser, card, answer, title):
    checkout = _checkout(api)
    page = browser.get(checkout["url"])
    action = re.search(r"action='([^']+/card)'", page.text).group(1)
    challenge = browser.post(action, data={"name": "Musu", "card_number": card, "expiry": "12/39", "cvc": "123"})
    assert "<h1>3-D Secure check</h1>" in challenge.text
    confirm = re.search(r"action='(/pay/3ds/[^']+)'", challenge.text).group(1)
    result = browser.post(confirm, data={"action": answer})
    _wait_page(browser, str(result.url), title)


def test_bad_form_input_gets_a_page_not_a_crash(api, browser):
    checkout = _checkout(api)
    base = checkout["url"]
    assert browser.post(base + "/momo", data={"phone": "12345"}).status_code == 422
    assert browser.post(base + "/momo", content=b"\xff\xfe=%%%").status_code == 422
    assert browser.post(base + "/card", data={"card_number": "4242424242424241", "expiry": "12/39",
                                              "cvc": "123"}).status_code == 422
    assert browser.post(base + "/card", data={"card_number": "4242424242424242", "expiry": "01/20",
                                              "cvc": "123"}).status_code == 422
    assert browser.get(base + "x").status_code == 404


def test_every_value_is_escaped(api, browser):
    party, cp = contact(api, "<script>alert(1)</script>", "231886214570")
    doc = invoice(api, cp, note="<img src=x onerror=alert(2)>")
    link = api.ok("GET", "/v1/links/pay", params={"source_type": "INVOICE", "source_number": doc["invoice_number"]})
    page = browser.get(link["url"]).text
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "<script>" not in page.split("</style>")[1]


def test_links_follow_the_document_state(api):
    _, cp = contact(api)
    draft = invoice(api, cp, publish=False)
    params = {"source_type": "INVOICE", "source_number": draft["invoice_number"]}
    assert api.get("/v1/links/pay", params=params).status_code == 422  # not published
    assert api.get("/v1/links/receipt", params=params).status_code == 422  # not paid
    assert api.get("/v1/links/pay", params={**params, "source_number": "INV-2026-99999"}).status_code == 404
    subscription = api.get("/v1/links/pay", params={**params, "source_type": "SUBSCRIPTION"})
    assert subscription.status_code == 422


def test_card_collection_through_the_api_waits_for_3d_secure(api, browser):
    party, cp = contact(api)
    doc = invoice(api, cp)
    session = api.ok("POST", "/v1/sessions/checkout", json={"source_id": doc["id"], "source_type": "INVOICE"})
    account = api.ok("POST", "/v1/payment-accounts/create", params={"operation_type": "COLLECTION"},
                     json={"account_name": "Musu", "provider": "STRIPE", "method": "CREDIT_CARD",
                           "party_id": party["id"]})
    ex = api.ok("POST", "/v1/executions/collection", json={
        "session_id": str(session["id"]), "payment_account_id": str(account["id"]), "currency": "USD",
        "reference_id": "6f1c2a77-0d1e-4f55-9a43-5b0c7d2e8f10"})
    assert ex["requires_action"] is True and ex["client_secret"].startswith("pi_")
    assert api.ok("GET", f"/v1/status/collection/{ex['reference_id']}")["status"] == "PROCESSING"
    page = browser.get(f"/pay/3ds/{ex['reference_id']}")
    assert "3-D Secure" in page.text
    browser.post(f"/pay/3ds/{ex['reference_id']}", data={"action": "authenticate"})
    for _ in range(100):
        final = api.ok("GET", f"/v1/status/collection/{ex['reference_id']}")
        if final["status"] == "COMPLETED":
            break
    assert final["status"] == "COMPLETED" and final["requires_action"] is False
