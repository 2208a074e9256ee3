"""Checkout links, sessions, payment accounts, executions and their status."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import AliasChoices, Field, field_validator

from .base import DollrModel, LooseInt, Money
from .enums import CheckoutMode, ExecutionStatus, OperationType, SourceStatus, SourceType


class ObtainTokenResponse(DollrModel):
    access_token: str
    expires_in: int  # MINUTES (unlike RealtimeTokenResponse.expires_in)


class CreateCheckoutSourceLinkResponse(DollrModel):
    """The document `POST /checkouts/create` made, already payable, with its hosted page url."""

    mode: CheckoutMode
    source_type: SourceType
    source_id: int
    source_number: str
    source_status: SourceStatus
    counterparty_id: int
    party_id: int
    currency: str
    total_amount: Money
    source_checkout_config_id: int
    url: str
    reference_id: str | None = None
    due_date: datetime | None = None
    expires_at: datetime | None = None
    hosted_path_or_token: str | None = None
    success_url: str | None = None
    cancel_url: str | None = None


class LinkResponse(DollrModel):
    url: str


class CheckoutSessionResponse(DollrModel):
    id: int
    source_id: int
    source_type: SourceType
    status: str
    expires_at: datetime
    created_at: datetime
    updated_at: datetime
    payment_account_id: LooseInt | None = None


class PayoutSessionResponse(DollrModel):
    id: int
    wallet_id: int
    payout_account_id: int
    amount: Money
    currency: str
    status: str
    expires_at: datetime
    created_at: datetime
    updated_at: datetime


class TransferSessionResponse(DollrModel):
    id: int
    from_wallet_id: int
    to_counterparty_id: int
    amount: Money
    currency: str
    status: str
    expires_at: datetime
    created_at: datetime
    updated_at: datetime


class RefundSessionResponse(DollrModel):
    id: int
    original_payment_intent_id: int
    amount: Money
    reason: str | None = None
    status: str
    expires_at: datetime
    created_at: datetime
    updated_at: datetime


class PaymentAccountResponse(DollrModel):
    """Note: the wallet number sent at creation is not echoed; keep it client-side."""

    id: int
    account_name: str
    provider: str
    method: str
    party_id: int
    is_active: bool
    created_at: datetime
    updated_at: datetime
    country_code: str | None = None


class ExecutionResponse(DollrModel):
    reference_id: str
    status: ExecutionStatus
    payer_amount: Money
    payer_currency: str
    payee_currency: str
    payee_amount: Money
    operation_type: OperationType
    provider_transaction_id: str | None = None
    gateway_message: str | None = None
    wallet_message: str | None = None
    client_secret: str | None = None  # Stripe 3DS: never log it
    requires_action: bool | None = None
    # Not in the reconstructed contract, but Dollr's docs say a refund's original_payment_intent_id
    # comes "from the collection execution response": read whatever such field is there, tolerantly.
    payment_intent_id: int | None = Field(
        default=None, validation_alias=AliasChoices("payment_intent_id", "original_payment_intent_id",
                                                    "payment_intent", "intent_id"))

    @field_validator("payment_intent_id", mode="before")
    @classmethod
    def _intent_id(cls, value: Any) -> int | None:
        if isinstance(value, dict):
            value = value.get("id")
        if isinstance(value, bool):
            return None
        if isinstance(value, int):
            return value if value > 0 else None
        if isinstance(value, str) and value.strip().isdigit():
            return int(value.strip())
        return None


class PaymentSourceStatusResponse(DollrModel):
    source_id: int
    source_type: SourceType
    source_number: str
    status: SourceStatus
    currency: str
    total_amount: Money
    paid_at: datetime | None = None


class RealtimeTokenResponse(DollrModel):
    access_token: str
    expires_in: int  # SECONDS (unlike ObtainTokenResponse.expires_in)
