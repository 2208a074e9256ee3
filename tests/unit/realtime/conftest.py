from __future__ import annotations

import pytest

from .fake_sandbox import FakeSandbox


@pytest.fixture
def fake_sandbox():
    server = FakeSandbox().start()
    try:
        yield server
    finally:
        server.stop()
