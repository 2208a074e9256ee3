"""Typed models for everything the Dollr API returns (and the few nested request bodies)."""
from .base import DollrModel, Money, TolerantEnum, to_decimal
from .documents import (
    DeletedResponse,
    InvoiceDetailResponse,
    InvoiceItemResponse,
    InvoiceReceiptResponse,
    InvoiceResponse,
    OrderDetailResponse,
    OrderItemResponse,
    OrderReceiptResponse,
    OrderResponse,
    ReceiptItem,
)
from .enums import (
    CheckoutMode,
    ExecutionStatus,
    FeeBearer,
    MerchantType,
    OperationType,
    OwnerType,
    PaymentMethod,
    PaymentProvider,
    RelationshipType,
    SourceStatus,
    SourceType,
)
from .fees import (
    AmountAndFeePredictionResponse,
    FeeTier,
    FeeTierRateResponse,
    FeeWithProviderResponse,
    MerchantFeeResponse,
    MerchantInfoResponse,
    PredictCardPaymentInfoResponse,
    PredictPhonePaymentInfoResponse,
)
from .parties import CounterPartyResponse, CounterPartyWithPartyResponse, PartyResponse
from .payments import (
    CheckoutSessionResponse,
    CreateCheckoutSourceLinkResponse,
    ExecutionResponse,
    LinkResponse,
    ObtainTokenResponse,
    PaymentAccountResponse,
    PaymentSourceStatusResponse,
    PayoutSessionResponse,
    RealtimeTokenResponse,
    RefundSessionResponse,
    TransferSessionResponse,
)
from .requests import (
    DeviceInfoPayload,
    PasscodePayload,
    PaymentSourceItemInput,
    VerifyPasscodeTokenPayload,
)

__all__ = [name for name in dir() if not name.startswith("_")]
