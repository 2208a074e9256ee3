"""Fixtures shared by every test package.

Tests never touch a display, the real keyring or the real data folder: Qt runs offscreen, and
each test gets its own data directory.
"""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


def pytest_configure(config):
    # Collect cyclic garbage only on the main thread, between tests (see dollr_desktop/garbage.py:
    # a collection in a sandbox or worker thread that frees a Qt object segfaults the run).
    from dollr_desktop import garbage

    garbage.disable_automatic_collection()


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_main_thread():
    yield
    from dollr_desktop import garbage

    garbage.collect_if_due()


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


_exit_status: int | None = None


def pytest_sessionfinish(session, exitstatus):
    global _exit_status
    _exit_status = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    # PySide6 can crash in the garbage collector while the interpreter tears down
    # ("bool_dealloc ... refcount error in a C extension"), turning a green run into a red
    # exit code. Everything worth saying has been said by now, so leave without finalising.
    if _exit_status is not None and not hasattr(config, "workerinput"):
        import sys

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_exit_status)
