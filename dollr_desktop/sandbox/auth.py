"""Client-credential tokens: HS256 JWTs that expire on the sandbox clock.

`expire all tokens` (a fault) bumps `state.token_epoch`; a token from an older epoch is refused
exactly like an expired one.
"""
from __future__ import annotations

import math
import secrets

from fastapi import Request

from dollr_desktop.sandbox import jwt_hs256, payments
from dollr_desktop.sandbox.errors import unauthorized
from dollr_desktop.sandbox.state import SandboxState


def issue_token(state: SandboxState) -> dict:
    now = state.now()
    ttl_seconds = state.token_ttl_minutes * 60
    claims = {"role": "service", "sub": state.client_id, "typ": "access", "epoch": state.token_epoch,
              "iat": int(now), "exp": now + ttl_seconds, "jti": secrets.token_hex(8)}
    return {"access_token": jwt_hs256.encode(claims, state.jwt_secret),
            "expires_in": max(0, math.floor(state.token_ttl_minutes))}


def make_dependency(state: SandboxState):
    async def require_token(request: Request) -> None:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise unauthorized("Not authenticated")
        try:
            claims = jwt_hs256.decode(token.strip(), state.jwt_secret, now=state.now())
        except (jwt_hs256.JwtError, ValueError, TypeError):
            raise unauthorized() from None
        if claims.get("typ") != "access" or claims.get("epoch") != state.token_epoch:
            raise unauthorized()
        payments.tick(state)  # every request sees the sandbox clock's settlements

    return require_token
