"""Share links, link expiry and the source watcher (a scripted Dollr)."""
from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

from dollr_desktop.api import errors as api_errors
from dollr_desktop.services.payment_links import (
    PaymentLink, PaymentLinksService, SourceWatcher, share_urls,
)
from dollr_desktop.ui.wording.payments import share_message   # the words live in ui/


def test_share_urls_carry_the_prefilled_message_safely():
    message = share_message(merchant="Mamba Point Pharmacy", customer="Comfort Wleh", number="INV-2026-00012",
                            amount="25.00 USD", url="https://pay.example/p/abc?x=1&y=2")
    assert message.startswith("Hello Comfort, here is Mamba Point Pharmacy's invoice INV-2026-00012 for 25.00 USD")
    urls = share_urls(message, phone="+231 88 612 3456", email="comfort@example.com", subject="Payment for INV-1")
    assert urls.whatsapp.startswith("https://wa.me/231886123456?text=")
    assert parse_qs(urlsplit(urls.whatsapp).query)["text"] == [message]   # & and ? stay inside the text
    assert urls.sms.startswith("sms:+231886123456?body=") and " " not in urls.sms
    assert urls.email.startswith("mailto:comfort@example.com?subject=Payment%20for%20INV-1&body=")
    assert parse_qs(urlsplit(urls.email).query)["body"] == [message]
    bare = share_urls("hi", phone=None)
    assert bare.whatsapp == "https://wa.me/?text=hi" and bare.sms == "sms:?body=hi"
    assert "order" in share_message(merchant="M", customer="", number="ORD-2026-1", amount="1 USD", url="u")


def test_link_expiry():
    now = datetime.now(timezone.utc)
    assert not PaymentLink("u", "ORDER", 1, "ORD-1").expired()
    assert PaymentLink("u", "ORDER", 1, "ORD-1", now + timedelta(seconds=30)).expired()   # within the margin
    assert not PaymentLink("u", "ORDER", 1, "ORD-1", now + timedelta(hours=1)).expired()


class ScriptedDollr:
    """status.source answers from a script; links.pay hands out numbered fresh links."""

    def __init__(self, statuses):
        self.statuses = list(statuses)
        self.links_made = 0
        self.status = SimpleNamespace(source=self._source)
        self.links = SimpleNamespace(pay=self._pay)

    async def _source(self, source_type, source_id):
        answer = self.statuses.pop(0) if len(self.statuses) > 1 else self.statuses[0]
        if isinstance(answer, Exception):
            raise answer
        return SimpleNamespace(status=answer, paid_at=None)

    async def _pay(self, source_type, number):
        self.links_made += 1
        return SimpleNamespace(url=f"https://pay.example/{self.links_made}", expires_at=None)


class MarkingStore:
    def __init__(self):
        self.marked = []
        self.documents = SimpleNamespace(set_status=lambda *a, **k: self.marked.append((a, k)))


async def test_watcher_follows_the_source_to_paid_through_outages_and_renews_an_expired_link():
    dollr = ScriptedDollr(["ACTIVE", api_errors.ApiConnectionError("down"), "PROCESSING", "PAID"])
    store = MarkingStore()
    service = PaymentLinksService(dollr, store)
    expired = PaymentLink("https://pay.example/old", "INVOICE", 12, "INV-1",
                          datetime.now(timezone.utc) - timedelta(minutes=1))
    updates = []
    watcher = SourceWatcher(service, expired, on_update=updates.append, poll_initial=0.01, poll_max=0.02)
    watcher.start()
    final = await watcher.wait_final(timeout=5)
    assert final.status == "PAID" and final.final
    assert [u.status for u in updates] == ["ACTIVE", "PROCESSING", "PAID"]
    assert updates[0].link.url == "https://pay.example/1" and dollr.links_made == 1   # regenerated once
    assert watcher.last_error and watcher.checks == 4
    assert store.marked == [(("INVOICE", 12, "PAID"), {"paid_at": None})]
    await watcher.stop()


async def test_stopping_the_watcher_stops_polling():
    dollr = ScriptedDollr(["ACTIVE"])
    watcher = SourceWatcher(PaymentLinksService(dollr), PaymentLink("u", "INVOICE", 1, "INV-1"),
                            poll_initial=0.01, poll_max=0.01)
    watcher.start()
    await asyncio.sleep(0.05)
    await watcher.stop()
    checks = watcher.checks
    await asyncio.sleep(0.05)
    assert watcher.checks == checks and checks >= 2
