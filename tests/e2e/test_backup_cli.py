"""`dollr-desktop --backup FILE` / `--restore FILE`: no window, exit status 0 only on success."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from benchmarks.backup import fill_store

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, password: str | None = "a fine password", data_dir: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DOLLR_BACKUP_PASSWORD", "DOLLR_DATA_DIR")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    if password is not None:
        env["DOLLR_BACKUP_PASSWORD"] = password
    return subprocess.run([sys.executable, "-m", "dollr_desktop", "--data-dir", str(data_dir), *args],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)


def rows(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


def test_backup_then_restore_from_the_command_line(tmp_path):
    shop = tmp_path / "shop"
    shop.mkdir()
    fill_store(shop / "dollr.sqlite3", invoices=50, journal=5, contacts=10)
    target = tmp_path / "stick" / "shop.dollrbackup"
    target.parent.mkdir()

    made = cli("--backup", str(target), data_dir=shop)
    assert made.returncode == 0, made.stderr
    assert "50 documents" in made.stdout and target.exists()

    fresh = tmp_path / "new-pc"
    wrong = cli("--restore", str(target), password="not it", data_dir=fresh)
    assert wrong.returncode == 1 and "Wrong backup password" in wrong.stderr
    assert not (fresh / "dollr.sqlite3").exists()

    cut = tmp_path / "cut.dollrbackup"
    cut.write_bytes(target.read_bytes()[:-10])
    truncated = cli("--restore", str(cut), data_dir=fresh)
    assert truncated.returncode == 1 and "incomplete" in truncated.stderr
    assert not (fresh / "dollr.sqlite3").exists()

    no_password = cli("--restore", str(target), password=None, data_dir=fresh)
    assert no_password.returncode == 2 and "DOLLR_BACKUP_PASSWORD" in no_password.stderr

    restored = cli("--restore", str(target), data_dir=fresh)
    assert restored.returncode == 0, restored.stderr
    assert rows(fresh / "dollr.sqlite3") == rows(shop / "dollr.sqlite3")

    nothing = cli("--backup", str(tmp_path / "empty.dollrbackup"), data_dir=tmp_path / "empty")
    assert nothing.returncode == 1 and "nothing to back up" in nothing.stderr


def test_a_restore_is_refused_while_the_app_has_the_folder_open(tmp_path):
    from PySide6.QtCore import QLockFile

    from dollr_desktop.ui.single_instance import LOCK_NAME

    shop = tmp_path / "shop"
    shop.mkdir()
    fill_store(shop / "dollr.sqlite3", invoices=5, journal=1, contacts=2)
    target = tmp_path / "shop.dollrbackup"
    assert cli("--backup", str(target), data_dir=shop).returncode == 0   # a backup needs no lock
    before = rows(shop / "dollr.sqlite3")
    lock = QLockFile(str(shop / LOCK_NAME))   # what the running app holds
    assert lock.tryLock(0)
    try:
        refused = cli("--restore", str(target), data_dir=shop)
    finally:
        lock.unlock()
    assert refused.returncode == 3 and "close it" in refused.stderr
    assert rows(shop / "dollr.sqlite3") == before
