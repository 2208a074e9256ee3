"""Small JSON files the app keeps (settings, printing preferences): read leniently, write atomically."""
from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


def read_object(path: Path, what: str) -> dict[str, Any] | None:
    """The file's JSON object, or None when it is missing or unreadable (logged as `what`)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("%s unreadable (%s); using defaults", what, exc)
        return None
    return raw if isinstance(raw, dict) else None


def write_atomically(path: Path, data: dict[str, Any], *, indent: int | None = 2,
                     prefix: str | None = None) -> None:
    """Write so neither a crash nor a power cut mid-save leaves half a file: the new text goes to a
    temporary file in the same folder, is flushed to the disk (fsync) and only then renamed over the
    old one; the folder is synced too so the rename itself survives a power cut."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=prefix or f".{path.stem}-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=indent)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """fsync a directory so a rename in it is on the disk (POSIX; Windows cannot open folders)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:   # some file systems (network shares) refuse: the file itself is synced
        pass
    finally:
        os.close(fd)
