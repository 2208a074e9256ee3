"""`DollrClient`: one `httpx.AsyncClient`, one attribute per Dollr resource."""
from __future__ import annotations

import asyncio
import ipaddress
from typing import Any, Awaitable, Callable
from urllib.parse import urlsplit

import httpx

from dollr_desktop import USER_AGENT
from dollr_desktop.logging_setup import register_secret

from .auth import TokenManager
from .requester import Requester
from .resources import (
    AuthResource,
    CheckoutsResource,
    CounterpartiesResource,
    ExecutionsResource,
    FeesResource,
    InvoicesResource,
    LinksResource,
    MerchantsResource,
    OrdersResource,
    PartiesResource,
    PaymentAccountsResource,
    PredictionsResource,
    RealtimeKeysResource,
    SessionsResource,
    StatusResource,
)
from .retry import RetryPolicy

DEFAULT_BASE_URL = "https://api.heydollr.app"


def is_loopback_host(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_base_url(base_url: str | None) -> str:
    """The Dollr address, normalised; plain http is only allowed to this very computer."""
    url = (base_url or DEFAULT_BASE_URL).strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(
            f"{url!r} is not a valid Dollr address. It should look like {DEFAULT_BASE_URL}."
        )
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise ValueError(
            "The Dollr address must start with https:// so payments and keys travel encrypted "
            f"(plain http:// is only allowed for this computer). Got {url!r}."
        )
    return url


class DollrClient:
    """Typed async access to every Dollr API operation.

    >>> async with DollrClient(base_url, client_id, client_secret) as api:
    ...     invoice = await api.invoices.publish(invoice_id)
    """

    def __init__(
        self,
        base_url: str | None,
        client_id: str,
        client_secret: str,
        *,
        timeout: float = 20.0,
        transport: httpx.AsyncBaseTransport | None = None,
        max_retries: int = 3,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        retry_policy: RetryPolicy | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self.base_url = check_base_url(base_url)
        self.client_id = client_id
        register_secret(client_secret)
        self._http = httpx.AsyncClient(
            base_url=self.base_url,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            transport=transport,
            verify=True,
            follow_redirects=False,
            headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
        )
        policy = retry_policy or RetryPolicy(max_retries=max_retries)
        bootstrap = Requester(self._http, None, policy, sleep=sleep)
        self.auth = AuthResource(bootstrap, client_id, client_secret)
        token_kw: dict[str, Any] = {"clock": clock} if clock else {}
        self.tokens = TokenManager(self.auth.obtain_token, **token_kw)
        requester = Requester(self._http, self.tokens, policy, sleep=sleep)
        self._requester = requester

        self.parties = PartiesResource(requester)
        self.counterparties = CounterpartiesResource(requester)
        self.invoices = InvoicesResource(requester)
        self.orders = OrdersResource(requester)
        self.checkouts = CheckoutsResource(requester)
        self.links = LinksResource(requester)
        self.sessions = SessionsResource(requester)
        self.payment_accounts = PaymentAccountsResource(requester)
        self.executions = ExecutionsResource(requester)
        self.status = StatusResource(requester)
        self.predictions = PredictionsResource(requester)
        self.realtime_keys = RealtimeKeysResource(requester)
        self.fees = FeesResource(requester)
        self.merchants = MerchantsResource(requester)

    async def __aenter__(self) -> "DollrClient":
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        self.tokens.clear()
        await self._http.aclose()

    @property
    def is_closed(self) -> bool:
        return self._http.is_closed

    def __repr__(self) -> str:
        return f"DollrClient(base_url={self.base_url!r}, client_id={self.client_id!r})"
