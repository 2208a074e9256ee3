"""The payment watcher: realtime hints, always confirmed by the status endpoint, polling as backstop."""
from __future__ import annotations

import asyncio
import uuid

import pytest

from dollr_desktop.realtime.model import ChannelState
from dollr_desktop.services.live_status import PaymentStatusWatcher, WatchMode, WatchTimings

from .fake_sandbox import FakeDollrClient
from .helpers import FAST, until

QUICK = WatchTimings(silence_check=30.0, poll_initial=0.05, poll_max=0.2, poll_growth=2.0)


def make_watcher(sandbox, *, realtime=True, anon_key=None, timings=QUICK, **callbacks):
    client = FakeDollrClient(sandbox)
    reference_id = str(uuid.uuid4())
    watcher = PaymentStatusWatcher(
        client, reference_id=reference_id, session_id=55, source_type="INVOICE",
        realtime_url=sandbox.base_url if realtime else None,
        anon_key=(anon_key or sandbox.anon_key) if realtime else None,
        timings=timings, realtime_timings=FAST, **callbacks)
    return watcher, client, reference_id


async def test_live_event_is_confirmed_and_final_reported(fake_sandbox):
    updates, modes = [], []
    watcher, client, ref = make_watcher(fake_sandbox, timings=WatchTimings(poll_initial=30, poll_max=30),
                                        on_status=updates.append, on_mode=modes.append)
    fake_sandbox.set_status(ref, "PROCESSING")
    watcher.start()
    try:
        await until(lambda: watcher.mode is WatchMode.LIVE, what="live")
        await until(lambda: watcher.status == "PROCESSING", what="subscribe check")
        assert updates[0].trigger == "subscribed"
        fake_sandbox.set_status(ref, "COMPLETED")
        final = await watcher.wait_final(5)
        assert final.status == "COMPLETED" and final.final and final.trigger == "event"
        assert final.response.status == "COMPLETED"
        assert [u.status for u in updates] == ["PROCESSING", "COMPLETED"]
        assert modes == [WatchMode.LIVE, WatchMode.FINISHED]
        assert client.status_calls == 2  # one on "Subscribed", one for the event: no polling while live
        await until(lambda: watcher.channel.state is ChannelState.CLOSED, what="channel closed when final")
    finally:
        await watcher.stop()


async def test_change_committed_before_subscription_is_caught_by_the_subscribe_check(fake_sandbox):
    watcher, client, ref = make_watcher(fake_sandbox, timings=WatchTimings(poll_initial=30, poll_max=30))
    fake_sandbox.set_status(ref, "COMPLETED")  # settled before we ever joined: no event will come
    watcher.start()
    try:
        final = await watcher.wait_final(5)
        assert final.status == "COMPLETED" and final.trigger == "subscribed"
        assert watcher.channel.events == 0
    finally:
        await watcher.stop()


async def test_async_iterator_yields_each_change_then_ends(fake_sandbox):
    watcher, _, ref = make_watcher(fake_sandbox)
    fake_sandbox.set_status(ref, "PENDING")
    watcher.start()
    try:
        await until(lambda: watcher.status == "PENDING", what="pending")
        fake_sandbox.set_status(ref, "PROCESSING")
        await until(lambda: watcher.status == "PROCESSING", what="processing")
        fake_sandbox.set_status(ref, "FAILED", gateway_message="Insufficient balance")
        seen = [update.status async for update in watcher.updates()]
        assert seen == ["PENDING", "PROCESSING", "FAILED"]
    finally:
        await watcher.stop()


async def test_without_realtime_it_polls_and_backs_off_during_long_processing(fake_sandbox):
    modes = []
    watcher, client, ref = make_watcher(fake_sandbox, realtime=False, on_mode=modes.append)
    assert watcher.mode is WatchMode.POLLING
    fake_sandbox.set_status(ref, "PROCESSING")
    watcher.start()
    try:
        await until(lambda: client.status_calls >= 5, what="several polls")
        assert watcher.status == "PROCESSING"
        assert watcher._poll_interval == QUICK.poll_max  # 0.05 → 0.1 → 0.2, capped
        fake_sandbox.set_status(ref, "COMPLETED")
        final = await watcher.wait_final(5)
        assert final.trigger == "poll" and modes == [WatchMode.FINISHED]
    finally:
        await watcher.stop()


async def test_socket_refused_falls_back_to_polling_and_still_sees_final(fake_sandbox):
    modes = []
    watcher, client, ref = make_watcher(fake_sandbox, anon_key="wrong", on_mode=modes.append)
    fake_sandbox.set_status(ref, "PROCESSING")
    watcher.start()
    try:
        await until(lambda: watcher.mode is WatchMode.POLLING, what="polling mode")
        fake_sandbox.set_status(ref, "COMPLETED")
        final = await watcher.wait_final(5)
        assert final.trigger == "poll" and "HTTP 401" in watcher.channel.last_error
        assert modes[0] is WatchMode.POLLING and modes[-1] is WatchMode.FINISHED
    finally:
        await watcher.stop()


async def test_live_but_silent_is_checked_anyway(fake_sandbox):
    timings = WatchTimings(silence_check=0.15, poll_initial=30, poll_max=30)
    watcher, client, ref = make_watcher(fake_sandbox, timings=timings)
    fake_sandbox.set_status(ref, "PROCESSING")
    watcher.start()
    try:
        await until(lambda: watcher.status == "PROCESSING", what="subscribed check")
        calls = client.status_calls
        await until(lambda: client.status_calls >= calls + 2, what="silence checks")
        assert watcher.mode is WatchMode.LIVE
        # the status changed without the realtime event (lost somewhere): the silence check finds it
        with fake_sandbox.state.lock:
            fake_sandbox.state.rows[ref]["status"] = "COMPLETED"
        final = await watcher.wait_final(5)
        assert final.trigger == "poll"
    finally:
        await watcher.stop()


async def test_failed_checks_and_raising_callbacks_do_not_stop_the_watch(fake_sandbox):
    def broken(_):
        raise RuntimeError("UI bug")

    watcher, client, ref = make_watcher(fake_sandbox, realtime=False, on_status=broken, on_mode=broken)
    client.status_error = ConnectionError("offline")
    watcher.start()
    try:
        await until(lambda: client.status_calls >= 3, what="retries while offline")
        assert watcher.status is None and "offline" in watcher.last_error
        client.status_error = None
        fake_sandbox.set_status(ref, "COMPLETED")
        assert (await watcher.wait_final(5)).status == "COMPLETED"
    finally:
        await watcher.stop()


async def test_polls_while_the_socket_is_down_then_follows_realtime_again(fake_sandbox):
    watcher, client, ref = make_watcher(fake_sandbox)
    fake_sandbox.set_status(ref, "PROCESSING")
    watcher.start()
    try:
        await until(lambda: watcher.mode is WatchMode.LIVE, what="live")
        fake_sandbox.call(lambda: setattr(fake_sandbox.hub, "storm", -1))
        fake_sandbox.call(lambda: fake_sandbox.hub.kick(1011))
        await until(lambda: watcher.mode is WatchMode.POLLING, what="polling")
        calls = client.status_calls
        await until(lambda: client.status_calls >= calls + 2, what="polls while down")
        fake_sandbox.call(lambda: setattr(fake_sandbox.hub, "storm", 0))
        await until(lambda: watcher.mode is WatchMode.LIVE, what="live again")
        fake_sandbox.set_status(ref, "COMPLETED")
        assert (await watcher.wait_final(5)).status == "COMPLETED"
    finally:
        await watcher.stop()


async def test_subscription_error_while_live_switches_to_polling(fake_sandbox):
    modes = []
    watcher, client, ref = make_watcher(fake_sandbox, on_mode=modes.append)
    fake_sandbox.set_status(ref, "PROCESSING")
    watcher.start()
    try:
        await until(lambda: watcher.mode is WatchMode.LIVE, what="live")

        def cdc_broken(hub):
            for connection in hub.connections:
                connection.send(watcher.channel.topic, "system", {
                    "extension": "postgres_changes", "status": "error", "channel": "x",
                    "message": "Unable to subscribe to changes with given parameters"})
        fake_sandbox.call(lambda: cdc_broken(fake_sandbox.hub))
        await until(lambda: watcher.mode is WatchMode.POLLING, what="polling")
        assert watcher.channel.state is ChannelState.JOINED  # still joined, but deaf: so we poll
        calls = client.status_calls
        await until(lambda: client.status_calls >= calls + 2, what="polls")
        assert modes == [WatchMode.LIVE, WatchMode.POLLING]
    finally:
        await watcher.stop()


async def test_updates_iterator_ends_when_the_watcher_stops(fake_sandbox):
    watcher, _, ref = make_watcher(fake_sandbox, realtime=False)
    fake_sandbox.set_status(ref, "PROCESSING")
    watcher.start()

    async def consume():
        return [update.status async for update in watcher.updates()]
    consumer = asyncio.ensure_future(consume())
    await until(lambda: watcher.status == "PROCESSING", what="processing")
    await watcher.stop()
    assert await asyncio.wait_for(consumer, 2) == ["PROCESSING"]


@pytest.mark.parametrize("fault", ["storm", "refuse_joins", "silence_heartbeats", "crash_loop"])
async def test_final_status_lands_while_realtime_is_broken(fake_sandbox, fault):
    """The payment settles while the peer misbehaves and keeps misbehaving: polling must find it."""
    watcher, client, ref = make_watcher(fake_sandbox)
    fake_sandbox.set_status(ref, "PROCESSING")
    watcher.start()
    hub = fake_sandbox.hub
    try:
        await until(lambda: watcher.mode is WatchMode.LIVE, what="live")
        if fault == "crash_loop":  # every join crashes at once: refused joins seen from the socket
            fake_sandbox.call(lambda: setattr(hub, "refuse_joins", -1))
            fake_sandbox.call(lambda: hub.shut_channels("phx_error"))
        else:
            fake_sandbox.call(lambda: setattr(hub, fault, -1 if fault != "silence_heartbeats" else True))
            fake_sandbox.call(lambda: hub.kick(1011))
        await until(lambda: watcher.mode is WatchMode.POLLING, what="polling")
        with fake_sandbox.state.lock:  # settled with no realtime push reaching us
            fake_sandbox.state.rows[ref]["status"] = "COMPLETED"
        final = await watcher.wait_final(5)
        # found by asking (a poll, or the check after a rejoin), never by a push that was not sent
        assert final.status == "COMPLETED" and final.trigger in ("poll", "subscribed")
        assert watcher.channel.connects <= 12
    finally:
        await watcher.stop()
