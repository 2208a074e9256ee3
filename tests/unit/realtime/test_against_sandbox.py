"""The real sandbox (HTTP API + realtime peer), the official PyPI client, and our watcher on qasync."""
from __future__ import annotations

import asyncio

import pytest

from dollr_desktop.realtime.model import ChannelState
from dollr_desktop.services.live_status import PaymentStatusWatcher, WatchMode, WatchTimings

from .helpers import FAST, until
from .sandbox_payment import client_for, control, pending_collection

TABLE = "checkout_payment_intent_public_status"


async def test_official_pypi_realtime_client_receives_the_update(sandbox):
    from realtime import AsyncRealtimeClient, RealtimeSubscribeStates

    info = sandbox.info
    async with client_for(sandbox) as api:
        session_id, reference_id = await pending_collection(api)
        key = await api.realtime_keys.collection(session_id, "INVOICE", reference_id)
    loop = asyncio.get_running_loop()
    received, states = loop.create_future(), []
    realtime = AsyncRealtimeClient(f"{info['realtime_url']}/realtime/v1", token=info["anon_key"])
    await realtime.set_auth(key.access_token)
    channel = realtime.channel(f"payment-intent:{session_id}:{reference_id}")
    channel.on_postgres_changes("*", lambda payload: received.done() or received.set_result(payload),
                                table=TABLE, schema="public", filter=f"reference_id=eq.{reference_id}")
    try:
        await channel.subscribe(lambda state, error: states.append(state))
        await until(lambda: RealtimeSubscribeStates.SUBSCRIBED in states, what="SUBSCRIBED")
        await control(sandbox, f"/executions/{reference_id}/settle")
        payload = await asyncio.wait_for(received, 5)
    finally:
        await realtime.close()
    data = payload["data"]
    assert str(getattr(data["type"], "value", data["type"])) == "UPDATE"
    assert data["table"] == TABLE and data["schema"] == "public"
    assert data["record"]["reference_id"] == reference_id
    assert data["record"]["status"] == "COMPLETED" and data["record"]["session_id"] == session_id
    assert data["record"]["source_type"] == "INVOICE"
    assert payload["ids"] and states == [RealtimeSubscribeStates.SUBSCRIBED]


@pytest.mark.parametrize("outcome, path", [("COMPLETED", "settle"), ("FAILED", "fail")])
async def test_watcher_sees_the_final_status_live(sandbox, outcome, path):
    info = sandbox.info
    async with client_for(sandbox) as api:
        session_id, reference_id = await pending_collection(api)
        watcher = PaymentStatusWatcher(api, reference_id=reference_id, session_id=session_id,
                                       source_type="INVOICE", realtime_url=info["realtime_url"],
                                       anon_key=info["anon_key"], realtime_timings=FAST)
        watcher.start()
        try:
            await until(lambda: watcher.mode is WatchMode.LIVE and watcher.status == "PROCESSING",
                        what="live and PROCESSING")
            await control(sandbox, f"/executions/{reference_id}/{path}")
            final = await watcher.wait_final(5)
            assert final.status == outcome and final.trigger == "event"
            assert watcher.channel.connects == 1
        finally:
            await watcher.stop()


async def _through_every_fault(sandbox) -> dict:
    """One payment watched while the realtime peer misbehaves in every way it can."""
    info = sandbox.info
    async with client_for(sandbox) as api:
        session_id, reference_id = await pending_collection(api)
        watcher = PaymentStatusWatcher(api, reference_id=reference_id, session_id=session_id,
                                       source_type="INVOICE", realtime_url=info["realtime_url"],
                                       anon_key=info["anon_key"], realtime_timings=FAST,
                                       timings=WatchTimings(poll_initial=0.1, poll_max=0.3))
        channel = watcher.channel
        watcher.start()

        async def live_again(what):
            await until(lambda: channel.state is ChannelState.LIVE, what=what)

        try:
            await live_again("first live")
            await control(sandbox, "/realtime/kick", {"code": 1011})
            await until(lambda: channel.connects == 2, what="reconnect after kick")
            await live_again("live after kick")

            joins = channel.joins
            await control(sandbox, "/realtime/crash")
            await until(lambda: channel.joins == joins + 1, what="rejoin after crash")
            await live_again("live after crash")

            joins = channel.joins
            await control(sandbox, "/realtime/expire")
            await until(lambda: channel.joins == joins + 1, what="rejoin after expiry")
            await live_again("live after expiry")

            await control(sandbox, "/realtime/refuse-joins", {"count": -1})
            await control(sandbox, "/realtime/crash")
            await asyncio.sleep(0.6)
            assert watcher.mode is WatchMode.POLLING
            await control(sandbox, "/realtime/reset")
            await live_again("live after refused joins")

            await control(sandbox, "/realtime/storm", {"count": -1})
            await control(sandbox, "/realtime/kick", {"code": 1011})
            await asyncio.sleep(0.8)
            await control(sandbox, "/realtime/reset")
            await live_again("live after storm")

            await control(sandbox, "/realtime/silence", {"enabled": True})
            await until(lambda: channel.last_error == "heartbeat reply missing", what="missed heartbeat")
            # the payment settles while realtime is unusable: polling must still find it
            await control(sandbox, f"/executions/{reference_id}/settle")
            final = await watcher.wait_final(5)
            await control(sandbox, "/realtime/reset")
            stats = await control(sandbox, "/realtime/stats", method="GET")
            return {"final": final, "connects": channel.connects, "joins": channel.joins,
                    "stats": stats, "checks": watcher.checks}
        finally:
            await watcher.stop()


def _assert_recovered_without_storming(result: dict) -> None:
    assert result["final"].status == "COMPLETED"
    # kick 1 + storm (≈5 in 0.8 s at 0.05→0.4 s backoff) + silence 1-2, plus the originals:
    assert 3 <= result["connects"] <= 16, result
    assert 1 <= result["stats"]["stormed"] <= 10, result["stats"]
    assert result["joins"] <= 30 and result["stats"]["joins_refused"] <= 10, result


async def test_recovers_from_every_fault_on_asyncio(sandbox):
    _assert_recovered_without_storming(await _through_every_fault(sandbox))


def test_recovers_from_every_fault_on_a_qasync_loop(sandbox, qapp):
    """The same on the app's loop: qasync on pytest-qt's QApplication (a bare QCoreApplication
    here would break widget tests later in the same session)."""
    import qasync

    loop = qasync.QEventLoop(qapp)
    try:
        result = loop.run_until_complete(_through_every_fault(sandbox))
    finally:
        loop.close()
        asyncio.set_event_loop(None)
    _assert_recovered_without_storming(result)
