"""The sandbox's ASGI app: every operation of the Dollr contract, the control API, hosted pages."""
from __future__ import annotations

import asyncio
import contextlib
import logging

from fastapi import Depends, FastAPI, Request

from dollr_desktop.sandbox import payments, realtime_peer
from dollr_desktop.sandbox.auth import make_dependency
from dollr_desktop.sandbox.control import control_router, sandbox_error_response
from dollr_desktop.sandbox.errors import SandboxError
from dollr_desktop.sandbox.faults import FaultMiddleware
from dollr_desktop.sandbox.hosted import hosted_router
from dollr_desktop.sandbox.routes_core import parties_router, token_router
from dollr_desktop.sandbox.routes_documents import documents_router
from dollr_desktop.sandbox.routes_info import info_router
from dollr_desktop.sandbox.routes_payments import payments_router
from dollr_desktop.sandbox.state import SandboxState

log = logging.getLogger(__name__)
TICK_SECONDS = 0.05


def create_app(state: SandboxState) -> FastAPI:
    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        ticker = asyncio.create_task(_settle_forever(state), name="sandbox-settlement")
        try:
            yield
        finally:
            ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await ticker
            state.save()

    app = FastAPI(title="Dollr sandbox", openapi_url=None, docs_url=None, redoc_url=None, lifespan=lifespan)
    app.state.sandbox = state

    @app.exception_handler(SandboxError)
    async def on_sandbox_error(request: Request, exc: SandboxError):
        return sandbox_error_response(exc)

    auth = [Depends(make_dependency(state))]
    app.include_router(token_router(state))
    app.include_router(parties_router(state), dependencies=auth)
    app.include_router(documents_router(state, "INVOICE"), dependencies=auth)
    app.include_router(documents_router(state, "ORDER"), dependencies=auth)
    app.include_router(payments_router(state), dependencies=auth)
    app.include_router(info_router(state), dependencies=auth)
    app.include_router(hosted_router(state))
    app.include_router(control_router(state))
    realtime_peer.mount_realtime(app, state)
    if state.state_file is not None:
        app.add_middleware(PersistMiddleware, state=state)
    app.add_middleware(FaultMiddleware, state=state)
    return app


class PersistMiddleware:
    """Write the state file after every request that may have changed something."""

    def __init__(self, app, state: SandboxState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope, receive, send):
        try:
            await self.app(scope, receive, send)
        finally:
            if scope["type"] == "http" and scope["method"] != "GET":
                self.state.save()


async def _settle_forever(state: SandboxState) -> None:
    while True:
        try:
            payments.tick(state)
        except Exception:  # keep settling the others; a bad record must not stop the clock
            log.exception("sandbox settlement tick failed")
        await asyncio.sleep(TICK_SECONDS)
