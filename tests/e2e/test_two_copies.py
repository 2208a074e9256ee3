"""One copy per data folder: real `python -m dollr_desktop` processes, offscreen, on one folder."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

from dollr_desktop.ui.single_instance import ALREADY_OPEN_EXIT, LOCK_NAME

ROOT = Path(__file__).resolve().parents[2]
OWNS = "this copy owns the data folder"


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("DOLLR_DATA_DIR", None)   # each process is given --data-dir
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"   # never the real keyring
    return env


def launch(data: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "dollr_desktop", "--data-dir", str(data), *extra],
                            cwd=ROOT, env=child_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def log_text(data: Path) -> str:
    path = data / "logs" / "dollr-desktop.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def wait_for_log(data: Path, text: str, count: int = 1, process: subprocess.Popen | None = None,
                 timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while log_text(data).count(text) < count:
        if process is not None and process.poll() is not None:
            pytest.fail(f"the app exited ({process.returncode}): {process.communicate()[1][-2000:]}")
        if time.monotonic() > deadline:
            pytest.fail(f"no {text!r} in the log after {timeout} s:\n{log_text(data)[-2000:]}")
        time.sleep(0.1)


def stop(process: subprocess.Popen, sig: int = signal.SIGTERM) -> None:
    if process.poll() is None:
        process.send_signal(sig)
    process.communicate(timeout=30)


@pytest.fixture
def data(tmp_path):
    folder = tmp_path / "shop"
    folder.mkdir()
    return folder


def test_a_second_launch_brings_the_first_forward_and_exits(data):
    first = launch(data, "--practice")
    try:
        wait_for_log(data, OWNS, process=first)
        second = launch(data)
        _, err = second.communicate(timeout=60)
        assert second.returncode == ALREADY_OPEN_EXIT
        assert "already open; its window was brought forward" in err
        wait_for_log(data, "this window was brought forward", process=first)
        assert first.poll() is None   # the first copy carries on
        assert log_text(data).count(OWNS) == 1
    finally:
        stop(first)


def test_a_lock_left_by_a_killed_copy_does_not_block_the_next_start(data):
    first = launch(data)
    wait_for_log(data, OWNS, process=first)
    stop(first, signal.SIGKILL)   # no clean-up: the lock file and the socket file stay behind
    assert (data / LOCK_NAME).exists()

    again = launch(data)
    try:
        wait_for_log(data, OWNS, count=2, process=again)
    finally:
        stop(again)


def test_a_copy_that_cannot_be_reached_is_named_plainly(data):
    holder = QLockFile(str(data / LOCK_NAME))   # held by this (live) test process, nobody listening
    assert holder.tryLock(0)
    try:
        second = launch(data)
        _, err = second.communicate(timeout=60)
    finally:
        holder.unlock()
    assert second.returncode == ALREADY_OPEN_EXIT
    assert "Dollr Desktop is already open on this computer, with the same data." in err
    assert OWNS not in log_text(data)
