"""Receipts cached for offline reprints: the JSON cache and the store's receipts table."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from dollr_desktop.services.receipts import ReceiptService
from dollr_desktop.services.receipts_cache import ReceiptsCache, StoreReceipts
from dollr_desktop.store import Store
from tests.ui.receipts.fixtures import MERCHANT, RECEIPT_URL, api_receipt


@pytest.fixture(params=["json", "store"])
def cache(request, tmp_path):
    if request.param == "json":
        yield ReceiptsCache(tmp_path / "receipts")
        return
    store = Store.open(tmp_path / "db.sqlite3")
    try:
        yield StoreReceipts(store)
    finally:
        store.close()


def test_round_trip_and_listing_by_paid_date(cache):
    for n, day in ((1, 3), (2, 10), (3, 20)):
        raw = api_receipt(invoice_id=n, invoice_number=f"INV-2026-{n:05d}",
                          paid_at=f"2026-11-{day:02d}T12:00:00Z")
        cache.put("INVOICE", str(n), {"receipt": raw, "url": f"{RECEIPT_URL}/{n}"})
    assert cache.get("INVOICE", "2")["url"] == f"{RECEIPT_URL}/2"
    assert cache.get("INVOICE", "2")["receipt"]["invoice_number"] == "INV-2026-00002"
    assert cache.get("INVOICE", "9") is None

    service = ReceiptService(client=None, merchant=MERCHANT, cache=cache)
    assert service.cached("INVOICE", 3).receipt_url == f"{RECEIPT_URL}/3"
    found = service.cached_between(datetime(2026, 11, 5, tzinfo=timezone.utc),
                                   datetime(2026, 11, 21, tzinfo=timezone.utc))
    assert [r.document_number for r in found] == ["INV-2026-00002", "INV-2026-00003"]


class _Links:
    def __init__(self, url):
        self.url = url

    async def receipt(self, source_type, source_number):
        return {"url": self.url}


class _Client:
    def __init__(self, url):
        self.links = _Links(url)


def test_only_web_addresses_become_receipt_links(tmp_path):
    import asyncio

    def link(url):
        service = ReceiptService(_Client(url), MERCHANT, cache=ReceiptsCache(tmp_path))
        return asyncio.run(service.receipt_link("INVOICE", "INV-1"))

    assert link("https://dollr.example/r/abc") == "https://dollr.example/r/abc"
    assert link("javascript:alert(1)") is None
    assert link("file:///etc/passwd") is None
    assert link("") is None
