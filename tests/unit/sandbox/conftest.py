from __future__ import annotations

import pytest

from dollr_desktop.sandbox.server import SandboxServer
from tests.unit.sandbox.helpers import ContractClient, control


@pytest.fixture(scope="module")
def _module_server():
    server = SandboxServer(settle_delay=0.0, seed_demo=False).start()
    yield server
    server.stop()


@pytest.fixture
def srv(_module_server):
    """An empty sandbox (no demo data) that settles at once; reset before every test."""
    state = _module_server.state
    state.settle_delay, state.verified, state.token_ttl_minutes = 0.0, True, 60
    assert control(_module_server.base_url, "POST", "/_sandbox/reset").status_code == 200
    listeners = list(state._listeners)
    yield _module_server
    state._listeners[:] = listeners


@pytest.fixture
def api(srv):
    client = ContractClient(srv.base_url)
    client.sign_in(srv.info)
    yield client
    client.close()


def pytest_terminal_summary(terminalreporter):
    from tests.unit.sandbox.helpers import CHECKS

    if CHECKS:
        counts = ", ".join(f"{key}: {value}" for key, value in sorted(CHECKS.items()))
        terminalreporter.write_line(f"sandbox contract checks: {counts}")
