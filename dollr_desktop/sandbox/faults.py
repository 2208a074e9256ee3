"""Injected faults: the sandbox misbehaves on purpose so the app's resilience can be tested.

A fault is a dict queued through `POST /_sandbox/faults` (format in the README):
  kind: "server_error" | "rate_limit" | "drop_after_commit" | "slow"
  count: how many matching requests it hits (default 1)
  path: path prefix it matches (default "/v1/"); method: optional HTTP method
  status (server_error, default 503), html (server_error: an HTML error page, like a proxy's)
  retry_after (rate_limit, seconds, default 1), seconds (slow, default 2.0)
Faults only ever hit `/v1/` paths, never the control API or the hosted pages.
"""
from __future__ import annotations

import asyncio
import json
import logging

from dollr_desktop.sandbox.state import SandboxState

log = logging.getLogger(__name__)

KINDS = ("server_error", "rate_limit", "drop_after_commit", "slow")
HTML_ERROR_PAGE = (
    "<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n<center><h1>{status} {reason}"
    "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)
REASONS = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Temporarily Unavailable",
           504: "Gateway Time-out"}


def normalise(raw: dict) -> dict:
    """Validate one fault from the control API; raise ValueError with a readable message."""
    kind = raw.get("kind")
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}")
    count = raw.get("count", 1)
    if not isinstance(count, int) or count < 1:
        raise ValueError("count must be a positive integer")
    path = raw.get("path", "/v1/")
    if not isinstance(path, str) or not path.startswith("/v1"):
        raise ValueError("path must be a prefix starting with /v1")
    fault = {"kind": kind, "count": count, "path": path, "method": raw.get("method")}
    if kind == "server_error":
        status = raw.get("status", 503)
        if not isinstance(status, int) or not 500 <= status <= 599:
            raise ValueError("status must be a 5xx code")
        fault.update(status=status, html=bool(raw.get("html", False)))
    elif kind == "rate_limit":
        fault["retry_after"] = int(raw.get("retry_after", 1))
        if not 0 <= fault["retry_after"] <= 3600:
            raise ValueError("retry_after must be 0 to 3600 seconds")
    elif kind == "slow":
        fault["seconds"] = float(raw.get("seconds", 2.0))
        if not 0 <= fault["seconds"] <= 120:
            raise ValueError("seconds must be 0 to 120")
    return fault


def _take(state: SandboxState, method: str, path: str, kinds: tuple[str, ...]) -> dict | None:
    for fault in state.faults:
        if fault["kind"] in kinds and path.startswith(fault["path"]) and (
                not fault.get("method") or fault["method"].upper() == method):
            fault["count"] -= 1
            if fault["count"] <= 0:
                state.faults.remove(fault)
            state.fault_log.append({"kind": fault["kind"], "method": method, "path": path})
            return fault
    return None


class FaultMiddleware:
    """Pure ASGI middleware, so it sees uvicorn's own receive() and can drop the connection."""

    def __init__(self, app, state: SandboxState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not scope["path"].startswith("/v1/") or not self.state.faults:
            return await self.app(scope, receive, send)
        method, path = scope["method"], scope["path"]
        slow = _take(self.state, method, path, ("slow",))
        if slow:
            await asyncio.sleep(slow["seconds"])
        fault = _take(self.state, method, path, ("server_error", "rate_limit", "drop_after_commit"))
        if fault is None:
            return await self.app(scope, receive, send)
        if fault["kind"] == "server_error":
            return await _send_server_error(send, fault)
        if fault["kind"] == "rate_limit":
            return await _send(send, 429, b'{"detail":"Too Many Requests"}', "application/json",
                               [(b"retry-after", str(fault["retry_after"]).encode())])
        await self._run_then_drop(scope, receive, send)

    async def _run_then_drop(self, scope, receive, send) -> None:
        async def swallow(message):  # the work happens and is committed; the answer never leaves
            return None

        await self.app(scope, receive, swallow)
        self.state.save()
        cycle = getattr(receive, "__self__", None)
        transport = getattr(cycle, "transport", None)
        if transport is not None:
            transport.abort()
            await asyncio.sleep(0)  # let uvicorn see the disconnect before it tries to answer
            return
        log.warning("cannot reach the transport; sending a truncated response instead")
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", b"1000")]})
        await send({"type": "http.response.body", "body": b"{", "more_body": True})
        raise ConnectionAbortedError("sandbox fault: connection dropped after commit")


async def _send_server_error(send, fault: dict) -> None:
    status = fault["status"]
    if fault["html"]:
        body = HTML_ERROR_PAGE.format(status=status, reason=REASONS.get(status, "Server Error")).encode()
        await _send(send, status, body, "text/html")
    else:
        await _send(send, status, json.dumps({"detail": "Internal Server Error"}).encode(), "application/json")


async def _send(send, status: int, body: bytes, content_type: str, extra: list | None = None) -> None:
    headers = [(b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers + (extra or [])})
    await send({"type": "http.response.body", "body": body})
