"""JSON in and out without ever turning money into a float."""
from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from pydantic import BaseModel


def loads(data: bytes | str) -> Any:
    """Parse a response body; JSON numbers with a fraction become Decimal, integers stay int."""
    return json.loads(data, parse_float=Decimal)


def decimal_text(value: Decimal) -> str:
    if not value.is_finite():
        raise ValueError(f"not a finite amount: {value}")
    return format(value, "f")


def to_wire(value: Any) -> Any:
    """Plain JSON-ready data; Decimals are left in place for `dumps` to write as numbers."""
    if isinstance(value, BaseModel):
        return to_wire(value.model_dump(mode="python", exclude_none=True))
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Mapping):
        return {str(k): to_wire(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_wire(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def dumps(value: Any) -> bytes:
    """Serialise a request body. A Decimal is written as a JSON number with its exact digits."""
    marker = f"@@dollr-decimal-{uuid.uuid4().hex}@@"
    found: dict[str, str] = {}

    def default(obj: Any) -> Any:
        if isinstance(obj, Decimal):
            key = f"{marker}{len(found)}"
            found[key] = decimal_text(obj)
            return key
        raise TypeError(f"{type(obj).__name__} is not JSON serialisable")

    text = json.dumps(to_wire(value), default=default, ensure_ascii=False, separators=(",", ":"))
    for key, number in found.items():
        text = text.replace(f'"{key}"', number)
    return text.encode("utf-8")
