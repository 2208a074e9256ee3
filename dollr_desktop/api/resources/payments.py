"""Checkout links, payment links, sessions and payment accounts."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

from ..models import (
    CheckoutMode,
    CheckoutSessionResponse,
    CreateCheckoutSourceLinkResponse,
    LinkResponse,
    OperationType,
    PaymentAccountResponse,
    PaymentSourceItemInput,
    PayoutSessionResponse,
    RefundSessionResponse,
    SourceType,
    TransferSessionResponse,
)
from .base import Resource, body, iso, parser
from .documents import _amount


class CheckoutsResource(Resource):
    async def create(
        self,
        *,
        mode: CheckoutMode | str,
        source_kind: SourceType | str,
        party_phone: str,
        currency: str,
        items: Iterable[PaymentSourceItemInput | Mapping[str, Any]],
        party_name: str | None = None,
        party_email: str | None = None,
        party_relationship: str | None = None,
        reference_id: str | None = None,
        note: str | None = None,
        due_date: datetime | str | None = None,
        success_url: str | None = None,
        cancel_url: str | None = None,
        expires_at: datetime | str | None = None,
        counterparty_id: int | None = None,
    ) -> CreateCheckoutSourceLinkResponse:
        """Create a payable invoice/order with its items in one call, plus its hosted page."""
        lines = [PaymentSourceItemInput.model_validate(item) for item in items]
        payload = body(
            mode=mode, source_kind=source_kind, party_phone=party_phone, currency=currency,
            items=[{"name": i.name, "currency": i.currency, "amount": _amount(i.amount)} for i in lines],
            party_name=party_name, party_email=party_email, party_relationship=party_relationship,
            reference_id=reference_id, note=note, due_date=iso(due_date), success_url=success_url,
            cancel_url=cancel_url, expires_at=iso(expires_at),
            counterparty_id=None if counterparty_id is None else int(counterparty_id),
        )
        return await self._send("POST", "/v1/checkouts/create", parser(CreateCheckoutSourceLinkResponse), payload)


class LinksResource(Resource):
    async def pay(self, source_type: SourceType | str, source_number: str) -> LinkResponse:
        return await self._get(
            "/v1/links/pay", parser(LinkResponse), source_type=source_type, source_number=source_number
        )

    async def receipt(self, source_type: SourceType | str, source_number: str) -> LinkResponse:
        return await self._get(
            "/v1/links/receipt", parser(LinkResponse), source_type=source_type, source_number=source_number
        )


class SessionsResource(Resource):
    async def checkout(self, *, source_id: int, source_type: SourceType | str) -> CheckoutSessionResponse:
        payload = {"source_id": int(source_id), "source_type": source_type}
        return await self._send("POST", "/v1/sessions/checkout", parser(CheckoutSessionResponse), payload)

    async def payout(
        self, *, payout_account_id: int, amount: Decimal | int | str, currency: str
    ) -> PayoutSessionResponse:
        payload = {"payout_account_id": int(payout_account_id), "amount": _amount(amount), "currency": currency}
        return await self._send("POST", "/v1/sessions/payout", parser(PayoutSessionResponse), payload)

    async def transfer(
        self, *, from_wallet_id: int, to_counterparty_id: int, amount: Decimal | int | str,
        currency: str, expires_at: datetime | str,
    ) -> TransferSessionResponse:
        payload = {
            "from_wallet_id": int(from_wallet_id), "to_counterparty_id": int(to_counterparty_id),
            "amount": _amount(amount), "currency": currency, "expires_at": iso(expires_at),
        }
        return await self._send("POST", "/v1/sessions/transfer", parser(TransferSessionResponse), payload)

    async def refund(
        self, *, original_payment_intent_id: int, amount: Decimal | int | str,
        expires_at: datetime | str, reason: str | None = None,
    ) -> RefundSessionResponse:
        payload = body(
            original_payment_intent_id=int(original_payment_intent_id), amount=_amount(amount),
            reason=reason, expires_at=iso(expires_at),
        )
        return await self._send("POST", "/v1/sessions/refund", parser(RefundSessionResponse), payload)


class PaymentAccountsResource(Resource):
    async def create(
        self,
        operation_type: OperationType | str,
        *,
        account_name: str,
        provider: str,
        method: str,
        party_id: int,
        country_code: str | None = None,
        insensitive_account_number: str | None = None,
    ) -> PaymentAccountResponse:
        """The wallet number (`insensitive_account_number`) is not echoed back: keep it yourself."""
        payload = body(
            account_name=account_name, provider=provider, method=method, party_id=int(party_id),
            country_code=country_code, insensitive_account_number=insensitive_account_number,
        )
        return await self._send(
            "POST", "/v1/payment-accounts/create", parser(PaymentAccountResponse), payload,
            params={"operation_type": operation_type},
        )
