from __future__ import annotations

import asyncio
import time
from typing import Callable

from dollr_desktop.realtime.timing import RealtimeTimings

# Fast but proportionate: a 0.2 s heartbeat (a reply later than that counts as missed, so not
# shorter: a busy CI box can stall a loop for ~0.1 s), backoff 0.05 s doubling to 0.4 s.
FAST = RealtimeTimings(heartbeat_interval=0.2, connect_timeout=2.0, join_timeout=1.0,
                       backoff_initial=0.05, backoff_max=0.4, backoff_factor=2.0,
                       backoff_jitter=0.3, stable_after=0.5, key_refresh_margin=60.0,
                       key_retry_interval=0.2)


async def until(predicate: Callable[[], bool], timeout: float = 5.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)
