"""A small JSON cache of fetched receipts, so a paid document can be reprinted offline.

One file per receipt under `<data dir>/receipts/`, written atomically. Blocking: call it through
`asyncio.to_thread`. This stands in until the store's receipts table is reachable from services;
the entry shape (`{"receipt": <API JSON>, "url": <receipt link>}`) maps onto one row there.
"""
from __future__ import annotations

import json
import logging
import os
import re
import tempfile
from pathlib import Path
from typing import Any, Iterator

from dollr_desktop import paths

log = logging.getLogger(__name__)

_SAFE = re.compile(r"[^A-Za-z0-9_.-]")


class ReceiptsCache:
    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder

    @property
    def folder(self) -> Path:
        folder = self._folder or paths.data_dir() / "receipts"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def _path(self, source_type: str, source_id: str) -> Path:
        return self.folder / f"{_SAFE.sub('_', source_type)}-{_SAFE.sub('_', source_id)}.json"

    def put(self, source_type: str, source_id: str, entry: dict[str, Any]) -> None:
        target = self._path(source_type, source_id)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".receipt-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"source_type": source_type, "source_id": source_id, **entry}, handle)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def get(self, source_type: str, source_id: str) -> dict[str, Any] | None:
        return self._read(self._path(source_type, source_id))

    def entries(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        for path in sorted(self.folder.glob("*.json")):
            entry = self._read(path)
            if entry and "receipt" in entry:
                yield entry.get("source_type", "INVOICE"), entry.get("source_id", ""), entry

    @staticmethod
    def _read(path: Path) -> dict[str, Any] | None:
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            log.warning("Unreadable cached receipt %s: %s", path.name, exc)
            return None
