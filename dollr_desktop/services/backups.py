"""Backups of everything Dollr cannot give back, and their restore. No Qt; blocking (worker thread).

What a backup holds: each store file (`dollr.sqlite3`, `practice.sqlite3`) whole, every table
(the journal, the outbox and whatever tables later versions add), as a consistent snapshot taken
with SQLite's online backup API in one step (one read transaction, so a write landing meanwhile
is either wholly in or wholly out; never a file copy of a live WAL database); the non-secret
settings files; the receipts folder. Secrets stay in the keyring and are never in a backup.

The archive is a tar stream (a `manifest.json` first, then `data/...`), zlib-compressed and sealed
by `backup_file` (AES-GCM, scrypt). A restore unpacks and checks everything in a staging folder
first (every chunk authenticated, the final one present, each database passing `quick_check`);
only then, with the account closed, `PreparedRestore.apply()` puts the data in place
(`backup_restore.py`: the reading side).
"""
from __future__ import annotations

import asyncio
import contextlib
import functools
import io
import json
import os
import shutil
import sqlite3
import sys
import tarfile
import tempfile
import threading
import zlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, BinaryIO

from dollr_desktop import __version__
from dollr_desktop.services.backup_file import CHUNK_SIZE, BackupError, EncryptingWriter

DATABASES = ("dollr.sqlite3", "practice.sqlite3")
FILES = ("settings.json", "printing.json", "practice-sandbox.json", "logo.png")
FOLDERS = ("receipts",)
BACKUP_FOLDER = "backups"
SUFFIX = ".dollrbackup"
AUTOMATIC_PREFIX = "dollr-backup-"
BEFORE_RESTORE_PREFIX = "dollr-before-restore-"
EVERY = timedelta(days=1)
DEFAULT_KEEP = 7
COMPRESS_LEVEL = 1            # the store's pages compress well even at the fastest level
# tar moves data in pieces this big: few Python steps per megabyte, so the worker thread spends its
# time in C (zlib, AES, SQLite, file I/O) with the GIL released and the window keeps it.
IO_SIZE = 1 << 20
MANIFEST = "manifest.json"

Progress = Callable[[float], None]


class BackupCancelled(Exception):
    pass


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds, read from its manifest before anything is replaced."""

    created_at: datetime
    app_version: str
    databases: dict[str, dict[str, Any]]     # file name -> {"schema_version": n, "tables": {name: rows}}
    files: list[str] = field(default_factory=list)
    receipts: int = 0

    def count(self, table: str, database: str | None = None) -> int:
        names = [database] if database else list(self.databases)
        return sum(int(self.databases.get(n, {}).get("tables", {}).get(table, 0)) for n in names)

    def to_json(self) -> dict[str, Any]:
        return {"format": 1, "created_at": self.created_at.isoformat(), "app_version": self.app_version,
                "databases": self.databases, "files": self.files, "receipts": self.receipts}

    @classmethod
    def from_json(cls, raw: Any) -> BackupInfo:
        try:
            return cls(created_at=datetime.fromisoformat(raw["created_at"]), app_version=str(raw["app_version"]),
                       databases=dict(raw["databases"]), files=list(raw.get("files", [])),
                       receipts=int(raw.get("receipts", 0)))
        except (KeyError, TypeError, ValueError) as exc:
            raise BackupError("backup.damaged") from exc


# snapshot ---------------------------------------------------------------------------------------
def snapshot_database(source: Path, destination: Path) -> dict[str, Any]:
    """A consistent copy of a (possibly live, WAL) database through the backup API, and its counts."""
    src = sqlite3.connect(source, timeout=30)
    try:
        dst = sqlite3.connect(destination)
        try:
            src.backup(dst)   # pages=-1: the whole file in one step, under one read transaction
        finally:
            dst.close()
    finally:
        src.close()
    return describe_database(destination)


def describe_database(path: Path) -> dict[str, Any]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        return {"schema_version": version, "tables": table_counts(conn)}
    finally:
        conn.close()


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows per table: every ordinary table, virtual tables' shadow tables left out."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    counts = {}
    for name, _sql in rows:
        if name in virtual or any(name.startswith(v + "_") for v in virtual):
            continue
        counts[name] = int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
    return counts


# writing ----------------------------------------------------------------------------------------
class _Compressing:
    def __init__(self, out: EncryptingWriter) -> None:
        self._out, self._zip = out, zlib.compressobj(COMPRESS_LEVEL)

    def write(self, data: bytes) -> int:
        self._out.write(self._zip.compress(data))
        return len(data)

    def close(self) -> None:
        self._out.write(self._zip.flush())
        self._out.close()


class _Counting(io.RawIOBase):
    """A source file read into the archive: counts bytes for progress, checks for cancel."""

    def __init__(self, f: BinaryIO, tick: Callable[[int], None]) -> None:
        self._f, self._tick = f, tick

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        data = self._f.read(size)
        self._tick(len(data))
        return data


def _collect(data_dir: Path, staging: Path, cancel: threading.Event | None) -> tuple[list[tuple[str, Path]], BackupInfo]:
    entries: list[tuple[str, Path]] = []
    databases: dict[str, dict[str, Any]] = {}
    for name in DATABASES:
        check_cancel(cancel)
        source = data_dir / name
        if source.exists() and source.stat().st_size > 0:
            copy = staging / name
            databases[name] = snapshot_database(source, copy)
            entries.append((f"data/{name}", copy))
    # The small files are copied first too: one the app rewrites meanwhile (atomically, a new
    # file) is then read whole, old or new, never cut at the size seen a moment before.
    files = []
    for name in FILES:
        with contextlib.suppress(FileNotFoundError, IsADirectoryError):
            shutil.copyfile(data_dir / name, staging / name)
            entries.append((f"data/{name}", staging / name))
            files.append(name)
    receipts = 0
    for folder in FOLDERS:
        root = data_dir / folder
        if root.is_dir():
            (staging / folder).mkdir()
            for path in sorted(p for p in root.iterdir() if p.is_file() and safe_name(p.name)):
                with contextlib.suppress(FileNotFoundError):
                    shutil.copyfile(path, staging / folder / path.name)
                    entries.append((f"data/{folder}/{path.name}", staging / folder / path.name))
                    receipts += 1
    info = BackupInfo(datetime.now(timezone.utc), __version__, databases, files, receipts)
    return entries, info


def create_backup(data_dir: Path, destination: Path, password: str, *, progress: Progress | None = None,
                  cancel: threading.Event | None = None, chunk_size: int = CHUNK_SIZE) -> BackupInfo:
    """Write an encrypted backup of `data_dir` to `destination` (replaced only when complete)."""
    if not password:
        raise BackupError("backup.no_password")
    report = progress or (lambda _f: None)
    work = Path(tempfile.mkdtemp(prefix=".backup-", dir=work_folder(data_dir)))
    part = destination.with_name(destination.name + ".part")
    try:
        report(0.0)
        try:
            entries, info = _collect(data_dir, work, cancel)
        except (OSError, sqlite3.Error) as exc:   # the snapshot could not be written (disk full…)
            reason = getattr(exc, "strerror", None) or str(exc)
            raise BackupError("backup.write_failed", folder=str(work.parent), reason=reason) from exc
        if not info.databases and not info.files:
            raise BackupError("backup.nothing_to_back_up")
        total = sum(path.stat().st_size for _, path in entries) or 1
        done = 0
        report(0.05)

        def tick(n: int) -> None:
            nonlocal done
            done += n
            report(0.05 + 0.95 * min(done / total, 1.0))
            check_cancel(cancel)

        try:
            destination.parent.mkdir(parents=True, exist_ok=True)
            with open(part, "wb") as out:
                sealed = _Compressing(EncryptingWriter(out, password, chunk_size=chunk_size))
                with tarfile.open(fileobj=sealed, mode="w|", format=tarfile.PAX_FORMAT,  # type: ignore[arg-type]
                                  bufsize=IO_SIZE) as tar:
                    tar.copybufsize = IO_SIZE
                    manifest = json.dumps(info.to_json(), indent=1).encode("utf-8")
                    member = tarfile.TarInfo(MANIFEST)
                    member.size = len(manifest)
                    tar.addfile(member, io.BytesIO(manifest))
                    for name, path in entries:
                        member = tarfile.TarInfo(name)
                        member.size = path.stat().st_size
                        member.mtime = int(path.stat().st_mtime)
                        with open(path, "rb") as f:
                            tar.addfile(member, _Counting(f, tick))
                sealed.close()
                out.flush()
                os.fsync(out.fileno())
            os.replace(part, destination)
        except OSError as exc:
            raise BackupError("backup.write_failed", folder=str(destination.parent), reason=exc.strerror or str(exc)) from exc
        report(1.0)
        return info
    finally:
        part.unlink(missing_ok=True)
        shutil.rmtree(work, ignore_errors=True)


def has_data(data_dir: Path) -> bool:
    return any((data_dir / n).is_file() and (data_dir / n).stat().st_size > 0 for n in DATABASES + FILES)


# automatic backups --------------------------------------------------------------------------------
def automatic_folder(data_dir: Path) -> Path:
    return data_dir / BACKUP_FOLDER


def automatic_backups(folder: Path) -> list[Path]:
    """The automatic backups in a folder, oldest written first (by the file's time, not its name:
    a shop computer's clock set wrong and then corrected must not make the newest look oldest)."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if p.name.startswith(AUTOMATIC_PREFIX) and p.name.endswith(SUFFIX)]
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name))


def last_backup_time(folder: Path) -> datetime | None:
    found = automatic_backups(folder)
    if not found:
        return None
    stamp = found[-1].name[len(AUTOMATIC_PREFIX):-len(SUFFIX)]
    try:
        return datetime.strptime(stamp[:15], "%Y%m%d-%H%M%S")
    except ValueError:
        return datetime.fromtimestamp(found[-1].stat().st_mtime)


def is_due(folder: Path, now: datetime | None = None) -> bool:
    last = last_backup_time(folder)
    return last is None or (now or datetime.now()) - last >= EVERY


def prune(folder: Path, keep: int) -> list[Path]:
    """Keep one automatic backup per day (that day's newest) for the newest `keep` days.

    A backup is made at every close: a shop that opens and closes the app five times a day must
    not push last week out of the folder. The safety copies made before a restore always stay.
    """
    found = automatic_backups(folder)   # oldest written first
    newest_of_day: dict[str, Path] = {}
    for path in found:
        newest_of_day[path.name[len(AUTOMATIC_PREFIX):][:8]] = path   # YYYYMMDD, when it was made
    kept = set(sorted(newest_of_day.values(), key=found.index)[-max(keep, 1):])
    removed = [path for path in found if path not in kept]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


@dataclass
class AutomaticResult:
    path: Path
    info: BackupInfo
    copies: list[Path]
    problems: list[BackupError]


def automatic_name(now: datetime | None = None) -> str:
    return f"{AUTOMATIC_PREFIX}{(now or datetime.now()):%Y%m%d-%H%M%S}{SUFFIX}"


def run_automatic(data_dir: Path, password: str, *, extra_folder: str = "", keep: int = DEFAULT_KEEP,
                  progress: Progress | None = None, cancel: threading.Event | None = None,
                  now: datetime | None = None) -> AutomaticResult:
    """One dated backup in the data folder's `backups/`, copied to the chosen folder (a USB stick)
    when there is one; the oldest beyond `keep` are removed from both."""
    folder = automatic_folder(data_dir)
    path = folder / automatic_name(now)
    info = create_backup(data_dir, path, password, progress=progress, cancel=cancel)
    prune(folder, keep)
    copies, problems = [], []
    if extra_folder:
        extra = Path(extra_folder)
        try:
            if not extra.is_dir():
                raise BackupError("backup.folder_missing", folder=str(extra))
            copy = extra / path.name
            part = copy.with_name(copy.name + ".part")
            with open(path, "rb") as src, open(part, "wb") as out:
                shutil.copyfileobj(src, out, 1 << 20)
                out.flush()
                os.fsync(out.fileno())
            os.replace(part, copy)
            copies.append(copy)
            prune(extra, keep)
        except BackupError as exc:
            problems.append(exc)
        except OSError as exc:
            problems.append(BackupError("backup.write_failed", folder=str(extra), reason=exc.strerror or str(exc)))
    return AutomaticResult(path, info, copies, problems)


# the worker thread ------------------------------------------------------------------------------
BACKGROUND_NICE = 10
_executor: ThreadPoolExecutor | None = None


def _background_priority() -> None:
    """Backups are background work: on Linux their thread takes a nice value of its own, so on a
    busy computer the window's thread (and the till's other work) gets the CPU first."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BACKGROUND_NICE)


async def in_background(function: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
    """Run a blocking backup step on the one backup thread (lower priority; one step at a time)."""
    global _executor
    if _executor is None:
        _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="backup", initializer=_background_priority)
    return await asyncio.get_running_loop().run_in_executor(_executor, functools.partial(function, *args, **kwargs))


# helpers ----------------------------------------------------------------------------------------
def check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise BackupCancelled()


def safe_name(name: str) -> bool:
    return bool(name) and name not in (".", "..") and "/" not in name and "\\" not in name and not name.startswith(".")


def work_folder(data_dir: Path) -> Path:
    folder = data_dir / BACKUP_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder
