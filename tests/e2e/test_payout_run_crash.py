"""SIGKILL a payout run in the middle, start again, resume with the passcode: the sandbox shows
exactly one execution per paid row, each reached by one execute request, and the results file
says what the sandbox says."""
from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest

from tests.unit.services.sandbox_kit import executions

ROOT = Path(__file__).resolve().parents[2]
ROWS = [[f"Teacher {i}", f"07701200{i:02d}", f"{10 + i}.50", "USD"] for i in range(1, 8)]


def _env(sandbox, data_dir: Path) -> dict[str, str]:
    info = sandbox.info
    keys = ("base_url", "client_id", "client_secret", "passcode", "passcode_phone")
    return dict(os.environ, DOLLR_DATA_DIR=str(data_dir), CRASH_ROWS=json.dumps(ROWS),
                CRASH_SANDBOX=json.dumps({k: info[k] for k in keys}), PYTHONPATH=str(ROOT))


def _killed_at(boundary: str, env: dict[str, str], marker: Path) -> None:
    env = dict(env, CRASH_PAUSE_AT=boundary, CRASH_MARKER=str(marker))
    child = subprocess.Popen([sys.executable, "-m", "tests.e2e.crash.run_child", "start"], env=env, cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not marker.exists():
        if child.poll() is not None or time.monotonic() > deadline:
            child.kill()
            raise AssertionError(f"the child never reached {boundary}: {child.communicate()[1][-3000:]!r}")
        time.sleep(0.02)
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=10)
    assert child.returncode == -signal.SIGKILL


@pytest.mark.parametrize("boundary", ["row4_done", "row5_left"])
def test_a_run_killed_mid_way_resumes_and_pays_every_row_exactly_once(sandbox, tmp_path, boundary):
    env = _env(sandbox, tmp_path / "app-data")
    before = set(executions(sandbox.base_url))
    _killed_at(boundary, env, tmp_path / "frozen")
    sent_before_restart = set(executions(sandbox.base_url)) - before
    assert len(sent_before_restart) == (4 if boundary == "row4_done" else 5)

    done = subprocess.run([sys.executable, "-m", "tests.e2e.crash.run_child", "resume"], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=90)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["run"]["state"] == "FINISHED", [(r["position"], r["outcome"]) for r in result["rows"] if r["outcome"] != "COMPLETED"]
    rows = result["rows"]
    assert [r["outcome"] for r in rows] == ["COMPLETED"] * len(ROWS)

    after = executions(sandbox.base_url)
    new = {ref: row for ref, row in after.items() if ref not in before}
    assert set(new) == {r["reference_id"] for r in rows}          # one execution per paid row
    assert all(row["execute_requests"] == 1 for row in new.values())
    assert sent_before_restart <= set(new)                           # the rows sent before were not sent again
    phones = sorted(row["phone"] for row in new.values())
    assert len(phones) == len(set(phones)) == len(ROWS)              # nobody paid twice

    with open(result["run"]["results_csv"], encoding="utf-8") as handle:
        lines = list(csv.DictReader(handle))
    assert len(lines) == len(ROWS)
    for line in lines:
        execution = after[line["reference_id"]]
        assert execution["status"] == line["status"] == "COMPLETED"
        assert Decimal(str(execution["payee_amount"])) == Decimal(line["recipient_gets"])
        assert Decimal(str(execution["payer_amount"])) == Decimal(line["debited"])
