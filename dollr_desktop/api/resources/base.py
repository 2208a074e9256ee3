"""What every resource shares: the requester, model parsing, request-body helpers."""
from __future__ import annotations

from datetime import date, datetime, time, timezone
from enum import Enum
from typing import Any, Callable, TypeVar
from urllib.parse import quote

from pydantic import BaseModel, TypeAdapter

from ..requester import Execution, Requester

M = TypeVar("M", bound=BaseModel)


class _Unset:
    """Marks an update field the caller did not pass (None means "send null, clear it")."""

    _instance: "_Unset | None" = None

    def __new__(cls) -> "_Unset":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> bool:
        return False


UNSET: Any = _Unset()


def body(**fields: Any) -> dict[str, Any]:
    """A create body: optional fields left as None are not sent."""
    return {k: v for k, v in fields.items() if v is not None and v is not UNSET}


def patch(**fields: Any) -> dict[str, Any]:
    """An update body: only the fields the caller passed; None is sent as null."""
    return {k: v for k, v in fields.items() if v is not UNSET}


def seg(value: Any) -> str:
    """A path id: ids are integers elsewhere, but the contract types them as strings here."""
    if isinstance(value, Enum):
        value = value.value
    return quote(str(value), safe="")


def iso(value: datetime | date | str | None) -> str | None:
    """A contract date-time: naive datetimes are taken as local time, plain dates as midnight UTC."""
    if value is None or isinstance(value, str):
        return value
    if not isinstance(value, datetime):
        value = datetime.combine(value, time(0), tzinfo=timezone.utc)
    elif value.tzinfo is None:
        value = value.astimezone()
    return value.isoformat()


def query_value(value: Any) -> Any:
    """Query values as text: enums by value, Decimals without exponent, booleans lowercase."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    from decimal import Decimal

    if isinstance(value, Decimal):
        return format(value, "f")
    return value


def parser(model: type[M]) -> Callable[[Any], M]:
    return model.model_validate


def list_parser(model: type[M]) -> Callable[[Any], list[M]]:
    adapter = TypeAdapter(list[model])  # type: ignore[valid-type]
    return adapter.validate_python


class Resource:
    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    async def _get(self, path: str, parse: Callable[[Any], Any], **params: Any) -> Any:
        query = {k: query_value(v) for k, v in params.items() if v is not None}
        return await self._requester.request("GET", path, parse, params=query)

    async def _send(
        self,
        method: str,
        path: str,
        parse: Callable[[Any], Any],
        json: Any = None,
        *,
        has_body: bool = True,
        params: dict[str, Any] | None = None,
        auth: bool = True,
        execution: Execution | None = None,
        replay_safe: bool = False,
    ) -> Any:
        query = {k: query_value(v) for k, v in (params or {}).items() if v is not None}
        return await self._requester.request(
            method, path, parse, params=query, json=json, has_body=has_body,
            auth=auth, execution=execution, replay_safe=replay_safe,
        )
