"""Hosted pages a customer pays on: plain HTML forms, so a browser or an HTTP client can complete them.

/pay/{token}                       the document, a mobile money form and a card form
/pay/{token}/momo  (POST)          start a mobile money push -> status page
/pay/{token}/card  (POST)          start a card payment -> 3-D Secure page
/pay/3ds/{reference_id}            simulated 3-D Secure step (POST action=authenticate|fail)
/pay/{token}/status/{reference_id} the payment's status (refreshes itself until final)
/receipts/{token}                  the receipt of a paid document
Every value is HTML-escaped.
"""
from __future__ import annotations

import re
import time
import uuid
from html import escape
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from dollr_desktop.sandbox import documents as docs
from dollr_desktop.sandbox import payments, phones, sessions
from dollr_desktop.sandbox.errors import SandboxError
from dollr_desktop.sandbox.hosted_links import document_for_token
from dollr_desktop.sandbox.pages import page, receipt_html, status_html, pay_html, three_ds_html
from dollr_desktop.sandbox.state import SandboxState

MAX_FORM_BYTES = 16_384


async def _form(request: Request) -> dict[str, str]:
    raw = await request.body()
    if len(raw) > MAX_FORM_BYTES:
        return {}
    parsed = parse_qs(raw.decode("utf-8", "replace"), keep_blank_values=True)
    return {k: v[0].strip() for k, v in parsed.items()}


def _error(title: str, message: str, status: int) -> HTMLResponse:
    return HTMLResponse(page(title, f"<p class='error'>{escape(message)}</p>"), status_code=status)


def hosted_router(state: SandboxState) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    def load(token: str, purpose: str = "pay"):
        payments.tick(state)
        found = document_for_token(state, token, purpose)
        if found is None:
            raise _PageError("Link not found", "This link is not valid. Ask the merchant for a new one.", 404)
        return found

    @router.get("/pay/{token}", response_class=HTMLResponse)
    async def pay_page(token: str):
        try:
            link, doc = load(token)
        except _PageError as exc:
            return exc.response()
        return HTMLResponse(pay_html(state, link, doc, docs.items_of(state, doc)))

    @router.post("/pay/{token}/momo")
    async def pay_momo(token: str, request: Request):
        try:
            link, doc = load(token)
            _require_payable(state, link, doc)
            form = await _form(request)
            phone = re.sub(r"\D", "", form.get("phone", ""))
            operator = phones.detect_operator(phone)
            if operator is None:
                raise _PageError("Check the number", f"{phone or 'That'} is not a mobile money number "
                                 "we can charge. Use the full number with country code, e.g. 231881234567.", 422)
            currency = form.get("currency") or doc["currency"]
            if currency not in operator.currencies:
                currency = operator.currencies[0]
            reference = _start_collection(state, doc, method=operator.payment_method,
                                          provider=operator.gateway_provider, number=phone, currency=currency)
        except _PageError as exc:
            return exc.response()
        return RedirectResponse(f"/pay/{token}/status/{reference}", status_code=303)

    @router.post("/pay/{token}/card")
    async def pay_card(token: str, request: Request):
        try:
            link, doc = load(token)
            _require_payable(state, link, doc)
            form = await _form(request)
            number = re.sub(r"\D", "", form.get("card_number", ""))
            _check_card(number, form.get("expiry", ""), form.get("cvc", ""))
            reference = _start_collection(state, doc, method="CREDIT_CARD", provider="STRIPE", number=None,
                                          currency="USD", account_name=form.get("name") or "Card holder")
            ex = state.executions[reference]
            ex["card_outcome"] = phones.outcome_for_card(number)
            ex["card_last4"] = number[-4:]
            ex["hosted_token"] = token
        except _PageError as exc:
            return exc.response()
        return RedirectResponse(f"/pay/3ds/{reference}", status_code=303)

    @router.get("/pay/3ds/{reference_id}", response_class=HTMLResponse)
    async def three_ds_page(reference_id: str):
        ex = state.executions.get(reference_id)
        if ex is None or ex["outcome"] != "await_3ds":
            return _error("Nothing to authenticate", "This payment is not waiting for 3-D Secure.", 404)
        return HTMLResponse(three_ds_html(ex))

    @router.post("/pay/3ds/{reference_id}")
    async def three_ds_answer(reference_id: str, request: Request):
        ex = state.executions.get(reference_id)
        if ex is None:
            return _error("Nothing to authenticate", "This payment is not waiting for 3-D Secure.", 404)
        form = await _form(request)
        try:
            payments.confirm_3ds(state, ex, approved=form.get("action") == "authenticate")
        except SandboxError as exc:
            return _error("Already answered", str(exc.detail), 409)
        token = ex.get("hosted_token")
        target = f"/pay/{token}/status/{reference_id}" if token else f"/pay/3ds/{reference_id}/done"
        return RedirectResponse(target, status_code=303)

    @router.get("/pay/3ds/{reference_id}/done", response_class=HTMLResponse)
    async def three_ds_done(reference_id: str):
        return HTMLResponse(page("Authentication complete", "<p>You can close this window and return to the "
                                 "merchant.</p>"))

    @router.get("/pay/{token}/status/{reference_id}", response_class=HTMLResponse)
    async def status_page(token: str, reference_id: str):
        try:
            link, doc = load(token)
        except _PageError as exc:
            return exc.response()
        ex = state.executions.get(reference_id)
        if ex is None or ex.get("source_id") != doc["id"] or ex.get("source_type") != doc["kind"]:
            return _error("Payment not found", "We could not find this payment.", 404)
        receipt = _receipt_link(state, doc)
        return HTMLResponse(status_html(link, doc, ex, receipt))

    @router.get("/receipts/{token}", response_class=HTMLResponse)
    async def receipt_page(token: str):
        try:
            _, doc = load(token, "receipt")
        except _PageError as exc:
            return exc.response()
        if doc["status"] != "PAID":
            return _error("No receipt yet", f"{doc['number']} is not paid yet.", 404)
        return HTMLResponse(receipt_html(state, doc, docs.receipt(state, doc)))

    return router


class _PageError(Exception):
    def __init__(self, title: str, message: str, status: int) -> None:
        super().__init__(message)
        self.title, self.message, self.status = title, message, status

    def response(self) -> HTMLResponse:
        return _error(self.title, self.message, self.status)


def _require_payable(state: SandboxState, link: dict, doc: dict) -> None:
    if link.get("expires_at") and state.now() >= link["expires_at"]:
        raise _PageError("Link expired", "This checkout link has expired. Ask the merchant for a new one.", 410)
    if doc["status"] != "ACTIVE":
        words = {"PAID": "is already paid", "CANCELED": "was canceled by the merchant",
                 "PROCESSING": "has a payment in progress", "IDLE": "is not ready for payment yet"}
        raise _PageError("Cannot pay", f"{doc['number']} {words.get(doc['status'], 'cannot be paid')}.", 409)


def _check_card(number: str, expiry: str, cvc: str) -> None:
    if number not in phones.CARD_DECLINED and number not in phones.CARD_HOLD and not phones.luhn_ok(number):
        raise _PageError("Check the card", "The card number is not valid.", 422)
    match = re.fullmatch(r"(\d{1,2})\s*/\s*(\d{2}|\d{4})", expiry)
    if not match or not 1 <= int(match.group(1)) <= 12:
        raise _PageError("Check the card", "Enter the expiry date as MM/YY.", 422)
    year = int(match.group(2)) % 100 + 2000
    now = time.gmtime()
    if (year, int(match.group(1))) < (now.tm_year, now.tm_mon):
        raise _PageError("Check the card", "This card has expired.", 422)
    if not re.fullmatch(r"\d{3,4}", cvc):
        raise _PageError("Check the card", "Enter the 3 or 4 digit security code.", 422)


def _start_collection(state: SandboxState, doc: dict, *, method: str, provider: str, number: str | None,
                      currency: str, account_name: str | None = None) -> str:
    """The same three calls an API client makes: session, payment account, execution."""
    cp = state.counterparties.get(doc["counterparty_id"]) or {}
    party_id = cp.get("party_id")
    if party_id is None:
        party_id = docs.create_party(state, fullname=account_name or "Customer", phone=number or "231880000001")["id"]
    try:
        session = sessions.create_checkout_session(state, source_id=doc["id"], source_type=doc["kind"])
        account = sessions.create_payment_account(
            state, "COLLECTION", account_name=account_name or state.parties[party_id]["fullname"], provider=provider,
            method=method, party_id=party_id, country_code=None, insensitive_account_number=number)
        reference = str(uuid.uuid4())
        payments.execute_collection(state, session_id=str(session["id"]), payment_account_id=str(account["id"]),
                                    currency=currency, reference_id=reference)
    except SandboxError as exc:
        detail = exc.detail[0]["msg"] if isinstance(exc.detail, list) else str(exc.detail)
        raise _PageError("Payment not started", detail, 422) from None
    state.executions[reference]["hosted_token"] = next(
        (t for t, link in state.hosted_links.items() if link["doc_id"] == doc["id"]
         and link["doc_kind"] == doc["kind"] and link["purpose"] == "pay"), None)
    return reference


def _receipt_link(state: SandboxState, doc: dict) -> str | None:
    if doc["status"] != "PAID":
        return None
    from dollr_desktop.sandbox.hosted_links import receipt_url

    return receipt_url(state, doc)
