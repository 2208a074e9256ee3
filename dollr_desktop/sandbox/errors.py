"""Errors shaped like Dollr's (FastAPI's) bodies.

Business-rule failures use the same 422 shape as schema failures, `{"detail": [{loc, msg, type}]}`,
with `loc` naming the field at fault, so a client can put the message next to the right input.
Everything else is `{"detail": "<sentence>"}`.
"""
from __future__ import annotations

from fastapi import HTTPException


class SandboxError(Exception):
    def __init__(self, status_code: int, detail, headers: dict | None = None) -> None:
        super().__init__(detail)
        self.status_code = status_code
        self.detail = detail
        self.headers = headers


def unprocessable(loc: list, msg: str, type_: str = "value_error") -> SandboxError:
    return SandboxError(422, [{"loc": list(loc), "msg": msg, "type": type_}])


def not_found(what: str) -> SandboxError:
    return SandboxError(404, f"{what} not found")


def forbidden(msg: str) -> SandboxError:
    return SandboxError(403, msg)


NOT_VERIFIED = ("This feature needs a verified merchant account. Complete verification in the "
                "Dollr dashboard to enable payouts, payment links and refunds.")


def unauthorized(msg: str = "Could not validate credentials") -> HTTPException:
    return HTTPException(401, msg, headers={"WWW-Authenticate": "Bearer"})


def parse_object_id(raw: str, what: str) -> int:
    """Path ids are strings in the contract; anything but a positive integer finds nothing."""
    if not raw.isascii() or not raw.isdigit() or len(raw) > 12:
        raise not_found(what)
    return int(raw)
