"""SandboxServer lifecycle, the state file, demo data and the standalone entry point."""
from __future__ import annotations

import collections
from decimal import Decimal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from dollr_desktop.sandbox import jwt_hs256
from dollr_desktop.sandbox.server import SandboxServer
from tests.unit.sandbox.helpers import ContractClient, control

REPO = Path(__file__).resolve().parents[3]


def test_stop_keeps_state_and_restart_uses_the_same_port():
    server = SandboxServer(settle_delay=0, seed_demo=False).start()
    try:
        port, info = server.port, server.info
        assert server.base_url == f"http://127.0.0.1:{port}" and server.realtime_url == server.base_url
        assert control(server.base_url, "GET", "/_sandbox/info").json() == info
        api = ContractClient(server.base_url)
        api.sign_in(info)
        party = api.ok("POST", "/v1/parties/create", json={"fullname": "Bendu Dolo", "phone": "231889305716"})
        server.stop()
        with pytest.raises(httpx.TransportError):
            api.http.get("/v1/parties/list")
        server.start()
        assert server.port == port
        assert api.ok("GET", f"/v1/parties/retrieve/{party['id']}")["fullname"] == "Bendu Dolo"  # token still valid
        api.close()
    finally:
        server.stop()


def test_info_keys_and_anon_key():
    server = SandboxServer(seed_demo=False)
    info = server.info
    assert {"base_url", "client_id", "client_secret", "passcode", "passcode_phone", "realtime_url",
            "anon_key"} <= set(info)
    claims = jwt_hs256.decode(info["anon_key"], server.state.jwt_secret)
    assert claims["role"] == "anon" and claims["exp"] > 4_000_000_000


def test_state_file_keeps_a_demo_between_runs(tmp_path):
    path = tmp_path / "sandbox.json"
    first = SandboxServer(settle_delay=0, seed_demo=False, state_file=path).start()
    api = ContractClient(first.base_url)
    api.sign_in(first.info)
    party = api.ok("POST", "/v1/parties/create", json={"fullname": "Korto Jallah", "phone": "231772086459"})
    control(first.base_url, "POST", "/_sandbox/wallets/LRD", json={"balance": "1234.50"})
    first.stop()
    api.close()
    second = SandboxServer(settle_delay=0, seed_demo=True, state_file=path).start()
    try:
        assert second.state.jwt_secret == first.state.jwt_secret
        assert second.state.parties[party["id"]]["fullname"] == "Korto Jallah"
        assert len(second.state.parties) == 1  # a kept demo is not re-seeded on top
        assert second.state.wallets["LRD"]["balance"] == Decimal("1234.50")
    finally:
        second.stop()


def test_demo_data_looks_like_a_real_pharmacy():
    server = SandboxServer(settle_delay=0)
    state = server.state
    assert len(state.counterparties) >= 30
    for table in ("invoices", "orders"):
        statuses = collections.Counter(d["status"] for d in getattr(state, table).values())
        assert {"IDLE", "ACTIVE", "PAID", "CANCELED"} <= set(statuses), table
    assert any(d["status"] == "PROCESSING" for d in state.invoices.values())
    payouts = [e for e in state.executions.values() if e["operation_type"] == "PAYOUT"]
    assert len(payouts) >= 5 and all(e["status"] == "COMPLETED" for e in payouts)
    assert {w["currency"] for w in state.wallets.values() if w["balance"] > 0} == {"USD", "LRD", "RWF"}
    server.start()
    try:
        api = ContractClient(server.base_url)
        api.sign_in(server.info)
        for kind in ("invoices", "orders"):
            for doc in api.ok("GET", f"/v1/{kind}/list", params={"status": "PAID"}):
                receipt = api.ok("GET", f"/v1/{kind}/receipt/{doc['id']}")
                assert receipt["payer_amount"] and receipt["provider_transaction_id"]
            for doc in api.ok("GET", f"/v1/{kind}/list"):
                api.ok("GET", f"/v1/{kind}/retrieve/{doc['id']}")
        assert len(api.ok("GET", "/v1/counterparties/list")) >= 30
        api.close()
    finally:
        server.stop()


def test_standalone_prints_url_and_credentials():
    proc = subprocess.Popen([sys.executable, "-m", "dollr_desktop.sandbox", "--port", "0", "--no-demo"],
                            cwd=REPO, stdout=subprocess.PIPE, text=True)
    try:
        lines = [proc.stdout.readline() for _ in range(8)]
    finally:
        proc.terminate()
        proc.wait(10)
    text = "".join(lines)
    assert "listening on http://127.0.0.1:" in text
    assert "client_secret: " in text and "passcode: " in text
    assert proc.returncode == 0


def test_reset_and_seed_through_the_control_api(srv):
    assert srv.state.parties == {}
    summary = control(srv.base_url, "POST", "/_sandbox/seed").json()
    assert summary["parties"] >= 30 and summary["invoices"] > 0
    assert control(srv.base_url, "POST", "/_sandbox/seed").json() == summary  # seeding twice adds nothing
    control(srv.base_url, "POST", "/_sandbox/reset")
    assert srv.state.parties == {} and control(srv.base_url, "GET", "/_sandbox/executions").json() == []
    assert {w["balance"] for w in control(srv.base_url, "GET", "/_sandbox/wallets").json()} == {"0.00"}
    reseeded = control(srv.base_url, "POST", "/_sandbox/reset", json={"seed_demo": True}).json()
    assert reseeded["seeded"] and len(srv.state.parties) == summary["parties"]
