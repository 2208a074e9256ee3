"""Hosted payment/receipt links and `POST /v1/checkouts/create`.

A link is an unguessable token on the sandbox's own origin (`/pay/{token}`, `/receipts/{token}`)
that maps to one document; the pages themselves live in hosted.py.
"""
from __future__ import annotations

import secrets

from dollr_desktop.sandbox import documents as docs
from dollr_desktop.sandbox import sessions
from dollr_desktop.sandbox import serializers as ser
from dollr_desktop.sandbox.errors import unprocessable
from dollr_desktop.sandbox.fees import USD_RATES
from dollr_desktop.sandbox.schemas import CreateCheckoutSource
from dollr_desktop.sandbox.state import SandboxState

CHECKOUT_TTL = 24 * 3600
MODES = ("HOSTED", "DIRECT")


def _token_for(state: SandboxState, doc: dict, purpose: str, **extra) -> dict:
    for link in state.hosted_links.values():
        if link["doc_kind"] == doc["kind"] and link["doc_id"] == doc["id"] and link["purpose"] == purpose \
                and not extra:
            return link
    link = {"token": secrets.token_urlsafe(12), "doc_kind": doc["kind"], "doc_id": doc["id"], "purpose": purpose,
            "success_url": None, "cancel_url": None, "expires_at": None, **extra}
    state.hosted_links[link["token"]] = link
    return link


def pay_url(state: SandboxState, doc: dict) -> str:
    return f"{state.base_url}/pay/{_token_for(state, doc, 'pay')['token']}"


def receipt_url(state: SandboxState, doc: dict) -> str:
    return f"{state.base_url}/receipts/{_token_for(state, doc, 'receipt')['token']}"


def document_for_token(state: SandboxState, token: str, purpose: str) -> tuple[dict, dict] | None:
    link = state.hosted_links.get(token)
    if link is None or link["purpose"] != purpose:
        return None
    doc = state.table(docs.KIND_TABLE[link["doc_kind"]]).get(link["doc_id"])
    return (link, doc) if doc is not None else None


def _party_for_phone(state: SandboxState, body: CreateCheckoutSource) -> dict:
    for party in state.parties.values():
        if party["phone"] == body.party_phone:
            return party
    return docs.create_party(state, fullname=body.party_name or f"Customer {body.party_phone[-4:]}",
                             phone=body.party_phone, email=body.party_email)


def _counterparty_for(state: SandboxState, party: dict, body: CreateCheckoutSource) -> dict:
    if body.counterparty_id is not None:
        cp = state.counterparties.get(body.counterparty_id)
        if cp is None:
            raise unprocessable(["body", "counterparty_id"], f"Counterparty {body.counterparty_id} does not exist")
        return cp
    relationship = body.party_relationship or "CUSTOMER"
    for cp in state.counterparties.values():
        if cp["party_id"] == party["id"]:
            return cp
    from dollr_desktop.sandbox.schemas import RelationshipType

    if relationship not in RelationshipType.__members__:
        raise unprocessable(["body", "party_relationship"], f"Unknown relationship type {relationship}")
    return docs.create_counterparty(state, relationship_type=relationship, party_id=party["id"])


def create_checkout(state: SandboxState, body: CreateCheckoutSource) -> dict:
    if body.mode not in MODES:
        raise unprocessable(["body", "mode"], "mode must be HOSTED or DIRECT")
    if body.source_kind not in docs.KIND_TABLE:
        raise unprocessable(["body", "source_kind"], "source_kind must be INVOICE or ORDER")
    sessions.require_verified(state)
    if body.currency not in USD_RATES:
        raise unprocessable(["body", "currency"], f"Currency {body.currency} is not supported; use USD, LRD or RWF")
    if not body.items:
        raise unprocessable(["body", "items"], "Add at least one item")
    expires_at = body.expires_at.timestamp() if body.expires_at else state.now() + CHECKOUT_TTL
    if expires_at <= state.now():
        raise unprocessable(["body", "expires_at"], "expires_at must be in the future")
    for index, item in enumerate(body.items):
        if item.currency != body.currency:
            raise unprocessable(["body", "items", index, "currency"],
                                f"Item currency {item.currency} must match {body.currency}")
    party = _party_for_phone(state, body)
    cp = _counterparty_for(state, party, body)
    doc = docs.create_document(state, body.source_kind, counterparty_id=cp["id"], currency=body.currency,
                               note=body.note or "Checkout", fee_bearer="PAYER", as_payment_link=True,
                               reference_id=body.reference_id,
                               due_date=body.due_date.timestamp() if body.due_date else None)
    for item in body.items:
        docs.add_item(state, doc, name=item.name, currency=item.currency, qty=1, amount=item.amount,
                      loc_name="items")
    docs.publish(state, doc)
    link = _token_for(state, doc, "pay", success_url=body.success_url, cancel_url=body.cancel_url,
                      expires_at=expires_at)
    config_id = state.next_id("checkout_config", 41)
    return {"mode": body.mode, "source_type": doc["kind"], "source_id": doc["id"], "source_number": doc["number"],
            "source_status": doc["status"], "counterparty_id": cp["id"], "party_id": party["id"],
            "currency": doc["currency"], "total_amount": ser.num(doc["total_amount"]),
            "source_checkout_config_id": config_id, "url": f"{state.base_url}/pay/{link['token']}",
            "reference_id": doc["reference_id"], "due_date": ser.iso(doc["due_date"]),
            "expires_at": ser.iso(expires_at), "hosted_path_or_token": link["token"],
            "success_url": body.success_url, "cancel_url": body.cancel_url}
