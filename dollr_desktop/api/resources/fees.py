"""Predictions (`/v1/predictions`), fees (`/v1/fees`) and merchant info (`/v1/merchants`)."""
from __future__ import annotations

from decimal import Decimal

from ..models import (
    AmountAndFeePredictionResponse,
    FeeBearer,
    FeeTier,
    FeeTierRateResponse,
    FeeWithProviderResponse,
    MerchantFeeResponse,
    MerchantInfoResponse,
    MerchantType,
    OperationType,
    OwnerType,
    PaymentMethod,
    PaymentProvider,
    PredictCardPaymentInfoResponse,
    PredictPhonePaymentInfoResponse,
    SourceType,
)
from .base import Resource, list_parser, parser
from .documents import _amount


class PredictionsResource(Resource):
    async def amount_and_fees(
        self,
        *,
        base_amount: Decimal | int | str,
        base_currency: str,
        target_currency: str,
        payment_method: PaymentMethod | str,
        operation_type: OperationType | str,
        provider: PaymentProvider | str,
        fee_bearer: FeeBearer | str,
        owner_type: OwnerType | str | None = None,
        owner_id: int | None = None,
    ) -> AmountAndFeePredictionResponse:
        return await self._get(
            "/v1/predictions/amount-and-fees", parser(AmountAndFeePredictionResponse),
            base_amount=_amount(base_amount), base_currency=base_currency,
            target_currency=target_currency, payment_method=payment_method,
            operation_type=operation_type, provider=provider, fee_bearer=fee_bearer,
            owner_type=owner_type, owner_id=None if owner_id is None else int(owner_id),
        )

    async def payment_source_amount_and_fees(
        self,
        *,
        target_currency: str,
        payment_method: PaymentMethod | str,
        provider: PaymentProvider | str,
        source_type: SourceType | str,
        source_id: int,
    ) -> AmountAndFeePredictionResponse:
        return await self._get(
            "/v1/predictions/payment-source/amount-and-fees", parser(AmountAndFeePredictionResponse),
            target_currency=target_currency, payment_method=payment_method, provider=provider,
            source_type=source_type, source_id=int(source_id),
        )

    async def mmo_provider_info(
        self, phone: str, operation_type: OperationType | str
    ) -> PredictPhonePaymentInfoResponse:
        return await self._get(
            "/v1/predictions/mmo-provider-info", parser(PredictPhonePaymentInfoResponse),
            phone=phone, operation_type=operation_type,
        )

    async def card_provider_info(
        self, *, payment_method_id: str, operation_type: OperationType | str, provider: PaymentProvider | str
    ) -> PredictCardPaymentInfoResponse:
        return await self._get(
            "/v1/predictions/card-provider-info", parser(PredictCardPaymentInfoResponse),
            payment_method_id=payment_method_id, operation_type=operation_type, provider=provider,
        )


class FeesResource(Resource):
    async def gateway(
        self, payment_method: PaymentMethod | str, operation_type: OperationType | str
    ) -> FeeWithProviderResponse:
        return await self._get(
            "/v1/fees/gateway", parser(FeeWithProviderResponse),
            payment_method=payment_method, operation_type=operation_type,
        )

    async def platform(self, operation_type: OperationType | str, fee_tier_name: str) -> FeeTierRateResponse:
        return await self._get(
            "/v1/fees/platform", parser(FeeTierRateResponse),
            operation_type=operation_type, fee_tier_name=fee_tier_name,
        )

    async def merchant_tier(self, owner_type: OwnerType | str, owner_id: int) -> MerchantFeeResponse:
        return await self._get(
            "/v1/fees/merchant-tier", parser(MerchantFeeResponse),
            owner_type=owner_type, owner_id=int(owner_id),
        )

    async def tiers(self) -> list[FeeTier]:
        return await self._get("/v1/fees/tiers", list_parser(FeeTier))


class MerchantsResource(Resource):
    async def merchant_info(self, merchant_id: int, merchant_type: MerchantType | str) -> MerchantInfoResponse:
        return await self._get(
            "/v1/merchants/merchant-info", parser(MerchantInfoResponse),
            merchant_id=int(merchant_id), merchant_type=merchant_type,
        )
