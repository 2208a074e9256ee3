"""Parties (`/v1/parties`) and counterparties (`/v1/counterparties`)."""
from __future__ import annotations

from typing import Any

from ..models import (
    CounterPartyResponse,
    CounterPartyWithPartyResponse,
    PartyResponse,
    RelationshipType,
)
from .base import UNSET, Resource, body, list_parser, parser, patch, seg


class PartiesResource(Resource):
    async def create(
        self, *, fullname: str, phone: str, email: str | None = None, country_code: str | None = None
    ) -> PartyResponse:
        payload = body(fullname=fullname, phone=phone, email=email, country_code=country_code)
        return await self._send("POST", "/v1/parties/create", parser(PartyResponse), payload)

    async def list(self, fullname: str | None = None) -> list[PartyResponse]:
        return await self._get("/v1/parties/list", list_parser(PartyResponse), fullname=fullname)

    async def retrieve(self, id: int | str) -> PartyResponse:
        return await self._get(f"/v1/parties/retrieve/{seg(id)}", parser(PartyResponse))


class CounterpartiesResource(Resource):
    async def create(
        self, *, relationship_type: RelationshipType | str, party_id: int | None = None
    ) -> CounterPartyResponse:
        payload = body(relationship_type=relationship_type, party_id=_int_or_none(party_id))
        return await self._send("POST", "/v1/counterparties/create", parser(CounterPartyResponse), payload)

    async def list(
        self, fullname: str | None = None, relationship_type: RelationshipType | str | None = None
    ) -> list[CounterPartyWithPartyResponse]:
        return await self._get(
            "/v1/counterparties/list", list_parser(CounterPartyWithPartyResponse),
            fullname=fullname, relationship_type=relationship_type,
        )

    async def retrieve(self, id: int | str) -> CounterPartyWithPartyResponse:
        return await self._get(
            f"/v1/counterparties/retrieve/{seg(id)}", parser(CounterPartyWithPartyResponse)
        )

    async def update(
        self, id: int | str, *, relationship_type: RelationshipType | str | None = UNSET,
        party_id: int | None = UNSET,
    ) -> CounterPartyResponse:
        payload = patch(relationship_type=relationship_type, party_id=_int_or_none(party_id))
        return await self._send(
            "PUT", f"/v1/counterparties/update/{seg(id)}", parser(CounterPartyResponse), payload
        )


def _int_or_none(value: Any) -> Any:
    if value is None or value is UNSET:
        return value
    return int(value)
