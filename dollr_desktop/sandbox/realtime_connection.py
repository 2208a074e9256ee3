"""One realtime websocket as the sandbox's peer serves it: Phoenix framing (vsn 1.0.0 objects,
vsn 2.0.0 arrays), joins with their keys, heartbeats, key refresh and expiry, and the
`postgres_changes` pushes its channels' bindings match. `realtime_peer.RealtimeHub` owns the
connections, the faults and the counts.
"""
from __future__ import annotations

import asyncio
import contextlib
import json
from typing import TYPE_CHECKING, Any

from fastapi import WebSocket

from . import jwt_hs256
from .realtime_bindings import binding_id, binding_matches, binding_supported, update_change

if TYPE_CHECKING:
    from .realtime_peer import RealtimeHub

_CLOSE = object()


class Channel:
    def __init__(self, topic: str, join_ref: str, bindings: list[dict[str, Any]],
                 token: str, claims: dict[str, Any]) -> None:
        self.topic, self.join_ref, self.bindings = topic, join_ref, bindings
        self.token, self.claims = token, claims
        self.expiry: asyncio.TimerHandle | None = None


class Connection:
    def __init__(self, hub: RealtimeHub, ws: WebSocket, apikey: str, claims: dict[str, Any],
                 vsn: str) -> None:
        self.hub, self.ws, self.apikey, self.apikey_claims = hub, ws, apikey, claims
        self.v2 = vsn.startswith("2.")
        self.loop = asyncio.get_running_loop()
        self.outbox: asyncio.Queue[Any] = asyncio.Queue()
        self.channels: dict[str, Channel] = {}

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
        channel = Channel(topic, join_ref, bindings, token, claims)
        self.channels[topic] = channel
        self.reply(topic, ref, join_ref, "ok", {"postgres_changes": bindings} if requested else {})
        if old is not None:  # Phoenix: the new join's reply first, then the old channel's close
            _cancel(old)
            self.send(topic, "phx_close", {}, ref=old.join_ref, join_ref=old.join_ref)
        self._arm_expiry(channel)
        if bindings:
            self._announce_subscription(channel)

    def _announce_subscription(self, channel: Channel) -> None:
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

    def _access_token(self, channel: Channel, token: Any) -> None:
        if not isinstance(token, str) or token == channel.token or token.startswith("sb_"):
            return  # the server ignores these, and never replies to access_token
        try:
            channel.claims = self.hub.verify(token)
        except jwt_hs256.JwtError as exc:
            return self.shutdown_channel(channel.topic, str(exc))
        channel.token = token
        self._arm_expiry(channel)
        self._announce_subscription(channel)

    def _arm_expiry(self, channel: Channel) -> None:
        _cancel(channel)
        delay = max(0.0, float(channel.claims["exp"]) - self.hub.now())
        channel.expiry = self.loop.call_later(delay, self._expire, channel)

    def _expire(self, channel: Channel) -> None:
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


def _cancel(channel: Channel) -> None:
    if channel.expiry is not None:
        channel.expiry.cancel()
        channel.expiry = None


def _jwt_reason(message: str) -> str:
    if message.startswith("Failed to validate"):
        return f"JwtSignatureError: {message}"
    if message.startswith("The token provided"):
        return f"MalformedJWT: {message}"
    return f"InvalidJWTToken: {message}"
