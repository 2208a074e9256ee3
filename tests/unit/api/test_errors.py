"""Errors a merchant can act on, odd replies that must not crash, and the base-URL rules."""
from __future__ import annotations

from decimal import Decimal

import httpx
import pytest

from dollr_desktop.api import DollrClient, check_base_url, errors, models as m

from .conftest import CLIENT_SECRET

PARTY = "/v1/parties/retrieve/1"
CREATE = "/v1/parties/create"
PROXY_PAGE = """<!DOCTYPE html><html><head><title>502 Bad Gateway</title>
<style>body { color: red }</style></head><body><center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx/1.25.3</center></body></html>"""


@pytest.mark.parametrize("status, cls", [
    (401, errors.AuthenticationError), (403, errors.ForbiddenError), (404, errors.NotFoundError),
    (422, errors.ValidationError), (429, errors.RateLimitedError), (500, errors.ServerError),
    (409, errors.ApiError),
])
async def test_each_status_maps_to_its_error_with_a_merchant_sentence(client, fake, status, cls):
    fake.on("POST", CREATE, httpx.Response(status, json={"detail": "Nope"}))
    with pytest.raises(cls) as caught:
        await client.parties.create(fullname="Musu", phone="231770000001")
    error = caught.value
    assert type(error) is cls
    assert error.status_code == status
    assert error.user_message.endswith(".") and len(error.user_message) > 20
    assert "Nope" in error.details
    assert error.method == "POST" and error.path == CREATE


async def test_html_error_page_from_a_proxy_becomes_a_server_error(client, fake, sleeps):
    fake.on("GET", PARTY, httpx.Response(502, text=PROXY_PAGE, headers={"content-type": "text/html"}))
    with pytest.raises(errors.ServerError) as caught:
        await client.parties.retrieve(1)
    error = caught.value
    assert error.status_code == 502
    assert "502 Bad Gateway" in error.details and "nginx" in error.details
    assert "<" not in error.details and "color: red" not in error.details
    assert "try again" in error.user_message


async def test_html_page_with_status_200_is_an_unreadable_reply_not_a_crash(client, fake):
    fake.on("GET", PARTY, httpx.Response(200, text="<html><body>Log in to the hotel wifi</body></html>"))
    with pytest.raises(errors.ServerError) as caught:
        await client.parties.retrieve(1)
    assert "does not understand" in caught.value.user_message


async def test_422_detail_locations_become_field_errors(client, fake):
    detail = [
        {"loc": ["body", "phone"], "msg": "String should match pattern", "type": "string_pattern_mismatch",
         "input": "12"},
        {"loc": ["body", "items", 0, "amount"], "msg": "Input should be greater than 0", "type": "greater_than"},
        {"loc": ["body", "items", 0, "amount"], "msg": "second problem", "type": "x"},
        {"loc": ["query", "currency"], "msg": "Field required", "type": "missing"},
    ]
    fake.on("POST", CREATE, httpx.Response(422, json={"detail": detail}))
    with pytest.raises(errors.ValidationError) as caught:
        await client.parties.create(fullname="Musu", phone="231770000001")
    assert caught.value.field_errors == {
        "phone": "String should match pattern",
        "items.0.amount": "Input should be greater than 0; second problem",
        "currency": "Field required",
    }
    assert "phone" in caught.value.user_message


async def test_422_with_a_business_rule_sentence(client, fake):
    fake.on("PUT", "/v1/invoices/publish/3", httpx.Response(422, json={"detail": "Invoice not publishable"}))
    with pytest.raises(errors.ValidationError) as caught:
        await client.invoices.publish(3)
    assert caught.value.field_errors == {}
    assert "Invoice not publishable" in caught.value.user_message


async def test_echoed_passcode_in_a_422_never_reaches_the_error(client, fake):
    detail = [{"loc": ["body", "passcode", "token", "code"], "msg": "Invalid passcode", "type": "value_error",
               "input": {"code": "482913"}}]
    fake.on("POST", "/v1/executions/payout", httpx.Response(422, json={"detail": detail}))
    with pytest.raises(errors.ValidationError) as caught:
        await client.executions.payout(session_id=1, payout_account_id=2, reference_id="r", passcode={
            "token": {"code": "482913", "phone": "231770000001"},
            "device": {"name": "d", "type": "DESKTOP", "platform": "LINUX", "user_agent": "ua", "client_ip": "::1"}})
    error = caught.value
    assert error.field_errors == {"passcode.token.code": "Invalid passcode"}
    assert "482913" not in f"{error} {error.details} {error.body!r} {error.user_message}"


def test_field_errors_from_odd_detail_shapes():
    assert errors.field_errors_from_detail("text") == {}
    assert errors.field_errors_from_detail([{"loc": ["body"], "msg": "bad json"}]) == {"body": "bad json"}
    assert errors.field_errors_from_detail([{"msg": "no loc"}, "junk"]) == {"body": "no loc"}


async def test_old_fastapi_403_not_authenticated_is_treated_like_401(client, fake):
    fake.on("GET", PARTY, httpx.Response(403, json={"detail": "Not authenticated"}),
            lambda r: httpx.Response(200, json={"id": 1, "fullname": "M", "created_at": "2025-01-01T00:00:00Z",
                                                "updated_at": "2025-01-01T00:00:00Z"}))
    assert (await client.parties.retrieve(1)).id == 1
    assert fake.token_calls() == 2


async def test_unverified_merchant_gets_forbidden_with_next_step(client, fake):
    fake.on("GET", "/v1/links/pay", httpx.Response(403, json={"detail": "Merchant not verified"}))
    with pytest.raises(errors.ForbiddenError) as caught:
        await client.links.pay("INVOICE", "INV-1")
    assert "verified" in caught.value.user_message


async def test_unknown_enum_values_from_the_server_do_not_crash(client, fake):
    body = {"id": 1, "invoice_number": "INV-1", "counterparty_id": 2, "currency": "LRD", "total_amount": "10.00",
            "status": "ON_HOLD", "note": "", "fee_bearer": "SPLIT", "due_date": None, "as_payment_link": False,
            "owner_id": 3, "owner_type": "COOPERATIVE", "created_at": "2025-01-01T00:00:00Z",
            "updated_at": "2025-01-01T00:00:00Z", "brand_new_field": {"x": 1}}
    fake.on("GET", "/v1/invoices/list", httpx.Response(200, json=[body]))
    [invoice] = await client.invoices.list()
    assert invoice.status == "ON_HOLD" and not invoice.status.is_known
    assert isinstance(invoice.status, m.SourceStatus)
    assert invoice.fee_bearer == "SPLIT" and invoice.owner_type == "COOPERATIVE"
    assert invoice.total_amount == Decimal("10.00")
    assert m.SourceStatus("PAID") is m.SourceStatus.PAID and m.SourceStatus.PAID.is_known
    assert not hasattr(invoice, "brand_new_field")


def test_execution_status_finality():
    assert m.ExecutionStatus("COMPLETED").is_final and m.ExecutionStatus("FAILED").is_final
    assert not m.ExecutionStatus("PROCESSING").is_final
    assert not m.ExecutionStatus("QUEUED").is_final


@pytest.mark.parametrize("url", [
    None, "https://api.heydollr.app", "http://127.0.0.1:8765", "http://localhost:1", "http://[::1]:9000",
    "http://127.5.6.7", "https://example.org/",
])
def test_allowed_base_urls(url):
    assert check_base_url(url).startswith(("https://", "http://"))


@pytest.mark.parametrize("url", [
    "http://api.heydollr.app", "http://192.168.1.10:8000", "http://10.0.0.1", "ftp://api.heydollr.app",
    "api.heydollr.app", "http://localhost.evil.com", "http://app.localhost", "http://[::2]",
])
def test_plain_http_to_another_machine_is_refused(url):
    with pytest.raises(ValueError, match="https://"):
        check_base_url(url)


def test_default_base_url_and_no_secret_in_repr():
    api = DollrClient(None, "client-1", CLIENT_SECRET)
    assert api.base_url == "https://api.heydollr.app"
    assert CLIENT_SECRET not in repr(api) and CLIENT_SECRET not in repr(api.auth)


async def test_an_unparseable_execution_reply_names_fields_but_not_their_values(client, fake):
    fake.on("GET", "/v1/status/collection/r-1", httpx.Response(200, json={
        "reference_id": "r-1", "status": "PROCESSING", "payer_amount": "lots", "payer_currency": "LRD",
        "payee_amount": 1, "payee_currency": "LRD", "operation_type": "COLLECTION",
        "client_secret": {"nested": "pi_999_secret_zzzzzzzzzz"}}))
    with pytest.raises(errors.ServerError) as caught:
        await client.status.collection("r-1")
    details = caught.value.details
    assert "payer_amount" in details and "client_secret" in details
    assert "pi_999_secret_zzzzzzzzzz" not in details and "lots" not in details


def test_tls_certificates_and_host_names_are_always_verified():
    import ssl

    api = DollrClient(None, "client-1", CLIENT_SECRET)
    context = api._http._transport._pool._ssl_context  # httpx internals: no public accessor
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert api._http.follow_redirects is False  # a redirect must not carry the token elsewhere


async def test_a_certificate_failure_is_not_retried_and_says_what_to_check(client, fake, sleeps):
    import ssl

    error = httpx.ConnectError("certificate verify failed")
    error.__cause__ = ssl.SSLCertVerificationError("certificate verify failed: unable to get local issuer")
    fake.on("GET", PARTY, error)
    with pytest.raises(errors.ApiConnectionError) as caught:
        await client.parties.retrieve(1)
    assert "date and time" in caught.value.user_message
    assert len(fake.calls("GET", PARTY)) == 1 and sleeps == []
