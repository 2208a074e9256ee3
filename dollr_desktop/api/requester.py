"""One request to Dollr, end to end: token, retries, the no-replay rule, errors, parsing.

What is retried (up to `max_retries` times, jittered exponential backoff, capped):
- any request that surely never reached the server: connect errors/timeouts, pool timeouts;
- any request the server refused without doing anything: 429 (honouring `Retry-After`), and a
  401 once, after renewing the token;
- GET (and the token / realtime-key requests, which are safe to repeat): read/write timeouts,
  dropped connections, 500/502/503/504;
- other non-execution writes: 503 (service unavailable means the work was not started).
A write that may have reached the server is never replayed: creates/updates raise with a message
saying "check before trying again", and executions raise `OutcomeUnknownError(reference_id)`.
An execution's re-sends (never reached, 429, 401) pass its `SendGate`: none after its deadline,
each one recorded by the gate before it leaves (the journal, so any process sees it).
`asyncio.CancelledError` is a BaseException: it is never caught here, so never retried.
"""
from __future__ import annotations

import asyncio
import logging
import re
import ssl
import time
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Protocol, TypeVar

import httpx
import pydantic

from . import errors
from .auth import TokenManager
from .jsonbody import dumps, loads
from .retry import RetryPolicy, parse_retry_after

log = logging.getLogger(__name__)
T = TypeVar("T")
Sleep = Callable[[float], Awaitable[None]]

_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_GET_RETRY_STATUSES = frozenset({500, 502, 503, 504})
_WRITE_RETRY_STATUSES = frozenset({503})


class SendGate(Protocol):
    """Who decides whether an execution may be sent again (the payment journal, in practice)."""

    deadline: float   # time.time(): no request for this execution leaves after it

    async def allow(self, at: float) -> bool:
        """May a re-send leave at `at` (time.time())? If so, it is recorded before returning."""


@dataclass(frozen=True)
class Execution:
    """Marks a call that moves money: it is never replayed once it may have reached Dollr."""

    reference_id: str
    operation_type: str
    gate: SendGate | None = None


class Requester:
    def __init__(
        self,
        http: httpx.AsyncClient,
        tokens: TokenManager | None,
        policy: RetryPolicy,
        *,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.http = http
        self.tokens = tokens
        self.policy = policy
        self.sleep = sleep

    async def request(
        self,
        method: str,
        path: str,
        parse: Callable[[Any], T],
        *,
        params: dict[str, Any] | None = None,
        json: Any = None,
        has_body: bool = False,
        auth: bool = True,
        execution: Execution | None = None,
        replay_safe: bool = False,
    ) -> T:
        """`replay_safe` marks a write that may be repeated freely (token, realtime key)."""
        content = dumps(json) if has_body else None
        headers = {"Content-Type": "application/json"} if has_body else {}
        query = {k: v for k, v in (params or {}).items() if v is not None}
        replayable = method == "GET" or replay_safe
        retries = 0
        renewed_after_401 = False
        held_back: errors.ApiError | None = None   # what to raise if a granted re-send comes too late
        while True:
            token = None
            if auth:
                assert self.tokens is not None
                token = await self.tokens.token()
                headers["Authorization"] = f"Bearer {token}"
            if held_back is not None and execution is not None and execution.gate is not None \
                    and time.time() > execution.gate.deadline:
                raise held_back   # slept past the window (a suspended laptop): send nothing more
            started = time.monotonic()
            try:
                response = await self.http.request(
                    method, path, params=query, content=content, headers=headers
                )
            except _NOT_SENT as exc:
                if _is_certificate_failure(exc):
                    raise errors.ApiConnectionError(
                        "The secure connection to Dollr could not be verified. Check the "
                        "computer's date and time, and the Dollr address in Settings.",
                        details=_describe(exc), method=method, path=path,
                    ) from exc
                held_back = _not_reached(exc, method, path)
                if retries < self.policy.max_retries and await self._pause(
                        method, path, retries, None, type(exc).__name__, execution):
                    retries += 1
                    continue
                raise held_back from exc
            except httpx.TransportError as exc:  # timed out or dropped after sending
                if replayable and retries < self.policy.max_retries:
                    await self._pause(method, path, retries, None, type(exc).__name__)
                    retries += 1
                    continue
                raise _maybe_reached(exc, method, path, execution, replayable) from exc
            elapsed = time.monotonic() - started
            status = response.status_code
            log.debug("%s %s -> %s in %.2fs (retry %d)", method, path, status, elapsed, retries)

            if 200 <= status < 300:
                return self._parse(response, parse, method, path, execution)
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            if auth and not renewed_after_401 and _is_auth_rejection(response):
                renewed_after_401 = True
                assert self.tokens is not None
                held_back = _error_for(response, method, path, retry_after)
                if not await self._gate(execution, 0.0):
                    raise held_back
                await self.tokens.renew_after_rejection(token)
                continue
            if status == 429:
                held_back = _error_for(response, method, path, retry_after)
                if retries < self.policy.max_retries and (
                    retry_after is None or retry_after <= self.policy.max_retry_after
                ) and await self._pause(method, path, retries, retry_after, "429", execution):
                    retries += 1
                    continue
                raise held_back
            if status >= 500 and execution is not None:
                raise _outcome_unknown(execution, method, path, f"HTTP {status}: {_snippet(response)}")
            retryable = _GET_RETRY_STATUSES if replayable else _WRITE_RETRY_STATUSES
            if status in retryable and retries < self.policy.max_retries:
                if retry_after is not None and retry_after > self.policy.max_retry_after:
                    raise _error_for(response, method, path, retry_after)
                await self._pause(method, path, retries, retry_after, str(status))
                retries += 1
                continue
            if status == 401 and self.tokens is not None and auth:
                self.tokens.clear()
            error = _error_for(response, method, path, retry_after)
            if status >= 500 and not replayable and status != 503:
                error.code = "api.server_maybe_saved"
                error.user_message = (
                    "Dollr had a problem while saving this, so it may or may not have been "
                    "saved. Refresh to check before trying again."
                )
            raise error

    async def _pause(self, method: str, path: str, retries: int, retry_after: float | None, why: str,
                     execution: Execution | None = None) -> bool:
        """Wait before retry number `retries + 1`; False (no wait) if an execution may not re-send."""
        delay = self.policy.delay_for(retries, retry_after)
        if not await self._gate(execution, delay):
            log.warning("%s %s: %s, not sent again (its send window ends first)", method, path, why)
            return False
        log.warning("%s %s: %s, retry %d in %.1fs", method, path, why, retries + 1, delay)
        await self.sleep(delay)
        return True

    @staticmethod
    async def _gate(execution: Execution | None, delay: float) -> bool:
        if execution is None or execution.gate is None:
            return True
        at = time.time() + delay
        return at <= execution.gate.deadline and await execution.gate.allow(at)

    def _parse(self, response: httpx.Response, parse: Callable[[Any], T], method: str, path: str, execution: Execution | None) -> T:
        try:
            data = loads(response.content) if response.content else {}
            return parse(data)
        except Exception as exc:  # noqa: BLE001 - any decoding/validation failure means the same
            details = f"unreadable {response.status_code} reply: {_describe_parse_failure(exc)}"[:800]
            if execution is not None:
                raise _outcome_unknown(execution, method, path, details) from exc
            raise errors.ServerError(
                "Dollr sent a reply this app does not understand. Please try again; if it keeps "
                "happening, update the app or contact support.",
                details=details, status_code=response.status_code, method=method, path=path,
            ) from exc


def _is_auth_rejection(response: httpx.Response) -> bool:
    if response.status_code == 401:
        return True
    # Older FastAPI answers a missing/garbled bearer header with 403 "Not authenticated".
    return response.status_code == 403 and _detail_text(response) == "Not authenticated"


def _is_certificate_failure(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _describe_parse_failure(exc: Exception) -> str:
    """Which fields were wrong, without echoing their values (they may hold a card secret)."""
    if isinstance(exc, pydantic.ValidationError):
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors(include_input=False, include_url=False)
        )
        return f"{exc.title}: {problems}"
    return f"{type(exc).__name__}: {exc}"


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:500]


def _not_reached(exc: Exception, method: str, path: str) -> errors.ApiError:
    if isinstance(exc, httpx.TimeoutException):
        return errors.ApiTimeoutError(details=_describe(exc), method=method, path=path)
    return errors.ApiConnectionError(details=_describe(exc), method=method, path=path)


def _maybe_reached(
    exc: Exception, method: str, path: str, execution: Execution | None, replayable: bool
) -> errors.ApiError:
    if execution is not None:
        return _outcome_unknown(execution, method, path, _describe(exc))
    if replayable:
        return _not_reached(exc, method, path)
    cls = errors.ApiTimeoutError if isinstance(exc, httpx.TimeoutException) else errors.ApiConnectionError
    return cls(
        "The connection dropped before Dollr confirmed this change, so it may or may not have "
        "been saved. Refresh to check before trying again.",
        details=_describe(exc), method=method, path=path,
    )


def _outcome_unknown(execution: Execution, method: str, path: str, details: str) -> errors.OutcomeUnknownError:
    return errors.OutcomeUnknownError(
        execution.reference_id, operation_type=execution.operation_type,
        details=details, method=method, path=path,
    )


def _json_or_none(response: httpx.Response) -> Any:
    try:
        return loads(response.content)
    except ValueError:
        return None


def _detail_text(response: httpx.Response) -> str | None:
    body = _json_or_none(response)
    if isinstance(body, dict) and isinstance(body.get("detail"), str):
        return body["detail"]
    return None


def _snippet(response: httpx.Response, limit: int = 300) -> str:
    """A short, single-line view of an error body (HTML tags stripped)."""
    text = response.text if response.content else ""
    text = re.sub(r"(?is)<(script|style).*?</\1>", " ", text)
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text[:limit]


def _sanitised_detail(detail: Any) -> Any:
    """FastAPI echoes the offending `input` (maybe a passcode) in 422s; keep only loc/msg/type."""
    if isinstance(detail, list):
        return [
            {k: entry.get(k) for k in ("loc", "msg", "type")} if isinstance(entry, dict) else entry
            for entry in detail
        ]
    return detail


def _error_for(response: httpx.Response, method: str, path: str, retry_after: float | None) -> errors.ApiError:
    status = response.status_code
    body = _json_or_none(response)
    detail = _sanitised_detail(body.get("detail")) if isinstance(body, dict) else None
    if isinstance(detail, str):
        details = f"HTTP {status}: {detail}"
    elif isinstance(detail, list):
        details = f"HTTP {status}: " + "; ".join(
            f"{'.'.join(map(str, e.get('loc') or []))}: {e.get('msg')}" for e in detail if isinstance(e, dict)
        )
    else:
        details = f"HTTP {status}: {_snippet(response)}"
    kw: dict[str, Any] = dict(details=details[:1000], status_code=status, method=method, path=path,
                              body={"detail": detail} if detail is not None else None)
    if status == 401:
        return errors.AuthenticationError(**kw)
    if status == 403:
        return errors.ForbiddenError(**kw)
    if status == 404:
        return errors.NotFoundError(**kw)
    if status == 422:
        field_errors = errors.field_errors_from_detail(detail)
        if field_errors:
            names = ", ".join(sorted(field_errors))
            message = f"Dollr could not accept some details ({names}). Please correct them and try again."
        elif isinstance(detail, str) and detail:
            message = f"Dollr refused this request: {detail.rstrip('.')}."
        else:
            message = None
        return errors.ValidationError(message, field_errors=field_errors, **kw)
    if status == 429:
        return errors.RateLimitedError(retry_after=retry_after, **kw)
    if status >= 500:
        return errors.ServerError(**kw)
    message = f"Dollr refused this request: {detail.rstrip('.')}." if isinstance(detail, str) and detail else None
    return errors.ApiError(message, **kw)
