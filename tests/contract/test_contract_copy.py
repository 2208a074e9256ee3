"""The contract copy in the repo must not drift from the shared original."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "dollr-api" / "openapi.yaml"
LOCAL = REPO / "tests" / "contract" / "openapi.yaml"


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/dollr-api is not next to this checkout")
def test_local_contract_equals_shared_contract():
    assert LOCAL.read_bytes() == SHARED.read_bytes(), (
        "tests/contract/openapi.yaml differs from ../shared/dollr-api/openapi.yaml; copy it over"
    )


def test_contract_has_59_operations():
    from tests.contract.openapi_validation import all_operations

    assert len(all_operations()) == 59
