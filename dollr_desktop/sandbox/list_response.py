"""A list endpoint's JSON, encoded element by element.

In practice mode the sandbox runs in the app's own process. `json.dumps` of a 10,000-invoice
list is one C call that holds the GIL for tens of milliseconds, freezing the app's window while
it syncs; encoded one element at a time, the interpreter hands the GIL back between elements.
The bytes are the same as FastAPI's own JSONResponse would send.
"""
from __future__ import annotations

import json
from typing import Any

from fastapi.encoders import jsonable_encoder
from fastapi.responses import Response


def json_list(items: list[Any]) -> Response:
    dumps = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode
    body = "[" + ",".join(dumps(jsonable_encoder(item)) for item in items) + "]"
    return Response(body.encode("utf-8"), media_type="application/json")
