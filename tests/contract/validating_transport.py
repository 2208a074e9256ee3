"""httpx transports that check every request and response against the Dollr contract.

    transport = ValidatingTransport(httpx.AsyncHTTPTransport())   # or MockTransport/ASGITransport
    client = DollrClient(base_url, cid, secret, transport=transport)
    ...
    transport.assert_no_violations()

`ValidatingSyncTransport` does the same for a synchronous `httpx.Client`. The checking itself is
`openapi_validation.Contract`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import httpx

from tests.contract.openapi_validation import Contract, load_contract


def _wire_path(request: httpx.Request) -> str:
    """The path as sent (percent-escapes kept), so an escaped '/' inside an id stays one segment."""
    return request.url.raw_path.decode("ascii").split("?", 1)[0]


@dataclass
class Exchange:
    method: str
    path: str
    status: int | None
    violations: list[str]


class _ContractChecker:
    """Shared by the async and sync transports: records each exchange and its violations."""

    strict_responses: bool
    contract: Contract
    exchanges: list[Exchange]

    def _setup(self, strict_responses: bool, contract: Contract | None) -> None:
        self.strict_responses = strict_responses
        self.contract = contract or load_contract()
        self.exchanges = []

    @property
    def violations(self) -> list[str]:
        return [v for ex in self.exchanges for v in ex.violations]

    def assert_no_violations(self) -> None:
        assert not self.violations, "contract violations:\n" + "\n".join(self.violations)

    def _begin(self, request: httpx.Request, raw_request: bytes) -> Exchange:
        exchange = Exchange(request.method, _wire_path(request), None, [])
        exchange.violations += self._request_violations(request, raw_request)
        self.exchanges.append(exchange)
        return exchange

    def _finish(self, exchange: Exchange, request: httpx.Request, response: httpx.Response, raw: bytes) -> httpx.Response:
        exchange.status = response.status_code
        exchange.violations += self._response_violations(request, response, raw)
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=httpx.ByteStream(raw),
            request=request,
            extensions=response.extensions,
        )

    def _request_violations(self, request: httpx.Request, raw: bytes) -> list[str]:
        body: Any = None
        if raw:
            ctype = request.headers.get("content-type", "")
            if "application/json" not in ctype:
                return [f"{request.method} {_wire_path(request)}: body is not JSON ({ctype!r})"]
            try:
                body = json.loads(raw)
            except ValueError as exc:
                return [f"{request.method} {_wire_path(request)}: body is not valid JSON ({exc})"]
        return self.contract.validate_request(
            request.method,
            _wire_path(request),
            list(request.url.params.multi_items()),
            body,
            has_body=bool(raw),
            headers=request.headers,
        )

    def _response_violations(self, request: httpx.Request, response: httpx.Response, raw: bytes) -> list[str]:
        decoded = httpx.Response(response.status_code, headers=response.headers, content=raw)
        label = f"{request.method} {_wire_path(request)} -> {response.status_code}"
        try:
            text = decoded.content  # applies Content-Encoding
            body = json.loads(text) if text else None
        except ValueError:
            if 200 <= response.status_code < 300 or response.status_code == 422:
                return [f"{label}: response body is not JSON"]
            return []  # an HTML error page from a proxy is legal on the wire
        return self.contract.validate_response(
            request.method, _wire_path(request), response.status_code, body, strict=self.strict_responses
        )


class ValidatingTransport(_ContractChecker, httpx.AsyncBaseTransport):
    """Wraps any async transport; checks each exchange under /v1 against the contract.

    Paths outside /v1 (the sandbox's /_sandbox control API, hosted pages) are passed through
    unchecked. Violations are recorded, never raised, so the code under test behaves as usual.
    """

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport | None = None,
        *,
        strict_responses: bool = False,
        contract: Contract | None = None,
    ) -> None:
        self.inner = inner or httpx.AsyncHTTPTransport()
        self._setup(strict_responses, contract)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not _wire_path(request).startswith("/v1/"):
            return await self.inner.handle_async_request(request)
        exchange = self._begin(request, await request.aread())
        response = await self.inner.handle_async_request(request)
        raw = b"".join([chunk async for chunk in response.stream])  # type: ignore[union-attr]
        if hasattr(response.stream, "aclose"):
            await response.stream.aclose()  # type: ignore[union-attr]
        return self._finish(exchange, request, response, raw)

    async def aclose(self) -> None:
        await self.inner.aclose()


class ValidatingSyncTransport(_ContractChecker, httpx.BaseTransport):
    """The same checks for a synchronous `httpx.Client` (e.g. a test poking the sandbox)."""

    def __init__(
        self,
        inner: httpx.BaseTransport | None = None,
        *,
        strict_responses: bool = False,
        contract: Contract | None = None,
    ) -> None:
        self.inner = inner or httpx.HTTPTransport()
        self._setup(strict_responses, contract)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not _wire_path(request).startswith("/v1/"):
            return self.inner.handle_request(request)
        exchange = self._begin(request, request.read())
        response = self.inner.handle_request(request)
        raw = b"".join(response.stream)  # type: ignore[union-attr]
        if hasattr(response.stream, "close"):
            response.stream.close()  # type: ignore[union-attr]
        return self._finish(exchange, request, response, raw)

    def close(self) -> None:
        self.inner.close()
