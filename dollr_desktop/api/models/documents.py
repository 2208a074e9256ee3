"""Invoices and orders (the contract calls both "sources"), their items and receipts."""
from __future__ import annotations

from datetime import datetime

from .base import DollrModel, Money
from .enums import FeeBearer, OwnerType, RelationshipType, SourceStatus
from .parties import CounterPartyWithPartyResponse


class _DocumentFields(DollrModel):
    id: int
    counterparty_id: int
    currency: str
    total_amount: Money
    status: SourceStatus
    note: str
    fee_bearer: FeeBearer
    due_date: datetime | None = None
    as_payment_link: bool
    owner_id: int
    owner_type: OwnerType
    created_at: datetime
    updated_at: datetime
    reference_id: str | None = None
    paid_at: datetime | None = None


class _ItemFields(DollrModel):
    id: int
    name: str
    currency: str
    qty: int
    amount: Money
    created_at: datetime
    updated_at: datetime


class InvoiceItemResponse(_ItemFields):
    pass


class OrderItemResponse(_ItemFields):
    pass


class InvoiceResponse(_DocumentFields):
    invoice_number: str


class OrderResponse(_DocumentFields):
    order_number: str


class InvoiceDetailResponse(InvoiceResponse):
    invoice_items: list[InvoiceItemResponse] = []
    counterparty: CounterPartyWithPartyResponse | None = None


class OrderDetailResponse(OrderResponse):
    order_items: list[OrderItemResponse] = []
    counterparty: CounterPartyWithPartyResponse | None = None


class ReceiptItem(DollrModel):
    id: int
    name: str
    qty: int
    amount: Money
    currency: str


class _ReceiptFields(DollrModel):
    currency: str
    total_amount: Money
    status: SourceStatus
    note: str
    due_date: datetime | None = None
    as_payment_link: bool
    fee_bearer: FeeBearer
    owner_id: int
    owner_type: OwnerType
    created_at: datetime
    counterparty_id: int
    relationship_type: RelationshipType
    counterparty_name: str
    counterparty_phone: str
    reference_id: str | None = None
    paid_at: datetime | None = None
    counterparty_email: str | None = None
    payer_amount: Money | None = None
    payer_currency: str | None = None
    payee_amount: Money | None = None
    payee_currency: str | None = None
    platform_fee: Money | None = None
    platform_currency: str | None = None
    gateway_fee: Money | None = None
    gateway_currency: str | None = None
    fx_fee: Money | None = None
    fx_rate: Money | None = None  # a decimal string on the wire
    fx_currency_from: str | None = None
    fx_currency_to: str | None = None
    payment_provider: str | None = None
    payment_method: str | None = None
    account_name: str | None = None
    gateway_confirmed_at: datetime | None = None
    provider_transaction_id: str | None = None
    items: list[ReceiptItem] = []


class InvoiceReceiptResponse(_ReceiptFields):
    invoice_id: int
    invoice_number: str


class OrderReceiptResponse(_ReceiptFields):
    order_id: int
    order_number: str


class DeletedResponse(DollrModel):
    """Item removal answers `{}`; anything the server adds is kept in `model_extra`."""

    model_config = DollrModel.model_config | {"extra": "allow"}
