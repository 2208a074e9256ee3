"""The payment flow as a separate process, so a test can SIGKILL it at a step boundary.

    python -m tests.e2e.crash.child collect|reconcile

Environment: DOLLR_DATA_DIR (the store), CRASH_SANDBOX (JSON: base_url, client_id,
client_secret), CRASH_INVOICE_ID, CRASH_PHONE, CRASH_PAUSE_AT (journal_committed |
request_left | response_received | empty), CRASH_MARKER (a file written when paused, after
which the process sleeps until it is killed), CRASH_GRACE (reconcile: not-found grace seconds),
CRASH_WAIT (reconcile: how long to keep checking open entries, default 10 s), CRASH_SEND_WINDOW
(collect: how long after the journal commit the request may still leave, default 2 s, so that a
restart may conclude "never received" once that window has passed).
CRASH_RETRY_OF: collect again for a NOT_FOUND entry. `reconcile` is the app starting again: one reconciliation round, repeated while entries are
PENDING/PROCESSING (the sandbox settles them), then the journal printed as JSON on stdout.
"""
from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from pathlib import Path

import httpx

from dollr_desktop.services.collection import CollectionService, PaymentStep
from dollr_desktop.services.reconciliation import PaymentChecker, Reconciler
from dollr_desktop.store import Store
from tests.unit.services.sandbox_kit import client_for

PAUSE_AT = os.environ.get("CRASH_PAUSE_AT", "")


def pause_here(boundary: str) -> None:
    if boundary == PAUSE_AT:
        Path(os.environ["CRASH_MARKER"]).write_text(boundary)
        time.sleep(3600)  # blocks everything, like a process frozen at this instant; killed here


class PauseAfterExecuteLeaves(httpx.AsyncBaseTransport):
    """Lets the execute request reach the server, then freezes before the answer is read."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if request.url.path.startswith("/v1/executions/"):
            pause_here("request_left")
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


def on_step(step: PaymentStep, entry) -> None:
    if step is PaymentStep.JOURNAL_COMMITTED:
        pause_here("journal_committed")
    elif step is PaymentStep.RESPONSE_RECEIVED:
        pause_here("response_received")


async def collect(client, store: Store) -> None:
    checker = PaymentChecker(client, store, send_window_s=float(os.environ.get("CRASH_SEND_WINDOW", "2")))
    service = CollectionService(client, store, on_step=on_step, checker=checker)
    plan = await service.plan("INVOICE", int(os.environ["CRASH_INVOICE_ID"]), os.environ["CRASH_PHONE"])
    entry = await service.collect(plan, retry_of=os.environ.get("CRASH_RETRY_OF") or None)
    while entry.is_open:
        await asyncio.sleep(0.05)
        entry = await service.check(entry.reference_id)


async def reconcile(client, store: Store) -> None:
    reconciler = Reconciler(client, store, not_found_grace_s=float(os.environ.get("CRASH_GRACE", "0")))
    report = await reconciler.run_once()
    deadline = time.monotonic() + float(os.environ.get("CRASH_WAIT", "10"))
    while report.still_open and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
        report = await reconciler.run_once()


async def main(mode: str) -> None:
    info = json.loads(os.environ["CRASH_SANDBOX"])
    store = Store.open()
    client = client_for(info, transport=PauseAfterExecuteLeaves())
    try:
        await (collect if mode == "collect" else reconcile)(client, store)
        entries = [{"reference_id": e.reference_id, "state": e.state.value, "reconciled": bool(e.reconciled_at),
                    "retry_of": e.retry_of} for e in store.journal.entries()]
        print(json.dumps(entries))
    finally:
        await client.aclose()
        store.close()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
