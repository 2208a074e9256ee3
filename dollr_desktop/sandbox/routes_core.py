"""Token, parties and counterparties."""
from __future__ import annotations

import hmac
from typing import Optional

from fastapi import APIRouter

from dollr_desktop.sandbox import documents as docs
from dollr_desktop.sandbox import serializers as ser
from dollr_desktop.sandbox.auth import issue_token
from dollr_desktop.sandbox.errors import parse_object_id, unauthorized
from dollr_desktop.sandbox.schemas import (CreateCounterParty, CreateParty, ObtainToken, RelationshipType,
                                           UpdateCounterParty)
from dollr_desktop.sandbox.state import SandboxState


def token_router(state: SandboxState) -> APIRouter:
    router = APIRouter()

    @router.post("/v1/jwt/client/obtain/token")
    async def obtain_token(body: ObtainToken):
        ok = hmac.compare_digest(body.client_id.encode(), state.client_id.encode()) and \
            hmac.compare_digest(body.client_secret.encode(), state.client_secret.encode())
        if not ok:
            raise unauthorized()
        return issue_token(state)

    return router


def parties_router(state: SandboxState) -> APIRouter:
    router = APIRouter()

    @router.post("/v1/parties/create")
    async def create_party(body: CreateParty):
        return ser.party(docs.create_party(state, **body.model_dump()))

    @router.get("/v1/parties/list")
    async def list_parties(fullname: Optional[str] = None):
        needle = (fullname or "").casefold()
        return [ser.party(p) for p in state.parties.values() if needle in p["fullname"].casefold()]

    @router.get("/v1/parties/retrieve/{id}")
    async def retrieve_party(id: str):
        return ser.party(docs.get_party(state, parse_object_id(id, "Party")))

    @router.post("/v1/counterparties/create")
    async def create_counterparty(body: CreateCounterParty):
        return ser.counterparty(docs.create_counterparty(
            state, relationship_type=body.relationship_type.value, party_id=body.party_id))

    @router.get("/v1/counterparties/list")
    async def list_counterparties(fullname: Optional[str] = None,
                                  relationship_type: Optional[RelationshipType] = None):
        needle = (fullname or "").casefold()
        rows = []
        for cp in state.counterparties.values():
            if relationship_type is not None and cp["relationship_type"] != relationship_type.value:
                continue
            party = state.parties.get(cp["party_id"]) or {}
            if needle and needle not in party.get("fullname", "").casefold():
                continue
            rows.append(ser.counterparty_with_party(cp, state.parties))
        return rows

    @router.get("/v1/counterparties/retrieve/{id}")
    async def retrieve_counterparty(id: str):
        cp = docs.get_counterparty(state, parse_object_id(id, "Counterparty"))
        return ser.counterparty_with_party(cp, state.parties)

    @router.put("/v1/counterparties/update/{id}")
    async def update_counterparty(id: str, body: UpdateCounterParty):
        cp = docs.get_counterparty(state, parse_object_id(id, "Counterparty"))
        rel = body.relationship_type.value if body.relationship_type else None
        return ser.counterparty(docs.update_counterparty(state, cp, relationship_type=rel,
                                                         party_id=body.party_id))

    return router
