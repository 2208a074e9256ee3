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

import contextlib
import logging
import time
from typing import Any

from fastapi import FastAPI, Request, WebSocket
from fastapi.responses import JSONResponse

from . import jwt_hs256
from .realtime_bindings import status_record
from .realtime_connection import Connection

log = logging.getLogger(__name__)


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
        self.connections: set[Connection] = set()
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
        connection = Connection(self, ws, apikey, claims, ws.query_params.get("vsn", "1.0.0"))
        self.connections.add(connection)
        try:
            await connection.run()
        finally:
            self.connections.discard(connection)
            connection.forget_channels()
