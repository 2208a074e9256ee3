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


def write_atomically(path: Path, data: dict[str, Any]) -> None:
    """Write so a crash mid-save never leaves half a file."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=2)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
