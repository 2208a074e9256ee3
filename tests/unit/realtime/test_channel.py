"""Our realtime client against the sandbox's peer, under each fault it must survive."""
from __future__ import annotations

import asyncio
import uuid

import pytest

from dollr_desktop.realtime.channel import PaymentChannel
from dollr_desktop.realtime.model import ChannelState, collection_key_fetcher

from .fake_sandbox import FakeDollrClient
from .helpers import FAST, until


class Subscriber:
    def __init__(self, sandbox, *, anon_key=None, key_ttl=3600.0, on_change=None, timings=FAST):
        self.sandbox = sandbox
        self.reference_id = str(uuid.uuid4())
        self.client = FakeDollrClient(sandbox, key_ttl=key_ttl)
        self.changes, self.states = [], []
        self.channel = PaymentChannel(
            realtime_url=sandbox.base_url, anon_key=anon_key or sandbox.anon_key, session_id=55,
            reference_id=self.reference_id,
            fetch_key=collection_key_fetcher(self.client, session_id=55, source_type="INVOICE",
                                             reference_id=self.reference_id),
            on_change=on_change or self.changes.append, on_state=self.states.append, timings=timings)

    def hub(self, fn):
        return self.sandbox.call(lambda: fn(self.sandbox.hub))

    async def live(self, what="live"):
        await until(lambda: self.channel.state is ChannelState.LIVE, what=what)

    async def receives(self, status):
        before = len(self.changes)
        self.sandbox.set_status(self.reference_id, status)
        await until(lambda: any(c.status == status for c in self.changes[before:]), what=status)


@pytest.fixture
async def sub(fake_sandbox):
    subscriber = Subscriber(fake_sandbox)
    subscriber.channel.start()
    yield subscriber
    await subscriber.channel.stop()


async def test_joins_goes_live_and_delivers_changes(sub):
    await sub.live()
    assert sub.states[:3] == [ChannelState.CONNECTING, ChannelState.JOINED, ChannelState.LIVE]
    await sub.receives("PROCESSING")
    await sub.receives("COMPLETED")
    change = sub.changes[-1]
    assert change.type == "UPDATE" and change.record["reference_id"] == sub.reference_id
    assert (sub.channel.connects, sub.channel.joins) == (1, 1)
    await asyncio.sleep(0.7)  # several heartbeats, all answered: no reconnect
    assert sub.channel.connects == 1 and sub.hub(lambda h: h.counts["heartbeats"]) >= 2


async def test_stop_leaves_and_closes(sub):
    await sub.live()
    await sub.channel.stop()
    assert sub.channel.state is ChannelState.CLOSED
    await until(lambda: sub.hub(lambda h: h.stats()["open_sockets"]) == 0, what="socket closed")


async def test_a_raising_callback_never_deafens_the_listener(fake_sandbox):
    seen = []

    def explode(change):
        seen.append(change.status)
        raise RuntimeError("UI bug")

    sub = Subscriber(fake_sandbox, on_change=explode)
    sub.channel.start()
    try:
        await sub.live()
        for status in ("PROCESSING", "COMPLETED"):
            fake_sandbox.set_status(sub.reference_id, status)
            await until(lambda: status in seen, what=status)
        assert sub.channel.state is ChannelState.LIVE and sub.channel.connects == 1
    finally:
        await sub.channel.stop()


async def test_kicked_socket_reconnects_and_rejoins(sub):
    await sub.live()
    sub.hub(lambda h: h.kick(1001))
    await until(lambda: sub.channel.connects == 2, what="reconnect")
    await sub.live("live again")
    await sub.receives("COMPLETED")
    assert "code 1001" in sub.channel.last_error


async def test_crashed_channel_rejoins_on_the_same_socket(sub):
    await sub.live()
    sub.hub(lambda h: h.shut_channels("phx_error"))
    await until(lambda: sub.channel.joins == 2, what="rejoin")
    await sub.live("live again")
    assert sub.channel.connects == 1 and "phx_error" in sub.channel.last_error
    await sub.receives("COMPLETED")


async def test_stale_close_for_an_old_join_ref_is_ignored(sub):
    await sub.live()

    def stale_close(hub):
        for connection in hub.connections:
            connection.send(sub.channel.topic, "phx_close", {}, ref="999")
            connection.send(sub.channel.topic, "phx_error", {"reason": "old"}, ref="998")
    sub.hub(stale_close)
    await sub.receives("PROCESSING")  # frames are ordered: the stale ones were read before this
    assert sub.channel.state is ChannelState.LIVE and sub.channel.joins == 1


async def test_refused_joins_back_off_then_recover(sub):
    await sub.live()
    sub.hub(lambda h: setattr(h, "refuse_joins", -1))
    sub.hub(lambda h: h.shut_channels("phx_error"))
    await asyncio.sleep(1.2)
    joins = sub.channel.joins
    assert 3 <= joins <= 10, joins  # retried, but nowhere near a hot loop
    assert sub.channel.state is not ChannelState.LIVE and "RealtimeRestarting" in sub.channel.last_error
    sub.hub(lambda h: setattr(h, "refuse_joins", 0))
    await sub.live("live after refusals stop")
    await sub.receives("COMPLETED")


async def test_accept_then_close_storm_is_met_with_backoff(sub):
    await sub.live()
    sub.hub(lambda h: setattr(h, "storm", -1))
    sub.hub(lambda h: h.kick(1011))
    await asyncio.sleep(1.5)
    stormed = sub.hub(lambda h: h.counts["stormed"])
    # 0.05 s doubling to 0.4 s (±30 %) allows about 6 attempts in 1.5 s; a hot loop makes thousands.
    assert 3 <= stormed <= 10, stormed
    # One connect per stormed socket, plus the first; the storm goes on while the two counts are
    # read (the peer's on its own thread), so one more attempt may already be under way.
    assert sub.channel.connects - 1 in (stormed, stormed + 1), (sub.channel.connects, stormed)
    sub.hub(lambda h: setattr(h, "storm", 0))
    await sub.live("live after the storm")
    await sub.receives("COMPLETED")


async def test_silent_heartbeats_force_a_reconnect(sub):
    await sub.live()
    sub.hub(lambda h: setattr(h, "silence_heartbeats", True))
    await until(lambda: sub.channel.connects >= 2, what="reconnect after missed heartbeat reply")
    assert sub.channel.last_error == "heartbeat reply missing"
    await asyncio.sleep(1.0)
    # each silenced socket lives two heartbeat intervals (0.4 s) plus backoff: a handful at most
    assert sub.channel.connects <= 5, sub.channel.connects
    sub.hub(lambda h: setattr(h, "silence_heartbeats", False))
    # a socket opened during the silence may still hold an unanswered heartbeat: let it go first
    await asyncio.sleep(0.5)
    await sub.live("live once heartbeats are answered")
    connects = sub.channel.connects
    await asyncio.sleep(0.7)
    assert sub.channel.connects == connects and sub.channel.state is ChannelState.LIVE
    await sub.receives("COMPLETED")


async def test_expired_key_is_refetched_and_the_channel_rejoined(sub):
    await sub.live()
    assert sub.client.key_calls == 1
    sub.hub(lambda h: h.shut_channels("expired"))  # system error "Token has expired", phx_close
    await until(lambda: sub.channel.joins == 2, what="rejoin")
    await sub.live("live with a fresh key")
    assert sub.client.key_calls == 2 and sub.channel.connects == 1
    await sub.receives("COMPLETED")


async def test_key_nearing_expiry_is_refreshed_in_place(fake_sandbox):
    sub = Subscriber(fake_sandbox, key_ttl=2)  # refreshed at half-life, 1 s
    sub.channel.start()
    try:
        await sub.live()
        first_token = sub.hub(lambda h: next(iter(next(iter(h.connections)).channels.values())).token)
        await until(lambda: sub.client.key_calls >= 2, what="key refresh")
        await until(lambda: sub.hub(lambda h: next(iter(next(iter(h.connections)).channels.values())).token)
                    != first_token, what="server got access_token")
        await asyncio.sleep(1.5)  # past the first key's expiry: the server would have shut the channel
        assert sub.channel.joins == 1 and sub.channel.connects == 1
        await sub.receives("COMPLETED")
    finally:
        await sub.channel.stop()


async def test_denied_apikey_keeps_retrying_visibly(fake_sandbox):
    sub = Subscriber(fake_sandbox, anon_key="not-a-jwt")
    sub.channel.start()
    try:
        await until(lambda: sub.channel.connects >= 3, what="retries")
        assert sub.channel.state in (ChannelState.RETRYING, ChannelState.CONNECTING)
        assert "HTTP 401" in sub.channel.last_error and "not a valid JWT" in sub.channel.last_error
        await asyncio.sleep(0.8)
        assert sub.channel.connects <= 10
    finally:
        await sub.channel.stop()


async def test_unanswered_join_times_out_and_is_retried(fake_sandbox, monkeypatch):
    from dollr_desktop.sandbox import realtime_connection

    real_join, swallowed = realtime_connection.Connection._join, []

    def first_join_lost(self, topic, payload, ref, join_ref):
        if not swallowed:
            swallowed.append(ref)  # the server never answers this one
            return None
        return real_join(self, topic, payload, ref, join_ref)
    monkeypatch.setattr(realtime_connection.Connection, "_join", first_join_lost)
    sub = Subscriber(fake_sandbox)
    sub.channel.start()
    try:
        await until(lambda: sub.channel.last_error == "join timed out", what="join timeout")
        await sub.live("live on the second join")
        assert sub.channel.joins == 2 and sub.channel.connects == 1
        await sub.receives("COMPLETED")
    finally:
        await sub.channel.stop()
