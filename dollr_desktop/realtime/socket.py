"""One realtime socket shared by every watched payment: one channel each, on one connection
(PROTOCOL.md §1: Phoenix multiplexes topics over a socket). No Qt.

A busy counter has several payments pending at once; a socket each would multiply connections,
heartbeats and reconnect storms. `shared_socket(url, anon_key)` gives the one `RealtimeSocket`
of this event loop for that server; `PaymentChannel(socket=...)` joins its topic on it. The
socket connects while it has channels and closes when the last one leaves.

The socket owns the connection, the reader and the heartbeat; each channel owns its join, its
key (each payment has its own) and its rejoin backoff, exactly as a channel on its own socket.
When the socket drops, every channel goes RETRYING, and rejoins once the socket is back (one
jittered backoff for the socket, not one per channel).
"""
from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import time
from typing import Any

import websockets
from websockets.asyncio.client import connect as ws_connect

from dollr_desktop.logging_setup import register_secret

from . import protocol
from .timing import Backoff, RealtimeTimings

log = logging.getLogger(__name__)

_sockets: dict[tuple[int, str, str], "RealtimeSocket"] = {}


def shared_socket(realtime_url: str, anon_key: str, timings: RealtimeTimings | None = None) -> "RealtimeSocket":
    """The socket every channel of this event loop to this server shares (made on first use)."""
    try:
        loop_id = id(asyncio.get_running_loop())
    except RuntimeError:   # made before the loop runs: it connects once started on it
        loop_id = 0
    key = (loop_id, realtime_url, anon_key)
    socket = _sockets.get(key)
    if socket is None or socket.closed:
        socket = _sockets[key] = RealtimeSocket(realtime_url, anon_key, timings=timings)
        socket._pool_key = key
    return socket


class _SocketEnded(Exception):
    pass


class RealtimeSocket:
    def __init__(self, realtime_url: str, anon_key: str, *, timings: RealtimeTimings | None = None,
                 backoff: Backoff | None = None) -> None:
        register_secret(anon_key)
        self._anon_key = anon_key
        self._url = protocol.websocket_url(realtime_url, anon_key)
        self._timings = timings or RealtimeTimings()
        self._backoff = backoff or Backoff(self._timings)
        self._refs = itertools.count(1)
        self.channels: dict[str, Any] = {}      # topic -> PaymentChannel
        self._task: asyncio.Task[None] | None = None
        self._ws: Any = None
        self._pending_heartbeat: str | None = None
        self._up_since: float | None = None
        self._pool_key: tuple | None = None
        self.closed = False
        self.connects = 0
        self.last_error: str | None = None

    @property
    def connected(self) -> bool:
        return self._ws is not None

    def next_ref(self) -> str:
        return f"s{next(self._refs)}"

    # ---- channels --------------------------------------------------------------------------

    def attach(self, channel: Any) -> None:
        self.channels[channel.topic] = channel
        if self._ws is not None:
            channel.connects += 1   # carried on a socket already open
            channel._socket_up(self._ws)
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._run(), name="realtime socket")

    async def detach(self, channel: Any) -> None:
        if self.channels.get(channel.topic) is channel:
            del self.channels[channel.topic]
        if not self.channels:
            await self.close()

    async def close(self) -> None:
        self.closed = True
        if self._pool_key is not None and _sockets.get(self._pool_key) is self:
            del _sockets[self._pool_key]
        task, self._task = self._task, None
        if task is not None and task is not asyncio.current_task():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def send(self, text: str) -> None:
        ws = self._ws
        if ws is None:
            raise _SocketEnded("realtime socket not connected")
        await ws.send(text)

    # ---- the connection --------------------------------------------------------------------

    async def _run(self) -> None:
        while self.channels:
            try:
                await self._one_connection()
            except asyncio.CancelledError:
                raise
            except _SocketEnded as ended:
                self.last_error = str(ended)
            except websockets.exceptions.InvalidStatus as exc:
                self.last_error = f"realtime refused the connection: {_denial(exc)}"
            except Exception as exc:  # every failure retries: never give up silently
                self.last_error = f"{type(exc).__name__}: {exc}".replace(self._anon_key, "[REDACTED]")
            finally:
                self._ws, self._pending_heartbeat = None, None
                for channel in list(self.channels.values()):
                    channel._socket_down(self.last_error or "socket closed")
            if self._up_since is not None and time.monotonic() - self._up_since >= self._timings.stable_after:
                self._backoff.reset()
            self._up_since = None
            delay = self._backoff.next_delay()
            log.info("realtime socket down (%s); retrying in %.2fs", self.last_error, delay)
            await asyncio.sleep(delay)

    async def _one_connection(self) -> None:
        self.connects += 1
        for channel in list(self.channels.values()):
            channel.connects += 1   # every socket this channel waited on, opened or only attempted
        async with ws_connect(self._url, open_timeout=self._timings.connect_timeout, close_timeout=1.0,
                              max_size=5 * 2**20) as ws:
            self._ws = ws
            self._up_since = time.monotonic()
            for channel in list(self.channels.values()):
                channel._socket_up(ws)
            tasks = [asyncio.ensure_future(self._read(ws)), asyncio.ensure_future(self._heartbeat(ws))]
            try:
                done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for task in tasks:
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)
            for task in done:
                task.result()
            raise _SocketEnded("connection ended")

    async def _read(self, ws: Any) -> None:
        try:
            async for raw in ws:
                frame = protocol.decode(raw)
                if frame is None:
                    continue
                if frame.topic == protocol.PHOENIX_TOPIC:
                    if frame.event == "phx_reply" and frame.ref is not None and frame.ref == self._pending_heartbeat:
                        self._pending_heartbeat = None
                    continue
                channel = self.channels.get(frame.topic)
                if channel is not None:
                    channel._dispatch(frame)
        except websockets.exceptions.ConnectionClosed:
            pass
        raise _SocketEnded(f"socket closed by server (code {ws.close_code})")

    async def _heartbeat(self, ws: Any) -> None:
        while True:
            await asyncio.sleep(self._timings.heartbeat_interval)
            if self._pending_heartbeat is not None:
                raise _SocketEnded("heartbeat reply missing")
            self._pending_heartbeat = self.next_ref()
            await ws.send(protocol.encode(protocol.PHOENIX_TOPIC, "heartbeat", {}, self._pending_heartbeat))


def _denial(exc: websockets.exceptions.InvalidStatus) -> str:
    response = exc.response
    body = (response.body or b"")[:200].decode("utf-8", "replace")
    return f"HTTP {response.status_code} {body}".strip()
