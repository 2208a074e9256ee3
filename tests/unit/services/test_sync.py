"""Sync against the sandbox: whole lists in one transaction, off the event loop thread."""
from __future__ import annotations

import threading

import pytest

from dollr_desktop.api import errors
from dollr_desktop.services.sync import SyncService
from tests.unit.services.sandbox_kit import add_fault, payable_invoice


async def test_everything_the_server_lists_is_cached_and_searchable(client, store):
    invoice_id, _ = await payable_invoice(client, name="Comfort Gbollie")
    results = await SyncService(client, store).sync_all()
    server_invoices = await client.invoices.list()
    assert {r.resource: r.rows for r in results}["invoices"] == len(server_invoices)
    assert {r.resource for r in results} == {"counterparties", "invoices", "orders"}
    [found] = store.documents.search("gbollie")
    assert found.id == invoice_id and found.status == "ACTIVE" and found.counterparty_name == "Comfort Gbollie"
    assert [c.name for c in store.contacts.search("comfort gbo")] == ["Comfort Gbollie"]
    assert store.last_sync("invoices")["row_count"] == len(server_invoices)


async def test_parties_are_cached_too(client, store):
    party = await client.parties.create(fullname="Lone Party", phone="231886444555")
    result = await SyncService(client, store).sync_parties()
    assert result.rows == len(await client.parties.list())
    assert store.contacts.party(party.id)["fullname"] == "Lone Party"


async def test_rows_the_server_no_longer_returns_are_marked_gone(client, store):
    store.documents.upsert_summaries("INVOICE", [{
        "id": 987654, "invoice_number": "INV-2020-99999", "counterparty_id": 1, "currency": "USD",
        "total_amount": "1", "status": "ACTIVE", "note": "deleted on the server"}])
    await SyncService(client, store).sync_documents("INVOICE")
    assert store.documents.get("INVOICE", 987654).gone_at is not None
    assert store.documents.search("deleted") == []
    indexed = store.connection().execute(
        "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'deleted'").fetchone()[0]
    assert indexed == 0   # kept, but out of the search index


async def test_parsing_and_writing_happen_off_the_event_loop_thread(client, store, monkeypatch):
    await payable_invoice(client)
    threads = []
    original = store.documents.upsert_summaries

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(store.documents, "upsert_summaries", spy)
    await SyncService(client, store).sync_documents("INVOICE")
    assert threads and threading.main_thread() not in threads


async def test_an_expired_token_and_a_server_hiccup_do_not_stop_the_sync(sandbox, client, store):
    await payable_invoice(client)
    add_fault(sandbox.base_url, expire_tokens=True)
    add_fault(sandbox.base_url, kind="server_error", status=502, html=True, path="/v1/invoices/list")
    result = await SyncService(client, store).sync_documents("INVOICE")
    assert result.rows == len(await client.invoices.list())


async def test_a_lasting_outage_is_reported_and_recorded(sandbox, client, store):
    add_fault(sandbox.base_url, kind="server_error", status=500, count=50, path="/v1/orders/list")
    with pytest.raises(errors.ServerError):
        await SyncService(client, store).sync_documents("ORDER")
    assert store.last_sync("orders")["last_error"] == "api.server"   # a code, worded in ui/


async def test_detail_is_fetched_on_demand_and_read_from_the_cache_offline(sandbox, client, store):
    invoice_id, _ = await payable_invoice(client, name="Esther Flomo")
    sync = SyncService(client, store)
    detail = await sync.document_detail("INVOICE", invoice_id)
    assert [i.name for i in detail.items] == ["Paracetamol 500mg"] and detail.counterparty_name == "Esther Flomo"
    assert [d.id for d in store.documents.search("paracet")] == [invoice_id]
    sandbox.stop()
    try:
        offline = await sync.document_detail("INVOICE", invoice_id)
    finally:
        sandbox.start()
    assert offline.items == detail.items


@pytest.mark.parametrize("body", [b"[]", b" [ ] ", b'[{"a": 1.10, "b": [1, {"c": null}]}, 2, "x,]"]',
                                  b'\n[\n {"n": "caf\\u00e9"} ,\n {"n": 3}\n]\n'])
def test_a_json_array_is_decoded_element_by_element_exactly(body):
    from decimal import Decimal
    import json

    from dollr_desktop.services.sync import iter_json_array

    assert list(iter_json_array(body)) == json.loads(body, parse_float=Decimal)


@pytest.mark.parametrize("body", [b'{"a": 1}', b"[1, 2", b"[1 2]", b""])
def test_anything_but_a_json_array_is_refused(body):
    from dollr_desktop.services.sync import iter_json_array

    with pytest.raises(ValueError):
        list(iter_json_array(body))
