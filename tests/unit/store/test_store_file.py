import os
import sqlite3
import stat
import sys

import pytest

from dollr_desktop import paths
from dollr_desktop.store import Store, StoreTooNewError
from dollr_desktop.store import migrations
from tests.unit.store.factories import counterparty, invoice


def test_opens_in_the_data_dir_by_default_and_only_the_owner_can_read_it():
    with Store.open() as store:
        assert store.path == paths.database_path()
        assert store.version == migrations.LATEST_VERSION
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(paths.database_path()).st_mode) == 0o600


def test_uses_write_ahead_logging(tmp_path):
    with Store.open(tmp_path / "d.sqlite3") as store:
        assert store.connection().execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_an_older_file_is_upgraded_in_place_and_keeps_its_rows(tmp_path):
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(conn, path, target=1)  # what the first release wrote
    conn.execute(
        "INSERT INTO counterparties (id, name, phone, email) VALUES (7, 'Musu Kollie', '231886000111', NULL)")
    conn.execute("INSERT INTO documents (kind, id, number, counterparty_id, counterparty_name, note) "
                 "VALUES ('INVOICE', 3, 'INV-2026-00003', 7, 'Musu Kollie', 'school fees')")
    conn.close()

    with Store.open(path) as store:
        assert store.version == migrations.LATEST_VERSION
        assert [c.id for c in store.contacts.search("musu")] == [7]
        assert [d.id for d in store.documents.search("school")] == [3]
        assert store.journal.open_entries() == []


def test_a_file_from_a_newer_app_is_refused_untouched(tmp_path):
    path = tmp_path / "new.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
    conn.execute("CREATE TABLE future (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()

    with pytest.raises(StoreTooNewError) as raised:
        Store.open(path)
    assert "newer version of Dollr Desktop" in str(raised.value)
    assert raised.value.file_version == migrations.LATEST_VERSION + 1
    assert path.read_bytes() == before


def test_reopening_keeps_everything(tmp_path):
    path = tmp_path / "d.sqlite3"
    with Store.open(path) as store:
        store.contacts.upsert_counterparties([counterparty(1, "Aminata Sesay")])
        store.documents.upsert_summaries("INVOICE", [invoice(5, 1)])
    with Store.open(path) as store:
        assert store.contacts.get(1).name == "Aminata Sesay"
        assert store.documents.get("INVOICE", 5).counterparty_name == "Aminata Sesay"


async def test_work_arriving_after_close_is_told_the_store_is_closed(tmp_path):
    import asyncio

    from dollr_desktop.store import StoreClosedError

    store = Store.open(tmp_path / "closing.sqlite3")
    await asyncio.to_thread(store.contacts.search, "x")  # a worker thread has its own connection
    store.close()
    with pytest.raises(StoreClosedError):
        await asyncio.to_thread(store.contacts.search, "x")
    with pytest.raises(RuntimeError):  # still a RuntimeError for callers written against that
        store.journal.open_entries()
