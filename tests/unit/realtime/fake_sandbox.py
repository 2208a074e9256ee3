"""A tiny stand-in for the sandbox: the realtime peer on a FastAPI app of its own, a fake state
with `jwt_secret` and `add_execution_listener`, and a fake Dollr client reading that state.

Used where the peer or the client is tested on its own; tests against the real sandbox live in
test_against_sandbox.py.
"""
from __future__ import annotations

import asyncio
import threading
import time
import uuid
from types import SimpleNamespace
from typing import Any, Callable

import uvicorn
from fastapi import FastAPI

from dollr_desktop.sandbox import jwt_hs256
from dollr_desktop.sandbox.realtime_peer import RealtimeHub, mount_realtime


class FakeState:
    def __init__(self) -> None:
        self.jwt_secret = "fake-sandbox-secret-" + uuid.uuid4().hex
        self.listeners: list[Callable[[dict[str, Any]], None]] = []
        self.rows: dict[str, dict[str, Any]] = {}
        self.lock = threading.Lock()

    def add_execution_listener(self, fn: Callable[[dict[str, Any]], None]) -> None:
        self.listeners.append(fn)

    def mint(self, ttl: float = 3600.0, role: str = "anon", **claims: Any) -> str:
        all_claims = {"role": role, "exp": int(time.time() + ttl), **claims}
        return jwt_hs256.encode({k: v for k, v in all_claims.items() if v is not None}, self.jwt_secret)


class _Server(uvicorn.Server):
    loop: asyncio.AbstractEventLoop

    async def serve(self, sockets=None):  # type: ignore[override]
        self.loop = asyncio.get_running_loop()
        await super().serve(sockets)


class FakeSandbox:
    """The peer served on 127.0.0.1:<free port> from a background thread, like SandboxServer."""

    def __init__(self) -> None:
        self.state = FakeState()
        app = FastAPI()
        self.hub: RealtimeHub = mount_realtime(app, self.state)
        self.anon_key = self.state.mint(ttl=10 * 365 * 86400)
        self._server = _Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning",
                                              lifespan="off"))
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    def start(self) -> "FakeSandbox":
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("fake sandbox did not start")
            time.sleep(0.01)
        port = self._server.servers[0].sockets[0].getsockname()[1]
        self.base_url = f"http://127.0.0.1:{port}"
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(10)

    def on_loop(self, fn: Callable[..., Any], *args: Any) -> None:
        self._server.loop.call_soon_threadsafe(fn, *args)

    def set_status(self, reference_id: str, status: str, session_id: int = 55,
                   gateway_message: str | None = None) -> None:
        """Change an execution's status and notify listeners on the server's loop thread."""
        row = {"reference_id": reference_id, "session_id": session_id, "source_type": "INVOICE",
               "status": status, "gateway_message": gateway_message,
               "updated_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
        with self.state.lock:
            self.state.rows[reference_id] = row

        def notify() -> None:
            for listener in self.state.listeners:
                listener(dict(row))
        self.on_loop(notify)

    def call(self, fn: Callable[[], Any]) -> Any:
        """Run fn on the server's loop and return its result (for poking the hub safely)."""
        future = asyncio.run_coroutine_threadsafe(_as_coro(fn), self._server.loop)
        return future.result(5)


async def _as_coro(fn: Callable[[], Any]) -> Any:
    return fn()


class FakeDollrClient:
    """Just the two operations the watcher uses, answered from the fake state."""

    def __init__(self, sandbox: FakeSandbox, key_ttl: float = 3600.0) -> None:
        self._sandbox = sandbox
        self.key_ttl = key_ttl
        self.status_calls = 0
        self.key_calls = 0
        self.status_error: Exception | None = None
        self.status = SimpleNamespace(collection=self._status)
        self.realtime_keys = SimpleNamespace(collection=self._key)

    async def _status(self, reference_id: str) -> Any:
        self.status_calls += 1
        await asyncio.sleep(0)
        if self.status_error is not None:
            raise self.status_error
        with self._sandbox.state.lock:
            row = self._sandbox.state.rows.get(reference_id)
        if row is None:
            raise LookupError(f"no execution {reference_id}")
        return SimpleNamespace(reference_id=reference_id, status=row["status"],
                               gateway_message=row["gateway_message"])

    async def _key(self, *, session_id: int, source_type: str, reference_id: str) -> Any:
        assert isinstance(session_id, int)
        self.key_calls += 1
        token = self._sandbox.state.mint(ttl=self.key_ttl, role="anon", session_id=session_id,
                                         reference_id=reference_id)
        return SimpleNamespace(access_token=token, expires_in=int(self.key_ttl))
