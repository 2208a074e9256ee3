"""Keep the local cache in step with Dollr, without ever stalling the window.

List endpoints return whole arrays (no paging). For each resource: fetch the array, then parse,
validate and upsert it in ONE transaction on a worker thread, marking rows the server no longer
returns as gone. The event loop only awaits: a 10,000-invoice reply (4 MB of JSON, ~0.3 s of
parsing and validation) is decoded off the loop thread, element by element so that no single
call holds the GIL long enough to freeze the window. Detail (items, the embedded
counterparty) is fetched on demand and cached.
"""
from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import httpx

from dollr_desktop.api import errors, models
from dollr_desktop.store import Store
from dollr_desktop.store.documents import Document

log = logging.getLogger(__name__)

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder(parse_float=Decimal)


def iter_json_array(body: bytes) -> Iterator[Any]:
    """The elements of a JSON array, decoded one at a time.

    `json.loads` on a 4 MB array is one C call that holds the GIL for ~0.1 s, which freezes the
    GUI thread even though it runs on a worker; element by element, the interpreter hands the
    GIL back between elements. Fractions become Decimal, as in the client.
    """
    text = body.decode("utf-8")
    index = _WHITESPACE.match(text, 0).end()
    if text[index:index + 1] != "[":
        raise ValueError("expected a JSON array")
    index = _WHITESPACE.match(text, index + 1).end()
    if text[index:index + 1] == "]":
        return
    while True:
        element, index = _DECODER.raw_decode(text, index)
        yield element
        index = _WHITESPACE.match(text, index).end()
        separator = text[index:index + 1]
        if separator == "]":
            return
        if separator != ",":
            raise ValueError(f"expected ',' or ']' at character {index}")
        index = _WHITESPACE.match(text, index + 1).end()


_LIST_PATHS = {
    "parties": ("/v1/parties/list", models.PartyResponse),
    "counterparties": ("/v1/counterparties/list", models.CounterPartyWithPartyResponse),
    "invoices": ("/v1/invoices/list", models.InvoiceResponse),
    "orders": ("/v1/orders/list", models.OrderResponse),
}


@dataclass(frozen=True)
class SyncResult:
    resource: str   # "counterparties", "invoices" or "orders" (also the store's sync_state key)
    rows: int
    seconds: float


class SyncService:
    def __init__(self, client, store: Store) -> None:
        self.client = client
        self.store = store
        self._locks: dict[str, asyncio.Lock] = {}

    async def sync_all(self) -> list[SyncResult]:
        """Contacts first (documents show their names), then invoices and orders."""
        return [await self.sync_contacts(), await self.sync_documents("INVOICE"),
                await self.sync_documents("ORDER")]

    async def sync_contacts(self) -> SyncResult:
        return await self._sync("counterparties", self.client.counterparties.list,
                                lambda rows: self.store.contacts.upsert_counterparties(rows, complete=True))

    async def sync_parties(self) -> SyncResult:
        """Every party (people and businesses, including ones with no contact entry yet)."""
        return await self._sync("parties", self.client.parties.list,
                                lambda rows: self.store.contacts.upsert_parties(rows, complete=True))

    async def sync_documents(self, kind: str) -> SyncResult:
        resource = self.client.invoices if kind == "INVOICE" else self.client.orders
        return await self._sync(f"{kind.lower()}s", resource.list,
                                lambda rows: self.store.documents.upsert_summaries(kind, rows, complete=True))

    async def document_detail(self, kind: str, document_id: int) -> Document:
        """Fresh detail (items, counterparty) cached; offline, the cached copy if there is one."""
        resource = self.client.invoices if kind == "INVOICE" else self.client.orders
        try:
            detail = await resource.retrieve(document_id)
        except errors.ApiConnectionError:
            cached = await asyncio.to_thread(self.store.documents.get, kind, document_id)
            if cached is None:
                raise
            return cached
        return await asyncio.to_thread(self.store.documents.upsert_detail, kind, detail)

    async def _sync(self, resource: str, fetch_models: Callable[[], Awaitable[list[Any]]],
                    upsert: Callable[[Iterable[Any]], int]) -> SyncResult:
        lock = self._locks.setdefault(resource, asyncio.Lock())
        async with lock:  # a second request for the same sync waits and then runs fresh
            started = time.monotonic()
            try:
                fetched = await self._fetch(resource, fetch_models)
                rows = await asyncio.to_thread(self._decode_and_store, resource, fetched, upsert)
            except errors.ApiError as exc:
                await asyncio.to_thread(self.store.record_sync, resource, error=getattr(exc, "code", "api.error"))   # a code: ui/ words it
                raise
            return SyncResult(resource, rows, time.monotonic() - started)

    def _decode_and_store(self, resource: str, fetched: bytes | list[Any],
                          upsert: Callable[[Iterable[Any]], int]) -> int:
        """Runs on a worker thread: JSON → validated models → one transaction."""
        if isinstance(fetched, bytes):
            model = _LIST_PATHS[resource][1]
            # A generator: each element is decoded, validated and written before the next, so
            # the transaction never holds 10,000 objects at once (see rows.noting_ids).
            fetched = (model.model_validate(row) for row in iter_json_array(fetched))
        try:
            count = upsert(fetched)
        except ValueError as exc:  # JSON or validation: the whole transaction was rolled back
            raise errors.ServerError(details=f"unreadable {resource} list: {exc}"[:500]) from exc
        self.store.record_sync(resource, row_count=count)
        return count

    async def _fetch(self, resource: str, fetch_models: Callable[[], Awaitable[list[Any]]]) -> bytes | list[Any]:
        """The raw body when it can be had cheaply; otherwise the client's own (parsed) call.

        The client parses on the loop thread, which for whole-array lists is long enough to
        stall the window, so the common case (200) takes the body as bytes. Anything unusual
        (401 twice, 5xx, 429, no connection) goes through the client for its retries and errors.
        """
        http: httpx.AsyncClient | None = getattr(self.client, "_http", None)
        tokens = getattr(self.client, "tokens", None)
        if http is None or tokens is None:
            return await fetch_models()
        path = _LIST_PATHS[resource][0]
        for _ in range(2):
            token = await tokens.token()
            try:
                response = await http.get(path, headers={"Authorization": f"Bearer {token}"})
            except httpx.HTTPError:
                break
            if response.status_code == 200:
                return response.content
            if response.status_code not in (401, 403):
                break
            await tokens.renew_after_rejection(token)
        return await fetch_models()
