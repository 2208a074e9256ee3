"""SIGKILL the collection flow at each step boundary, start again, and prove via the sandbox that
no payment ran twice and every journal entry reached its true final state.

The sandbox runs in this test process; the app's flow runs in a child process (real process,
real socket, real SQLite file) that freezes at the chosen boundary until it is killed.
"""
from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.unit.services.sandbox_kit import client_for, control, executions, payable_invoice

ROOT = Path(__file__).resolve().parents[2]
PHONE = "231770123456"


def _invoice(sandbox, phone: str = PHONE) -> int:
    async def make() -> int:
        client = client_for(sandbox.info)
        try:
            return (await payable_invoice(client, phone=phone))[0]
        finally:
            await client.aclose()
    return asyncio.run(make())


def _env(sandbox, data_dir: Path, invoice_id: int, phone: str = PHONE, **extra: str) -> dict[str, str]:
    info = sandbox.info
    env = dict(os.environ, DOLLR_DATA_DIR=str(data_dir), CRASH_INVOICE_ID=str(invoice_id), CRASH_PHONE=phone,
               CRASH_SANDBOX=json.dumps({k: info[k] for k in ("base_url", "client_id", "client_secret")}),
               PYTHONPATH=str(ROOT))
    env.update(extra)
    return env


def _run(mode: str, env: dict[str, str]) -> list[dict]:
    done = subprocess.run([sys.executable, "-m", "tests.e2e.crash.child", mode], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def _run_until_killed_at(boundary: str, env: dict[str, str], marker: Path) -> None:
    env = dict(env, CRASH_PAUSE_AT=boundary, CRASH_MARKER=str(marker))
    child = subprocess.Popen([sys.executable, "-m", "tests.e2e.crash.child", "collect"], env=env, cwd=ROOT,
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


@pytest.mark.parametrize("boundary", ["journal_committed", "request_left", "response_received"])
def test_killed_at_a_step_boundary_then_restarted_pays_at_most_once(sandbox, tmp_path, boundary):
    invoice_id = _invoice(sandbox)
    data_dir = tmp_path / "app-data"
    env = _env(sandbox, data_dir, invoice_id)
    before = set(executions(sandbox.base_url))

    _run_until_killed_at(boundary, env, tmp_path / "paused")
    sent = set(executions(sandbox.base_url)) - before
    assert len(sent) == (0 if boundary == "journal_committed" else 1)

    [entry] = _run("reconcile", env)  # the app starting again
    assert entry["reconciled"]
    after = executions(sandbox.base_url)
    if boundary == "journal_committed":
        # Dollr never received it: no money moved, and a new attempt may be offered.
        assert entry["state"] == "NOT_FOUND" and entry["reference_id"] not in after
        retried = _run("collect", dict(env, CRASH_RETRY_OF=entry["reference_id"]))
        new = [e for e in retried if e["reference_id"] != entry["reference_id"]]
        assert [e["state"] for e in new] == ["COMPLETED"] and new[0]["retry_of"] == entry["reference_id"]
        paid = set(executions(sandbox.base_url)) - before
        assert paid == {new[0]["reference_id"]}
    else:
        assert entry["state"] == "COMPLETED"
        assert set(after) - before == {entry["reference_id"]}
        assert after[entry["reference_id"]]["execute_requests"] == 1
        assert after[entry["reference_id"]]["status"] == "COMPLETED"
    # Exactly one payment exists for this invoice, and it was executed by exactly one request.
    new_rows = [row for ref, row in executions(sandbox.base_url).items() if ref not in before]
    assert len(new_rows) == 1 and new_rows[0]["execute_requests"] == 1
    assert new_rows[0]["status"] == "COMPLETED"


def test_killed_while_the_customer_has_not_approved_yet_the_restart_waits_then_settles(sandbox, tmp_path):
    """PROCESSING is not a failure: after the restart it stays open until the payer approves."""
    phone = "231770121111"  # the sandbox holds it PROCESSING until settled through the control API
    invoice_id = _invoice(sandbox, phone)
    env = _env(sandbox, tmp_path / "app-data", invoice_id, phone)
    before = set(executions(sandbox.base_url))
    _run_until_killed_at("response_received", env, tmp_path / "paused")

    [entry] = _run("reconcile", dict(env, CRASH_WAIT="0"))
    assert entry["state"] == "PROCESSING" and not entry["reconciled"]
    control(sandbox.base_url, "POST", f"/executions/{entry['reference_id']}/settle")
    [entry] = _run("reconcile", env)
    assert entry["state"] == "COMPLETED" and entry["reconciled"]
    new_rows = [row for ref, row in executions(sandbox.base_url).items() if ref not in before]
    assert [(r["reference_id"], r["execute_requests"]) for r in new_rows] == [(entry["reference_id"], 1)]
