"""A Supabase Realtime subscription to one payment's status row, on `websockets` (no Qt).

Why our own client rather than PyPI `realtime` (PROTOCOL.md §2.4-2.5): that client dies silently
when a callback raises, storms the server when a socket is accepted then closed, gives up for
good after five failed reconnects, lets a stale `phx_close` kill a fresh subscription and never
checks heartbeat replies. Here every failure path funnels into one jittered backoff, frames are
filtered by join ref, callbacks are isolated, and the state is always visible.

Callbacks are plain functions run on the event loop's thread (the GUI thread under qasync); keep
them short. A callback that raises is logged and the listener carries on.
"""
from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import time
from typing import Any, Callable


from dollr_desktop.logging_setup import register_secret

from . import protocol
from .model import ChannelState, KeyFetcher, RealtimeKey, StatusChange
from .timing import Backoff, RealtimeTimings, wait_done

log = logging.getLogger(__name__)

_JWT_REASONS = ("InvalidJWTToken", "MalformedJWT", "JwtSignatureError")


class PaymentChannel:
    def __init__(
        self,
        *,
        realtime_url: str,
        anon_key: str,
        session_id: int,
        reference_id: str,
        fetch_key: KeyFetcher,
        on_change: Callable[[StatusChange], Any] | None = None,
        on_state: Callable[[ChannelState], Any] | None = None,
        on_subscribed: Callable[[], Any] | None = None,
        timings: RealtimeTimings | None = None,
        backoff: Backoff | None = None,
        socket: Any = None,
    ) -> None:
        register_secret(anon_key)
        self._anon_key = anon_key
        self._realtime_url = realtime_url
        self.topic = protocol.channel_topic(int(session_id), reference_id)
        self._binding = protocol.status_binding(reference_id)
        self._fetch_key = fetch_key
        self._on_change, self._on_state, self._on_subscribed = on_change, on_state, on_subscribed
        self._timings = timings or RealtimeTimings()
        self._backoff = backoff or Backoff(self._timings)
        self._refs = itertools.count(1)
        self._task: asyncio.Task[None] | None = None
        self._key: RealtimeKey | None = None
        self._ws: Any = None
        self._join_ref: str | None = None
        self._join_reply: asyncio.Future[str | None] | None = None
        self._channel_lost: asyncio.Future[str] | None = None
        self._binding_id: int | None = None
        self._live_since: float | None = None
        self.state = ChannelState.CLOSED
        self.last_error: str | None = None
        self.connects = 0   # sockets opened (or attempted): what a storm would inflate
        self.joins = 0
        self.events = 0
        self._socket = socket   # a shared RealtimeSocket (realtime/socket.py), or None: one of its own

    # ---- lifecycle -------------------------------------------------------------------------

    def start(self) -> None:
        if self._socket is None or self._socket.closed:   # a socket of its own, closed when it stops
            from .socket import RealtimeSocket

            self._socket = RealtimeSocket(self._realtime_url, self._anon_key, timings=self._timings)
        if self._socket.channels.get(self.topic) is not self:
            self._set_state(ChannelState.CONNECTING)
            self._socket.attach(self)

    async def stop(self) -> None:
        task, self._task = self._task, None
        ws, join_ref = self._ws, self._join_ref
        self._join_ref = None  # the phx_close answering our leave must not trigger a rejoin
        if ws is not None and join_ref is not None and self._binding_id is not None:
            with contextlib.suppress(Exception):  # a courtesy: the server cleans up anyway
                await asyncio.wait_for(ws.send(protocol.encode(
                    self.topic, "phx_leave", {}, self._next_ref(), join_ref)), 1.0)
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if self._socket is not None:
            self._ws = None
            await self._socket.detach(self)   # the socket closes with its last channel
        self._set_state(ChannelState.CLOSED)

    # ---- on its socket (realtime/socket.py: the connection, the reader, the heartbeat) --------

    def _socket_up(self, ws: Any) -> None:
        """The shared socket is connected: join (and stay joined) on it."""
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._ws = ws
        self._set_state(ChannelState.CONNECTING)
        self._task = asyncio.get_running_loop().create_task(self._keep_joined(ws), name=f"realtime {self.topic}")

    def _socket_down(self, reason: str) -> None:
        """The shared socket dropped: this channel waits for it to come back (it rejoins then)."""
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
        self._ws, self._join_ref = None, None
        self.last_error = reason
        self._channel_failed_at(time.monotonic())
        self._set_state(ChannelState.RETRYING)

    async def _keep_joined(self, ws: Any) -> None:
        while True:
            try:
                await self._channel(ws)
            except asyncio.CancelledError:
                raise
            except Exception as exc:   # a key that could not be fetched, a send on a closing socket
                self.last_error = f"{type(exc).__name__}: {exc}".replace(self._anon_key, "[REDACTED]")
            self._join_ref = None
            self._channel_failed_at(time.monotonic())
            self._set_state(ChannelState.RETRYING)
            await asyncio.sleep(self._backoff.next_delay())
            self._set_state(ChannelState.CONNECTING)

    async def _channel(self, ws: Any) -> None:
        """Join, stay joined (refreshing the key), and rejoin with backoff when the channel is lost."""
        loop = asyncio.get_running_loop()
        while True:
            key = await self._usable_key()
            self._binding_id = None
            self._join_ref = join_ref = self._next_ref()
            self._join_reply = loop.create_future()
            self._channel_lost = loop.create_future()
            self.joins += 1
            await ws.send(protocol.encode(self.topic, "phx_join",
                                          protocol.join_payload(self._binding, key.access_token),
                                          join_ref, join_ref))
            reason = await self._await_join()
            if reason is None:
                reason = await self._stay_joined(ws, join_ref)
            self._join_ref = None  # from here on, frames of that join are stale
            self.last_error = reason
            self._channel_failed_at(time.monotonic())
            delay = self._backoff.next_delay()
            log.info("realtime %s channel lost (%s); rejoining in %.2fs", self.topic, reason, delay)
            self._set_state(ChannelState.RETRYING)
            await asyncio.sleep(delay)
            self._set_state(ChannelState.CONNECTING)

    async def _await_join(self) -> str | None:
        """None when joined with our binding echoed back, else why not."""
        assert self._join_reply is not None
        if await wait_done(self._join_reply, self._timings.join_timeout):
            return self._join_reply.result()
        return "join timed out"

    def _accept_join_reply(self, reply: dict[str, Any]) -> str | None:
        """Judge the join reply as soon as it is read: the frames right behind it need the verdict."""
        response = reply.get("response") if isinstance(reply.get("response"), dict) else {}
        if reply.get("status") != "ok":
            reason = str(response.get("reason", "join refused"))
            if reason.startswith(_JWT_REASONS):
                self._key = None  # fetch a fresh key before the next join
            return f"join refused: {reason}"
        binding_id = protocol.echoed_binding_id(response, self._binding)
        if binding_id is None:
            return "mismatch between server and client bindings for postgres changes"
        self._binding_id = binding_id
        self._set_state(ChannelState.JOINED)
        return None

    async def _stay_joined(self, ws: Any, join_ref: str) -> str:
        assert self._channel_lost is not None and self._key is not None
        next_refresh = self._key.refresh_at(self._timings.key_refresh_margin)
        while True:
            if await wait_done(self._channel_lost, max(0.0, next_refresh - time.monotonic())):
                return self._channel_lost.result()
            try:
                self._key = await self._new_key()
            except Exception as exc:  # keep the old key; the server shuts the channel at expiry
                log.warning("realtime key refresh failed: %s", exc)
                next_refresh = time.monotonic() + self._timings.key_retry_interval
                continue
            await ws.send(protocol.encode(self.topic, "access_token",
                                          {"access_token": self._key.access_token},
                                          self._next_ref(), join_ref))
            next_refresh = self._key.refresh_at(self._timings.key_refresh_margin)

    # ---- frames from the server ------------------------------------------------------------

    def _dispatch(self, frame: protocol.Frame) -> None:
        if frame.topic != self.topic:
            return
        if frame.event == "phx_reply":
            if frame.ref == self._join_ref and self._join_reply and not self._join_reply.done():
                self._join_reply.set_result(self._accept_join_reply(frame.payload))
        elif frame.event in ("phx_close", "phx_error"):
            self._on_close_or_error(frame)
        elif frame.event == "system":
            self._on_system(frame.payload)
        elif frame.event == "postgres_changes":
            self._on_postgres_change(frame.payload)

    def _on_close_or_error(self, frame: protocol.Frame) -> None:
        if self._join_ref is None or frame.ref != self._join_ref:
            log.debug("realtime: ignoring stale %s for join ref %s", frame.event, frame.ref)
            return
        reason = f"{frame.event} {frame.payload.get('reason', '')}".strip()
        if self._join_reply is not None and not self._join_reply.done():
            self._join_reply.set_result(f"join failed: {reason}")
        elif self._channel_lost is not None and not self._channel_lost.done():
            self._channel_lost.set_result(reason)

    def _on_system(self, payload: dict[str, Any]) -> None:
        message = str(payload.get("message", ""))
        if payload.get("status") == "ok" and payload.get("extension") == "postgres_changes":
            if self._binding_id is not None and self.state is not ChannelState.LIVE:
                self._live_since = time.monotonic()
                self._set_state(ChannelState.LIVE)
            if self._binding_id is not None:
                self._call(self._on_subscribed)
        elif payload.get("status") == "error":
            log.warning("realtime %s system error: %s", payload.get("extension"), message)
            if "expired" in message.lower() or "jwt" in message.lower():
                self._key = None  # the phx_close that follows leads to a rejoin with a fresh key
            if payload.get("extension") == "postgres_changes" and self.state is ChannelState.LIVE:
                self._set_state(ChannelState.JOINED)  # joined but not receiving: the watcher polls

    def _on_postgres_change(self, payload: dict[str, Any]) -> None:
        ids = payload.get("ids")
        if self._binding_id is None or (isinstance(ids, list) and self._binding_id not in ids):
            return
        data = payload.get("data")
        if not isinstance(data, dict):
            return
        record = data.get("record") if isinstance(data.get("record"), dict) else {}
        old = data.get("old_record") if isinstance(data.get("old_record"), dict) else {}
        self.events += 1
        self._call(self._on_change, StatusChange(
            type=str(data.get("type", "")).upper(), record=record, old_record=old,
            commit_timestamp=data.get("commit_timestamp")))

    # ---- helpers ---------------------------------------------------------------------------

    async def _usable_key(self) -> RealtimeKey:
        if self._key is None or self._key.is_expired():
            self._key = await self._new_key()
        return self._key

    async def _new_key(self) -> RealtimeKey:
        key = await self._fetch_key()
        register_secret(key.access_token)
        return key

    def _channel_failed_at(self, now: float) -> None:
        """A failure after a long healthy stretch starts the backoff over."""
        if self._live_since is not None and now - self._live_since >= self._timings.stable_after:
            self._backoff.reset()
        self._live_since = None

    def _next_ref(self) -> str:
        return str(next(self._refs))

    def _set_state(self, state: ChannelState) -> None:
        if state is not self.state:
            self.state = state
            self._call(self._on_state, state)

    def _call(self, callback: Callable[..., Any] | None, *args: Any) -> None:
        if callback is None:
            return
        try:
            callback(*args)
        except Exception:  # a broken callback must not deafen the listener
            log.exception("realtime callback %r raised", callback)
