"""Predictions, fees, merchant info, payment/receipt links and hosted checkouts."""
from __future__ import annotations

from decimal import Decimal
from typing import Optional

from fastapi import APIRouter

from dollr_desktop.sandbox import documents as docs
from dollr_desktop.sandbox import fees, hosted_links, phones, sessions
from dollr_desktop.sandbox import serializers as ser
from dollr_desktop.sandbox.errors import SandboxError, not_found, unprocessable
from dollr_desktop.sandbox.schemas import (CreateCheckoutSource, FeeBearer, MerchantType, OperationType, OwnerType,
                                           PaymentMethod, PaymentProvider, Phone, QueryCurrency, SourceType)
from dollr_desktop.sandbox.schemas import MAX_AMOUNT
from dollr_desktop.sandbox.state import SandboxState

EPOCH = 1767225600.0  # 2026-01-01: when the sandbox's fee schedule took effect
TIER_IDS = {"default": 1, "growth": 2}


def _prediction(q: fees.Quote) -> dict:
    return {"payer_amount": ser.dec_str(q.payer_amount), "payer_currency": q.payer_currency,
            "payee_amount": ser.dec_str(q.payee_amount), "payee_currency": q.payee_currency,
            "platform_fee": ser.dec_str(q.platform_fee), "platform_currency": q.fee_currency,
            "fx_fee": ser.dec_str(q.fx_fee), "gateway_fee": ser.dec_str(q.gateway_fee),
            "gateway_currency": q.fee_currency}


def _check_pair(method: str, provider: str) -> None:
    if provider not in phones.PROVIDERS_FOR_METHOD[method]:
        raise unprocessable(["query", "provider"], f"Invalid method/provider combination: {method} via {provider}")


def _check_currency(currency: str, loc: list) -> None:
    if currency not in fees.USD_RATES:
        raise unprocessable(loc, f"Currency {currency} is not supported; use USD, LRD or RWF")


def _tier(name: str) -> dict:
    return {"id": TIER_IDS[name], "name": name, "is_default": name == "default",
            "created_at": ser.iso(EPOCH), "updated_at": ser.iso(EPOCH)}


def info_router(state: SandboxState) -> APIRouter:
    router = APIRouter()

    @router.get("/v1/predictions/amount-and-fees")
    async def predict(base_amount: float, base_currency: QueryCurrency, target_currency: QueryCurrency,
                      payment_method: PaymentMethod, operation_type: OperationType, provider: PaymentProvider,
                      fee_bearer: FeeBearer, owner_type: Optional[OwnerType] = None, owner_id: Optional[int] = None):
        amount = Decimal(str(base_amount))
        if not amount.is_finite() or amount <= 0 or amount > MAX_AMOUNT:
            raise unprocessable(["query", "base_amount"], "base_amount must be a positive amount")
        _check_currency(base_currency, ["query", "base_currency"])
        _check_currency(target_currency, ["query", "target_currency"])
        _check_pair(payment_method.value, provider.value)
        if fees.gateway_fee_rule(payment_method.value, operation_type.value) is None:
            raise unprocessable(["query", "operation_type"],
                                f"{payment_method.value} does not support {operation_type.value}")
        if not fees.fits(amount, base_currency):
            raise unprocessable(["query", "base_amount"], fees.whole_units_message(base_currency))
        q = fees.quote(amount, base_currency, target_currency, method=payment_method.value,
                       operation=operation_type.value, fee_bearer=fee_bearer.value)
        return _prediction(q)

    @router.get("/v1/predictions/payment-source/amount-and-fees")
    async def predict_source(target_currency: QueryCurrency, payment_method: PaymentMethod,
                             provider: PaymentProvider, source_type: SourceType, source_id: int):
        if source_type.value not in docs.KIND_TABLE:
            raise not_found("Source")
        doc = docs.get_document(state, source_type.value, source_id)
        _check_currency(target_currency, ["query", "target_currency"])
        _check_pair(payment_method.value, provider.value)
        if doc["total_amount"] <= 0:
            raise unprocessable(["query", "source_id"], f"{doc['number']} has no items yet")
        q = fees.quote(doc["total_amount"], doc["currency"], target_currency, method=payment_method.value,
                       operation="COLLECTION", fee_bearer=doc["fee_bearer"])
        return _prediction(q)

    @router.get("/v1/predictions/mmo-provider-info")
    async def mmo_info(phone: Phone, operation_type: OperationType):
        operator = phones.detect_operator(phone)
        if operator is None:
            raise unprocessable(["query", "phone"], f"No mobile money operator Dollr serves uses {phone}")
        return {"carrier": operator.carrier, "country": operator.country, "currencies": list(operator.currencies),
                "phone": phone, "payment_method": operator.payment_method,
                "gateway_provider": operator.gateway_provider, "operation_type": operation_type.value}

    @router.get("/v1/predictions/card-provider-info")
    async def card_info(payment_method_id: str, operation_type: OperationType, provider: PaymentProvider):
        if not payment_method_id.startswith("pm_") or len(payment_method_id) > 255:
            raise unprocessable(["query", "payment_method_id"], "Not a card payment method id (pm_...)")
        if provider is not PaymentProvider.STRIPE:
            raise unprocessable(["query", "provider"], "Cards are processed by STRIPE")
        brand = next((b for b in ("mastercard", "amex", "visa") if b in payment_method_id), "visa")
        return {"brand": brand, "country": "US", "currencies": ["USD"], "payment_method": "CREDIT_CARD",
                "gateway_provider": "STRIPE", "operation_type": operation_type.value,
                "payment_method_id": payment_method_id}

    @router.get("/v1/fees/gateway")
    async def gateway_fees(payment_method: PaymentMethod, operation_type: OperationType):
        rule = fees.gateway_fee_rule(payment_method.value, operation_type.value)
        if rule is None:
            raise not_found("Gateway fee")
        provider = sorted(phones.PROVIDERS_FOR_METHOD[payment_method.value])[0]
        return {"id": list(fees.GATEWAY_FEES).index((payment_method.value, operation_type.value)) + 1,
                "provider_id": fees.GATEWAY_PROVIDER_IDS[provider], "operation_type": operation_type.value,
                "payment_method": payment_method.value, "percentage": ser.num(rule[0]),
                "fixed_fee": ser.num(rule[1]), "fixed_fee_currency": rule[2], "effective_from": ser.iso(EPOCH),
                "effective_to": None, "created_at": ser.iso(EPOCH), "updated_at": ser.iso(EPOCH)}

    @router.get("/v1/fees/platform")
    async def platform_fees(operation_type: OperationType, fee_tier_name: str):
        if fee_tier_name not in fees.FEE_TIERS:
            raise not_found("Fee tier")
        rates, fx_pct = fees.FEE_TIERS[fee_tier_name]
        return {"id": TIER_IDS[fee_tier_name] * 10 + list(rates).index(operation_type.value),
                "operation_type": operation_type.value, "percentage": ser.dec_str(rates[operation_type.value]),
                "fx_percentage": ser.dec_str(fx_pct), "effective_from": ser.iso(EPOCH),
                "created_at": ser.iso(EPOCH), "payment_method": None, "fixed_fee": None,
                "fixed_fee_currency": None, "effective_to": None, "tier": _tier(fee_tier_name)}

    @router.get("/v1/fees/merchant-tier")
    async def merchant_tier(owner_type: OwnerType, owner_id: int):
        if owner_type.value != state.merchant["type"] or owner_id != state.merchant["id"]:
            raise not_found("Merchant")
        return {"id": 1, "owner_type": owner_type.value, "owner_id": owner_id, "assigned_at": ser.iso(EPOCH),
                "assigned_by": None, "tier": _tier("default")}

    @router.get("/v1/fees/tiers")
    async def tiers():
        return [_tier(name) for name in fees.FEE_TIERS]

    @router.get("/v1/merchants/merchant-info")
    async def merchant_info(merchant_id: int, merchant_type: MerchantType):
        m = state.merchant
        if merchant_id != m["id"] or merchant_type.value != m["type"]:
            raise not_found("Merchant")
        return {"id": m["id"], "name": m["name"], "type": m["type"], "email": m["email"], "phone": m["phone"]}

    @router.get("/v1/links/pay")
    async def pay_link(source_type: SourceType, source_number: str):
        sessions.require_verified(state)
        doc = _document_by_number(state, source_type, source_number)
        if doc["status"] not in ("ACTIVE", "PROCESSING"):
            raise unprocessable(["query", "source_number"], f"{doc['number']} is {doc['status']}; only a "
                                "published, unpaid document has a payment link")
        if not doc["as_payment_link"]:
            raise unprocessable(["query", "source_number"], f"{doc['number']} was not created as a payment link")
        return {"url": hosted_links.pay_url(state, doc)}

    @router.get("/v1/links/receipt")
    async def receipt_link(source_type: SourceType, source_number: str):
        doc = _document_by_number(state, source_type, source_number)
        if doc["status"] != "PAID":
            raise unprocessable(["query", "source_number"], f"{doc['number']} is {doc['status']}, not PAID")
        return {"url": hosted_links.receipt_url(state, doc)}

    @router.post("/v1/checkouts/create")
    async def create_checkout(body: CreateCheckoutSource):
        return hosted_links.create_checkout(state, body)

    return router


def _document_by_number(state: SandboxState, source_type: SourceType, number: str) -> dict:
    if source_type.value not in docs.KIND_TABLE:
        raise SandboxError(422, [{"loc": ["query", "source_type"], "msg": "Subscriptions are not publicly supported",
                                  "type": "value_error"}])
    return docs.find_by_number(state, source_type.value, number)
