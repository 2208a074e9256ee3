"""An execution's re-sends pass its gate: each recorded before it leaves, none past the deadline."""
from __future__ import annotations

import time

import httpx
import pytest

from dollr_desktop.api import errors

from .test_retries import COLLECT, execution_json


class Gate:
    def __init__(self, window_s: float, *, refuse: bool = False) -> None:
        self.deadline = time.time() + window_s
        self.refuse = refuse
        self.asked: list[float] = []

    async def allow(self, at: float) -> bool:
        self.asked.append(at)
        return not self.refuse


async def collect(client, gate):
    return await client.executions.collection(session_id=5, payment_account_id=6, currency="LRD",
                                              reference_id="ref-1", gate=gate)


async def test_each_re_send_is_let_through_by_the_gate_before_it_leaves(client, fake, sleeps):
    fake.on("POST", COLLECT, httpx.Response(429, headers={"Retry-After": "1"}), httpx.ConnectError("refused"),
            lambda r: httpx.Response(200, json=execution_json("ref-1")))
    gate = Gate(60)
    before = time.time()
    await collect(client, gate)
    assert len(fake.calls("POST", COLLECT)) == 3 and len(gate.asked) == 2
    assert gate.asked[0] >= before + 1   # the moment it will leave: after the Retry-After


async def test_a_retry_after_reaching_past_the_deadline_ends_the_retries(client, fake, sleeps):
    fake.on("POST", COLLECT, httpx.Response(429, headers={"Retry-After": "60"}))
    gate = Gate(30)
    with pytest.raises(errors.RateLimitedError):
        await collect(client, gate)
    assert len(fake.calls("POST", COLLECT)) == 1 and sleeps == [] and gate.asked == []


async def test_a_gate_that_says_no_stops_the_re_send(client, fake, sleeps):
    """Another copy of the app concluded the attempt: nothing more leaves."""
    fake.on("POST", COLLECT, httpx.Response(429, headers={"Retry-After": "1"}))
    gate = Gate(60, refuse=True)
    with pytest.raises(errors.RateLimitedError):
        await collect(client, gate)
    assert len(fake.calls("POST", COLLECT)) == 1 and len(gate.asked) == 1 and sleeps == []


async def test_a_401_renewal_is_a_re_send_too(client, fake, sleeps):
    fake.on("POST", COLLECT, httpx.Response(401, json={"detail": "Could not validate credentials"}))
    gate = Gate(60, refuse=True)
    with pytest.raises(errors.AuthenticationError):
        await collect(client, gate)
    assert len(fake.calls("POST", COLLECT)) == 1 and len(gate.asked) == 1
