"""Receipts for PAID invoices and orders: fetched, cached, and handed out as `ReceiptData`.

No Qt here. `ui/printing` renders `ReceiptData` (built in `receipt_data.py`). Offline, a receipt
fetched once before is rebuilt from the cache, so reprints work without a network.
"""
from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any

from dollr_desktop.api import errors
from dollr_desktop.services.receipt_data import (  # noqa: F401  (the names callers import from here)
    MerchantProfile, ReceiptData, ReceiptLine, SourceType, _text, _when, receipt_from_api, to_decimal,
)
from dollr_desktop.services.receipts_cache import ReceiptsCache, StoreReceipts

log = logging.getLogger(__name__)


class ReceiptService:
    """Fetch receipts for PAID documents, falling back to the cache when the network is down.

    `client` is a DollrClient. Receipts are cached in the store's receipts table when a `store`
    is given, else in a JSON `ReceiptsCache` in the data folder.
    """

    def __init__(self, client: Any, merchant: MerchantProfile, *, store: Any = None,
                 cache: ReceiptsCache | StoreReceipts | None = None) -> None:
        self._client = client
        self.merchant = merchant
        self._store = store
        if cache is None:
            cache = StoreReceipts(store) if store is not None else ReceiptsCache()
        self._cache = cache

    async def fetch(self, source_type: SourceType | str, source_id: int | str) -> ReceiptData:
        """The receipt of a PAID invoice/order by id; the cached copy if the API can't be reached."""
        kind = SourceType(_text(source_type))
        resource = self._client.invoices if kind is SourceType.INVOICE else self._client.orders
        return await self._fetch(kind, str(source_id), lambda: resource.receipt(str(source_id)))

    async def fetch_by_number(self, source_type: SourceType | str, number: str) -> ReceiptData:
        """The same by document number (INV-.../ORD-...); offline, no cache lookup by number."""
        kind = SourceType(_text(source_type))
        resource = self._client.invoices if kind is SourceType.INVOICE else self._client.orders
        return await self._fetch(kind, None, lambda: resource.receipt_by_number(number))

    async def _fetch(self, kind: SourceType, key: str | None, call: Any) -> ReceiptData:
        prefix = "invoice" if kind is SourceType.INVOICE else "order"
        try:
            raw_dict = _jsonable(await call())
            number = raw_dict.get(f"{prefix}_number")
            url = await self.receipt_link(kind, number) if number else None
        except Exception as exc:
            if not _is_offline(exc) or key is None:
                raise
            cached = await asyncio.to_thread(self._cache.get, kind.value, key)
            if cached is None:
                raise
            log.info("Offline: %s %s receipt rebuilt from the cache", kind.value, key)
            return await asyncio.to_thread(self.with_breakdown, receipt_from_api(
                cached["receipt"], kind, self.merchant, cached.get("url")))
        key = str(raw_dict.get(f"{prefix}_id", key))
        await asyncio.to_thread(self._cache.put, kind.value, key, {"receipt": raw_dict,
                                                                   "url": url})
        return await asyncio.to_thread(self.with_breakdown, receipt_from_api(raw_dict, kind, self.merchant, url))

    def with_breakdown(self, data: ReceiptData) -> ReceiptData:
        """Blocking: the receipt with the taxes and discounts kept for its document, when Dollr's
        total is still the one they make (services/breakdown.py), and in its customer's language."""
        from dataclasses import replace

        languages = getattr(self._store, "customer_languages", None)
        if languages is not None and data.customer_phone:
            data = replace(data, language=languages.get(data.customer_phone))
        if self._store is None or data.source_id is None or not hasattr(self._store, "breakdowns"):
            return data
        if data.source_type.value == "ORDER":
            from dollr_desktop.services.plans import part_receipt

            part = part_receipt(self._store, data.source_id, paid_now=data.status == "PAID")
            if part is not None:
                data = replace(data, plan_part=part)

        from dollr_desktop.services.breakdown import document_breakdown

        stored = document_breakdown(self._store, data.source_type.value, data.source_id)
        if stored is None or stored.breakdown.total != data.total_amount:
            return data
        return replace(data, breakdown=stored)

    async def receipts_between(self, start: datetime, end: datetime) -> list[ReceiptData]:
        """Receipts of documents paid in [start, end), oldest first, for batch export.

        Lists PAID invoices and orders, then uses the cached receipt or fetches it (a paid
        receipt never changes). Offline, the cached receipts in the range are the answer.
        """
        try:
            wanted: list[tuple[SourceType, Any]] = []
            for kind, resource in ((SourceType.INVOICE, self._client.invoices),
                                   (SourceType.ORDER, self._client.orders)):
                for doc in await resource.list(status="PAID"):
                    paid = _when(getattr(doc, "paid_at", None))
                    if paid is not None and start <= _aware_like(paid, start) < end:
                        wanted.append((kind, doc.id))
        except Exception as exc:
            if not _is_offline(exc):
                raise
            return await asyncio.to_thread(self.cached_between, start, end)
        found = []
        for kind, doc_id in wanted:
            cached = await asyncio.to_thread(self.cached, kind, doc_id)
            found.append(cached if cached is not None else await self.fetch(kind, doc_id))
        return sorted(found, key=lambda d: _aware_like(d.paid_at or start, start))

    async def receipt_link(self, source_type: SourceType | str, source_number: str) -> str | None:
        """Dollr's public receipt page for the QR code; None when the API won't give one."""
        try:
            link = await self._client.links.receipt(_text(source_type), source_number)
        except Exception as exc:
            if _is_offline(exc):
                raise
            log.warning("No receipt link for %s %s: %s", source_type, source_number, exc)
            return None
        url = getattr(link, "url", None) or (link.get("url") if isinstance(link, dict) else None)
        if not url or not str(url).lower().startswith(("https://", "http://")):
            if url:  # a QR code must only ever open a web page
                log.warning("Ignoring a receipt link that is not a web address: %.40r", url)
            return None
        return str(url)

    def cached(self, source_type: SourceType | str, source_id: int | str) -> ReceiptData | None:
        """Blocking: the cached receipt, for reprints from history. Call via asyncio.to_thread."""
        kind = SourceType(_text(source_type))
        entry = self._cache.get(kind.value, str(source_id))
        if entry is None:
            return None
        return self.with_breakdown(receipt_from_api(entry["receipt"], kind, self.merchant, entry.get("url")))

    def cached_between(self, start: datetime, end: datetime) -> list[ReceiptData]:
        """Blocking: cached receipts paid in [start, end), oldest first, for batch export."""
        found = []
        for kind, _key, entry in self._cache.entries():
            data = self.with_breakdown(receipt_from_api(entry["receipt"], kind, self.merchant, entry.get("url")))
            if data.paid_at is not None and start <= _aware_like(data.paid_at, start) < end:
                found.append(data)
        return sorted(found, key=lambda d: _aware_like(d.paid_at, start))


def _aware_like(value: datetime, other: datetime) -> datetime:
    """Compare naive and aware datetimes sensibly: naive values are taken as UTC."""
    if (value.tzinfo is None) == (other.tzinfo is None):
        return value
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).replace(tzinfo=None)


def _jsonable(raw: Any) -> dict[str, Any]:
    if hasattr(raw, "model_dump"):
        return raw.model_dump(mode="json")
    return {k: (str(v) if isinstance(v, Decimal) else v) for k, v in dict(raw).items()}


def _is_offline(exc: BaseException) -> bool:
    """Connection trouble (not a 4xx): the cached receipt is the honest answer then."""
    return isinstance(exc, (errors.ApiConnectionError, ConnectionError, TimeoutError))
