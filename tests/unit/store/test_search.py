import pytest

from dollr_desktop.store import Store
from dollr_desktop.store.search import document_number_prefix, prefix_query
from tests.unit.store.factories import counterparty, invoice, invoice_detail


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "s.sqlite3") as opened:
        yield opened


@pytest.mark.parametrize(("typed", "query"), [
    ("", None), ("   ", None), ("jo", '"jo"*'), ("Jo  Do", '"jo"* "do"*'),
    ("0770 123-456", '"0770123456"*'), ("+231 770", '"231770"*'), ('a"b', '"a"* "b"*'),
    ("Kɔlli", '"kɔlli"*'), ("__", None),
])
def test_typed_text_becomes_a_safe_prefix_query(typed, query):
    assert prefix_query(typed) == query


@pytest.mark.parametrize(("typed", "prefix"), [
    ("INV-2026-00", "inv202600"), ("ord 2026", "ord2026"), ("inv2", "inv2"), ("rice 2026", None),
    ("invoice", None),
])
def test_the_start_of_a_document_number_is_recognised(typed, prefix):
    assert document_number_prefix(typed) == prefix


def test_contacts_match_name_email_and_phone_prefixes_as_people_type_them(store):
    store.contacts.upsert_counterparties([
        counterparty(1, "Fatu Johnson", "231770123456", "fatu@shop.lr"),
        counterparty(2, "John Doe", "250788000111", "jd@mail.rw"),
        counterparty(3, "Ékwé Mensah", "231886999000"),
    ])
    def ids(text):
        return sorted(c.id for c in store.contacts.search(text))
    assert ids("joh") == [1, 2]
    assert ids("john d") == [2]
    assert ids("shop") == [1]
    assert ids("0770 12") == [1]      # local format of 231770123456
    assert ids("788") == [2]          # without the country code
    assert ids("231886") == [3]
    assert ids("ekwe") == [3]         # accents ignored
    assert ids("nobody") == []
    assert [c.id for c in store.contacts.search("")] == [2, 3, 1] or ids("") == [1, 2, 3]


def test_renamed_contacts_are_found_by_their_new_name_only(store):
    store.contacts.upsert_counterparties([counterparty(1, "Old Name")])
    store.contacts.upsert_counterparties([counterparty(1, "Kebbeh Traders")])
    assert store.contacts.search("old") == []
    assert [c.name for c in store.contacts.search("kebb")] == ["Kebbeh Traders"]


def test_documents_match_number_note_customer_and_item_names(store):
    store.contacts.upsert_counterparties([counterparty(1, "Mary Kpadeh"), counterparty(2, "Sam Toe")])
    store.documents.upsert_summaries("INVOICE", [invoice(10, 1, note="term 2 fees"), invoice(11, 2)])
    store.documents.upsert_detail("INVOICE", invoice_detail(11, counterparty(2, "Sam Toe"),
                                                            [("Rice bag 25kg", 2, "30.50")]))
    def ids(text, **kw):
        return sorted(d.id for d in store.documents.search(text, **kw))
    assert ids("INV-2026-0001") == [10, 11]
    assert ids("inv 2026 00011") == [11]
    assert ids("INV202600010") == [10]
    assert ids("inv-2026-0001", status="ACTIVE") == [10, 11]
    assert ids("ORD-2026") == []
    assert ids("00010") == [10]
    assert ids("term") == [10]
    assert ids("kpad") == [10]
    assert ids("rice") == [11]
    assert ids("rice", kind="ORDER") == []
    assert ids("", status="ACTIVE") == [10, 11]


def test_a_contact_rename_reaches_the_documents_search(store):
    store.contacts.upsert_counterparties([counterparty(1, "Before")])
    store.documents.upsert_summaries("INVOICE", [invoice(10, 1)])
    store.contacts.upsert_counterparties([counterparty(1, "After Rename")])
    assert [d.id for d in store.documents.search("after")] == [10]
    assert store.documents.search("before") == []


def test_filters_apply_before_the_ranking_cap(store, monkeypatch):
    from dollr_desktop.store import search

    monkeypatch.setattr(search, "RANK_CANDIDATES", 3)
    store.contacts.upsert_counterparties([counterparty(1, "Rice Buyer")])
    store.documents.upsert_summaries("INVOICE", [invoice(n, 1, note="rice", status="ACTIVE") for n in range(1, 10)]
                                     + [invoice(10, 1, note="rice", status="PAID")])
    assert len(store.documents.search("rice", limit=2)) == 2
    assert len(store.documents.search("rice", limit=50)) == 10  # a larger page lifts the cap
    assert [d.id for d in store.documents.search("rice", limit=2, status="PAID")] == [10]


def test_rows_a_sync_found_gone_leave_the_search_index_and_come_back_with_their_row(store):
    """A short prefix must not walk every gone match (the whole old cache) to find the live ones."""
    store.contacts.upsert_counterparties([counterparty(1, "Mary Kpadeh"), counterparty(2, "Sam Toe")])
    store.documents.upsert_summaries("INVOICE", [invoice(10, 1, note="rice"), invoice(11, 2, note="rice")],
                                     complete=True)
    store.documents.upsert_summaries("INVOICE", [invoice(11, 2, note="rice")], complete=True)   # 10 is gone
    store.contacts.upsert_counterparties([counterparty(2, "Sam Toe")], complete=True)         # 1 is gone
    indexed = store.connection().execute(
        "SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'rice'").fetchall()
    assert len(indexed) == 1
    assert store.connection().execute(
        "SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'mary'").fetchone()[0] == 0
    store.documents.upsert_summaries("INVOICE", [invoice(10, 1, note="rice"), invoice(11, 2, note="rice")],
                                     complete=True)   # it came back
    assert sorted(d.id for d in store.documents.search("rice")) == [10, 11]
    assert store.connection().execute(
        "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'rice'").fetchone()[0] == 2
