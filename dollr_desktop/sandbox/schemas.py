"""Request bodies and query enums, named exactly as in the contract, so FastAPI's 422s come free."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import Enum
from typing import Annotated, Optional, Union

from pydantic import AfterValidator, BaseModel, Field, PlainSerializer, StringConstraints

MAX_AMOUNT = Decimal("1000000000")


def _amount(value: Union[int, float]) -> Decimal:
    amount = Decimal(str(value))
    if amount > MAX_AMOUNT:
        raise ValueError("Amount is too large")
    if amount != amount.quantize(Decimal("0.01")):
        raise ValueError("Amount can have at most 2 decimal places")
    return amount


Amount = Annotated[
    Union[Annotated[int, Field(ge=1)], Annotated[float, Field(ge=0.01, allow_inf_nan=False)]],
    AfterValidator(_amount),
    PlainSerializer(lambda value: value),  # model_dump() hands the Decimal on as is
]
Phone = Annotated[str, StringConstraints(min_length=8, max_length=15, pattern=r"^[1-9]\d{7,14}$")]
Currency = Annotated[str, StringConstraints(min_length=3, max_length=3)]
QueryCurrency = Annotated[str, StringConstraints(min_length=3, max_length=3, pattern=r"^[A-Z]{3}$")]


class OperationType(str, Enum):
    COLLECTION = "COLLECTION"
    PAYOUT = "PAYOUT"
    TRANSFER = "TRANSFER"
    REFUND = "REFUND"


class SourceType(str, Enum):
    INVOICE = "INVOICE"
    ORDER = "ORDER"
    SUBSCRIPTION = "SUBSCRIPTION"


class PaymentProvider(str, Enum):
    MTN_MOMO_LBR = "MTN_MOMO_LBR"
    ORANGE_MONEY_LBR = "ORANGE_MONEY_LBR"
    PAWAPAY = "PAWAPAY"
    STRIPE = "STRIPE"
    PLATFORM = "PLATFORM"


class PaymentMethod(str, Enum):
    MTN_MOMO_LBR = "MTN_MOMO_LBR"
    ORANGE_MONEY_LBR = "ORANGE_MONEY_LBR"
    AIRTEL_RWA = "AIRTEL_RWA"
    MTN_MOMO_RWA = "MTN_MOMO_RWA"
    ORANGE_MONEY_RWA = "ORANGE_MONEY_RWA"
    CREDIT_CARD = "CREDIT_CARD"
    WALLET = "WALLET"


class OwnerType(str, Enum):
    USER = "USER"
    MICRO_ORGANIZATION = "MICRO_ORGANIZATION"
    ORGANIZATION = "ORGANIZATION"


class MerchantType(str, Enum):
    MICRO_ORGANIZATION = "MICRO_ORGANIZATION"
    ORGANIZATION = "ORGANIZATION"


class SourceStatus(str, Enum):
    IDLE = "IDLE"
    ACTIVE = "ACTIVE"
    PROCESSING = "PROCESSING"
    PAID = "PAID"
    CANCELED = "CANCELED"


class FeeBearer(str, Enum):
    PAYER = "PAYER"
    PAYEE = "PAYEE"


class RelationshipType(str, Enum):
    CUSTOMER = "CUSTOMER"
    SUPPLIER = "SUPPLIER"
    EMPLOYEE = "EMPLOYEE"
    BENEFICIARY = "BENEFICIARY"
    FRIEND = "FRIEND"
    FAMILY = "FAMILY"
    DONOR = "DONOR"
    DONEE = "DONEE"
    CONTACT = "CONTACT"
    SERVICE_PROVIDER = "SERVICE_PROVIDER"
    PARTNER = "PARTNER"
    SELF = "SELF"


class ObtainToken(BaseModel):
    client_id: str
    client_secret: str


class CreateParty(BaseModel):
    fullname: str
    phone: Phone
    email: Optional[str] = None
    country_code: Optional[str] = None


class CreateCounterParty(BaseModel):
    relationship_type: RelationshipType
    party_id: Optional[int] = None


class UpdateCounterParty(BaseModel):
    relationship_type: Optional[RelationshipType] = None
    party_id: Optional[int] = None


class CreateDocument(BaseModel):
    counterparty_id: int
    currency: Currency
    note: str
    fee_bearer: str
    as_payment_link: bool
    reference_id: Optional[str] = None
    due_date: Optional[datetime] = None


class UpdateDocument(BaseModel):
    reference_id: Optional[str] = None
    note: Optional[str] = None
    fee_bearer: Optional[str] = None
    due_date: Optional[datetime] = None


class AddItem(BaseModel):
    name: str
    currency: Currency
    qty: int
    amount: Amount


class UpdateItem(BaseModel):
    name: Optional[str] = None
    qty: Optional[int] = None
    amount: Optional[Amount] = None


class CheckoutItem(BaseModel):
    name: str
    currency: Currency
    amount: Amount


class CreateCheckoutSource(BaseModel):
    mode: str
    source_kind: str
    party_phone: Phone
    currency: Currency
    items: list[CheckoutItem]
    party_name: Optional[str] = None
    party_email: Optional[str] = None
    party_relationship: Optional[str] = None
    reference_id: Optional[str] = None
    note: Optional[str] = None
    due_date: Optional[datetime] = None
    success_url: Optional[str] = None
    cancel_url: Optional[str] = None
    expires_at: Optional[datetime] = None
    counterparty_id: Optional[int] = None


class CreateCheckoutSession(BaseModel):
    source_id: int
    source_type: str


class CreatePayoutSession(BaseModel):
    payout_account_id: int
    amount: Amount
    currency: Currency


class CreateTransferSession(BaseModel):
    from_wallet_id: int
    to_counterparty_id: int
    amount: Amount
    currency: Currency
    expires_at: datetime


class CreateRefundSession(BaseModel):
    original_payment_intent_id: int
    amount: Amount
    reason: Optional[str] = None
    expires_at: datetime


class CreatePaymentAccount(BaseModel):
    account_name: str
    provider: str
    method: str
    party_id: int
    country_code: Optional[str] = None
    insensitive_account_number: Optional[str] = None


class CheckoutExecution(BaseModel):
    session_id: str
    payment_account_id: str
    currency: Currency
    reference_id: str


class PasscodeToken(BaseModel):
    code: str
    user_id: Optional[str] = None
    phone: Optional[str] = None


class DeviceInfo(BaseModel):
    name: str
    type: str
    platform: str
    user_agent: str
    client_ip: str


class Passcode(BaseModel):
    token: PasscodeToken
    device: DeviceInfo


class PayoutExecution(BaseModel):
    session_id: str
    payout_account_id: str
    reference_id: str
    passcode: Passcode


class SessionExecution(BaseModel):
    session_id: str
    reference_id: str


class CollectionRealtimeKey(BaseModel):
    session_id: int
    source_type: str
    reference_id: str
