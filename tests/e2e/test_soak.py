"""A busy hour, shortened: windows opened and closed many times leave nothing alive, memory levels off.

The scenario is `benchmarks/soak.py`'s (the real app, practice mode, the sandbox over a socket);
the benchmark runs it longer and also reports the event loop's worst stall.
"""
from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog

from benchmarks import soak
from tests.ui.conftest import credentials, make_app, memory_keyring, qloop, qloop_session  # noqa: F401 (fixtures)
from tests.ui.helpers import run

ROUNDS = 9
RSS_GROWTH_LIMIT_MB = 15   # over the last two thirds; a dialog kept alive per round cost ~7 MB


@pytest.fixture
def settling_sandbox():
    from dollr_desktop.sandbox.server import SandboxServer

    server = SandboxServer(settle_delay=0.3).start()
    try:
        yield server
    finally:
        server.stop()


def settle() -> None:
    """What the app's idle time does: deferred deletions run, cyclic garbage is collected."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def test_a_busy_hour_leaves_no_window_alive_and_memory_levels_off(qtbot, make_app, settling_sandbox):
    # Dialogs an earlier test in this worker left open are not this day's (the suite runs on every core).
    before = {id(w) for w in soak.Probe.top_level_widgets() if isinstance(w, QDialog)}
    app = make_app(settling_sandbox)
    run(qtbot, soak.start_practice(app), timeout=30_000)
    samples = run(qtbot, soak.busy_hour(app, rounds=ROUNDS, payout_every=3, settle=settle), timeout=600_000)

    settle()
    dialogs = [type(w).__name__ for w in soak.Probe.top_level_widgets()
               if isinstance(w, QDialog) and id(w) not in before]
    rss_growth, widgets_growth = soak.growth(samples)
    assert dialogs == [], f"closed windows still alive: {dialogs}; (RSS MB, top-level widgets) per round: {samples}"
    assert widgets_growth <= 0, f"top-level widgets per round: {[w for _, w in samples]}"
    assert rss_growth < RSS_GROWTH_LIMIT_MB, f"RSS per round (MB): {[round(r) for r, _ in samples]}"
