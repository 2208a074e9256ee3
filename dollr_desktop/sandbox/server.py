"""Run the sandbox in-process: uvicorn on a daemon thread, bound to 127.0.0.1 and a free port.

`stop()` keeps the state and the port; `start()` again listens on the same port, so an app that
was talking to the sandbox sees it go away and come back, like a real server restarting.
"""
from __future__ import annotations

import asyncio
import socket
import threading
import time

import uvicorn

from dollr_desktop.sandbox.app import create_app
from dollr_desktop.sandbox.state import SandboxState

START_TIMEOUT = 10.0


class SandboxServer:
    def __init__(self, host: str = "127.0.0.1", port: int = 0, settle_delay: float = 3.0, verified: bool = True,
                 token_ttl_minutes: float = 60, seed_demo: bool = True, state_file=None) -> None:
        self.host = host
        self.port = port
        self.state = SandboxState(settle_delay=settle_delay, verified=verified,
                                  token_ttl_minutes=token_ttl_minutes, state_file=state_file)
        if seed_demo and not self.state.executions and not self.state.parties:
            from dollr_desktop.sandbox.demo import seed_demo as seed

            seed(self.state)
        self.app = create_app(self.state)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    # ---- addresses --------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def realtime_url(self) -> str:
        return self.base_url

    @property
    def info(self) -> dict:
        return self.state.info()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # ---- lifecycle --------------------------------------------------------------------------
    def start(self) -> "SandboxServer":
        if self.running:
            return self
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # no 40 ms Nagle stalls
        sock.bind((self.host, self.port))
        sock.listen(128)
        sock.setblocking(False)
        self.port = sock.getsockname()[1]
        self.state.base_url = self.base_url
        config = uvicorn.Config(self.app, log_level="warning", access_log=False, http="h11", ws="auto",
                                lifespan="on", timeout_graceful_shutdown=1, loop="asyncio")
        server = uvicorn.Server(config)  # off the main thread, uvicorn leaves signals alone
        self._server = server

        def run() -> None:
            asyncio.run(server.serve(sockets=[sock]))

        self._thread = threading.Thread(target=run, name=f"dollr-sandbox-{self.port}", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while self._thread.is_alive() and not server.started and time.monotonic() < deadline:
            time.sleep(0.005)
        if not server.started:
            sock.close()
            raise RuntimeError("the Dollr sandbox failed to start")
        return self

    def stop(self) -> None:
        if self._server is None or self._thread is None:
            return
        self._server.should_exit = True
        self._thread.join(START_TIMEOUT)
        self._server = None
        self._thread = None
        self.state.save()

    def __enter__(self) -> "SandboxServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
