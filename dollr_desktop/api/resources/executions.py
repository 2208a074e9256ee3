"""Executions (money moves), their status, and realtime keys to watch them live.

An execution is never replayed once it may have reached Dollr: if the answer is lost, the call
raises `OutcomeUnknownError(reference_id)` and the caller asks `status.<kind>(reference_id)`.
The `reference_id` comes from the payment journal, committed before this call; the client never
invents one. `gate` (the journal's `SendGate`) bounds and records any re-send of the request.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models import (
    ExecutionResponse,
    PasscodePayload,
    PaymentSourceStatusResponse,
    RealtimeTokenResponse,
    SourceType,
)
from dollr_desktop.logging_setup import register_secret

from ..requester import Execution, SendGate
from .base import Resource, parser, seg


def _parse_execution(data: object) -> ExecutionResponse:
    execution = ExecutionResponse.model_validate(data)
    if execution.client_secret and len(execution.client_secret) >= 12:
        register_secret(execution.client_secret)  # a Stripe 3DS secret must never be logged
    return execution


def _parse_realtime_key(data: object) -> RealtimeTokenResponse:
    key = RealtimeTokenResponse.model_validate(data)
    register_secret(key.access_token)
    return key


class ExecutionsResource(Resource):
    async def collection(
        self, *, session_id: int | str, payment_account_id: int | str, currency: str, reference_id: str,
        gate: SendGate | None = None,
    ) -> ExecutionResponse:
        payload = {
            "session_id": str(session_id),  # a string here, an integer everywhere else
            "payment_account_id": str(payment_account_id),
            "currency": currency,
            "reference_id": reference_id,
        }
        return await self._execute("collection", reference_id, payload, gate)

    async def payout(
        self, *, session_id: int | str, payout_account_id: int | str, reference_id: str,
        passcode: PasscodePayload | Mapping[str, Any], gate: SendGate | None = None,
    ) -> ExecutionResponse:
        approval = PasscodePayload.model_validate(passcode)
        payload = {
            "session_id": str(session_id),
            "payout_account_id": str(payout_account_id),
            "reference_id": reference_id,
            "passcode": approval.model_dump(exclude_none=True),
        }
        return await self._execute("payout", reference_id, payload, gate)

    async def transfer(self, *, session_id: int | str, reference_id: str,
                       gate: SendGate | None = None) -> ExecutionResponse:
        return await self._execute("transfer", reference_id,
                                   {"session_id": str(session_id), "reference_id": reference_id}, gate)

    async def refund(self, *, session_id: int | str, reference_id: str,
                     gate: SendGate | None = None) -> ExecutionResponse:
        return await self._execute("refund", reference_id,
                                   {"session_id": str(session_id), "reference_id": reference_id}, gate)

    async def _execute(self, kind: str, reference_id: str, payload: dict[str, Any],
                       gate: SendGate | None = None) -> ExecutionResponse:
        if not reference_id:
            raise ValueError("an execution needs the reference_id from the payment journal")
        return await self._send(
            "POST", f"/v1/executions/{kind}", _parse_execution, payload,
            execution=Execution(reference_id=reference_id, operation_type=kind.upper(), gate=gate),
        )


class StatusResource(Resource):
    async def collection(self, reference_id: str) -> ExecutionResponse:
        return await self._get(f"/v1/status/collection/{seg(reference_id)}", _parse_execution)

    async def payout(self, reference_id: str) -> ExecutionResponse:
        return await self._get(f"/v1/status/payout/{seg(reference_id)}", _parse_execution)

    async def transfer(self, reference_id: str) -> ExecutionResponse:
        return await self._get(f"/v1/status/transfer/{seg(reference_id)}", _parse_execution)

    async def refund(self, reference_id: str) -> ExecutionResponse:
        return await self._get(f"/v1/status/refund/{seg(reference_id)}", _parse_execution)

    async def source(self, source_type: SourceType | str, source_id: int) -> PaymentSourceStatusResponse:
        return await self._get(
            "/v1/status/source", parser(PaymentSourceStatusResponse),
            source_type=source_type, source_id=int(source_id),
        )


class RealtimeKeysResource(Resource):
    async def collection(
        self, session_id: int | str, source_type: SourceType | str, reference_id: str
    ) -> RealtimeTokenResponse:
        """A short-lived key for the live status channel; its `expires_in` is in SECONDS."""
        payload = {"session_id": int(session_id), "source_type": source_type, "reference_id": reference_id}
        return await self._send(
            "POST", "/v1/realtime-keys/collection", _parse_realtime_key, payload, replay_safe=True
        )
