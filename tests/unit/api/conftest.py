"""Helpers for the API client tests: a scripted fake Dollr behind the contract validator."""
from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from dollr_desktop.api import DollrClient
from tests.contract.openapi_examples import example_response
from tests.contract.openapi_validation import load_contract
from tests.contract.validating_transport import ValidatingTransport

TOKEN_PATH = "/v1/jwt/client/obtain/token"
CLIENT_SECRET = "cs_live_S3cr3t-value-0042"


class FakeDollr:
    """Answers requests from a script; records every request. Token requests answer themselves."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.routes: dict[tuple[str, str], list[Callable[[httpx.Request], httpx.Response] | httpx.Response]] = {}
        self.token_counter = 0
        self.token_minutes = 60

    def on(self, method: str, path: str, *answers: Any) -> None:
        """Queue answers (Response, callable, or exception instance) for a method+path."""
        self.routes.setdefault((method, path), []).extend(answers)

    def calls(self, method: str, path: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == method and r.url.path == path]

    def token_calls(self) -> int:
        return len(self.calls("POST", TOKEN_PATH))

    async def handler(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        self.requests.append(request)
        key = (request.method, request.url.path)
        queue = self.routes.get(key)
        if queue:
            answer = queue.pop(0) if len(queue) > 1 else queue[0]
            if isinstance(answer, BaseException):
                raise answer
            if callable(answer):
                answer = answer(request)
                if hasattr(answer, "__await__"):
                    answer = await answer
            return answer
        if key == ("POST", TOKEN_PATH):
            self.token_counter += 1
            return httpx.Response(
                200, json={"access_token": f"tok-{self.token_counter}-abcdef", "expires_in": self.token_minutes}
            )
        example = example_response(load_contract(), request.method, request.url.path)
        return httpx.Response(200, json=example)


def json_body(request: httpx.Request) -> Any:
    return json.loads(request.content) if request.content else None


@pytest.fixture
def fake() -> FakeDollr:
    return FakeDollr()


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def transport(fake: FakeDollr) -> ValidatingTransport:
    return ValidatingTransport(httpx.MockTransport(fake.handler), strict_responses=True)


@pytest.fixture
async def client(transport: ValidatingTransport, sleeps: list[float]):
    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)
        await asyncio.sleep(0)  # a real sleep lets other tasks run; so does this one

    api = DollrClient("https://api.example.test", "client-id-1", CLIENT_SECRET, transport=transport, sleep=fake_sleep)
    try:
        yield api
    finally:
        await api.aclose()
