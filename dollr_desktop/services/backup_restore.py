"""Reading a backup: its manifest (the preview), and a restore checked whole before anything is
replaced. No Qt; blocking (run it through `backups.in_background`).

`prepare_restore` unpacks into a staging folder in `backups/`, authenticates every chunk and the
final one, runs `quick_check` on each database and refuses a schema newer than the app; then it
backs up the current data (same password). `PreparedRestore.apply()`, with the account closed,
writes each database into its store file through SQLite's backup API and replaces the other files.
"""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tarfile
import tempfile
import threading
import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from collections.abc import Callable
from typing import BinaryIO

from dollr_desktop.services.backup_file import BackupError, DecryptingReader, decrypted_chunks
from dollr_desktop.services.backups import (BACKUP_FOLDER, BEFORE_RESTORE_PREFIX, DATABASES, FILES, FOLDERS,
                                            IO_SIZE, MANIFEST, SUFFIX, BackupInfo, Progress, check_cancel,
                                            create_backup, has_data, safe_name, work_folder)
from dollr_desktop.store.connection import create_private_file


class _Decompressing:
    def __init__(self, source: DecryptingReader) -> None:
        self._source, self._zip = source, zlib.decompressobj()
        self._buffer = bytearray()

    def read(self, size: int = -1) -> bytes:
        while size < 0 or len(self._buffer) < size:
            raw = self._source.read(IO_SIZE)
            if not raw:
                try:
                    self._buffer += self._zip.flush()
                except zlib.error as exc:
                    raise BackupError("backup.damaged") from exc
                break
            try:
                self._buffer += self._zip.decompress(raw)
            except zlib.error as exc:
                raise BackupError("backup.damaged") from exc
        if size < 0:
            size = len(self._buffer)
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data


def _open_archive(f: BinaryIO, password: str, on_chunk: Callable[[int], None] | None = None) -> tuple[tarfile.TarFile, DecryptingReader]:
    reader = DecryptingReader(decrypted_chunks(f, password, on_chunk=on_chunk))
    try:
        tar = tarfile.open(fileobj=_Decompressing(reader), mode="r|", bufsize=IO_SIZE)  # type: ignore[arg-type]
    except tarfile.TarError as exc:
        raise BackupError("backup.damaged") from exc
    return tar, reader


def _read_manifest(tar: tarfile.TarFile) -> BackupInfo:
    try:
        member = tar.next()
        if member is None or member.name != MANIFEST or not member.isfile() or member.size > 1 << 20:
            raise BackupError("backup.damaged")
        return BackupInfo.from_json(json.loads(tar.extractfile(member).read()))  # type: ignore[union-attr]
    except (tarfile.TarError, ValueError) as exc:
        raise BackupError("backup.damaged") from exc


def read_info(path: Path, password: str) -> BackupInfo:
    """What a backup holds (its manifest): the password is checked, only the first chunk is read."""
    with _open_source(path) as f:
        tar, _ = _open_archive(f, password)
        return _read_manifest(tar)


@dataclass
class PreparedRestore:
    """A backup unpacked and checked in `staging`, ready to replace the data folder's files."""

    info: BackupInfo
    staging: Path
    data_dir: Path
    safety_copy: Path | None = None

    def apply(self) -> None:
        """Put the backup's data in place (the account should be closed). Each database is written
        into the existing store file through SQLite's backup API, never by replacing the file: a
        connection still open somewhere (or a WAL file beside it) then sees the new content instead
        of racing a file swap. Files and receipts the backup lacks are removed; a store file it
        lacks (practice data, say) is left as it is. The safety copy holds what was replaced."""
        for name in DATABASES:
            staged = self.staging / name
            if staged.exists():
                restore_database(staged, self.data_dir / name)
        for name in FILES:
            staged = self.staging / name
            if staged.exists():
                os.replace(staged, self.data_dir / name)
            else:
                (self.data_dir / name).unlink(missing_ok=True)
        for folder in FOLDERS:
            target, staged = self.data_dir / folder, self.staging / folder
            old = self.data_dir / f".{folder}-before-restore"
            shutil.rmtree(old, ignore_errors=True)
            if target.exists():
                os.replace(target, old)
            if staged.exists():
                os.replace(staged, target)
            shutil.rmtree(old, ignore_errors=True)
        self.discard()

    def discard(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)


def restore_database(staged: Path, target: Path) -> None:
    """Write `staged` over the database at `target` (created, private, if missing) in one step."""
    if not target.exists():
        create_private_file(target)
    src = sqlite3.connect(f"file:{staged}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target, timeout=30)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def prepare_restore(path: Path, password: str, data_dir: Path, *, progress: Progress | None = None,
                    cancel: threading.Event | None = None, latest_schema: int | None = None) -> PreparedRestore:
    """Unpack and check the whole backup; then back up the current data (same password).

    Nothing in the data folder is touched here except the new safety copy in `backups/`.
    """
    report = progress or (lambda _f: None)
    staging = Path(tempfile.mkdtemp(prefix=".restore-", dir=work_folder(data_dir)))
    try:
        size = max(path.stat().st_size, 1) if path.exists() else 1
        with _open_source(path) as f:
            def on_chunk(read: int) -> None:
                report(0.8 * read / size)
                check_cancel(cancel)

            tar, reader = _open_archive(f, password, on_chunk)
            info = _read_manifest(tar)
            try:
                _unpack(tar, staging)
            except OSError as exc:   # the staging folder could not be written (disk full…)
                raise BackupError("backup.write_failed", folder=str(staging.parent),
                                  reason=exc.strerror or str(exc)) from exc
            reader.drain()   # the final chunk must be there: a cut file is refused here
        _check_unpacked(info, staging, latest_schema)
        report(0.85)
        prepared = PreparedRestore(info, staging, data_dir)
        if has_data(data_dir):
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            prepared.safety_copy = data_dir / BACKUP_FOLDER / f"{BEFORE_RESTORE_PREFIX}{stamp}{SUFFIX}"
            create_backup(data_dir, prepared.safety_copy, password, cancel=cancel,
                          progress=lambda f: report(0.85 + 0.15 * f))
        report(1.0)
        return prepared
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _unpack(tar: tarfile.TarFile, staging: Path) -> None:
    allowed = {f"data/{n}" for n in DATABASES + FILES}
    try:
        for member in tar:   # iterating starts again at the manifest, already read
            name = member.name
            if name == MANIFEST:
                continue
            folder, _, leaf = name[len("data/"):].partition("/")
            if not member.isfile():
                raise BackupError("backup.damaged")
            if name in allowed:
                target = staging / name[len("data/"):]
            elif name.startswith("data/") and folder in FOLDERS and leaf and safe_name(leaf):
                (staging / folder).mkdir(exist_ok=True)
                target = staging / folder / leaf
            else:
                raise BackupError("backup.damaged")
            source = tar.extractfile(member)
            with open(target, "wb") as out:
                shutil.copyfileobj(source, out, 1 << 20)  # type: ignore[arg-type]
    except tarfile.TarError as exc:
        raise BackupError("backup.truncated" if "unexpected end" in str(exc) else "backup.damaged") from exc


def _check_unpacked(info: BackupInfo, staging: Path, latest_schema: int | None) -> None:
    for name, described in info.databases.items():
        path = staging / name
        if name not in DATABASES or not path.exists():
            raise BackupError("backup.damaged")
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                ok = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
                version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            raise BackupError("backup.damaged") from exc
        if not ok:
            raise BackupError("backup.damaged")
        if latest_schema is not None and version > latest_schema:
            raise BackupError("backup.newer_app", version=info.app_version)


class _open_source:
    """The backup file, opened for reading; a missing or unreadable file is a BackupError."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._f: BinaryIO | None = None

    def __enter__(self) -> BinaryIO:
        try:
            self._f = open(self._path, "rb")
        except OSError as exc:
            raise BackupError("backup.read_failed", file=str(self._path), reason=exc.strerror or str(exc)) from exc
        return self._f

    def __exit__(self, *exc: object) -> None:
        if self._f is not None:
            self._f.close()
