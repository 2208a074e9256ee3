"""`POST /v1/jwt/client/obtain/token` (the client uses it itself; the token stays in memory)."""
from __future__ import annotations

from ..models import ObtainTokenResponse
from .base import Resource, parser


class AuthResource(Resource):
    def __init__(self, requester, client_id: str, client_secret: str) -> None:  # type: ignore[no-untyped-def]
        super().__init__(requester)
        self._client_id = client_id
        self._client_secret = client_secret

    async def obtain_token(self) -> ObtainTokenResponse:
        """A fresh access token; `expires_in` is in minutes."""
        return await self._send(
            "POST", "/v1/jwt/client/obtain/token", parser(ObtainTokenResponse),
            {"client_id": self._client_id, "client_secret": self._client_secret},
            auth=False, replay_safe=True,
        )

    def __repr__(self) -> str:
        return f"AuthResource(client_id={self._client_id!r}, client_secret=<hidden>)"
