"""The sandbox's realtime peer, spoken to frame by frame (PROTOCOL.md §1 and §3)."""
from __future__ import annotations

import asyncio
import json
import uuid

import pytest
import websockets
from websockets.asyncio.client import connect

from dollr_desktop.realtime import protocol

TABLE = "checkout_payment_intent_public_status"


def ws_url(sandbox, apikey=None, vsn="1.0.0"):
    query = f"vsn={vsn}" + (f"&apikey={apikey}" if apikey is not None else "")
    return sandbox.base_url.replace("http://", "ws://") + f"/realtime/v1/websocket?{query}"


class Raw:
    def __init__(self, ws):
        self.ws = ws

    async def send(self, topic, event, payload, ref, join_ref=None):
        message = {"topic": topic, "event": event, "payload": payload, "ref": ref}
        if join_ref is not None:
            message["join_ref"] = join_ref
        await self.ws.send(json.dumps(message))

    async def recv(self, timeout=3.0):
        return json.loads(await asyncio.wait_for(self.ws.recv(), timeout))

    async def nothing_within(self, seconds):
        with pytest.raises(asyncio.TimeoutError):
            await self.recv(seconds)
        return True


async def joined(raw, sandbox, reference_id, ref="1", token=None):
    topic = protocol.channel_topic(55, reference_id)
    payload = protocol.join_payload(protocol.status_binding(reference_id), token or sandbox.state.mint())
    await raw.send(topic, "phx_join", payload, ref, ref)
    reply = await raw.recv()
    system = await raw.recv()
    return topic, reply, system


@pytest.mark.parametrize("apikey, error", [
    (None, "API key is missing"),
    ("garbage", "The token provided is not a valid JWT"),
])
async def test_upgrade_without_a_valid_apikey_is_denied_with_401_json(fake_sandbox, apikey, error):
    with pytest.raises(websockets.exceptions.InvalidStatus) as caught:
        async with connect(ws_url(fake_sandbox, apikey)):
            pass
    assert caught.value.response.status_code == 401
    assert json.loads(bytes(caught.value.response.body)) == {"error": error}


async def test_expired_or_roleless_apikey_is_denied(fake_sandbox):
    for key, error in [(fake_sandbox.state.mint(ttl=-5), "Token has expired"),
                       (fake_sandbox.state.mint(role=None), None)]:
        with pytest.raises(websockets.exceptions.InvalidStatus) as caught:
            async with connect(ws_url(fake_sandbox, key)):
                pass
        assert caught.value.response.status_code == 401
        if error:
            assert error in json.loads(bytes(caught.value.response.body))["error"]


async def test_join_echoes_binding_with_id_then_subscribed_then_changes(fake_sandbox):
    reference_id, other = str(uuid.uuid4()), str(uuid.uuid4())
    async with connect(ws_url(fake_sandbox, fake_sandbox.anon_key)) as ws:
        raw = Raw(ws)
        await raw.send("phoenix", "heartbeat", {}, "hb1")
        assert await raw.recv() == {"topic": "phoenix", "event": "phx_reply",
                                    "payload": {"status": "ok", "response": {}}, "ref": "hb1"}
        topic, reply, system = await joined(raw, fake_sandbox, reference_id)
        assert reply["event"] == "phx_reply" and reply["ref"] == "1"
        assert set(reply) == {"topic", "event", "payload", "ref"}  # v1 never sends join_ref
        [echo] = reply["payload"]["response"]["postgres_changes"]
        assert {k: echo[k] for k in protocol.BINDING_KEYS} == protocol.status_binding(reference_id)
        assert isinstance(echo["id"], int) and 0 <= echo["id"] < 2**27
        assert system == {"topic": topic, "event": "system", "ref": None, "payload": {
            "extension": "postgres_changes", "status": "ok", "message": "Subscribed to PostgreSQL",
            "channel": topic.removeprefix("realtime:")}}

        fake_sandbox.set_status(other, "COMPLETED")  # filtered out: another payment
        fake_sandbox.set_status(reference_id, "PROCESSING", gateway_message="waiting")
        change = await raw.recv()
        assert change["event"] == "postgres_changes" and change["ref"] is None
        assert change["payload"]["ids"] == [echo["id"]]
        data = change["payload"]["data"]
        assert (data["schema"], data["table"], data["type"], data["errors"]) == ("public", TABLE, "UPDATE", None)
        assert data["commit_timestamp"].endswith("Z")
        assert data["record"]["reference_id"] == reference_id
        assert data["record"]["status"] == "PROCESSING" and data["record"]["session_id"] == 55
        assert data["record"]["gateway_message"] == "waiting"
        assert data["old_record"] == {"reference_id": reference_id}
        assert {c["name"] for c in data["columns"]} >= {"reference_id", "status", "updated_at"}
        assert await raw.nothing_within(0.2)


async def test_join_with_expired_key_is_refused_with_the_servers_reason(fake_sandbox):
    reference_id = str(uuid.uuid4())
    async with connect(ws_url(fake_sandbox, fake_sandbox.anon_key)) as ws:
        raw = Raw(ws)
        topic = protocol.channel_topic(55, reference_id)
        payload = protocol.join_payload(protocol.status_binding(reference_id),
                                        fake_sandbox.state.mint(ttl=-12))
        await raw.send(topic, "phx_join", payload, "1", "1")
        reply = await raw.recv()
        assert reply["payload"]["status"] == "error"
        assert reply["payload"]["response"]["reason"].startswith("InvalidJWTToken: Token has expired")


async def test_access_token_gets_no_reply_and_a_bad_one_shuts_the_channel(fake_sandbox):
    reference_id = str(uuid.uuid4())
    async with connect(ws_url(fake_sandbox, fake_sandbox.anon_key)) as ws:
        raw = Raw(ws)
        topic, _, _ = await joined(raw, fake_sandbox, reference_id)
        await raw.send(topic, "access_token", {"access_token": fake_sandbox.state.mint(ttl=7200)}, "2", "1")
        resubscribed = await raw.recv()
        assert resubscribed["event"] == "system" and resubscribed["payload"]["status"] == "ok"
        await raw.send(topic, "access_token", {"access_token": "sb_publishable"}, "3", "1")
        assert await raw.nothing_within(0.2)
        await raw.send(topic, "access_token", {"access_token": fake_sandbox.state.mint(ttl=-1)}, "4", "1")
        system, close = await raw.recv(), await raw.recv()
        assert system["event"] == "system" and system["payload"]["extension"] == "system"
        assert system["payload"]["status"] == "error" and "expired" in system["payload"]["message"]
        assert close == {"topic": topic, "event": "phx_close", "payload": {}, "ref": "1"}


async def test_key_expiry_shuts_the_channel_down(fake_sandbox):
    reference_id = str(uuid.uuid4())
    async with connect(ws_url(fake_sandbox, fake_sandbox.anon_key)) as ws:
        raw = Raw(ws)
        topic, reply, _ = await joined(raw, fake_sandbox, reference_id, token=fake_sandbox.state.mint(ttl=1))
        assert reply["payload"]["status"] == "ok"
        system, close = await raw.recv(3), await raw.recv()
        assert system["payload"]["message"].startswith("Token has expired")
        assert close["event"] == "phx_close" and close["ref"] == "1"


async def test_leave_replies_then_closes_with_the_join_ref(fake_sandbox):
    reference_id = str(uuid.uuid4())
    async with connect(ws_url(fake_sandbox, fake_sandbox.anon_key)) as ws:
        raw = Raw(ws)
        topic, _, _ = await joined(raw, fake_sandbox, reference_id, ref="7")
        await raw.send(topic, "phx_leave", {}, "8", "7")
        assert await raw.recv() == {"topic": topic, "event": "phx_reply",
                                    "payload": {"status": "ok", "response": {}}, "ref": "8"}
        assert await raw.recv() == {"topic": topic, "event": "phx_close", "payload": {}, "ref": "7"}
        await raw.send(topic, "broadcast", {}, "9", "7")
        assert (await raw.recv())["payload"] == {"status": "error", "response": {"reason": "unmatched topic"}}


async def test_duplicate_join_sends_new_reply_then_close_for_the_old_join(fake_sandbox):
    reference_id = str(uuid.uuid4())
    async with connect(ws_url(fake_sandbox, fake_sandbox.anon_key)) as ws:
        raw = Raw(ws)
        topic, _, _ = await joined(raw, fake_sandbox, reference_id, ref="1")
        payload = protocol.join_payload(protocol.status_binding(reference_id), fake_sandbox.state.mint())
        await raw.send(topic, "phx_join", payload, "5", "5")
        reply, close = await raw.recv(), await raw.recv()
        assert reply["event"] == "phx_reply" and reply["ref"] == "5"
        assert close == {"topic": topic, "event": "phx_close", "payload": {}, "ref": "1"}


async def test_vsn_2_uses_arrays(fake_sandbox):
    reference_id = str(uuid.uuid4())
    topic = protocol.channel_topic(55, reference_id)
    async with connect(ws_url(fake_sandbox, fake_sandbox.anon_key, vsn="2.0.0")) as ws:
        payload = protocol.join_payload(protocol.status_binding(reference_id), fake_sandbox.state.mint())
        await ws.send(json.dumps(["3", "3", topic, "phx_join", payload]))
        reply = json.loads(await asyncio.wait_for(ws.recv(), 3))
        assert reply[:4] == ["3", "3", topic, "phx_reply"] and reply[4]["status"] == "ok"
        system = json.loads(await asyncio.wait_for(ws.recv(), 3))
        assert system[:4] == ["3", None, topic, "system"]
        fake_sandbox.set_status(reference_id, "FAILED")
        change = json.loads(await asyncio.wait_for(ws.recv(), 3))
        assert change[:4] == [None, None, topic, "postgres_changes"]
        assert change[4]["data"]["record"]["status"] == "FAILED"


async def test_faults_crash_refuse_silence_kick_storm(fake_sandbox):
    hub = fake_sandbox.hub
    reference_id = str(uuid.uuid4())
    async with connect(ws_url(fake_sandbox, fake_sandbox.anon_key)) as ws:
        raw = Raw(ws)
        topic, _, _ = await joined(raw, fake_sandbox, reference_id, ref="1")
        fake_sandbox.call(lambda: hub.shut_channels("phx_error"))
        assert await raw.recv() == {"topic": topic, "event": "phx_error",
                                    "payload": {"reason": "channel_crash"}, "ref": "1"}
        fake_sandbox.call(lambda: setattr(hub, "refuse_joins", 1))
        payload = protocol.join_payload(protocol.status_binding(reference_id), fake_sandbox.state.mint())
        await raw.send(topic, "phx_join", payload, "2", "2")
        assert (await raw.recv())["payload"]["status"] == "error"
        fake_sandbox.call(lambda: setattr(hub, "silence_heartbeats", True))
        await raw.send("phoenix", "heartbeat", {}, "3")
        assert await raw.nothing_within(0.2)
        fake_sandbox.call(lambda: hub.kick(1011))
        with pytest.raises(websockets.exceptions.ConnectionClosed):
            await raw.recv()
        assert ws.close_code == 1011
    fake_sandbox.call(lambda: setattr(hub, "storm", 1))
    async with connect(ws_url(fake_sandbox, fake_sandbox.anon_key)) as ws:  # accepted...
        with pytest.raises(websockets.exceptions.ConnectionClosed):
            await asyncio.wait_for(ws.recv(), 3)                        # ...then closed at once
    stats = fake_sandbox.call(hub.stats)
    assert stats["stormed"] == 1 and stats["joins_refused"] == 1 and stats["storm"] == 0
