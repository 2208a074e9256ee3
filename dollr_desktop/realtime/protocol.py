"""Supabase Realtime wire protocol (Phoenix vsn 1.0.0), the subset Dollr's live status needs.

See ../shared/realtime/PROTOCOL.md §1. Frames are one JSON object per text frame:
client → server `{"topic","event","payload","ref","join_ref"}`, server → client
`{"topic","event","payload","ref"}` (a `phx_close`/`phx_error` carries the join ref in `ref`).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

VSN = "1.0.0"
PHOENIX_TOPIC = "phoenix"
STATUS_TABLE = "checkout_payment_intent_public_status"
STATUS_SCHEMA = "public"
SUBSCRIBED_MESSAGE = "Subscribed to PostgreSQL"

# The fields a join reply must echo back for a binding to be ours (both official clients compare these).
BINDING_KEYS = ("event", "schema", "table", "filter")


@dataclass(frozen=True)
class Frame:
    topic: str
    event: str
    payload: dict[str, Any]
    ref: str | None


def websocket_url(realtime_url: str, anon_key: str) -> str:
    """`<realtime url>/realtime/v1/websocket?apikey=<anon>&vsn=1.0.0`, http(s) mapped to ws(s)."""
    parts = urlsplit(realtime_url.strip())
    scheme = {"http": "ws", "https": "wss", "ws": "ws", "wss": "wss"}.get(parts.scheme.lower())
    if scheme is None:
        raise ValueError(f"realtime URL must be http(s) or ws(s), got {parts.scheme!r}")
    path = parts.path.rstrip("/")
    if path.endswith("/websocket"):
        path = path[: -len("/websocket")]
    if not path.endswith("/realtime/v1"):
        path = f"{path}/realtime/v1"
    query = urlencode({"apikey": anon_key, "vsn": VSN})
    return urlunsplit((scheme, parts.netloc, f"{path}/websocket", query, ""))


def channel_topic(session_id: int, reference_id: str) -> str:
    return f"realtime:payment-intent:{session_id}:{reference_id}"


def status_binding(reference_id: str) -> dict[str, str]:
    return {
        "event": "*",
        "schema": STATUS_SCHEMA,
        "table": STATUS_TABLE,
        "filter": f"reference_id=eq.{reference_id}",
    }


def join_payload(binding: dict[str, str], access_token: str) -> dict[str, Any]:
    return {
        "config": {
            "broadcast": {"ack": False, "self": False},
            "presence": {"key": "", "enabled": False},
            "private": False,
            "postgres_changes": [binding],
        },
        "access_token": access_token,
    }


def encode(topic: str, event: str, payload: dict[str, Any], ref: str | None,
           join_ref: str | None = None) -> str:
    message: dict[str, Any] = {"topic": topic, "event": event, "payload": payload, "ref": ref}
    if join_ref is not None:
        message["join_ref"] = join_ref
    return json.dumps(message, separators=(",", ":"))


def decode(text: str | bytes) -> Frame | None:
    """Parse a server frame; None for anything that is not a well-formed v1 object."""
    try:
        message = json.loads(text)
    except (ValueError, TypeError):
        return None
    if not isinstance(message, dict):
        return None
    topic, event, payload = message.get("topic"), message.get("event"), message.get("payload")
    if not isinstance(topic, str) or not isinstance(event, str):
        return None
    ref = message.get("ref")
    return Frame(topic, event, payload if isinstance(payload, dict) else {},
                 None if ref is None else str(ref))


def echoed_binding_id(reply_response: dict[str, Any], binding: dict[str, str]) -> int | None:
    """The server's id for our binding, or None if the echo does not match what we asked for."""
    echoed = reply_response.get("postgres_changes")
    if not isinstance(echoed, list) or len(echoed) != 1 or not isinstance(echoed[0], dict):
        return None
    if any(echoed[0].get(key) != binding[key] for key in BINDING_KEYS):
        return None
    binding_id = echoed[0].get("id")
    return binding_id if isinstance(binding_id, int) and not isinstance(binding_id, bool) else None
