"""Timings of the realtime client, injectable so tests run in milliseconds, and jittered backoff."""
from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class RealtimeTimings:
    # phoenix.js and realtime-js send a heartbeat every 25 s; the server's idle timeout is 60 s.
    heartbeat_interval: float = 25.0
    connect_timeout: float = 10.0
    join_timeout: float = 10.0
    backoff_initial: float = 1.0
    backoff_max: float = 30.0        # the nominal cap; jitter spreads delays around it
    backoff_factor: float = 2.0
    backoff_jitter: float = 0.3  # each delay is scaled by a random factor in [1 - j, 1 + j]
    # A connection that stayed live this long counts as healthy: the next failure starts the
    # backoff from the beginning instead of continuing to grow it.
    stable_after: float = 20.0
    # Refresh the realtime key this long before it expires (never later than half its lifetime).
    key_refresh_margin: float = 60.0
    key_retry_interval: float = 5.0


class Backoff:
    """Exponential delays with jitter; `reset()` after a healthy stretch."""

    def __init__(self, timings: RealtimeTimings, rng: random.Random | None = None) -> None:
        self._timings = timings
        self._rng = rng or random.Random()
        self.attempt = 0

    def next_delay(self) -> float:
        t = self._timings
        base = min(t.backoff_max, t.backoff_initial * t.backoff_factor ** self.attempt)
        self.attempt += 1
        jitter = self._rng.uniform(1.0 - t.backoff_jitter, 1.0 + t.backoff_jitter)
        return max(0.0, base * jitter)  # jitter also applies at the cap, so clients never sync up

    def reset(self) -> None:
        self.attempt = 0


async def wait_done(future: "asyncio.Future[Any]", timeout: float | None) -> bool:
    """Wait until `future` is done or `timeout` passes, without cancelling it; True if done.

    Used instead of `asyncio.wait_for`, which on Python 3.11 can swallow a cancellation of the
    caller when the awaited future completes in the same loop iteration, leaving a task that
    was told to stop running on (seen as a hang in stop()).
    """
    done, _ = await asyncio.wait({future}, timeout=timeout)
    return bool(done)
