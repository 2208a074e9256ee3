"""What is retried, how long the client waits, and what is never replayed."""
from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import httpx
import pytest

from dollr_desktop.api import DollrClient, errors
from dollr_desktop.api.retry import RetryPolicy, parse_retry_after

from .conftest import CLIENT_SECRET

PARTY = "/v1/parties/retrieve/1"
CREATE = "/v1/parties/create"
COLLECT = "/v1/executions/collection"
PARTY_JSON = {"id": 1, "fullname": "Musu", "created_at": "2025-01-01T00:00:00Z", "updated_at": "2025-01-01T00:00:00Z"}


def ok_party(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=PARTY_JSON)


def execution_json(reference_id: str) -> dict:
    return {"reference_id": reference_id, "status": "PROCESSING", "payer_amount": 10, "payer_currency": "LRD",
            "payee_amount": 10, "payee_currency": "LRD", "operation_type": "COLLECTION"}


async def collect(client: DollrClient, reference_id: str = "ref-1"):
    return await client.executions.collection(
        session_id=5, payment_account_id=6, currency="LRD", reference_id=reference_id
    )


# -- backoff ------------------------------------------------------------------------------------

def test_backoff_grows_exponentially_with_jitter_and_is_capped():
    low = RetryPolicy(base_delay=0.5, max_delay=8.0, rng=lambda: 0.0)
    high = RetryPolicy(base_delay=0.5, max_delay=8.0, rng=lambda: 1.0)
    assert [low.backoff(n) for n in range(6)] == [0.25, 0.5, 1.0, 2.0, 4.0, 4.0]
    assert [high.backoff(n) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert high.backoff(50) == 8.0


def test_retry_after_header_forms():
    now = datetime(2026, 1, 1, 12, 0, tzinfo=timezone.utc)
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(format_datetime(now + timedelta(seconds=30), usegmt=True), now=now) == 30.0
    assert parse_retry_after(format_datetime(now - timedelta(seconds=30), usegmt=True), now=now) == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


async def test_server_errors_on_a_get_wait_with_capped_backoff_then_give_up(client, fake, sleeps):
    fake.on("GET", PARTY, httpx.Response(502, text="Bad gateway"))
    with pytest.raises(errors.ServerError):
        await client.parties.retrieve(1)
    assert len(fake.calls("GET", PARTY)) == 4  # 1 + max_retries
    assert len(sleeps) == 3
    assert all(0 < s <= 8.0 for s in sleeps)
    assert sleeps[0] <= 0.5 < sleeps[2]


# -- 429 ----------------------------------------------------------------------------------------

async def test_429_honours_retry_after_then_succeeds(client, fake, sleeps):
    fake.on("GET", PARTY, httpx.Response(429, headers={"Retry-After": "7"}, json={"detail": "slow down"}), ok_party)
    party = await client.parties.retrieve(1)
    assert party.id == 1
    assert sleeps == [7.0]


async def test_429_on_a_create_is_retried_because_nothing_was_done(client, fake, sleeps):
    fake.on("POST", CREATE, httpx.Response(429, headers={"Retry-After": "2"}), ok_party)
    await client.parties.create(fullname="Musu", phone="231770000001")
    assert len(fake.calls("POST", CREATE)) == 2
    assert sleeps == [2.0]


async def test_429_on_an_execution_is_retried_with_the_same_body(client, fake, sleeps):
    fake.on("POST", COLLECT, httpx.Response(429, headers={"Retry-After": "1"}),
            lambda r: httpx.Response(200, json=execution_json("ref-1")))
    await collect(client)
    bodies = [r.content for r in fake.calls("POST", COLLECT)]
    assert len(bodies) == 2 and bodies[0] == bodies[1]


async def test_a_very_long_retry_after_is_not_slept_through(client, fake, sleeps):
    fake.on("GET", PARTY, httpx.Response(429, headers={"Retry-After": "3600"}))
    with pytest.raises(errors.RateLimitedError) as caught:
        await client.parties.retrieve(1)
    assert caught.value.retry_after == 3600.0
    assert sleeps == []
    assert len(fake.calls("GET", PARTY)) == 1


async def test_429_forever_gives_rate_limited_error_after_the_retries(client, fake, sleeps):
    fake.on("GET", PARTY, httpx.Response(429))
    with pytest.raises(errors.RateLimitedError) as caught:
        await client.parties.retrieve(1)
    assert len(fake.calls("GET", PARTY)) == 4
    assert "Wait a minute" in caught.value.user_message


# -- GET vs writes ------------------------------------------------------------------------------

@pytest.mark.parametrize("status", [500, 502, 503, 504])
async def test_get_is_retried_on_5xx(client, fake, status):
    fake.on("GET", PARTY, httpx.Response(status), ok_party)
    assert (await client.parties.retrieve(1)).id == 1
    assert len(fake.calls("GET", PARTY)) == 2


@pytest.mark.parametrize("exc", [httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("dropped")])
async def test_get_is_retried_after_a_timeout_or_dropped_connection(client, fake, exc):
    fake.on("GET", PARTY, exc, ok_party)
    assert (await client.parties.retrieve(1)).id == 1
    assert len(fake.calls("GET", PARTY)) == 2


@pytest.mark.parametrize("exc", [httpx.ConnectError("refused"), httpx.ConnectTimeout("no route"),
                                 httpx.PoolTimeout("busy")])
async def test_a_write_that_never_left_is_retried(client, fake, exc):
    fake.on("POST", CREATE, exc, ok_party)
    await client.parties.create(fullname="Musu", phone="231770000001")
    assert len(fake.calls("POST", CREATE)) == 2


async def test_a_create_is_retried_on_503(client, fake):
    fake.on("POST", CREATE, httpx.Response(503), ok_party)
    await client.parties.create(fullname="Musu", phone="231770000001")
    assert len(fake.calls("POST", CREATE)) == 2


@pytest.mark.parametrize("answer", [httpx.Response(500), httpx.Response(502), httpx.Response(504)])
async def test_a_create_that_may_have_been_saved_is_not_replayed(client, fake, answer):
    fake.on("POST", CREATE, answer)
    with pytest.raises(errors.ServerError) as caught:
        await client.parties.create(fullname="Musu", phone="231770000001")
    assert len(fake.calls("POST", CREATE)) == 1
    assert "may or may not have been saved" in caught.value.user_message


@pytest.mark.parametrize("exc", [httpx.ReadTimeout("slow"), httpx.WriteTimeout("slow"),
                                 httpx.RemoteProtocolError("dropped"), httpx.ReadError("reset")])
async def test_a_create_interrupted_after_sending_is_not_replayed(client, fake, exc):
    fake.on("POST", CREATE, exc)
    with pytest.raises(errors.ApiConnectionError) as caught:
        await client.parties.create(fullname="Musu", phone="231770000001")
    assert len(fake.calls("POST", CREATE)) == 1
    assert "Refresh to check" in caught.value.user_message


async def test_persistent_connection_failure_gives_a_connection_error(client, fake, sleeps):
    fake.on("GET", PARTY, httpx.ConnectError("Name or service not known"))
    with pytest.raises(errors.ApiConnectionError) as caught:
        await client.parties.retrieve(1)
    assert not isinstance(caught.value, errors.ApiTimeoutError)
    assert len(fake.calls("GET", PARTY)) == 4
    assert "internet connection" in caught.value.user_message


async def test_max_retries_zero_means_one_attempt(transport, fake):
    fake.on("GET", PARTY, httpx.Response(503))
    async with DollrClient("https://api.example.test", "id", CLIENT_SECRET, transport=transport, max_retries=0) as api:
        with pytest.raises(errors.ServerError):
            await api.parties.retrieve(1)
    assert len(fake.calls("GET", PARTY)) == 1


# -- executions: never replayed once they may have reached Dollr -------------------------------

@pytest.mark.parametrize("answer", [
    httpx.ReadTimeout("no answer"), httpx.WriteTimeout("stuck"), httpx.RemoteProtocolError("dropped"),
    httpx.ReadError("reset"), httpx.Response(500), httpx.Response(502), httpx.Response(503),
    httpx.Response(504), httpx.Response(502, text="<html><body>Bad Gateway</body></html>"),
    httpx.Response(200, text="<html>captive portal</html>"),
])
async def test_execution_outcome_unknown_carries_the_reference_id_and_is_sent_once(client, fake, sleeps, answer):
    fake.on("POST", COLLECT, answer)
    with pytest.raises(errors.OutcomeUnknownError) as caught:
        await collect(client, "5b0c7a43-0d4e-4d7a-9a55-3f0a1e2b3c4d")
    assert caught.value.reference_id == "5b0c7a43-0d4e-4d7a-9a55-3f0a1e2b3c4d"
    assert caught.value.operation_type == "COLLECTION"
    assert "Do not pay again" in caught.value.user_message
    assert len(fake.calls("POST", COLLECT)) == 1
    assert sleeps == []


@pytest.mark.parametrize("kind", ["payout", "transfer", "refund"])
async def test_every_execution_kind_follows_the_no_replay_rule(client, fake, kind):
    path = f"/v1/executions/{kind}"
    fake.on("POST", path, httpx.ReadTimeout("no answer"))
    call = getattr(client.executions, kind)
    kwargs = {"session_id": 1, "reference_id": f"ref-{kind}"}
    if kind == "payout":
        kwargs |= {"payout_account_id": 2, "passcode": {
            "token": {"code": "1234", "phone": "231770000001"},
            "device": {"name": "d", "type": "DESKTOP", "platform": "LINUX", "user_agent": "ua", "client_ip": "127.0.0.1"}}}
    with pytest.raises(errors.OutcomeUnknownError) as caught:
        await call(**kwargs)
    assert caught.value.reference_id == f"ref-{kind}"
    assert len(fake.calls("POST", path)) == 1


async def test_an_execution_that_never_left_is_retried_with_the_same_reference_id(client, fake):
    fake.on("POST", COLLECT, httpx.ConnectError("refused"), lambda r: httpx.Response(200, json=execution_json("ref-1")))
    result = await collect(client)
    bodies = [r.content for r in fake.calls("POST", COLLECT)]
    assert len(bodies) == 2 and bodies[0] == bodies[1]
    assert b'"reference_id":"ref-1"' in bodies[0]
    assert result.reference_id == "ref-1"


async def test_a_422_on_an_execution_is_a_validation_error_not_outcome_unknown(client, fake):
    fake.on("POST", COLLECT, httpx.Response(422, json={"detail": "session not found or expired"}))
    with pytest.raises(errors.ValidationError):
        await collect(client)


async def test_an_execution_without_reference_id_is_refused_before_sending(client, fake):
    with pytest.raises(ValueError):
        await collect(client, "")
    assert fake.calls("POST", COLLECT) == []


# -- cancellation -------------------------------------------------------------------------------

async def test_cancellation_is_neither_retried_nor_swallowed(client, fake, sleeps):
    started = asyncio.Event()

    async def hang(request: httpx.Request) -> httpx.Response:
        started.set()
        await asyncio.sleep(3600)
        raise AssertionError("unreachable")

    fake.on("POST", COLLECT, hang)
    task = asyncio.create_task(collect(client))
    await started.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert len(fake.calls("POST", COLLECT)) == 1
    assert sleeps == []


async def test_cancellation_during_a_backoff_sleep_stops_the_retries(transport, fake):
    fake.on("GET", PARTY, httpx.Response(503))
    sleeping = asyncio.Event()

    async def slow_sleep(seconds: float) -> None:
        sleeping.set()
        await asyncio.sleep(3600)

    async with DollrClient("https://api.example.test", "id", CLIENT_SECRET, transport=transport, sleep=slow_sleep) as api:
        task = asyncio.create_task(api.parties.retrieve(1))
        await sleeping.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    assert len(fake.calls("GET", PARTY)) == 1
