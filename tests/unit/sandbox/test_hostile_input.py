"""Hostile input: schemathesis throws generated requests at every operation; none may cause a 5xx.

Bounded to a few examples per operation (positive and negative generation) so it takes seconds.
Bad bodies must come back as 422 naming the field, never as a crash.
"""
from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, Phase, settings  # noqa: E402
from schemathesis import GenerationMode  # noqa: E402

from dollr_desktop.sandbox.server import SandboxServer  # noqa: E402
from tests.contract.openapi_validation import CONTRACT_PATH  # noqa: E402
from tests.unit.sandbox.helpers import CHECKS, ContractClient  # noqa: E402

schema = schemathesis.openapi.from_path(CONTRACT_PATH)
schema.config.generation.update(modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE])


@pytest.fixture(scope="module")
def fuzz_target():
    server = SandboxServer(settle_delay=0.0).start()  # with the demo data, so ids often exist
    client = ContractClient(server.base_url)
    token = client.sign_in(server.info)
    client.close()
    yield server, {"Authorization": f"Bearer {token}"}
    server.stop()


@schema.parametrize()
@settings(max_examples=3, deadline=None, derandomize=True, database=None, phases=[Phase.generate],
          suppress_health_check=list(HealthCheck))
def test_no_operation_crashes_on_generated_input(case, fuzz_target):
    server, headers = fuzz_target
    case.headers = {**(case.headers or {}), **headers}  # fuzz the operation, not the sign-in
    response = case.call(base_url=server.base_url, timeout=10)
    CHECKS["fuzzed"] += 1
    CHECKS[f"fuzz_{response.status_code}"] += 1
    assert response.status_code < 500, (case.method, case.formatted_path, case.body, response.text[:300])
    if response.status_code == 422:
        detail = response.json()["detail"]
        assert isinstance(detail, list) and detail and all("loc" in d and "msg" in d for d in detail)

