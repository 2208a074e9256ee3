"""Small helpers to turn API models (or plain dicts) into SQLite values and back."""
from __future__ import annotations

import enum
import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def as_mapping(obj: Any) -> dict[str, Any]:
    """A pydantic model, a dataclass-like object or a dict, as a plain dict."""
    if isinstance(obj, dict):
        return obj
    dump = getattr(obj, "model_dump", None)
    if dump is not None:
        return dump()
    return dict(vars(obj))


def plain(value: Any) -> Any:
    """A value SQLite can store: enums as their value, Decimals and dates as text."""
    if isinstance(value, enum.Enum):
        value = value.value
    if value is None or isinstance(value, (int, str)) and not isinstance(value, bool):
        return value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (float, Decimal)):
        return money_text(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def money_text(value: Any) -> str | None:
    """Money as exact decimal text; floats go through str() so 0.1 stays 0.1."""
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        value = value.value
    return str(Decimal(str(value)))


def money(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def text_or_none(value: Any) -> str | None:
    value = plain(value)
    return None if value is None else str(value)


def dumps(value: Any) -> str:
    return json.dumps(value, default=plain, sort_keys=True, separators=(",", ":"))


def mark_unreturned_gone(conn: sqlite3.Connection, table: str, returned_ids: Iterable[int], gone_at: str,
                         *, where: str = "1", params: tuple[Any, ...] = ()) -> None:
    """Rows of `table` (server ids > 0, meeting `where`) missing from a complete list response.

    Compares ids, not timestamps: two syncs within the same millisecond must still notice.
    """
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS returned_ids (id INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM returned_ids")
    conn.executemany("INSERT OR IGNORE INTO returned_ids (id) VALUES (?)", ((i,) for i in returned_ids))
    conn.execute(
        f"UPDATE {table} SET gone_at = ? WHERE id > 0 AND gone_at IS NULL AND {where} "
        "AND id NOT IN (SELECT id FROM returned_ids)", (gone_at, *params))
    conn.execute("DELETE FROM returned_ids")


def noting_ids(rows: Iterable[dict[str, Any]], ids: list[int]) -> Iterator[dict[str, Any]]:
    """Pass rows through to executemany one at a time, remembering their ids.

    Streaming keeps only one decoded row alive at a time: a 100,000-row sync holding them all
    makes the garbage collector stop every thread (the GUI's too) for tens of milliseconds.
    """
    for row in rows:
        ids.append(row["id"])
        yield row
