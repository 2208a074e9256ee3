"""How soon a merchant sees a payment land: realtime watcher vs polling every 3 s, side by side.

50 mobile-money payments are created in the embedded sandbox and left in PROCESSING. Each is
watched twice at once: by `PaymentStatusWatcher` (Supabase Realtime hint, confirmed with
GET /v1/status/collection) and by the documented polling pattern (that GET every 3 s). The
payments are then settled at random moments through the control API. Latency is measured from
the instant the sandbox changes the status (its execution listener, same process, same clock) to
the instant each subscriber holds the confirmed final status.

Prints `realtime_median_ms`, `realtime_p95_ms`, `polling_median_ms`, `polling_p95_ms` (goal:
realtime_p95_ms < 250) and a few counts.
Run: .venv/bin/python benchmarks/live_status.py [payments] [spread_seconds]
"""
from __future__ import annotations

import asyncio
import logging
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dollr_desktop.sandbox.server import SandboxServer  # noqa: E402
from dollr_desktop.services.live_status import FINAL_STATUSES, PaymentStatusWatcher  # noqa: E402
from tests.unit.realtime.sandbox_payment import client_for, control, pending_collection  # noqa: E402

POLL_EVERY = 3.0


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


async def poll_until_final(api, reference_id: str) -> float:
    """The documented pattern: GET the status every 3 s until it is final."""
    while True:
        response = await api.status.collection(reference_id)
        status = str(getattr(response.status, "value", response.status)).upper()
        if status in FINAL_STATUSES:
            return time.monotonic()
        await asyncio.sleep(POLL_EVERY)


async def main(payments: int, spread: float) -> None:
    logging.basicConfig(level=logging.WARNING)
    sandbox = SandboxServer(settle_delay=3600.0, seed_demo=False).start()
    settled_at: dict[str, float] = {}

    def on_execution(row: dict) -> None:  # runs on the sandbox's loop thread, at the change itself
        if str(row["status"]) in FINAL_STATUSES:
            settled_at.setdefault(row["reference_id"], time.monotonic())

    sandbox.state.add_execution_listener(on_execution)
    info = sandbox.info
    try:
        async with client_for(sandbox) as maker, client_for(sandbox) as live_api, \
                client_for(sandbox) as poll_api:
            pending = [await pending_collection(maker) for _ in range(payments)]
            watchers = [PaymentStatusWatcher(live_api, reference_id=ref, session_id=session_id,
                                             source_type="INVOICE", realtime_url=info["realtime_url"],
                                             anon_key=info["anon_key"])
                        for session_id, ref in pending]
            hint_at: dict[str, float] = {}
            for watcher in watchers:  # note when the raw realtime hint arrives, before confirmation
                forward = watcher.channel._on_change

                def spy(change, ref=watcher.reference_id, forward=forward):
                    if change.status in FINAL_STATUSES:
                        hint_at.setdefault(ref, change.received_at)
                    forward(change)
                watcher.channel._on_change = spy
                watcher.start()
            pollers = {ref: asyncio.ensure_future(poll_until_final(poll_api, ref)) for _, ref in pending}
            for watcher in watchers:  # everyone subscribed before the first payment lands
                while watcher.status != "PROCESSING" or watcher.mode.value != "live":
                    await asyncio.sleep(0.01)

            rng = random.Random(6)
            start = time.monotonic()
            plan = sorted((rng.uniform(0, spread), ref) for _, ref in pending)
            for offset, ref in plan:
                await asyncio.sleep(max(0.0, start + offset - time.monotonic()))
                await control(sandbox, f"/executions/{ref}/settle")

            finals = [await watcher.wait_final(30) for watcher in watchers]
            polled = {ref: await task for ref, task in pollers.items()}
            realtime_ms = [(final.confirmed_at - settled_at[w.reference_id]) * 1000
                           for final, w in zip(finals, watchers)]
            hint_ms = [(hint_at[ref] - settled_at[ref]) * 1000 for ref in hint_at]
            polling_ms = [(polled[ref] - settled_at[ref]) * 1000 for ref in polled]
            triggers = [final.trigger for final in finals]
            reconnects = sum(w.channel.connects - 1 for w in watchers)
            checks = sum(w.checks for w in watchers)
            for watcher in watchers:
                await watcher.stop()
    finally:
        sandbox.stop()

    print(f"payments: {payments}")
    print(f"realtime_median_ms: {statistics.median(realtime_ms):.1f}")
    print(f"realtime_p95_ms: {percentile(realtime_ms, 0.95):.1f}")
    print(f"realtime_max_ms: {max(realtime_ms):.1f}")
    print(f"realtime_hint_median_ms: {statistics.median(hint_ms):.1f}")
    print(f"polling_median_ms: {statistics.median(polling_ms):.1f}")
    print(f"polling_p95_ms: {percentile(polling_ms, 0.95):.1f}")
    print(f"realtime_final_via_event: {triggers.count('event')}")
    print(f"realtime_reconnects: {reconnects}")
    print(f"realtime_status_checks_per_payment: {checks / payments:.1f}")


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    spread_seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 6.0
    asyncio.run(main(count, spread_seconds))
