"""Watch one collection payment until it is final, as fast as realtime allows and never less surely
than polling (no Qt; runs on plain asyncio or a qasync loop).

Every realtime event is only a hint. The status the app acts on always comes from
`GET /v1/status/collection/{reference_id}`, checked:
- once when the channel reports "Subscribed to PostgreSQL" (a change committed between the join
  and the subscription would otherwise be missed),
- after each realtime event (bursts coalesce into one check in flight plus one queued),
- every 2-5 s while the socket is down (slowing down while a payment sits in PROCESSING), and
- after 30 s of silence while live.

A 404 means Dollr has no such execution yet. Whether that is "never received" (NOT_FOUND, final:
the watch ends and the document may be paid again) is not the watcher's call: `on_not_found`
(the payment checker's grace rule, the same as the reconciler's) decides; until it says so, the
watch goes on.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from enum import StrEnum
from typing import Any, AsyncIterator, Awaitable, Callable

from dollr_desktop.api import errors as api_errors
from dollr_desktop.realtime.channel import PaymentChannel
from dollr_desktop.realtime.model import ChannelState, StatusChange, collection_key_fetcher
from dollr_desktop.realtime.timing import RealtimeTimings, wait_done

log = logging.getLogger(__name__)

FINAL_STATUSES = frozenset({"COMPLETED", "FAILED", "NOT_FOUND"})
NOT_FOUND = "NOT_FOUND"   # ours: Dollr never received it (concluded by `on_not_found`)
NotFoundJudge = Callable[[datetime], Awaitable[bool]]   # asked at → concluded "never received"?


class WatchMode(StrEnum):
    CONNECTING = "connecting"  # first connection under way (polling already covers it)
    LIVE = "live"              # realtime confirmed; checks follow its hints
    POLLING = "polling"        # realtime down or unavailable: status is polled
    FINISHED = "finished"      # the payment reached a final status


@dataclass(frozen=True)
class WatchTimings:
    silence_check: float = 30.0  # live but quiet this long: confirm with a status check anyway
    poll_initial: float = 2.0
    poll_max: float = 5.0
    poll_growth: float = 1.25    # each poll that finds the same pending status waits this much longer


@dataclass(frozen=True)
class StatusUpdate:
    status: str
    response: Any          # the status endpoint's model (ExecutionResponse)
    final: bool
    trigger: str           # what prompted the check: "subscribed", "event", "poll"
    confirmed_at: float    # time.monotonic() when the confirmation arrived


class PaymentStatusWatcher:
    def __init__(
        self,
        client: Any,
        *,
        reference_id: str,
        session_id: int,
        source_type: str,
        realtime_url: str | None = None,
        anon_key: str | None = None,
        on_status: Callable[[StatusUpdate], Any] | None = None,
        on_mode: Callable[[WatchMode], Any] | None = None,
        on_not_found: NotFoundJudge | None = None,
        timings: WatchTimings | None = None,
        realtime_timings: RealtimeTimings | None = None,
        share_socket: bool = True,
    ) -> None:
        self._client = client
        self.reference_id = str(reference_id)
        self._on_status, self._on_mode = on_status, on_mode
        self._on_not_found = on_not_found
        self._timings = timings or WatchTimings()
        self.channel: PaymentChannel | None = None
        if realtime_url and anon_key:
            from dollr_desktop.realtime.socket import shared_socket

            # Every payment watched at once shares one socket (one channel each on it).
            socket = shared_socket(realtime_url, anon_key, realtime_timings) if share_socket else None
            self.channel = PaymentChannel(
                realtime_url=realtime_url, anon_key=anon_key, session_id=int(session_id),
                reference_id=self.reference_id,
                fetch_key=collection_key_fetcher(client, session_id=int(session_id),
                                                 source_type=source_type, reference_id=self.reference_id),
                on_change=self._on_change, on_state=self._on_channel_state,
                on_subscribed=lambda: self._request_check("subscribed"),
                timings=realtime_timings, socket=socket)
        self.mode = WatchMode.CONNECTING if self.channel else WatchMode.POLLING
        self.status: str | None = None
        self.latest: StatusUpdate | None = None
        self.last_error: str | None = None
        self.checks = 0
        self._realtime_failed = False
        self._poll_interval = self._timings.poll_initial
        self._last_checked = time.monotonic()
        self._last_heard = self._last_checked
        self._check_failed = False
        self._requested: str | None = None
        self._wake: asyncio.Future[None] | None = None
        self._updates: asyncio.Queue[StatusUpdate | None] = asyncio.Queue()
        self._final: asyncio.Future[StatusUpdate] | None = None
        self._task: asyncio.Task[None] | None = None

    # ---- lifecycle -------------------------------------------------------------------------

    def start(self) -> None:
        if self._task is not None:
            return
        loop = asyncio.get_running_loop()
        self._final = loop.create_future()
        self._last_checked = self._last_heard = time.monotonic()
        self._task = loop.create_task(self._check_loop(), name=f"watch {self.reference_id}")
        if self.channel is not None:
            self.channel.start()

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None and task is not asyncio.current_task():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._updates.put_nowait(None)  # ends an `updates()` loop that is still waiting
        if self.channel is not None:
            await self.channel.stop()

    async def wait_final(self, timeout: float | None = None) -> StatusUpdate:
        assert self._final is not None, "start() the watcher first"
        if not await wait_done(self._final, timeout):
            raise asyncio.TimeoutError(f"payment {self.reference_id} not final after {timeout}s")
        return self._final.result()

    async def updates(self) -> AsyncIterator[StatusUpdate]:
        """Each confirmed status change, ending after the final one (or when stopped)."""
        while True:
            update = await self._updates.get()
            if update is None:
                return
            yield update
            if update.final:
                return

    # ---- hints -----------------------------------------------------------------------------

    def _on_change(self, change: StatusChange) -> None:
        self._last_heard = time.monotonic()
        self._request_check("event")

    def _on_channel_state(self, state: ChannelState) -> None:
        if state is ChannelState.LIVE:
            self._last_heard = time.monotonic()
            self._set_mode(WatchMode.LIVE)
        elif state is not ChannelState.CLOSED:
            # Once realtime has failed or dropped out of live, anything short of live is polling.
            if state is ChannelState.RETRYING or self.mode is WatchMode.LIVE:
                self._realtime_failed = True
            if self._realtime_failed:
                self._set_mode(WatchMode.POLLING)
        self._poke()  # the poll schedule depends on the channel state

    def _request_check(self, trigger: str) -> None:
        self._requested = self._requested or trigger
        self._poke()

    def _poke(self) -> None:
        if self._wake is not None and not self._wake.done():
            self._wake.set_result(None)

    # ---- the single checker ----------------------------------------------------------------

    def _next_poll_at(self) -> float:
        channel_live = self.channel is not None and self.channel.state is ChannelState.LIVE
        if channel_live and not self._check_failed:
            return max(self._last_checked, self._last_heard) + self._timings.silence_check
        return self._last_checked + self._poll_interval

    async def _check_loop(self) -> None:
        loop = asyncio.get_running_loop()
        while self.mode is not WatchMode.FINISHED:
            self._wake = loop.create_future()
            delay = self._next_poll_at() - time.monotonic()
            if self._requested is None and delay > 0:
                await wait_done(self._wake, delay)
                continue
            trigger, self._requested = self._requested or "poll", None
            await self._confirm(trigger)
        if self.channel is not None:
            await self.channel.stop()

    async def _confirm(self, trigger: str) -> None:
        self.checks += 1
        if trigger == "poll" and self.mode is WatchMode.CONNECTING:
            self._set_mode(WatchMode.POLLING)  # realtime is slow to come up: say what we do
        asked_at = datetime.now(timezone.utc)
        try:
            response = await self._client.status.collection(self.reference_id)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # offline, 5xx, not yet known (404): keep watching
            self.last_error = f"{type(exc).__name__}: {exc}"
            self._check_failed = True
            log.warning("status check for %s failed: %s", self.reference_id, self.last_error)
            if isinstance(exc, api_errors.NotFoundError) and await self._never_received(asked_at):
                self._publish(NOT_FOUND, None, trigger)
            return
        finally:
            self._last_checked = time.monotonic()
        self._check_failed = False
        self._publish(_status_of(response), response, trigger)

    async def _never_received(self, asked_at: datetime) -> bool:
        if self._on_not_found is None:
            return False
        try:
            return bool(await self._on_not_found(asked_at))
        except asyncio.CancelledError:
            raise
        except Exception:  # the judge failing (the store closing) concludes nothing
            log.exception("deciding whether %s never reached Dollr failed", self.reference_id)
            return False

    def _publish(self, status: str, response: Any, trigger: str) -> None:
        if status == self.status:  # still pending: long PROCESSING polls back off to poll_max
            self._poll_interval = min(self._timings.poll_max,
                                      self._poll_interval * self._timings.poll_growth)
            return
        self._poll_interval = self._timings.poll_initial
        self.status = status
        update = StatusUpdate(status=status, response=response, final=status in FINAL_STATUSES,
                              trigger=trigger, confirmed_at=time.monotonic())
        self.latest = update
        self._updates.put_nowait(update)
        _call(self._on_status, update)
        if update.final:
            self._set_mode(WatchMode.FINISHED)
            if self._final is not None and not self._final.done():
                self._final.set_result(update)

    def _set_mode(self, mode: WatchMode) -> None:
        if self.mode is WatchMode.FINISHED or mode is self.mode:
            return
        self.mode = mode
        _call(self._on_mode, mode)


def _status_of(response: Any) -> str:
    value = response.get("status") if isinstance(response, dict) else getattr(response, "status", None)
    value = getattr(value, "value", value)
    return str(value).upper()


def _call(callback: Callable[..., Any] | None, *args: Any) -> None:
    if callback is None:
        return
    try:
        callback(*args)
    except Exception:  # the UI's callback failing must not stop the watch
        log.exception("live status callback %r raised", callback)
