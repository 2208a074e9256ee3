"""A payout run as a separate process, so a test can SIGKILL it in the middle.

    python -m tests.e2e.crash.run_child start|resume

Environment: DOLLR_DATA_DIR (the store), CRASH_SANDBOX (JSON: base_url, client_id, client_secret,
passcode, passcode_phone), CRASH_ROWS (JSON list of [name, phone, amount, currency]),
CRASH_PAUSE_AT: "row4_done" (freeze once the fourth row is linked to its sent entry) or
"row5_left" (freeze once the fifth row's execute request reached the server, before its answer
is read), CRASH_MARKER (a file written when frozen). `resume` is the app starting again: one
reconciliation round, the run recovered, then resumed with the passcode and settled; it prints
{"run": …, "rows": […]} as JSON on stdout.
"""
from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from pathlib import Path

import httpx

from dollr_desktop.services.contacts import ContactsService
from dollr_desktop.services.payout_runs import PayoutRunService
from dollr_desktop.services.run_passcode import RunPasscode
from dollr_desktop.services.payouts_flow import PayoutsFlow
from dollr_desktop.services.reconciliation import Reconciler
from dollr_desktop.store import Store
from dollr_desktop.store.payout_runs import RowInput
from tests.unit.services.sandbox_kit import client_for

PAUSE_AT = os.environ.get("CRASH_PAUSE_AT", "")
executes = 0


def freeze(boundary: str) -> None:
    if boundary == PAUSE_AT:
        Path(os.environ["CRASH_MARKER"]).write_text(boundary)
        time.sleep(3600)   # like a process frozen at this instant; killed here


class FreezeAfterFifthExecute(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        global executes
        response = await self.inner.handle_async_request(request)
        if request.url.path.startswith("/v1/executions/payout"):
            executes += 1
            if executes == 5:
                freeze("row5_left")
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


def service_for(client, store: Store) -> PayoutRunService:
    flow = PayoutsFlow(client, store, ContactsService(client, store), base_url=client.base_url)
    return PayoutRunService(flow, store, ContactsService(client, store), settle_wait_s=10.0)


async def start(client, store: Store, info: dict) -> int:
    service = service_for(client, store)
    rows = [RowInput(*row) for row in json.loads(os.environ["CRASH_ROWS"])]
    run = await service.create("Crash payroll", "csv", rows)

    def on_change(run_id: int, row_id: int | None) -> None:
        if row_id is not None:
            row = store.payout_runs.row(row_id)
            if row.position == 4 and row.step == "SENT":
                freeze("row4_done")

    service.listeners.append(on_change)
    await (await service.start(run.id, RunPasscode(info["passcode"], info["passcode_phone"])))
    return run.id


async def resume(client, store: Store, info: dict) -> int:
    await Reconciler(client, store, not_found_grace_s=0).run_once()   # the app's start-up round
    service = service_for(client, store)
    [run] = await service.recover()
    assert run.state == "PAUSED", run
    await (await service.start(run.id, RunPasscode(info["passcode"], info["passcode_phone"])))
    return run.id


async def main(mode: str) -> None:
    info = json.loads(os.environ["CRASH_SANDBOX"])
    store = Store.open()
    client = client_for(info, transport=FreezeAfterFifthExecute())
    try:
        run_id = await (start if mode == "start" else resume)(client, store, info)
        run = store.payout_runs.get(run_id)
        rows = [{"position": r.position, "outcome": r.outcome, "reference_id": r.reference_id}
                for r in store.payout_runs.rows(run_id)]
        print(json.dumps({"run": {"state": run.state, "results_csv": run.results_csv}, "rows": rows}))
    finally:
        await client.aclose()
        store.close()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
