"""A qasync event loop for the receipt widgets' async slots."""
from __future__ import annotations

import asyncio

import pytest
import qasync


@pytest.fixture
def qloop(qapp):
    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        asyncio.set_event_loop(None)
        loop.close()


async def wait_for(condition, timeout: float = 15.0, message: str = "condition"):
    """Poll `condition()` while Qt and asyncio keep running; fail after `timeout` seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        value = condition()
        if value:
            return value
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {message}")
        await asyncio.sleep(0.02)
