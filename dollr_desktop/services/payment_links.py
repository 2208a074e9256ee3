"""Payment links and QR: the hosted page a customer pays on, shared and watched (no Qt).

- `pay_link()` asks `GET /v1/links/pay` for a published document's hosted page;
- `quick_sale()` makes a payable order with its items in one call (`POST /v1/checkouts/create`);
- `share_urls()` builds WhatsApp (`wa.me`), SMS (`sms:`) and email (`mailto:`) links with a
  prefilled message in the merchant's words;
- `SourceWatcher` watches `GET /v1/status/source` until the document is PAID (the customer's
  payment on the hosted page has no reference id the app knows, so there is no realtime channel
  to join: the source status is polled, every 2 s, backing off to 5 s) and regenerates the link
  when it expires.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any
from urllib.parse import quote

from dollr_desktop.api import errors as api_errors

log = logging.getLogger(__name__)

FINAL_SOURCE_STATUSES = frozenset({"PAID", "CANCELED"})
EXPIRY_MARGIN_S = 60.0


@dataclass(frozen=True)
class PaymentLink:
    url: str
    source_type: str
    source_id: int
    source_number: str
    expires_at: datetime | None = None

    def expired(self, now: datetime | None = None, margin_s: float = EXPIRY_MARGIN_S) -> bool:
        if self.expires_at is None:
            return False
        now = now or datetime.now(timezone.utc)
        expires = self.expires_at if self.expires_at.tzinfo else self.expires_at.replace(tzinfo=timezone.utc)
        return (expires - now).total_seconds() <= margin_s


@dataclass(frozen=True)
class ShareUrls:
    message: str
    whatsapp: str
    sms: str
    email: str


def _value(obj: Any, name: str) -> Any:
    value = obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)
    return getattr(value, "value", value)


def share_urls(message: str, *, phone: str | None = None, email: str | None = None,
               subject: str = "Payment link") -> ShareUrls:
    """wa.me and sms: want the number in international digits; an empty one lets the person pick."""
    digits = re.sub(r"\D", "", phone or "")
    text = quote(message, safe="")
    whatsapp = f"https://wa.me/{digits}?text={text}" if digits else f"https://wa.me/?text={text}"
    sms = f"sms:{'+' + digits if digits else ''}?body={text}"
    mail_to = quote(email or "", safe="@.+-_")
    mail = f"mailto:{mail_to}?subject={quote(subject, safe='')}&body={text}"
    return ShareUrls(message, whatsapp, sms, mail)


class PaymentLinksService:
    def __init__(self, client: Any, store: Any = None) -> None:
        self.client = client
        self.store = store

    async def pay_link(self, source_type: str, source_id: int, source_number: str) -> PaymentLink:
        """The hosted page of a published document (raises ApiError with a sentence when refused)."""
        response = await self.client.links.pay(source_type, source_number)
        return PaymentLink(str(_value(response, "url")), source_type, int(source_id), source_number,
                           _value(response, "expires_at"))

    async def quick_sale(self, *, party_phone: str, party_name: str | None, currency: str,
                         items: list[tuple[str, Decimal]], note: str | None = None,
                         source_kind: str = "ORDER") -> PaymentLink:
        """A payable order with its items and hosted page in one call, for a sale at the counter."""
        response = await self.client.checkouts.create(
            mode="HOSTED", source_kind=source_kind, party_phone=party_phone, party_name=party_name,
            currency=currency, note=note,
            items=[{"name": name, "currency": currency, "amount": amount} for name, amount in items])
        return PaymentLink(str(_value(response, "url")), str(_value(response, "source_type")),
                           int(_value(response, "source_id")), str(_value(response, "source_number")),
                           _value(response, "expires_at"))

    async def fresh(self, link: PaymentLink) -> PaymentLink:
        """The same link, or a regenerated one when it has expired (or is about to)."""
        if not link.expired():
            return link
        log.info("payment link for %s %s expired; asking for a new one", link.source_type, link.source_number)
        return await self.pay_link(link.source_type, link.source_id, link.source_number)

    async def source_status(self, source_type: str, source_id: int) -> Any:
        return await self.client.status.source(source_type, source_id)

    def mark_paid(self, source_type: str, source_id: int, paid_at: Any = None) -> None:
        """Blocking: the cached document shows as paid everywhere (lists, editor, Home)."""
        if self.store is not None:
            stamp = paid_at.isoformat() if hasattr(paid_at, "isoformat") else paid_at
            self.store.documents.set_status(source_type, source_id, "PAID", paid_at=stamp)


@dataclass(frozen=True)
class SourceUpdate:
    status: str
    response: Any
    final: bool
    link: PaymentLink | None


class SourceWatcher:
    """Polls one document's status until PAID (or CANCELED); keeps its link fresh meanwhile."""

    def __init__(self, service: PaymentLinksService, link: PaymentLink, *,
                 on_update: Callable[[SourceUpdate], Any] | None = None,
                 poll_initial: float = 2.0, poll_max: float = 5.0, growth: float = 1.25) -> None:
        self.service = service
        self.link = link
        self._on_update = on_update
        self._initial, self._max, self._growth = poll_initial, poll_max, growth
        self.status: str | None = None
        self.checks = 0
        self.last_error: str | None = None
        self._task: asyncio.Task[None] | None = None
        self._done: asyncio.Future[SourceUpdate] | None = None

    def start(self) -> None:
        if self._task is None:
            loop = asyncio.get_running_loop()
            self._done = loop.create_future()
            self._task = loop.create_task(self._run(), name=f"source {self.link.source_number}")

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None and task is not asyncio.current_task():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def wait_final(self, timeout: float | None = None) -> SourceUpdate:
        assert self._done is not None, "start() the watcher first"
        return await asyncio.wait_for(asyncio.shield(self._done), timeout)

    async def _run(self) -> None:
        interval = self._initial
        while True:
            started = time.monotonic()
            update = await self._check()
            if update is not None and update.final:
                if self._done is not None and not self._done.done():
                    self._done.set_result(update)
                return
            interval = min(self._max, interval * self._growth) if update is None else self._initial
            await asyncio.sleep(max(0.0, interval - (time.monotonic() - started)))

    async def _check(self) -> SourceUpdate | None:
        """A new status as an update; None when nothing changed (or Dollr was unreachable)."""
        self.checks += 1
        try:
            response = await self.service.source_status(self.link.source_type, self.link.source_id)
            fresh = await self.service.fresh(self.link)
        except asyncio.CancelledError:
            raise
        except api_errors.ApiError as exc:
            self.last_error = getattr(exc, "code", "api.error")   # a code: ui/ words it
            log.warning("source status of %s failed: %s", self.link.source_number, exc)
            return None
        status = str(_value(response, "status")).upper()
        link_changed = fresh is not self.link
        self.link = fresh
        if status == self.status and not link_changed:
            return None
        self.status = status
        final = status in FINAL_SOURCE_STATUSES
        if status == "PAID":
            await asyncio.to_thread(self.service.mark_paid, self.link.source_type, self.link.source_id,
                                    _value(response, "paid_at"))
        update = SourceUpdate(status, response, final, fresh)
        if self._on_update is not None:
            try:
                self._on_update(update)
            except Exception:
                log.exception("source watcher callback raised")
        return update
