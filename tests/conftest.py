"""Fixtures shared by every test package.

Tests never touch a display, the real keyring or the real data folder: Qt runs offscreen, and
each test gets its own data directory.
"""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    data = tmp_path / "dollr-data"
    data.mkdir()
    monkeypatch.setenv("DOLLR_DATA_DIR", str(data))
    return data


@pytest.fixture
def sandbox():
    """A fresh embedded Dollr sandbox on 127.0.0.1, settling payments with no delay."""
    from dollr_desktop.sandbox.server import SandboxServer

    server = SandboxServer(settle_delay=0.0).start()
    try:
        yield server
    finally:
        server.stop()
