"""The sandbox's Supabase Realtime peer: `/realtime/v1/websocket`, faithful enough that the
official PyPI `realtime` client accepts it (see ../shared/realtime/PROTOCOL.md §3).

Every status change of a collection execution (`state.add_execution_listener`) is pushed as a
`postgres_changes` UPDATE of `public.checkout_payment_intent_public_status` to each joined channel
whose binding filter matches.

Faults for tests, `POST /_sandbox/realtime/<fault>` (JSON body optional):
`kick` {"code": 1001} closes every socket; `crash` sends phx_error to every channel; `expire` shuts
every channel as if its key expired (system error, then phx_close); `refuse-joins` {"count": N}
and `storm` {"count": N} (accept the upgrade, then close at once) affect the next N, or all until
`reset` when N is -1; `silence` {"enabled": true} stops heartbeat replies. `GET .../stats` counts
upgrades, joins, heartbeats, storms and pushes.
"""
from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from typing import Any

from fastapi import FastAPI, Request, WebSocket
from fastapi.responses import JSONResponse

from . import jwt_hs256
from .realtime_bindings import (
    binding_id,
    binding_matches,
    binding_supported,
    status_record,
    update_change,
)

log = logging.getLogger(__name__)

_CLOSE = object()


def mount_realtime(app: FastAPI, state: Any) -> "RealtimeHub":
    """Serve the realtime websocket and its fault routes on `app`; returns the hub (app.state.realtime)."""
    hub = RealtimeHub(state)
    app.state.realtime = hub
    state.add_execution_listener(hub.on_execution_changed)
    app.add_api_websocket_route("/realtime/v1/websocket", hub.serve)

    async def fault(name: str, request: Request) -> Any:
        body = await _json_object(request)
        actions = {
            "kick": lambda: {"kicked": hub.kick(int(body.get("code", 1001)))},
            "crash": lambda: {"crashed": hub.shut_channels("phx_error")},
            "expire": lambda: {"expired": hub.shut_channels("expired")},
            "refuse-joins": lambda: hub.set_faults(refuse_joins=int(body.get("count", -1))),
            "storm": lambda: hub.set_faults(storm=int(body.get("count", -1))),
            "silence": lambda: hub.set_faults(silence_heartbeats=bool(body.get("enabled", True))),
            "reset": lambda: hub.set_faults(refuse_joins=0, storm=0, silence_heartbeats=False),
        }
        if name not in actions:
            return JSONResponse({"detail": f"Unknown realtime fault {name!r}", "faults": sorted(actions)}, 404)
        return actions[name]()

    async def stats() -> dict[str, Any]:
        return hub.stats()

    app.add_api_route("/_sandbox/realtime/stats", stats, methods=["GET"], include_in_schema=False)
    app.add_api_route("/_sandbox/realtime/{name}", fault, methods=["POST"], include_in_schema=False)
    return hub


async def _json_object(request: Request) -> dict[str, Any]:
    try:
        body = await request.json()
    except Exception:  # no body, or not JSON: every fault has defaults
        return {}
    return body if isinstance(body, dict) else {}


class RealtimeHub:
    def __init__(self, state: Any) -> None:
        self._state = state
        self.connections: set[_Connection] = set()
        self.refuse_joins = 0          # > 0: refuse that many joins; < 0: refuse until reset
        self.storm = 0                 # accept-then-close that many upgrades (< 0: until reset)
        self.silence_heartbeats = False
        self.idle_timeout = 60.0       # Phoenix closes a socket that sent nothing for this long
        self.counts = {"upgrades": 0, "denied": 0, "accepted": 0, "stormed": 0, "joins": 0,
                       "joins_refused": 0, "heartbeats": 0, "changes_pushed": 0}

    def set_faults(self, **switches: Any) -> dict[str, Any]:
        for name, value in switches.items():
            setattr(self, name, value)
        return self.stats()

    def stats(self) -> dict[str, Any]:
        return {**self.counts, "open_sockets": len(self.connections),
                "joined_channels": sum(len(c.channels) for c in self.connections),
                "refuse_joins": self.refuse_joins, "storm": self.storm,
                "silence_heartbeats": self.silence_heartbeats}

    def now(self) -> float:
        """The sandbox clock (`/_sandbox/clock/advance` moves it), which keys' `exp` follow."""
        clock = getattr(self._state, "now", None)
        return float(clock()) if callable(clock) else time.time()

    def verify(self, token: str) -> dict[str, Any]:
        return jwt_hs256.decode(token, self._state.jwt_secret, now=self.now())

    # ---- faults ----------------------------------------------------------------------------

    def kick(self, code: int) -> int:
        for connection in list(self.connections):
            connection.close(code)
        return len(self.connections)

    def shut_channels(self, how: str) -> int:
        shut = 0
        for connection in list(self.connections):
            for topic in list(connection.channels):
                if how == "phx_error":
                    connection.crash_channel(topic)
                else:
                    connection.shutdown_channel(topic, "Token has expired 0 seconds ago")
                shut += 1
        return shut

    def take_fault(self, name: str) -> bool:
        remaining = getattr(self, name)
        if remaining == 0:
            return False
        if remaining > 0:
            setattr(self, name, remaining - 1)
        return True

    # ---- changes ---------------------------------------------------------------------------

    def on_execution_changed(self, row: dict[str, Any]) -> None:
        """Called by the sandbox state (on its loop thread) whenever an execution changes status."""
        record = status_record(row)
        for connection in list(self.connections):
            with contextlib.suppress(RuntimeError):  # that socket's loop is already closed
                connection.loop.call_soon_threadsafe(connection.deliver_row, record)

    # ---- the websocket ---------------------------------------------------------------------

    async def serve(self, ws: WebSocket) -> None:
        self.counts["upgrades"] += 1
        apikey = ws.query_params.get("apikey") or ws.headers.get("x-api-key")
        try:
            if not apikey:
                raise jwt_hs256.JwtError("API key is missing")
            claims = self.verify(apikey)
        except jwt_hs256.JwtError as exc:
            self.counts["denied"] += 1
            try:
                await ws.send_denial_response(JSONResponse({"error": str(exc)}, status_code=401))
            except RuntimeError:  # server without the denial extension: a plain refusal (403)
                await ws.close(code=1008)
            return
        await ws.accept()
        if self.take_fault("storm"):
            self.counts["stormed"] += 1
            await ws.close(code=1011)
            return
        self.counts["accepted"] += 1
        connection = _Connection(self, ws, apikey, claims, ws.query_params.get("vsn", "1.0.0"))
        self.connections.add(connection)
        try:
            await connection.run()
        finally:
            self.connections.discard(connection)
            connection.forget_channels()


class _Channel:
    def __init__(self, topic: str, join_ref: str, bindings: list[dict[str, Any]],
                 token: str, claims: dict[str, Any]) -> None:
        self.topic, self.join_ref, self.bindings = topic, join_ref, bindings
        self.token, self.claims = token, claims
        self.expiry: asyncio.TimerHandle | None = None


class _Connection:
    def __init__(self, hub: RealtimeHub, ws: WebSocket, apikey: str, claims: dict[str, Any],
                 vsn: str) -> None:
        self.hub, self.ws, self.apikey, self.apikey_claims = hub, ws, apikey, claims
        self.v2 = vsn.startswith("2.")
        self.loop = asyncio.get_running_loop()
        self.outbox: asyncio.Queue[Any] = asyncio.Queue()
        self.channels: dict[str, _Channel] = {}

    async def run(self) -> None:
        reader = asyncio.ensure_future(self._read())
        writer = asyncio.ensure_future(self._write())
        try:
            await asyncio.wait({reader, writer}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (reader, writer):
                task.cancel()
            await asyncio.gather(reader, writer, return_exceptions=True)
            with contextlib.suppress(Exception):
                await self.ws.close()

    async def _write(self) -> None:
        while True:
            item = await self.outbox.get()
            if isinstance(item, tuple) and item[0] is _CLOSE:
                await self.ws.close(code=item[1])
                return
            await self.ws.send_text(item)

    async def _read(self) -> None:
        while True:
            try:
                text = await asyncio.wait_for(self.ws.receive_text(), self.hub.idle_timeout)
            except asyncio.TimeoutError:
                self.close(1000)
                return
            except Exception:  # disconnect, or a binary/garbled frame from a misbehaving client
                return
            with contextlib.suppress(ValueError, TypeError, KeyError, IndexError):
                self._handle(*self._unpack(json.loads(text)))

    # ---- framing (vsn 1.0.0 objects, vsn 2.0.0 arrays) -------------------------------------

    def _unpack(self, message: Any) -> tuple[str, str, dict[str, Any], Any, Any]:
        if isinstance(message, list):
            join_ref, ref, topic, event, payload = message
        else:
            topic, event, payload, ref = (message["topic"], message["event"],
                                          message["payload"], message["ref"])
            join_ref = message.get("join_ref")
        return str(topic), str(event), payload if isinstance(payload, dict) else {}, ref, join_ref

    def send(self, topic: str, event: str, payload: dict[str, Any], *, ref: Any = None,
             join_ref: Any = None) -> None:
        message: Any = ([join_ref, ref, topic, event, payload] if self.v2
                        else {"topic": topic, "event": event, "payload": payload, "ref": ref})
        self.outbox.put_nowait(json.dumps(message, separators=(",", ":")))

    def reply(self, topic: str, ref: Any, join_ref: Any, status: str, response: dict[str, Any]) -> None:
        self.send(topic, "phx_reply", {"status": status, "response": response}, ref=ref, join_ref=join_ref)

    def close(self, code: int) -> None:
        self.outbox.put_nowait((_CLOSE, code))

    # ---- client events ---------------------------------------------------------------------

    def _handle(self, topic: str, event: str, payload: dict[str, Any], ref: Any, join_ref: Any) -> None:
        if topic == "phoenix" and event == "heartbeat":
            self.hub.counts["heartbeats"] += 1
            if not self.hub.silence_heartbeats:
                self.reply("phoenix", ref, None, "ok", {})
        elif event == "phx_join":
            self._join(topic, payload, ref, join_ref if join_ref is not None else ref)
        elif topic not in self.channels:
            self.reply(topic, ref, join_ref, "error", {"reason": "unmatched topic"})
        elif event == "access_token":
            self._access_token(self.channels[topic], payload.get("access_token"))
        elif event == "phx_leave":
            channel = self.channels.pop(topic)
            _cancel(channel)
            self.reply(topic, ref, channel.join_ref, "ok", {})
            self.send(topic, "phx_close", {}, ref=channel.join_ref, join_ref=channel.join_ref)

    def _join(self, topic: str, payload: dict[str, Any], ref: Any, join_ref: Any) -> None:
        self.hub.counts["joins"] += 1
        if not topic.startswith("realtime:"):
            return self.reply(topic, ref, join_ref, "error", {"reason": "unmatched topic"})
        if topic == "realtime:":
            return self.reply(topic, ref, join_ref, "error",
                              {"reason": "TopicNameRequired: You must provide a topic name"})
        if self.hub.take_fault("refuse_joins"):
            self.hub.counts["joins_refused"] += 1
            return self.reply(topic, ref, join_ref, "error",
                              {"reason": "RealtimeRestarting: Realtime is restarting, please standby"})
        token = payload.get("access_token") or payload.get("user_token")
        if not isinstance(token, str) or token.startswith("sb_"):
            token = self.apikey
        try:
            claims = self.hub.verify(token)
        except jwt_hs256.JwtError as exc:
            return self.reply(topic, ref, join_ref, "error", {"reason": _jwt_reason(str(exc))})
        config = payload.get("config") if isinstance(payload.get("config"), dict) else {}
        requested = config.get("postgres_changes") or []
        bindings = [dict(b, id=binding_id(b)) for b in requested if isinstance(b, dict)]
        old = self.channels.get(topic)
        channel = _Channel(topic, join_ref, bindings, token, claims)
        self.channels[topic] = channel
        self.reply(topic, ref, join_ref, "ok", {"postgres_changes": bindings} if requested else {})
        if old is not None:  # Phoenix: the new join's reply first, then the old channel's close
            _cancel(old)
            self.send(topic, "phx_close", {}, ref=old.join_ref, join_ref=old.join_ref)
        self._arm_expiry(channel)
        if bindings:
            self._announce_subscription(channel)

    def _announce_subscription(self, channel: _Channel) -> None:
        name = channel.topic[len("realtime:"):]
        bad = [b for b in channel.bindings if not binding_supported(b)]
        if bad:
            message = ("Unable to subscribe to changes with given parameters. Please check Realtime "
                       f"is enabled for the given connect parameters: {json.dumps(bad)}")
            status = "error"
        else:
            message, status = "Subscribed to PostgreSQL", "ok"
        self.send(channel.topic, "system", {"extension": "postgres_changes", "status": status,
                                            "message": message, "channel": name},
                  join_ref=channel.join_ref)

    def _access_token(self, channel: _Channel, token: Any) -> None:
        if not isinstance(token, str) or token == channel.token or token.startswith("sb_"):
            return  # the server ignores these, and never replies to access_token
        try:
            channel.claims = self.hub.verify(token)
        except jwt_hs256.JwtError as exc:
            return self.shutdown_channel(channel.topic, str(exc))
        channel.token = token
        self._arm_expiry(channel)
        self._announce_subscription(channel)

    def _arm_expiry(self, channel: _Channel) -> None:
        _cancel(channel)
        delay = max(0.0, float(channel.claims["exp"]) - self.hub.now())
        channel.expiry = self.loop.call_later(delay, self._expire, channel)

    def _expire(self, channel: _Channel) -> None:
        if self.channels.get(channel.topic) is channel:
            late = int(self.hub.now() - float(channel.claims["exp"]))
            self.shutdown_channel(channel.topic, f"Token has expired {max(0, late)} seconds ago")

    def shutdown_channel(self, topic: str, message: str) -> None:
        channel = self.channels.pop(topic, None)
        if channel is None:
            return
        _cancel(channel)
        self.send(topic, "system", {"extension": "system", "status": "error", "message": message,
                                    "channel": topic[len("realtime:"):]}, join_ref=channel.join_ref)
        self.send(topic, "phx_close", {}, ref=channel.join_ref, join_ref=channel.join_ref)

    def crash_channel(self, topic: str) -> None:
        channel = self.channels.pop(topic, None)
        if channel is not None:
            _cancel(channel)
            self.send(topic, "phx_error", {"reason": "channel_crash"},
                      ref=channel.join_ref, join_ref=channel.join_ref)

    def forget_channels(self) -> None:
        for channel in self.channels.values():
            _cancel(channel)
        self.channels.clear()

    def deliver_row(self, record: dict[str, Any]) -> None:
        for channel in list(self.channels.values()):
            allowed = channel.claims.get("reference_id")
            if allowed is not None and str(allowed) != str(record.get("reference_id")):
                continue  # the key's row-level security only shows its own payment
            ids = [b["id"] for b in channel.bindings if binding_matches(b, record)]
            if not ids:
                continue
            self.hub.counts["changes_pushed"] += 1
            self.send(channel.topic, "postgres_changes", {"ids": ids, "data": update_change(record)})


def _cancel(channel: _Channel) -> None:
    if channel.expiry is not None:
        channel.expiry.cancel()
        channel.expiry = None


def _jwt_reason(message: str) -> str:
    if message.startswith("Failed to validate"):
        return f"JwtSignatureError: {message}"
    if message.startswith("The token provided"):
        return f"MalformedJWT: {message}"
    return f"InvalidJWTToken: {message}"
