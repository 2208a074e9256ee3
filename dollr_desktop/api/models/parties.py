"""Parties (people and businesses) and counterparties (a party's relationship to the merchant)."""
from __future__ import annotations

from datetime import datetime

from .base import DollrModel
from .enums import RelationshipType


class PartyResponse(DollrModel):
    id: int
    fullname: str
    created_at: datetime
    updated_at: datetime
    email: str | None = None
    phone: str | None = None
    country_code: str | None = None


class CounterPartyResponse(DollrModel):
    id: int
    owner_party_type: str
    owner_party_id: int
    relationship_type: RelationshipType
    created_at: datetime
    updated_at: datetime
    party_id: int | None = None


class CounterPartyWithPartyResponse(DollrModel):
    id: int
    owner_party_type: str
    owner_party_id: int
    relationship_type: RelationshipType
    created_at: datetime
    updated_at: datetime
    party: PartyResponse | None = None
