"""What the realtime peer publishes and which subscriptions receive it: the status table's
columns, `postgres_changes` binding ids and filters (`column=eq.x`, `neq`, `in.(a,b)`), and the
UPDATE change a matching channel is sent. No sockets here; `realtime_peer` does the talking.
"""
from __future__ import annotations

import json
import zlib
from datetime import datetime, timezone
from typing import Any

TABLE, SCHEMA = "checkout_payment_intent_public_status", "public"
COLUMNS = [{"name": "reference_id", "type": "uuid"}, {"name": "session_id", "type": "int8"},
           {"name": "source_type", "type": "text"}, {"name": "status", "type": "text"},
           {"name": "gateway_message", "type": "text"}, {"name": "updated_at", "type": "timestamptz"}]
ROW_KEYS = [column["name"] for column in COLUMNS]


def binding_id(binding: dict[str, Any]) -> int:
    """Stable per binding, like the server's :erlang.phash2 (a non-negative int below 2**27)."""
    return zlib.crc32(json.dumps(binding, sort_keys=True).encode()) % 2**27


def parse_filter(text: Any) -> tuple[str, str, str] | None:
    if not isinstance(text, str) or "=" not in text:
        return None
    column, _, rest = text.partition("=")
    op, dot, value = rest.partition(".")
    return (column, op, value) if column in ROW_KEYS and op in ("eq", "neq", "in") and dot else None


def binding_supported(binding: dict[str, Any]) -> bool:
    return (binding.get("schema") == SCHEMA and binding.get("table") in (TABLE, "*")
            and binding.get("event") in ("*", "INSERT", "UPDATE", "DELETE")
            and (binding.get("filter") is None or parse_filter(binding["filter"]) is not None))


def binding_matches(binding: dict[str, Any], record: dict[str, Any]) -> bool:
    if not binding_supported(binding) or binding.get("event") not in ("*", "UPDATE"):
        return False
    if binding.get("filter") is None:
        return True
    column, op, value = parse_filter(binding["filter"])  # type: ignore[misc]
    actual = "" if record.get(column) is None else str(record.get(column))
    if op == "in":
        return actual in [v.strip() for v in value.strip("()").split(",")]
    return (actual == value) == (op == "eq")


def status_record(row: dict[str, Any]) -> dict[str, Any]:
    """An execution row from the sandbox state as the table's record (JSON values only)."""
    return {key: jsonable(row.get(key)) for key in ROW_KEYS}


def update_change(record: dict[str, Any]) -> dict[str, Any]:
    """The `data` of a `postgres_changes` UPDATE push carrying `record`."""
    return {"schema": SCHEMA, "table": TABLE, "commit_timestamp": commit_timestamp(),
            "type": "UPDATE", "columns": COLUMNS, "record": record,
            "old_record": {"reference_id": record.get("reference_id")}, "errors": None}


def jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(getattr(value, "value", value))


def commit_timestamp() -> str:
    now = datetime.now(timezone.utc)
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"
