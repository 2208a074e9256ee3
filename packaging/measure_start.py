"""Start-up time of a build: from launching the process to the main window built and the event
loop about to run (the self-test's first line is printed right then), offscreen.

    .venv/bin/python packaging/measure_start.py dist/dollr-desktop/dollr-desktop   # bundle
    .venv/bin/python packaging/measure_start.py                                     # source tree

Prints `name: value` lines. The first run after a build (or a reboot) is the cold one; later
runs are warm (files in the page cache).
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

RUNS = 5


def one_start(command: list[str]) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    process = subprocess.Popen(command + ["--self-test"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               env=env, text=True)
    assert process.stdout is not None
    process.stdout.readline()             # "Dollr Desktop 0.1.0 self-test (...)": window built
    elapsed = time.perf_counter() - started
    process.stdout.read()
    process.wait(timeout=120)
    if process.returncode != 0:
        raise SystemExit(f"self-test failed (exit {process.returncode})")
    return elapsed


def main() -> int:
    command = sys.argv[1:] or [sys.executable, "-m", "dollr_desktop"]
    times = [one_start(command) for _ in range(RUNS)]
    print(f"start_first_s: {times[0]:.2f}")
    print(f"start_warm_median_s: {statistics.median(times[1:]):.2f}")
    print(f"start_warm_max_s: {max(times[1:]):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
