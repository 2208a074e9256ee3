"""Backups: back up, wipe, restore into a fresh data folder, every table identical; a wrong password,
a cut or altered file refused with nothing replaced; cancel; keeping the last N; the second folder."""
from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from pathlib import Path

import pytest

from benchmarks.backup import fill_store
from dollr_desktop.services import backup_restore, backups
from dollr_desktop.services.backup_file import BackupError
from dollr_desktop.store import Store
from dollr_desktop.store.migrations import LATEST_VERSION

PASSWORD = "correct horse battery"


def dump(path: Path) -> list[str]:
    """Every table's schema and rows, as SQL text."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def fingerprint(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and "backups" not in p.parts}


@pytest.fixture
def data(tmp_path) -> Path:
    """A data folder as the app leaves it: the live store (with a table a later version adds, and a
    journal entry still open), practice data, settings, printer preferences and saved receipts."""
    folder = tmp_path / "data"
    folder.mkdir()
    fill_store(folder / "dollr.sqlite3", invoices=300, journal=40, contacts=50)
    with Store.open(folder / "dollr.sqlite3") as store:
        store.outbox.enqueue("CONTACT", -1, {"name": "Musu Kollie", "phone": "231770000001"})
        conn = store.connection()
        conn.execute("CREATE TABLE cash_ups (id INTEGER PRIMARY KEY, day TEXT, counted TEXT)")
        conn.executemany("INSERT INTO cash_ups (day, counted) VALUES (?, ?)", [("2026-12-01", "120.50"), ("2026-12-02", "98.00")])
        conn.execute("UPDATE payments SET state = 'PROCESSING' WHERE lock_key = 'INVOICE:7'")
    fill_store(folder / "practice.sqlite3", invoices=20, journal=3, contacts=5, seed=3)
    (folder / "settings.json").write_text(json.dumps({"environment": "live", "client_id": "abc", "backup_keep": 3}))
    (folder / "printing.json").write_text(json.dumps({"layout": "till80"}))
    (folder / "receipts").mkdir()
    (folder / "receipts" / "INVOICE-1.json").write_text('{"receipt": 1}')
    return folder


def test_back_up_wipe_restore_gives_every_table_and_file_back(data, tmp_path):
    before = {name: dump(data / name) for name in backups.DATABASES}
    target = tmp_path / "stick" / "my.dollrbackup"
    info = backups.create_backup(data, target, PASSWORD)
    assert info.count("documents", "dollr.sqlite3") == 300 and info.count("payments", "dollr.sqlite3") == 40
    assert info.count("cash_ups") == 2 and info.count("outbox") == 1
    assert b"Musu Kollie" not in target.read_bytes() and b"SQLite format" not in target.read_bytes()
    files = fingerprint(data)

    fresh = tmp_path / "new-computer"
    fresh.mkdir()
    preview = backup_restore.read_info(target, PASSWORD)
    assert preview.count("documents") == 320 and preview.receipts == 1
    prepared = backup_restore.prepare_restore(target, PASSWORD, fresh, latest_schema=LATEST_VERSION)
    assert prepared.safety_copy is None            # nothing there to keep
    assert not (fresh / "dollr.sqlite3").exists()  # nothing replaced before apply()
    prepared.apply()

    for name in backups.DATABASES:
        assert dump(fresh / name) == before[name]
    assert fingerprint(fresh).keys() == files.keys()
    for name in ("settings.json", "printing.json", "receipts/INVOICE-1.json"):
        assert fingerprint(fresh)[name] == files[name]
    with Store.open(fresh / "dollr.sqlite3") as store:   # the app opens it; the open entry is there
        assert [e.lock_key for e in store.journal.open_entries()] == ["INVOICE:7"]
    assert not [p for p in (fresh / "backups").iterdir()]   # no staging left behind


def test_a_restore_over_existing_data_saves_it_first_and_mirrors_the_backup(data, tmp_path):
    target = tmp_path / "b.dollrbackup"
    backups.create_backup(data, target, PASSWORD)
    other = tmp_path / "other"
    other.mkdir()
    with Store.open(other / "dollr.sqlite3") as store:
        store.outbox.enqueue("CONTACT", -2, {"name": "only here"})
    (other / "receipts").mkdir()
    (other / "receipts" / "old.json").write_text("{}")
    prepared = backup_restore.prepare_restore(target, PASSWORD, other, latest_schema=LATEST_VERSION)
    assert prepared.safety_copy is not None and prepared.safety_copy.exists()
    lingering = sqlite3.connect(other / "dollr.sqlite3")   # a connection someone forgot to close
    lingering.execute("PRAGMA journal_mode = WAL")
    assert lingering.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
    prepared.apply()
    assert lingering.execute("SELECT count(*) FROM documents").fetchone()[0] == 300   # sees the backup's data
    lingering.close()
    assert dump(other / "dollr.sqlite3") == dump(data / "dollr.sqlite3")
    assert sorted(p.name for p in (other / "receipts").iterdir()) == ["INVOICE-1.json"]
    # the replaced data is in the safety copy, with the same password
    assert backup_restore.read_info(prepared.safety_copy, PASSWORD).count("outbox") == 1


def test_wrong_password_cut_or_altered_file_is_refused_and_nothing_is_replaced(data, tmp_path):
    target = tmp_path / "b.dollrbackup"
    backups.create_backup(data, target, PASSWORD, chunk_size=4096)
    raw = target.read_bytes()
    assert len(raw) > 10 * 4096   # many chunks: a cut or a change lands after the first
    current = tmp_path / "current"
    current.mkdir()
    fill_store(current / "dollr.sqlite3", invoices=5, journal=1, contacts=2)
    (current / "settings.json").write_text('{"environment": "practice"}')
    files = fingerprint(current)

    def refused(path: Path, password: str) -> str:
        with pytest.raises(BackupError) as caught:
            backup_restore.prepare_restore(path, password, current, latest_schema=LATEST_VERSION)
        assert fingerprint(current) == files
        assert not list((current / "backups").iterdir())   # no staging, no safety copy
        return caught.value.code

    assert refused(target, "wrong password") == "backup.wrong_password"
    with pytest.raises(BackupError, match="backup.wrong_password"):
        backup_restore.read_info(target, "wrong password")
    cut = tmp_path / "cut.dollrbackup"
    chunk_end = 40 + 4 + 4096 + 16   # header, then the first record: cut exactly between records
    for size in (len(raw) - 1, len(raw) // 2, chunk_end, 200):
        cut.write_bytes(raw[:size])
        assert refused(cut, PASSWORD) == "backup.truncated", size
    altered = tmp_path / "altered.dollrbackup"
    middle = len(raw) // 2
    altered.write_bytes(raw[:middle] + bytes([raw[middle] ^ 1]) + raw[middle + 1:])
    assert refused(altered, PASSWORD) == "backup.damaged"
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    assert refused(other, PASSWORD) == "backup.not_a_backup"
    assert refused(tmp_path / "missing.dollrbackup", PASSWORD) == "backup.read_failed"


def test_a_backup_of_a_newer_app_is_refused(data, tmp_path):
    with sqlite3.connect(data / "dollr.sqlite3") as conn:
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    target = tmp_path / "b.dollrbackup"
    backups.create_backup(data, target, PASSWORD)
    with pytest.raises(BackupError, match="backup.newer_app"):
        backup_restore.prepare_restore(target, PASSWORD, tmp_path / "fresh", latest_schema=LATEST_VERSION)


def test_the_snapshot_is_consistent_while_the_store_is_written(data, tmp_path):
    """Writers keep committing pairs of rows while the backup runs: the snapshot has whole pairs."""
    stop = threading.Event()

    def writer() -> None:
        conn = sqlite3.connect(data / "dollr.sqlite3", timeout=10, isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE IF NOT EXISTS pairs (n INTEGER)")
        n = 0
        while not stop.is_set():
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany("INSERT INTO pairs VALUES (?)", [(n,), (n,)])
            conn.execute("COMMIT")
            n += 1
        conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        for i in range(3):
            info = backups.create_backup(data, tmp_path / f"b{i}.dollrbackup", PASSWORD)
            assert info.count("pairs") % 2 == 0
    finally:
        stop.set()
        thread.join()
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    backup_restore.prepare_restore(tmp_path / "b2.dollrbackup", PASSWORD, fresh).apply()
    with sqlite3.connect(fresh / "dollr.sqlite3") as conn:
        assert conn.execute("SELECT count(*) FROM pairs GROUP BY n HAVING count(*) != 2").fetchall() == []


def test_a_cancelled_backup_leaves_no_file(data, tmp_path):
    cancel = threading.Event()
    seen = []

    def progress(fraction: float) -> None:
        seen.append(fraction)
        if fraction > 0.3:
            cancel.set()

    target = tmp_path / "b.dollrbackup"
    with pytest.raises(backups.BackupCancelled):
        backups.create_backup(data, target, PASSWORD, progress=progress, cancel=cancel)
    assert not target.exists() and not target.with_name(target.name + ".part").exists()
    assert not list((data / "backups").iterdir())


def test_automatic_backups_keep_the_last_n_here_and_on_the_stick(data, tmp_path):
    from datetime import datetime, timedelta

    stick = tmp_path / "stick"
    stick.mkdir()
    start = datetime(2026, 12, 1, 18, 0)
    folder = backups.automatic_folder(data)
    assert backups.is_due(folder, start)
    for day in range(5):
        result = backups.run_automatic(data, PASSWORD, extra_folder=str(stick), keep=3, now=start + timedelta(days=day))
        assert not result.problems and result.copies[0].read_bytes() == result.path.read_bytes()
    names = [p.name for p in backups.automatic_backups(folder)]
    assert names == [p.name for p in backups.automatic_backups(stick)] == [
        "dollr-backup-20261203-180000.dollrbackup", "dollr-backup-20261204-180000.dollrbackup",
        "dollr-backup-20261205-180000.dollrbackup"]
    assert not backups.is_due(folder, start + timedelta(days=4, hours=23))
    assert backups.is_due(folder, start + timedelta(days=5))

    for minute in (1, 2, 3):   # closed three more times on the last day: that day keeps its newest only
        backups.run_automatic(data, PASSWORD, keep=3, now=start + timedelta(days=4, minutes=minute))
    assert [p.name for p in backups.automatic_backups(folder)] == [
        "dollr-backup-20261203-180000.dollrbackup", "dollr-backup-20261204-180000.dollrbackup",
        "dollr-backup-20261205-180300.dollrbackup"]

    result = backups.run_automatic(data, PASSWORD, extra_folder=str(tmp_path / "unplugged"), keep=3)
    assert result.path.exists() and [p.code for p in result.problems] == ["backup.folder_missing"]


def test_the_backup_settings_survive_a_restart_and_odd_values_are_ignored(tmp_path):
    from dollr_desktop.settings import Settings

    path = tmp_path / "settings.json"
    Settings(backup_keep=12, backup_folder="/media/stick", backup_automatic=False).save(path)
    loaded = Settings.load(path)
    assert (loaded.backup_keep, loaded.backup_folder, loaded.backup_automatic) == (12, "/media/stick", False)
    path.write_text(json.dumps({"backup_keep": True, "backup_folder": 3, "backup_automatic": "yes"}))
    loaded = Settings.load(path)   # a bool is not a number of backups, nor a number a folder
    assert (loaded.backup_keep, loaded.backup_folder, loaded.backup_automatic) == (7, "", True)


def test_a_snapshot_that_cannot_be_written_is_a_clear_problem(data, tmp_path, monkeypatch):
    import sqlite3 as sqlite

    def full_disk(source, destination):
        raise sqlite.OperationalError("database or disk is full")

    monkeypatch.setattr(backups, "snapshot_database", full_disk)
    with pytest.raises(BackupError) as caught:
        backups.create_backup(data, tmp_path / "b.dollrbackup", PASSWORD)
    assert caught.value.code == "backup.write_failed" and "disk is full" in caught.value.params["reason"]
    assert not (tmp_path / "b.dollrbackup").exists() and not list((data / "backups").iterdir())
