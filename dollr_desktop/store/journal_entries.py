"""What the payment journal holds: states, the request a person confirmed, and one entry."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from dollr_desktop.store.rows import dumps, money_text


class PaymentState(StrEnum):
    SUBMITTING = "SUBMITTING"   # committed; the execute request may be on its way
    PENDING = "PENDING"
    PROCESSING = "PROCESSING"   # waiting for the payer / the operator: not a failure
    UNKNOWN = "UNKNOWN"         # the request may have reached Dollr and the answer was lost
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    NOT_FOUND = "NOT_FOUND"     # Dollr never received it: no money moved; a new attempt may be offered


OPEN_STATES = frozenset({PaymentState.SUBMITTING, PaymentState.PENDING, PaymentState.PROCESSING,
                         PaymentState.UNKNOWN})
FINAL_STATES = frozenset({PaymentState.COMPLETED, PaymentState.FAILED, PaymentState.NOT_FOUND})

_SERVER_STATES = {
    "PENDING": PaymentState.PENDING, "PROCESSING": PaymentState.PROCESSING,
    "COMPLETED": PaymentState.COMPLETED, "SUCCESS": PaymentState.COMPLETED,
    "SUCCESSFUL": PaymentState.COMPLETED, "SUCCEEDED": PaymentState.COMPLETED,
    "PAID": PaymentState.COMPLETED, "FAILED": PaymentState.FAILED,
    "FAILURE": PaymentState.FAILED, "REJECTED": PaymentState.FAILED,
    "CANCELED": PaymentState.FAILED, "CANCELLED": PaymentState.FAILED,
    "EXPIRED": PaymentState.FAILED,
    "REFUSED": PaymentState.FAILED,  # ours: Dollr answered 4xx to the execute, nothing happened
}


def state_for_server_status(status: str) -> PaymentState:
    """Map Dollr's execution status to ours; anything unrecognised stays open (never a failure)."""
    return _SERVER_STATES.get(status.upper(), PaymentState.PROCESSING)


@dataclass(frozen=True)
class PaymentRequest:
    """What is known when the person confirms, before anything is sent."""

    kind: str                      # "COLLECTION", "PAYOUT" or "REFUND"
    lock_key: str                  # e.g. "INVOICE:12": one open payment per key
    amount: Decimal                # what the payer pays (execution currency)
    currency: str
    source_type: str | None = None
    source_id: int | None = None
    source_number: str | None = None
    counterparty_id: int | None = None
    party_id: int | None = None
    party_name: str | None = None
    session_id: int | None = None
    account_id: int | None = None
    account_number: str | None = None
    method: str | None = None
    provider: str | None = None
    payee_amount: Decimal | None = None
    payee_currency: str | None = None
    quote: dict[str, Any] = field(default_factory=dict)
    retry_of: str | None = None
    payment_intent_id: int | None = None   # a refund: the refunded payment's intent id
    refund_of: str | None = None           # a refund: the refunded payment's key ("INVOICE:12")
    reason: str | None = None              # a refund: why, as the merchant typed it


@dataclass(frozen=True)
class JournalEntry:
    reference_id: str
    kind: str
    state: PaymentState
    lock_key: str
    source_type: str | None
    source_id: int | None
    source_number: str | None
    counterparty_id: int | None
    party_id: int | None
    party_name: str | None
    session_id: int | None
    account_id: int | None
    account_number: str | None
    method: str | None
    provider: str | None
    amount: Decimal
    currency: str
    payee_amount: Decimal | None
    payee_currency: str | None
    quote: dict[str, Any]
    fingerprint: str
    server_status: str | None
    server_message: str | None
    provider_transaction_id: str | None
    owner_run: str
    retry_of: str | None
    superseded_by: str | None
    follow_up: tuple[str, ...]
    check_count: int
    created_at: str
    updated_at: str
    last_checked_at: str | None
    finished_at: str | None
    reconciled_at: str | None
    last_sent_at: str | None     # the latest moment a request for this id may have left
    sending_until: str | None    # no request for this id leaves after this (any process)
    late_at: str | None          # Dollr answered after the attempt had been concluded NOT_FOUND
    failure_code: str | None     # whose side failed, e.g. "payout.recipient_declined"
    payment_intent_id: int | None = None   # from the execute/status answer, or the refunded one's
    refund_of: str | None = None
    reason: str | None = None

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    @property
    def is_final(self) -> bool:
        return self.state in FINAL_STATES

    @property
    def is_late(self) -> bool:
        """An answer came for an attempt already taken as never received: say so loudly."""
        return self.late_at is not None

    @property
    def may_retry(self) -> bool:
        """Dollr never saw this attempt, so a new attempt (with a new id) cannot double-charge."""
        return self.state is PaymentState.NOT_FOUND and self.superseded_by is None


def request_fingerprint(reference_id: str, request: PaymentRequest) -> str:
    """A digest of what the execute request carries, to recognise it in logs and support."""
    body = {
        "kind": request.kind, "reference_id": reference_id, "session_id": request.session_id,
        "account_id": request.account_id, "amount": money_text(request.amount),
        "currency": request.currency, "source": [request.source_type, request.source_id],
    }
    return hashlib.sha256(dumps(body).encode()).hexdigest()


def entry_from_row(row: dict[str, Any]) -> JournalEntry:
    row["state"] = PaymentState(row["state"])
    row["amount"] = Decimal(row["amount"])
    row["payee_amount"] = None if row["payee_amount"] is None else Decimal(row["payee_amount"])
    row["quote"] = json.loads(row["quote"])
    row["follow_up"] = tuple(json.loads(row["follow_up"]))
    return JournalEntry(**row)
