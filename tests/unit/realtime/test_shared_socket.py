"""Many payments watched at once share one realtime socket: one channel each, the same fallbacks."""
from __future__ import annotations

from dollr_desktop.services.live_status import PaymentStatusWatcher, WatchMode

from .helpers import FAST, until
from .sandbox_payment import client_for, control, pending_collection


async def test_three_payments_one_socket_three_channels_each_lands_and_a_kick_rejoins_all(sandbox):
    info = sandbox.info
    async with client_for(sandbox) as api:
        pending = [await pending_collection(api, phone=f"2318861{n}1111") for n in range(3)]
        watchers = [PaymentStatusWatcher(api, reference_id=reference_id, session_id=session_id, source_type="INVOICE",
                                         realtime_url=info["realtime_url"], anon_key=info["anon_key"],
                                         realtime_timings=FAST)
                    for session_id, reference_id in pending]
        for watcher in watchers:
            watcher.start()
        try:
            await until(lambda: all(w.mode is WatchMode.LIVE for w in watchers), what="all live")
            stats = await control(sandbox, "/realtime/stats", method="GET")
            assert stats["open_sockets"] == 1 and stats["joined_channels"] == 3 and stats["accepted"] == 1
            socket = watchers[0].channel._socket
            assert all(w.channel._socket is socket for w in watchers) and socket.connects == 1

            # The socket drops: every channel falls back (polling), then rejoins on the one new socket.
            await control(sandbox, "/realtime/kick")
            await until(lambda: socket.connects == 2 and all(w.mode is WatchMode.LIVE for w in watchers),
                        what="back live on a second socket")
            stats = await control(sandbox, "/realtime/stats", method="GET")
            assert stats["open_sockets"] == 1 and stats["joined_channels"] == 3

            for _, reference_id in pending[:2]:
                await control(sandbox, f"/executions/{reference_id}/settle")
            for watcher in watchers[:2]:
                final = await watcher.wait_final(5)
                assert final.status == "COMPLETED" and final.trigger == "event"
            await watchers[0].stop()
            await watchers[1].stop()
            assert watchers[2].mode is WatchMode.LIVE   # the others leaving keeps its channel
            await control(sandbox, f"/executions/{pending[2][1]}/fail")
            assert (await watchers[2].wait_final(5)).status == "FAILED"
        finally:
            for watcher in watchers:
                await watcher.stop()
        await until(lambda: socket.closed, what="the socket closes with its last channel")
