"""Every payment Dollr knows, counted once: paid documents with their receipts, plus the journal."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from dollr_desktop.services.account import SessionSync
from dollr_desktop.services.catalogue import quantum
from dollr_desktop.store.journal import PaymentRequest
from dollr_desktop.services.takings import PaymentFilter, TakingsService

pytestmark = pytest.mark.asyncio


async def _synced(client, store):
    await SessionSync(client, store).run()
    return TakingsService(store)


async def test_every_paid_document_is_one_payment_with_its_receipt(sandbox, client, store):
    takings = await _synced(client, store)
    paid = store.connection().execute(
        "SELECT count(*) FROM documents WHERE status = 'PAID' AND gone_at IS NULL").fetchone()[0]
    assert paid >= 10   # the demo account's paid invoices and orders
    rows = list(takings.query().rows())
    dollr_rows = [r for r in rows if r.origin == "dollr"]
    assert len(dollr_rows) == paid
    assert all(r.has_receipt for r in dollr_rows)
    assert all(r.method and r.payee_amount is not None and r.at is not None for r in dollr_rows)
    assert store.received.missing_receipts() == []
    # a second sync fetches no receipt again
    again = await SessionSync(client, store).receipts.run()
    assert (again.fetched, again.failed) == (0, 0)


async def test_takings_add_up_exactly_per_currency(sandbox, client, store):
    takings = await _synced(client, store)
    since = datetime(2000, 1, 1, tzinfo=timezone.utc)
    until = datetime.now(timezone.utc) + timedelta(days=1)
    result = takings.takings(since, until)
    for currency, totals in result.by_currency.items():
        rows = [r for r in takings.query(PaymentFilter(since=since, until=until, kind="COLLECTION")).rows()
                if r.state == "COMPLETED" and r.received[1] == currency]
        assert totals.count == len(rows)
        assert totals.net == sum((r.received[0] for r in rows), Decimal(0))
        assert totals.net == totals.net.quantize(quantum(currency))   # never re-rounded, never finer
    assert sum(t.count for t in result.by_method.values()) == sum(t.count for t in result.by_currency.values())


async def test_a_journal_attempt_dollr_reports_paid_shows_once(store):
    takings = TakingsService(store)
    store.documents.upsert_summaries("INVOICE", [{
        "id": 7, "number": "INV-2026-00007", "counterparty_id": 3, "currency": "USD",
        "total_amount": "10.00", "status": "ACTIVE", "note": "", "fee_bearer": "PAYEE",
        "as_payment_link": True, "owner_id": 1, "owner_type": "BUSINESS",
        "created_at": "2026-12-01T10:00:00+00:00", "updated_at": "2026-12-01T10:00:00+00:00"}])
    entry = store.journal.begin(PaymentRequest(
        kind="COLLECTION", lock_key="INVOICE:7", source_type="INVOICE", source_id=7, counterparty_id=3,
        source_number="INV-2026-00007", amount=Decimal("10.00"), currency="USD"))
    assert [r.origin for r in takings.query().rows()] == ["journal"]
    store.journal.record_server_status(entry.reference_id, "SUCCESS", origin="status")
    store.documents.set_status("INVOICE", 7, "PAID", paid_at="2026-12-01T10:05:00+00:00")
    rows = list(takings.query().rows())
    assert [(r.origin, r.key) for r in rows] == [("dollr", "INVOICE:7")]
    assert takings.query(PaymentFilter(counterparty_id=3)).count() == 1
