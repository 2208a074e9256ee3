"""Minimal HS256 JSON Web Tokens for the sandbox's access tokens and realtime keys.

The sandbox signs its own tokens and verifies them again; nothing here is used against the real
Dollr or Supabase, so a dependency on a JWT library would buy nothing.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from typing import Any


class JwtError(Exception):
    """Why a token was refused, worded as the Realtime server words it."""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def encode(claims: dict[str, Any], secret: str) -> str:
    header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = _b64(json.dumps(claims, separators=(",", ":")).encode())
    signing_input = f"{header}.{body}".encode("ascii")
    signature = hmac.new(secret.encode(), signing_input, hashlib.sha256).digest()
    return f"{header}.{body}.{_b64(signature)}"


def decode(token: str, secret: str, *, now: float | None = None, require_exp: bool = True) -> dict[str, Any]:
    """Return the claims, or raise JwtError with the Realtime server's wording."""
    parts = token.split(".") if isinstance(token, str) else []
    if len(parts) != 3:
        raise JwtError("The token provided is not a valid JWT")
    try:
        claims = json.loads(_unb64(parts[1]))
        signature = _unb64(parts[2])
    except (ValueError, json.JSONDecodeError) as exc:
        raise JwtError("The token provided is not a valid JWT") from exc
    expected = hmac.new(secret.encode(), f"{parts[0]}.{parts[1]}".encode("ascii"), hashlib.sha256).digest()
    if not hmac.compare_digest(signature, expected):
        raise JwtError("Failed to validate JWT signature")
    if not isinstance(claims, dict):
        raise JwtError("The token provided is not a valid JWT")
    if require_exp and ("role" not in claims or "exp" not in claims):
        raise JwtError("Fields `role` and `exp` are required in JWT")
    now = time.time() if now is None else now
    exp = claims.get("exp")
    if exp is not None and float(exp) <= now:
        raise JwtError(f"Token has expired {int(now - float(exp))} seconds ago")
    return claims
