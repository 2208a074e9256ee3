"""The access token: one renewal for many callers, early renewal, 401 → renew once, replay once."""
from __future__ import annotations

import asyncio

import httpx
import pytest

from dollr_desktop.api import DollrClient, errors
from dollr_desktop.logging_setup import redact

from .conftest import CLIENT_SECRET, TOKEN_PATH

PARTY = "/v1/parties/retrieve/1"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_twenty_concurrent_calls_share_one_token_request(transport, fake):
    gate = asyncio.Event()

    async def slow_token(request: httpx.Request) -> httpx.Response:
        await gate.wait()
        return httpx.Response(200, json={"access_token": "tok-shared-000001", "expires_in": 60})

    fake.on("POST", TOKEN_PATH, slow_token)
    async with DollrClient("https://api.example.test", "id", CLIENT_SECRET, transport=transport) as api:
        tasks = [asyncio.create_task(api.parties.retrieve(i)) for i in range(20)]
        await asyncio.sleep(0.01)  # every task is now waiting for the token
        gate.set()
        results = await asyncio.gather(*tasks)

    assert len(results) == 20
    assert fake.token_calls() == 1
    party_calls = [r for r in fake.requests if r.url.path.startswith("/v1/parties/")]
    assert len(party_calls) == 20
    assert {r.headers["authorization"] for r in party_calls} == {"Bearer tok-shared-000001"}


async def test_token_is_reused_until_fewer_than_five_minutes_remain(transport, fake):
    clock = Clock()
    async with DollrClient("https://api.example.test", "id", CLIENT_SECRET, transport=transport, clock=clock) as api:
        await api.parties.retrieve(1)
        clock.now += 54 * 60  # 6 minutes left of 60
        await api.parties.retrieve(1)
        assert fake.token_calls() == 1
        clock.now += 2 * 60  # 4 minutes left: renew before using it
        await api.parties.retrieve(1)
        assert fake.token_calls() == 2
    auths = [r.headers["authorization"] for r in fake.calls("GET", PARTY)]
    assert auths == ["Bearer tok-1-abcdef", "Bearer tok-1-abcdef", "Bearer tok-2-abcdef"]


async def test_expires_in_is_minutes_not_seconds(transport, fake):
    clock = Clock()
    fake.token_minutes = 10
    async with DollrClient("https://api.example.test", "id", CLIENT_SECRET, transport=transport, clock=clock) as api:
        await api.parties.retrieve(1)
        clock.now += 4 * 60  # a seconds reading would have expired it long ago
        await api.parties.retrieve(1)
        assert fake.token_calls() == 1


async def test_401_renews_the_token_once_and_replays_once(client, fake, transport):
    fake.on("GET", PARTY, httpx.Response(401, json={"detail": "Could not validate credentials"}),
            lambda r: httpx.Response(200, json=_party()))
    party = await client.parties.retrieve(1)
    assert party.id == 1
    auths = [r.headers["authorization"] for r in fake.calls("GET", PARTY)]
    assert auths == ["Bearer tok-1-abcdef", "Bearer tok-2-abcdef"]
    assert fake.token_calls() == 2
    transport.assert_no_violations()


async def test_a_second_401_is_an_authentication_error_not_a_loop(client, fake):
    fake.on("GET", PARTY, httpx.Response(401, json={"detail": "Could not validate credentials"}))
    with pytest.raises(errors.AuthenticationError) as caught:
        await client.parties.retrieve(1)
    assert len(fake.calls("GET", PARTY)) == 2
    assert fake.token_calls() == 2
    assert "API keys" in caught.value.user_message
    assert caught.value.status_code == 401


async def test_401_on_an_execution_is_replayed_with_the_same_reference_id(client, fake):
    path = "/v1/executions/collection"
    fake.on("POST", path, httpx.Response(401, json={"detail": "Could not validate credentials"}),
            lambda r: httpx.Response(200, json=_execution("ref-401")))
    result = await client.executions.collection(session_id=1, payment_account_id=2, currency="LRD",
                                                reference_id="ref-401")
    bodies = [r.content for r in fake.calls("POST", path)]
    assert len(bodies) == 2 and bodies[0] == bodies[1]
    assert result.reference_id == "ref-401"


async def test_many_concurrent_401s_cause_one_renewal(client, fake):
    await client.parties.retrieve(1)  # token 1 in hand
    rejected = {"n": 0}
    all_in_flight = asyncio.Event()

    async def answer(request: httpx.Request) -> httpx.Response:
        if request.headers["authorization"] == "Bearer tok-1-abcdef":
            rejected["n"] += 1
            if rejected["n"] == 20:
                all_in_flight.set()
            await all_in_flight.wait()  # every caller holds the stale token at once
            return httpx.Response(401, json={"detail": "Could not validate credentials"})
        return httpx.Response(200, json=_party())

    fake.on("GET", PARTY, answer)
    await asyncio.gather(*(client.parties.retrieve(1) for _ in range(20)))
    assert rejected["n"] == 20
    assert fake.token_calls() == 2


async def test_refused_client_credentials_raise_authentication_error_without_the_secret(client, fake):
    fake.on("POST", TOKEN_PATH, httpx.Response(401, json={"detail": "Invalid client credentials"}))
    with pytest.raises(errors.AuthenticationError) as caught:
        await client.parties.list()
    assert fake.token_calls() == 1  # no renewal loop on the token endpoint itself
    text = f"{caught.value} {caught.value.details} {caught.value!r}"
    assert CLIENT_SECRET not in text


async def test_token_and_secret_are_registered_for_redaction(client):
    await client.parties.retrieve(1)
    line = f"token={client.tokens.current} secret {CLIENT_SECRET} plain tok-1-abcdef"
    assert "tok-1-abcdef" not in redact(line)
    assert CLIENT_SECRET not in redact(line)


async def test_the_token_lives_in_memory_only(client, tmp_path, _isolated_data_dir):
    await client.parties.retrieve(1)
    for path in _isolated_data_dir.rglob("*"):
        if path.is_file():
            assert b"tok-1-abcdef" not in path.read_bytes()
    await client.aclose()
    assert client.tokens.current is None


def _party() -> dict:
    return {"id": 1, "fullname": "Musu", "created_at": "2025-01-01T00:00:00Z", "updated_at": "2025-01-01T00:00:00Z"}


def _execution(reference_id: str, status: str = "PROCESSING") -> dict:
    return {"reference_id": reference_id, "status": status, "payer_amount": 10, "payer_currency": "LRD",
            "payee_amount": 10, "payee_currency": "LRD", "operation_type": "COLLECTION"}


async def test_offline_callers_queued_behind_a_failed_renewal_share_its_error(client, fake, sleeps):
    fake.on("POST", TOKEN_PATH, httpx.ConnectError("network is unreachable"))
    results = await asyncio.gather(*(client.parties.retrieve(1) for _ in range(20)), return_exceptions=True)
    assert all(isinstance(r, errors.ApiConnectionError) for r in results)
    assert fake.token_calls() == 4  # one renewal with its 3 retries, not 20 of them
    assert fake.calls("GET", PARTY) == []


async def test_after_a_failed_renewal_the_next_call_tries_again(client, fake):
    fake.on("POST", TOKEN_PATH, httpx.ConnectError("offline"), httpx.ConnectError("offline"),
            httpx.ConnectError("offline"), httpx.ConnectError("offline"),
            lambda r: httpx.Response(200, json={"access_token": "tok-back-online", "expires_in": 60}))
    with pytest.raises(errors.ApiConnectionError):
        await client.parties.retrieve(1)
    await client.parties.retrieve(1)
    assert fake.calls("GET", PARTY)[-1].headers["authorization"] == "Bearer tok-back-online"


async def test_token_request_is_retried_on_a_server_error(client, fake):
    fake.on("POST", TOKEN_PATH, httpx.Response(502),
            lambda r: httpx.Response(200, json={"access_token": "tok-after-502", "expires_in": 60}))
    await client.parties.retrieve(1)
    assert fake.token_calls() == 2


async def test_a_failed_early_renewal_keeps_using_the_token_while_it_is_valid(transport, fake):
    clock = Clock()
    async with DollrClient("https://api.example.test", "id", CLIENT_SECRET, transport=transport, clock=clock,
                           max_retries=0) as api:
        await api.parties.retrieve(1)
        fake.on("POST", TOKEN_PATH, httpx.Response(503))
        clock.now += 57 * 60  # 3 minutes left: renewal is due but fails
        await api.parties.retrieve(1)
        assert fake.calls("GET", PARTY)[-1].headers["authorization"] == "Bearer tok-1-abcdef"
        clock.now += 150  # 30 seconds left: too close, the failure now surfaces
        with pytest.raises(errors.ServerError):
            await api.parties.retrieve(1)
