"""The published document being paid, and who pays it: what the collect dialog is opened on."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class CollectTarget:
    source_type: str
    source_id: int
    source_number: str
    total: Decimal
    currency: str
    counterparty_id: int | None = None
    party_id: int | None = None
    customer_name: str = ""
    phone: str = ""
    email: str = ""
    payment_link: bool = True
    language: str | None = None    # the customer's language for the messages shared with them
