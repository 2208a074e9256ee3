"""What the realtime client hands out: its state, the change events, and the key it joins with."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Awaitable, Callable


class ChannelState(StrEnum):
    CONNECTING = "connecting"  # opening the socket or joining the channel
    JOINED = "joined"          # join accepted, waiting for "Subscribed to PostgreSQL"
    LIVE = "live"              # the database subscription is confirmed: changes flow
    RETRYING = "retrying"      # something failed; waiting (with backoff) before the next try
    CLOSED = "closed"          # stopped on purpose


@dataclass(frozen=True)
class StatusChange:
    """One `postgres_changes` row, as a hint: confirm it with the status endpoint before acting."""

    type: str                       # INSERT | UPDATE | DELETE
    record: dict[str, Any]
    old_record: dict[str, Any]
    commit_timestamp: str | None
    received_at: float = field(default_factory=time.monotonic)

    @property
    def status(self) -> str | None:
        value = self.record.get("status")
        return value.upper() if isinstance(value, str) else None


@dataclass(frozen=True)
class RealtimeKey:
    access_token: str = field(repr=False)
    expires_in: float                              # seconds (minutes for API tokens: not here)
    obtained_at: float = field(default_factory=time.monotonic)

    @property
    def expires_at(self) -> float:
        return self.obtained_at + self.expires_in

    def refresh_at(self, margin: float) -> float:
        """When to fetch the next key: `margin` before expiry, but not before half the lifetime."""
        return self.obtained_at + max(self.expires_in - margin, self.expires_in / 2)

    def is_expired(self, now: float | None = None, slack: float = 1.0) -> bool:
        return (time.monotonic() if now is None else now) >= self.expires_at - slack


KeyFetcher = Callable[[], Awaitable[RealtimeKey]]


def collection_key_fetcher(client: Any, *, session_id: int, source_type: str,
                           reference_id: str) -> KeyFetcher:
    """A KeyFetcher over `DollrClient.realtime_keys.collection` (session_id is an integer there)."""

    async def fetch() -> RealtimeKey:
        response = await client.realtime_keys.collection(
            session_id=int(session_id), source_type=str(source_type), reference_id=str(reference_id)
        )
        token = _field(response, "access_token")
        expires_in = _field(response, "expires_in")
        if not isinstance(token, str) or not token:
            raise ValueError("realtime key response has no access_token")
        return RealtimeKey(access_token=token, expires_in=float(expires_in))

    return fetch


def _field(response: Any, name: str) -> Any:
    if isinstance(response, dict):
        return response.get(name)
    return getattr(response, name, None)
