"""A small JSON cache of fetched receipts, so a paid document can be reprinted offline.

One file per receipt under `<data dir>/receipts/`, written atomically. Blocking: call it through
`asyncio.to_thread`. This stands in until the store's receipts table is reachable from services;
the entry shape (`{"receipt": <API JSON>, "url": <receipt link>}`) maps onto one row there.
"""
from __future__ import annotations

import json
import logging
import re
from pathlib import Path
from typing import Any, Iterator

from dollr_desktop import json_files, paths

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
        json_files.write_atomically(target, {"source_type": source_type, "source_id": source_id, **entry},
                                    indent=None, prefix=".receipt-")

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


class StoreReceipts:
    """The same interface over the store's `receipts` table (`store.payments`).

    The table keeps the API body; the receipt link rides along in it under `_receipt_url`,
    because the table has no column for it.
    """

    LINK_KEY = "_receipt_url"

    def __init__(self, store: Any) -> None:
        self._store = store

    def put(self, source_type: str, source_id: str, entry: dict[str, Any]) -> None:
        body = dict(entry["receipt"])
        body[self.LINK_KEY] = entry.get("url")
        self._store.payments.save_receipt(source_type, body)

    def get(self, source_type: str, source_id: str) -> dict[str, Any] | None:
        body = self._store.payments.receipt(source_type, int(source_id))
        return None if body is None else self._entry(body)

    def entries(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        rows = self._store.connection().execute(
            "SELECT source_type, source_id, body FROM receipts ORDER BY source_type, source_id"
        ).fetchall()
        for source_type, source_id, body in rows:
            try:
                yield source_type, str(source_id), self._entry(json.loads(body))
            except ValueError:
                log.warning("Unreadable cached receipt %s %s", source_type, source_id)

    def _entry(self, body: dict[str, Any]) -> dict[str, Any]:
        body = dict(body)
        url = body.pop(self.LINK_KEY, None)
        return {"receipt": body, "url": url}
