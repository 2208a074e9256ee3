"""Sessions, payment accounts, executions, status and realtime keys."""
from __future__ import annotations

from fastapi import APIRouter

from dollr_desktop.sandbox import documents as docs
from dollr_desktop.sandbox import jwt_hs256, payments, sessions
from dollr_desktop.sandbox import serializers as ser
from dollr_desktop.sandbox.errors import not_found, unprocessable
from dollr_desktop.sandbox.schemas import (CheckoutExecution, CollectionRealtimeKey, CreateCheckoutSession,
                                           CreatePaymentAccount, CreatePayoutSession, CreateRefundSession,
                                           CreateTransferSession, OperationType, PayoutExecution, SessionExecution,
                                           SourceType)
from dollr_desktop.sandbox.state import SandboxState

REALTIME_KEY_TTL_SECONDS = 600


def payments_router(state: SandboxState) -> APIRouter:
    router = APIRouter()

    def session_out(session: dict) -> dict:
        return ser.session(sessions.session_view(state, session))

    @router.post("/v1/sessions/checkout")
    async def checkout_session(body: CreateCheckoutSession):
        return session_out(sessions.create_checkout_session(state, source_id=body.source_id,
                                                            source_type=body.source_type))

    @router.post("/v1/sessions/payout")
    async def payout_session(body: CreatePayoutSession):
        return session_out(sessions.create_payout_session(
            state, payout_account_id=body.payout_account_id, amount=body.amount, currency=body.currency))

    @router.post("/v1/sessions/transfer")
    async def transfer_session(body: CreateTransferSession):
        return session_out(sessions.create_transfer_session(
            state, from_wallet_id=body.from_wallet_id, to_counterparty_id=body.to_counterparty_id,
            amount=body.amount, currency=body.currency, expires_at=body.expires_at.timestamp()))

    @router.post("/v1/sessions/refund")
    async def refund_session(body: CreateRefundSession):
        return session_out(sessions.create_refund_session(
            state, original_payment_intent_id=body.original_payment_intent_id, amount=body.amount,
            reason=body.reason, expires_at=body.expires_at.timestamp()))

    @router.post("/v1/payment-accounts/create")
    async def create_payment_account(operation_type: OperationType, body: CreatePaymentAccount):
        return ser.payment_account(sessions.create_payment_account(state, operation_type.value,
                                                                   **body.model_dump()))

    @router.post("/v1/executions/collection")
    async def collect(body: CheckoutExecution):
        return ser.execution(payments.execute_collection(state, **body.model_dump()))

    @router.post("/v1/executions/payout")
    async def payout(body: PayoutExecution):
        return ser.execution(payments.execute_payout(state, **body.model_dump()))

    @router.post("/v1/executions/transfer")
    async def transfer(body: SessionExecution):
        return ser.execution(payments.execute_transfer(state, **body.model_dump()))

    @router.post("/v1/executions/refund")
    async def refund(body: SessionExecution):
        return ser.execution(payments.execute_refund(state, **body.model_dump()))

    for op in ("collection", "payout", "transfer", "refund"):
        router.add_api_route(f"/v1/status/{op}/{{reference_id}}", _status_endpoint(state, op.upper()),
                             methods=["GET"], name=f"{op}_status")

    @router.get("/v1/status/source")
    async def source_status(source_type: SourceType, source_id: int):
        if source_type.value not in docs.KIND_TABLE:
            raise not_found("Source")
        doc = docs.get_document(state, source_type.value, source_id)
        return {"source_id": doc["id"], "source_type": source_type.value, "source_number": doc["number"],
                "status": doc["status"], "currency": doc["currency"], "total_amount": ser.num(doc["total_amount"]),
                "paid_at": ser.iso(doc["paid_at"])}

    @router.post("/v1/realtime-keys/collection")
    async def realtime_key(body: CollectionRealtimeKey):
        session = state.sessions.get(body.session_id)
        if session is None or session["kind"] != "CHECKOUT":
            raise unprocessable(["body", "session_id"], "Checkout session not found")
        if body.source_type != session["source_type"]:
            raise unprocessable(["body", "source_type"], f"The session is for a {session['source_type']}")
        ex = state.executions.get(body.reference_id)
        if ex is not None and ex.get("session_id") != session["id"]:
            raise unprocessable(["body", "reference_id"], "This reference_id belongs to another session")
        now = state.now()
        claims = {"role": "authenticated", "iss": "dollr-sandbox", "iat": int(now),
                  "exp": int(now) + REALTIME_KEY_TTL_SECONDS, "session_id": session["id"],
                  "reference_id": body.reference_id, "source_type": body.source_type}
        return {"access_token": jwt_hs256.encode(claims, state.jwt_secret),
                "expires_in": REALTIME_KEY_TTL_SECONDS}

    return router


def _status_endpoint(state: SandboxState, operation: str):
    async def status(reference_id: str):
        return ser.execution(payments.find_execution(state, operation, reference_id))

    return status
