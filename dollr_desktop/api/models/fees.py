"""Fee schedules, amount/fee predictions and merchant info."""
from __future__ import annotations

from datetime import datetime

from .base import DollrModel, Money
from .enums import OperationType, OwnerType, PaymentMethod, PaymentProvider


class AmountAndFeePredictionResponse(DollrModel):
    """All amounts are decimal strings on the wire; here they are Decimals."""

    payer_amount: Money
    payer_currency: str
    payee_amount: Money
    payee_currency: str
    platform_fee: Money
    platform_currency: str
    fx_fee: Money | None = None
    gateway_fee: Money | None = None
    gateway_currency: str | None = None


class PredictPhonePaymentInfoResponse(DollrModel):
    """Use `payment_method` and `gateway_provider` verbatim for the payment account."""

    carrier: str
    country: str
    currencies: list[str]
    phone: str
    payment_method: PaymentMethod
    gateway_provider: PaymentProvider
    operation_type: OperationType


class PredictCardPaymentInfoResponse(DollrModel):
    brand: str
    country: str | None = None
    currencies: list[str]
    payment_method: PaymentMethod
    gateway_provider: PaymentProvider
    operation_type: OperationType | None = None
    payment_method_id: str | None = None


class FeeTier(DollrModel):
    id: int
    name: str
    is_default: bool
    created_at: datetime
    updated_at: datetime


class FeeWithProviderResponse(DollrModel):
    id: int
    provider_id: int
    operation_type: OperationType
    payment_method: PaymentMethod
    percentage: Money
    created_at: datetime
    updated_at: datetime
    fixed_fee: Money | None = None
    fixed_fee_currency: str | None = None
    effective_from: datetime | None = None
    effective_to: datetime | None = None


class FeeTierRateResponse(DollrModel):
    id: int
    operation_type: OperationType
    percentage: Money
    fx_percentage: Money
    effective_from: datetime
    created_at: datetime
    payment_method: PaymentMethod | None = None
    fixed_fee: Money | None = None
    fixed_fee_currency: str | None = None
    effective_to: datetime | None = None
    tier: FeeTier | None = None


class MerchantFeeResponse(DollrModel):
    id: int
    owner_type: OwnerType
    owner_id: int
    assigned_at: datetime
    assigned_by: str | None = None
    tier: FeeTier | None = None


class MerchantInfoResponse(DollrModel):
    id: int
    name: str
    type: str
    email: str | None = None
    phone: str | None = None
