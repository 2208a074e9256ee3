"""Every closed set the contract (and NOTES.md) defines. All tolerate unknown values."""
from __future__ import annotations

from .base import TolerantEnum


class OperationType(TolerantEnum):
    COLLECTION = "COLLECTION"
    PAYOUT = "PAYOUT"
    TRANSFER = "TRANSFER"
    REFUND = "REFUND"


class SourceType(TolerantEnum):
    INVOICE = "INVOICE"
    ORDER = "ORDER"
    SUBSCRIPTION = "SUBSCRIPTION"


class PaymentProvider(TolerantEnum):
    MTN_MOMO_LBR = "MTN_MOMO_LBR"
    ORANGE_MONEY_LBR = "ORANGE_MONEY_LBR"
    PAWAPAY = "PAWAPAY"
    STRIPE = "STRIPE"
    PLATFORM = "PLATFORM"


class PaymentMethod(TolerantEnum):
    MTN_MOMO_LBR = "MTN_MOMO_LBR"
    ORANGE_MONEY_LBR = "ORANGE_MONEY_LBR"
    AIRTEL_RWA = "AIRTEL_RWA"
    MTN_MOMO_RWA = "MTN_MOMO_RWA"
    ORANGE_MONEY_RWA = "ORANGE_MONEY_RWA"
    CREDIT_CARD = "CREDIT_CARD"
    WALLET = "WALLET"

    @property
    def is_mobile_money(self) -> bool:
        return self not in (PaymentMethod.CREDIT_CARD, PaymentMethod.WALLET) and self.is_known


class OwnerType(TolerantEnum):
    USER = "USER"
    MICRO_ORGANIZATION = "MICRO_ORGANIZATION"
    ORGANIZATION = "ORGANIZATION"


class MerchantType(TolerantEnum):
    MICRO_ORGANIZATION = "MICRO_ORGANIZATION"
    ORGANIZATION = "ORGANIZATION"


class SourceStatus(TolerantEnum):
    """Invoice/order lifecycle: IDLE → ACTIVE → PROCESSING → PAID; IDLE/ACTIVE → CANCELED."""

    IDLE = "IDLE"
    ACTIVE = "ACTIVE"
    PROCESSING = "PROCESSING"
    PAID = "PAID"
    CANCELED = "CANCELED"


class FeeBearer(TolerantEnum):
    PAYER = "PAYER"
    PAYEE = "PAYEE"


class RelationshipType(TolerantEnum):
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


class ExecutionStatus(TolerantEnum):
    """PENDING → PROCESSING → COMPLETED | FAILED. PROCESSING is not a failure."""

    PENDING = "PENDING"
    PROCESSING = "PROCESSING"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"

    @property
    def is_final(self) -> bool:
        return self in (ExecutionStatus.COMPLETED, ExecutionStatus.FAILED)


class CheckoutMode(TolerantEnum):
    HOSTED = "HOSTED"
    DIRECT = "DIRECT"
