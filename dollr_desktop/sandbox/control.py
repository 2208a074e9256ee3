"""The control API under /_sandbox/ (never /v1): what tests and the practice banner drive."""
from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from dollr_desktop.sandbox import faults, payments
from dollr_desktop.sandbox import serializers as ser
from dollr_desktop.sandbox.errors import SandboxError, not_found
from dollr_desktop.sandbox.state import SandboxState


MAX_ADVANCE = 10 * 365 * 86400
MAX_BALANCE = Decimal("1000000000000")


async def _json_body(request: Request) -> dict:
    raw = await request.body()
    if not raw.strip():
        return {}
    try:
        body = json.loads(raw)
    except ValueError:
        raise SandboxError(400, "Body must be JSON") from None
    if not isinstance(body, dict):
        raise SandboxError(400, "Body must be a JSON object")
    return body


def control_router(state: SandboxState) -> APIRouter:
    router = APIRouter(prefix="/_sandbox")

    @router.get("/info")
    async def info():
        return state.info()

    @router.post("/reset")
    async def reset(request: Request):
        body = await _json_body(request)
        state.clear()
        state.faults.clear()
        if body.get("seed_demo"):
            from dollr_desktop.sandbox.demo import seed_demo

            seed_demo(state)
        return {"ok": True, "seeded": bool(body.get("seed_demo"))}

    @router.post("/seed")
    async def seed():
        from dollr_desktop.sandbox.demo import seed_demo

        return seed_demo(state)

    @router.get("/executions")
    async def executions():
        payments.tick(state)
        return [ser.execution_control_row(e) for e in state.executions.values()]

    def _execution(reference_id: str) -> dict:
        ex = state.executions.get(reference_id)
        if ex is None:
            raise not_found("Execution")
        return ex

    @router.post("/executions/{reference_id}/settle")
    async def settle(reference_id: str, request: Request):
        body = await _json_body(request)
        ex = payments.settle(state, _execution(reference_id), success=True, message=body.get("gateway_message"))
        return ser.execution_control_row(ex)

    @router.post("/executions/{reference_id}/fail")
    async def fail(reference_id: str, request: Request):
        body = await _json_body(request)
        ex = payments.settle(state, _execution(reference_id), success=False, message=body.get("gateway_message"))
        return ser.execution_control_row(ex)

    @router.post("/clock/advance")
    async def advance(request: Request):
        body = await _json_body(request)
        seconds = body.get("seconds")
        if not isinstance(seconds, (int, float)) or isinstance(seconds, bool) or not 0 <= seconds <= MAX_ADVANCE:
            raise SandboxError(400, "seconds must be a number from 0 to 315360000 (ten years)")
        state.advance_clock(seconds)
        payments.tick(state)
        return {"now": ser.iso(state.now()), "clock_offset": state.clock_offset}

    @router.get("/faults")
    async def list_faults():
        return {"faults": state.faults, "fired": state.fault_log}

    @router.delete("/faults")
    async def clear_faults():
        state.faults.clear()
        return {"faults": []}

    @router.post("/faults")
    async def add_faults(request: Request):
        body = await _json_body(request)
        raw = body.get("faults", [body] if "kind" in body else [])
        if not isinstance(raw, list) or not all(isinstance(f, dict) for f in raw):
            raise SandboxError(400, "faults must be a list of objects")
        try:
            new = [faults.normalise(f) for f in raw]
        except (ValueError, TypeError) as exc:
            raise SandboxError(400, str(exc)) from None
        if body.get("replace"):
            state.faults.clear()
        state.faults.extend(new)
        if body.get("expire_tokens"):
            state.token_epoch += 1
        return {"faults": state.faults, "token_epoch": state.token_epoch}

    @router.get("/wallets")
    async def wallets():
        return [ser.wallet(w) for w in state.wallets.values()]

    @router.post("/wallets/{currency}")
    async def set_wallet(currency: str, request: Request):
        wallet = state.wallets.get(currency)
        if wallet is None:
            raise not_found("Wallet")
        body = await _json_body(request)
        try:
            balance = Decimal(str(body.get("balance")))
        except InvalidOperation:
            raise SandboxError(400, "balance must be a decimal string") from None
        if not balance.is_finite() or not 0 <= balance <= MAX_BALANCE:
            raise SandboxError(400, "balance must be an amount from 0 to 1000000000000")
        wallet["balance"] = balance.quantize(Decimal("0.01"))
        return ser.wallet(wallet)

    return router


def sandbox_error_response(exc: SandboxError) -> JSONResponse:
    return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
