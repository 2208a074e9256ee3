import asyncio
from decimal import Decimal

import pytest

from dollr_desktop.store import Store
from dollr_desktop.store.contacts import NOT_YET_SENT
from tests.unit.store.factories import counterparty, invoice, invoice_detail


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "c.sqlite3") as opened:
        yield opened


def test_contacts_the_server_stopped_returning_are_marked_gone_not_deleted(store):
    store.contacts.upsert_counterparties([counterparty(1, "Kept"), counterparty(2, "Removed")], complete=True)
    draft = store.contacts.add_draft(name="Offline Person", phone="231886000001")
    store.contacts.upsert_counterparties([counterparty(1, "Kept")], complete=True)
    assert store.contacts.get(2).gone_at is not None and store.contacts.get(1).gone_at is None
    assert store.contacts.get(draft.id).gone_at is None  # drafts are not the server's to remove
    assert [c.name for c in store.contacts.search("")] == ["Kept", "Offline Person"]
    store.contacts.upsert_counterparties([counterparty(2, "Removed")])
    assert store.contacts.get(2).gone_at is None  # it came back


def test_every_cached_row_says_when_the_server_last_confirmed_it(store):
    store.contacts.upsert_counterparties([counterparty(1, "A")], confirmed_at="2026-02-01T00:00:00+00:00")
    store.documents.upsert_summaries("INVOICE", [invoice(5, 1)], confirmed_at="2026-02-01T00:00:00+00:00")
    assert store.contacts.get(1).confirmed_at == "2026-02-01T00:00:00+00:00"
    assert store.documents.get("INVOICE", 5).confirmed_at == "2026-02-01T00:00:00+00:00"
    assert store.documents.get("INVOICE", 5).detail_confirmed_at is None
    store.documents.upsert_detail("INVOICE", invoice_detail(5, counterparty(1, "A"), [("Rice", 1, "2.5")]))
    assert store.documents.get("INVOICE", 5).detail_confirmed_at is not None


def test_detail_keeps_items_with_exact_amounts_and_replaces_them_on_refresh(store):
    cp = counterparty(1, "Buyer")
    store.documents.upsert_detail("INVOICE", invoice_detail(5, cp, [("Rice", 2, "30.10"), ("Oil", 1, "0.1")]))
    doc = store.documents.get("INVOICE", 5)
    assert [(i.name, i.qty, i.amount) for i in doc.items] == [("Rice", 2, Decimal("30.10")), ("Oil", 1, Decimal("0.1"))]
    assert doc.total_amount == Decimal("100.00")
    store.documents.upsert_detail("INVOICE", invoice_detail(5, cp, [("Beans", 1, "4")]))
    assert [i.name for i in store.documents.get("INVOICE", 5).items] == ["Beans"]
    assert store.documents.search("rice") == []


def test_a_sent_draft_takes_its_server_id_and_its_documents_follow(store):
    draft = store.contacts.add_draft(name="New Shop", phone="231886000002")
    assert draft.is_draft and draft.local_state == NOT_YET_SENT
    doc = store.documents.add_draft("ORDER", counterparty_id=draft.id, currency="LRD", note="", fee_bearer="PAYEE",
                                    as_payment_link=False, due_date=None,
                                    items=[{"name": "Cement", "currency": "LRD", "qty": 3, "amount": "950.50"}])
    assert doc.is_draft and doc.total_amount == Decimal("2851.50") and doc.counterparty_name == "New Shop"
    queued = store.outbox.enqueue("ORDER", doc.id, {"counterparty_id": draft.id})
    sent = store.contacts.replace_draft(draft.id, counterparty(77, "New Shop"))
    store.outbox.remap_counterparty(draft.id, sent.id)
    assert store.contacts.get(draft.id) is None and sent.id == 77
    assert store.documents.get("ORDER", doc.id).counterparty_id == 77
    assert store.outbox.get(queued.id).payload["counterparty_id"] == 77
    assert [c.id for c in store.contacts.search("new shop")] == [77]


def test_payment_accounts_remember_the_wallet_number_the_api_does_not_echo(store):
    account = {"id": 31, "account_name": "Musu", "provider": "MTN_MOMO_LBR", "method": "MTN_MOMO_LBR",
               "party_id": 9, "is_active": True, "created_at": "x", "updated_at": "y"}
    store.payments.save_account(account, operation_type="COLLECTION", account_number="231886123456")
    found = store.payments.find_account(party_id=9, account_number="231886123456", method="MTN_MOMO_LBR",
                                        operation_type="COLLECTION")
    assert found.id == 31 and found.account_number == "231886123456"
    assert store.payments.find_account(party_id=9, account_number="231886123456", method="MTN_MOMO_LBR",
                                       operation_type="PAYOUT") is None
    store.payments.forget_account(31)
    assert store.payments.find_account(party_id=9, account_number="231886123456", method="MTN_MOMO_LBR",
                                       operation_type="COLLECTION") is None


def test_sessions_receipts_and_quotes_are_kept(store):
    store.payments.save_session("CHECKOUT", {"id": 4, "source_id": 5, "source_type": "INVOICE", "status": "ACTIVE",
                                             "expires_at": "t", "created_at": "t", "updated_at": "t"})
    assert store.payments.session("CHECKOUT", 4)["source_id"] == 5
    store.payments.save_receipt("INVOICE", {"invoice_id": 5, "invoice_number": "INV-1", "total_amount": "1.10"})
    assert store.payments.receipt("INVOICE", 5)["total_amount"] == "1.10"
    quote = store.payments.save_quote(
        {"payer_amount": "20150.00", "payer_currency": "LRD", "payee_amount": "100.00", "payee_currency": "USD",
         "platform_fee": "1.50", "platform_currency": "USD"},
        source_type="INVOICE", source_id=5, payment_method="MTN_MOMO_LBR", provider="MTN_MOMO_LBR",
        target_currency="LRD")
    assert quote.payer_amount == Decimal("20150.00") and quote.gateway_fee is None


async def test_worker_threads_read_while_another_writes(store):
    store.contacts.upsert_counterparties([counterparty(i, f"Person {i}") for i in range(1, 2001)])

    def rewrite():
        store.contacts.upsert_counterparties([counterparty(i, f"Renamed {i}") for i in range(1, 2001)])
        return "written"

    results = await asyncio.gather(asyncio.to_thread(rewrite),
                                   *(asyncio.to_thread(store.contacts.search, "person", 10) for _ in range(8)))
    assert results[0] == "written" and all(len(r) in (0, 10) for r in results[1:])
    assert len(store.contacts.search("renamed", 5000)) == 2000
