"""The contacts and invoices lists over the cache: paged, searched, sorted, never all in memory."""
from __future__ import annotations

import asyncio
import random
from decimal import Decimal

import pytest

from dollr_desktop.services import list_queries
from dollr_desktop.services.list_queries import ContactsQuery, DocumentsQuery, ReadOnlyCache
from dollr_desktop.store import Store
from dollr_desktop.store import contacts as store_contacts
from dollr_desktop.store.search import prefix_query as store_prefix_query
from dollr_desktop.ui.models.lazy_table_model import PAGE_SIZE, ROW_ROLE
from dollr_desktop.ui.views.contacts_view import ContactsView
from dollr_desktop.ui.views.documents_view import DocumentsView
from tests.ui.helpers import run, shoot

STAMP = "2026-01-05T10:00:00+00:00"


@pytest.fixture
def store(tmp_path):
    rng = random.Random(5)
    with Store.open(tmp_path / "lists.sqlite3") as store:
        store.contacts.upsert_counterparties([
            {"id": i, "owner_party_type": "MICRO_ORGANIZATION", "owner_party_id": 1,
             "relationship_type": "SUPPLIER" if i % 10 == 0 else "CUSTOMER", "created_at": STAMP, "updated_at": STAMP,
             "party": {"id": 1000 + i, "fullname": f"Person {i:04d}", "phone": f"23177{i:07d}"}}
            for i in range(1, 1501)], complete=True)
        store.documents.upsert_summaries("INVOICE", [
            {"id": i, "invoice_number": f"INV-2026-{i:05d}", "counterparty_id": 1 + i % 1500,
             "currency": "RWF" if i % 3 == 0 else "LRD", "total_amount": f"{rng.randint(1, 999)}.50" if i % 3 else "700",
             "status": ("IDLE", "ACTIVE", "PAID")[i % 3], "note": "rice" if i % 7 == 0 else "school fees",
             "fee_bearer": "PAYER", "due_date": "2020-01-01T00:00:00" if i % 11 == 0 else None,
             "as_payment_link": True, "owner_id": 1, "owner_type": "MICRO_ORGANIZATION",
             "created_at": STAMP, "updated_at": STAMP} for i in range(1, 3001)], complete=True)
        yield store


def test_the_light_copies_match_the_store():
    assert list_queries.NOT_YET_SENT == store_contacts.NOT_YET_SENT
    assert list_queries.SEND_FAILED == store_contacts.SEND_FAILED
    for text in ("jo do", "0770 123-456", "+231 77", "INV-2026-00042", "  ", "Émile"):
        assert list_queries.prefix_query(text) == store_prefix_query(text)


def test_documents_query_filters_counts_pages_and_sums_exactly(store):
    everything = DocumentsQuery(store.connection)
    assert everything.count() == 3000
    page = everything.fetch(0, 50)
    assert len(page) == 50 and "overdue" in page[0]
    open_lrd = DocumentsQuery(store.connection, statuses=("ACTIVE",), currency="LRD")
    rows = open_lrd.fetch(0, 5000)
    assert rows and all(r["status"] == "ACTIVE" and r["currency"] == "LRD" for r in rows)
    assert open_lrd.totals() == {"LRD": sum(Decimal(r["total_amount"]) for r in rows)}
    overdue = DocumentsQuery(store.connection, overdue_only=True)
    assert all(r["overdue"] and r["status"] in ("IDLE", "ACTIVE") for r in overdue.fetch(0, 5000))
    assert DocumentsQuery(store.connection, search="rice").count() == 3000 // 7
    by_total = DocumentsQuery(store.connection, sort="total", descending=True).fetch(0, 3)
    assert Decimal(by_total[0]["total_amount"]) >= Decimal(by_total[2]["total_amount"])


def test_the_read_only_cache_reads_the_same_rows(store):
    quick = ReadOnlyCache(store.path)
    assert quick.usable()
    assert DocumentsQuery(quick.connection).count() == 3000
    assert ContactsQuery(quick.connection, search="person 0042").fetch(0, 5)[0]["name"] == "Person 0042"
    quick.close()


def test_the_invoices_view_pages_in_rows_as_they_scroll(qtbot, qloop, store):
    view = DocumentsView(lambda **kw: DocumentsQuery(store.connection, **kw))
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    run(qtbot, view.refresh())
    assert view.model.rowCount() == 3000
    assert set(view.model._pages) == {0}              # only the first page is in memory
    view.table.scrollToBottom()
    assert view.model.data(view.model.index(2999, 0), ROW_ROLE) is None   # asked for, not there yet
    qtbot.waitUntil(lambda: view.model.data(view.model.index(2999, 0), ROW_ROLE) is not None)
    assert len(view.model._pages) < 3000 // PAGE_SIZE
    assert "Total" in view.totals_label.text()
    view.set_status_filter("Overdue")
    qtbot.waitUntil(lambda: 0 < view.model.rowCount() < 3000)
    row = view.model.data(view.model.index(0, 3))
    assert row.endswith("Overdue")                    # in words, not only in red
    shoot(view, "invoices_overdue_filter")


def test_a_broad_search_shows_its_first_page_before_its_exact_count(qtbot, qloop, store):
    from dollr_desktop.ui.models.lazy_table_model import LOOK_AHEAD

    view = DocumentsView(lambda **kw: DocumentsQuery(store.connection, **kw))
    qtbot.addWidget(view)
    first_looks = []
    view.model.sig_refreshed.connect(first_looks.append)
    run(qtbot, view.refresh())
    assert first_looks == [LOOK_AHEAD]            # the list showed after one page and a bounded count
    assert view.model.rowCount() == 3000          # then the exact count extended it
    assert view.totals_label.text().startswith("3,000 shown")
    run(qtbot, view.search_edit.setText("INV-2026-00042") or view.refresh())
    assert first_looks[-1] == 1 and view.model.rowCount() == 1


def test_a_refresh_keeps_the_selected_row_and_the_scroll_position(qtbot, qloop, store):
    """A late payment landing refreshes the lists: the merchant's selection and place stay."""
    view = DocumentsView(lambda **kw: DocumentsQuery(store.connection, **kw))
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    run(qtbot, view.refresh())
    paid = next(r for r in range(40, PAGE_SIZE) if view.model.row(r)["status"] == "PAID")
    view.table.selectRow(paid)
    view.table.scrollTo(view.model.index(paid, 0))
    scroll = view.table.verticalScrollBar().value()
    number = view.model.row(paid)["number"]
    assert scroll > 0 and view.receipt_button.isEnabled()
    run(qtbot, view.refresh())
    selected = view.selected_row()
    assert selected is not None and selected["number"] == number
    assert view.receipt_button.isEnabled() and view.table.verticalScrollBar().value() == scroll


def test_the_contacts_view_searches_and_sorts(qtbot, qloop, store):
    view = ContactsView(lambda **kw: ContactsQuery(store.connection, **kw))
    qtbot.addWidget(view)
    run(qtbot, view.refresh())
    assert view.count_label.text() == "1,500 contacts"
    qtbot.keyClicks(view.search_edit, "person 014")
    qtbot.waitUntil(lambda: view.count_label.text() == "10 contacts")   # Person 0140 … 0149
    view.search_edit.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1500)
    view.sort(0, view.table.horizontalHeader().sortIndicatorOrder().__class__.DescendingOrder)
    qtbot.waitUntil(lambda: view.model.row(0) is not None and view.model.row(0)["name"] == "Person 1500")
    view.relationship_combo.setCurrentIndex(view.relationship_combo.findData("SUPPLIER"))
    qtbot.waitUntil(lambda: view.count_label.text() == "150 contacts")


def test_fast_typing_runs_at_most_one_query_at_a_time_and_shows_the_last(qtbot, qloop, store):
    from dollr_desktop.ui.models.lazy_table_model import Column, LazyTableModel

    counted = []

    class Recording(DocumentsQuery):   # a keystroke's first look counts at most LOOK_AHEAD rows
        def count_at_most(self, limit: int) -> int:
            counted.append(self.search)
            return super().count_at_most(limit)

    model = LazyTableModel([Column("Number", None, lambda r: r["number"] or "")])
    calls = [asyncio.ensure_future(model.set_query(Recording(store.connection, search=text)))
             for text in ("I", "IN", "INV", "INV-2026-0004", "INV-2026-00042")]
    qtbot.waitUntil(lambda: all(c.done() for c in calls))
    assert model.rowCount() == 1 and model.row(0)["number"] == "INV-2026-00042"
    assert counted[-1] == "INV-2026-00042" and len(counted) <= 2   # the first, then only the last


def test_a_contacts_payments_come_from_dollr_and_the_journal(store):
    from dollr_desktop.services.contacts import ContactsService
    from dollr_desktop.store import PaymentRequest

    store.journal.begin(PaymentRequest(kind="COLLECTION", lock_key="INVOICE:1", amount=Decimal("10"), currency="LRD",
                                       counterparty_id=42, party_id=1042, party_name="Person 0042"))
    store.journal.begin(PaymentRequest(kind="PAYOUT", lock_key="PAYOUT:7", amount=Decimal("5"), currency="USD",
                                       party_id=1042, party_name="Person 0042"))
    store.journal.begin(PaymentRequest(kind="COLLECTION", lock_key="INVOICE:2", amount=Decimal("3"), currency="LRD",
                                       counterparty_id=43, party_id=1043, party_name="Person 0043"))
    contacts = ContactsService(None, store)
    query = contacts.payments_query(store.contacts.get(42))
    paid = store.connection().execute(
        "SELECT count(*) FROM documents WHERE counterparty_id = 42 AND status = 'PAID' AND gone_at IS NULL").fetchone()[0]
    assert paid >= 1   # the cache's paid documents are payments Dollr knows
    assert query.count() == paid + 2
    rows = query.fetch(0, 100)
    assert {row["origin"] for row in rows} == {"dollr", "journal"}
    assert {row["kind"] for row in rows if row["origin"] == "journal"} == {"COLLECTION", "PAYOUT"}
