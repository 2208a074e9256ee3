from __future__ import annotations

import pytest

from dollr_desktop.sandbox.server import SandboxServer
from tests.unit.sandbox.helpers import ContractClient, obtain_token


@pytest.fixture
def srv():
    """An empty sandbox (no demo data) that settles at once."""
    server = SandboxServer(settle_delay=0.0, seed_demo=False).start()
    yield server
    server.stop()


@pytest.fixture
def api(srv):
    client = ContractClient(srv.base_url, obtain_token(srv.base_url, srv.info))
    yield client
    client.close()
