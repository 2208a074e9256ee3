"""Fetch the receipt of every paid document that has none cached yet, after each sync. No Qt.

A paid receipt never changes, so each is fetched once: the first sync of a long-used account
fetches many (a few at a time), every later sync only the documents paid since. Receipts are
what make a payment made by QR / link, on another computer or in the Dollr portal show who paid,
how, and the fees, in Payments, Today and the cash-up.
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

from dollr_desktop.api import errors
from dollr_desktop.store.rows import as_mapping

log = logging.getLogger(__name__)

CONCURRENCY = 4
BATCH = 200
# Dollr refused this one receipt (gone, not paid after all, not ours): skip it for this run.
SKIPPED = (errors.NotFoundError, errors.ValidationError, errors.ForbiddenError)


@dataclass(frozen=True)
class BackfillResult:
    fetched: int
    failed: int
    keys: tuple[tuple[str, int], ...] = ()   # the documents whose receipt was fetched, e.g. ("INVOICE", 12)


class ReceiptBackfill:
    def __init__(self, client: Any, store: Any, *, concurrency: int = CONCURRENCY) -> None:
        self.client = client
        self.store = store
        self.concurrency = concurrency

    async def run(self) -> BackfillResult:
        """Until no paid document lacks a receipt. Trouble reaching Dollr ends it (the error
        propagates, so the sync says offline; the next sync carries on); a receipt Dollr refuses
        is skipped for this run."""
        fetched = failed = 0
        keys: list[tuple[str, int]] = []
        refused: set[tuple[str, int]] = set()
        gate = asyncio.Semaphore(self.concurrency)
        while True:
            wanted = [key for key in await asyncio.to_thread(self.store.received.missing_receipts,
                                                            BATCH + len(refused))
                      if key not in refused][:BATCH]
            if not wanted:
                return BackfillResult(fetched, failed, tuple(keys))
            results = await asyncio.gather(*(self._one(kind, doc_id, gate) for kind, doc_id in wanted),
                                           return_exceptions=True)
            for key, result in zip(wanted, results):
                if isinstance(result, BaseException):
                    if not isinstance(result, SKIPPED):   # no connection, a 5xx, 429, signed out: stop
                        raise result
                    log.warning("No receipt for %s %s: %s", key[0], key[1], result.code)
                    refused.add(key)
                    failed += 1
                else:
                    fetched += 1
                    keys.append(key)

    async def _one(self, kind: str, doc_id: int, gate: asyncio.Semaphore) -> None:
        resource = self.client.invoices if kind == "INVOICE" else self.client.orders
        async with gate:
            receipt = await resource.receipt(str(doc_id))
        body = receipt.model_dump(mode="json") if hasattr(receipt, "model_dump") else as_mapping(receipt)
        await asyncio.to_thread(self.store.payments.save_receipt, kind, body)
