"""The client-credentials access token: in memory only, renewed early, one renewal at a time."""
from __future__ import annotations

import asyncio
import logging
import time
from typing import Awaitable, Callable

from dollr_desktop.logging_setup import register_secret

from .errors import ApiError
from .models import ObtainTokenResponse

log = logging.getLogger(__name__)

REFRESH_MARGIN_SECONDS = 300.0  # renew when fewer than 5 minutes remain
USABLE_MARGIN_SECONDS = 30.0  # below this, a token is too close to expiry to send


class TokenManager:
    """Hands out a valid bearer token; any number of concurrent callers share one renewal."""

    def __init__(
        self,
        fetch: Callable[[], Awaitable[ObtainTokenResponse]],
        *,
        clock: Callable[[], float] = time.monotonic,
        refresh_margin: float = REFRESH_MARGIN_SECONDS,
    ) -> None:
        self._fetch = fetch
        self._clock = clock
        self._margin = refresh_margin
        self._token: str | None = None
        self._expires_at = 0.0
        self._lifetime = 0.0
        self._lock = asyncio.Lock()
        self.refresh_count = 0
        self._attempts = 0
        self._last_error: BaseException | None = None

    @property
    def current(self) -> str | None:
        return self._token

    def _fresh(self) -> bool:
        if self._token is None:
            return False
        # a token that lives less than twice the margin is renewed at half-life instead
        margin = min(self._margin, self._lifetime / 2)
        return self._expires_at - self._clock() > margin

    async def token(self) -> str:
        if self._fresh():
            return self._token  # type: ignore[return-value]
        queued_at = self._attempts
        async with self._lock:
            if self._fresh():
                return self._token  # type: ignore[return-value]
            try:
                self._share_failure(queued_at)
                await self._renew()
            except ApiError as exc:
                if not self._still_usable():
                    raise
                # early renewal failed, but the old token has time left: keep working with it
                log.warning("Token renewal failed (%s); using the current token a little longer",
                            type(exc).__name__)
            return self._token  # type: ignore[return-value]

    async def renew_after_rejection(self, rejected: str | None) -> str:
        """The server said 401 to `rejected`; renew unless another caller already did."""
        queued_at = self._attempts
        async with self._lock:
            if self._token is None or self._token == rejected:
                self._share_failure(queued_at)
                await self._renew()
            return self._token  # type: ignore[return-value]

    def _still_usable(self) -> bool:
        return self._token is not None and self._expires_at - self._clock() > USABLE_MARGIN_SECONDS

    def _share_failure(self, queued_at: int) -> None:
        """Callers queued behind a renewal that just failed get its error, not one more try each
        (offline, 20 waiting requests would otherwise each run the whole retry schedule)."""
        if self._attempts != queued_at and self._last_error is not None:
            raise self._last_error

    def clear(self) -> None:
        self._token = None
        self._expires_at = 0.0

    async def _renew(self) -> None:
        try:
            response = await self._fetch()
        except Exception as exc:
            self._last_error = exc
            raise
        finally:
            self._attempts += 1  # counts finished renewals, so callers can tell one ended
        self._last_error = None
        register_secret(response.access_token)
        lifetime = max(float(response.expires_in), 0.0) * 60.0  # the contract says minutes
        self._token = response.access_token
        self._lifetime = lifetime
        self._expires_at = self._clock() + lifetime
        self.refresh_count += 1
        log.info("Obtained a Dollr access token valid for %s minutes", response.expires_in)
