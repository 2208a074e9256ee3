"""Check requests and responses against the Dollr contract (tests/contract/openapi.yaml).

Plain JSON Schema (2020-12, which OpenAPI 3.1 schemas are) over the contract, so a violation
message names the operation, the part (body/query/response) and the offending field.

Typical use in a test (the transports live in `validating_transport`)::

    transport = ValidatingTransport(httpx.AsyncHTTPTransport())   # or MockTransport/ASGITransport
    client = DollrClient(base_url, cid, secret, transport=transport)
    ...
    transport.assert_no_violations()

`ValidatingSyncTransport` does the same for a synchronous `httpx.Client`; `validate_request` /
`validate_response` check single messages; `openapi_examples.example_response(contract, method,
path)` builds a contract-valid reply (every optional field filled) for fakes.

Requests are checked strictly: a body or query field the contract does not name is a violation
(it catches typos in field names). Responses are checked leniently by default (a real server may
add fields); pass ``strict_responses=True`` to catch a simulator that invents fields.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import httpx
import yaml
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

CONTRACT_PATH = Path(__file__).with_name("openapi.yaml")
_HTTP_METHODS = ("get", "post", "put", "delete", "patch")
_STRICT_URI = "urn:dollr-openapi:strict"
_LENIENT_URI = "urn:dollr-openapi:lenient"

_format_checker = FormatChecker()


@_format_checker.checks("date-time", raises=ValueError)
def _is_datetime(value: object) -> bool:
    if not isinstance(value, str):
        return True
    datetime.fromisoformat(value.replace("Z", "+00:00"))
    if "T" not in value and " " not in value:
        raise ValueError("a date-time needs a time part")
    return True


@dataclass(frozen=True)
class Operation:
    method: str  # upper case
    path: str  # the template, e.g. /v1/invoices/retrieve/{id}
    operation_id: str
    spec: dict[str, Any] = field(repr=False, compare=False, hash=False)
    pattern: re.Pattern[str] = field(repr=False, compare=False, hash=False)

    @property
    def needs_auth(self) -> bool:
        return self.spec.get("security", [{"HTTPBearer": []}]) != []


# Fields Dollr's prose docs place in a response though the reconstructed contract has none: the
# sandbox returns them (documented in dollr_desktop/sandbox/README.md), the strict check allows them.
DOCUMENTED_EXTRAS: dict[str, dict[str, Any]] = {
    # "original_payment_intent_id ... from the collection execution response" (refund docs)
    "ExecutionResponse": {"payment_intent_id": {"anyOf": [{"type": "integer"}, {"type": "null"}]}},
}


def _forbid_unknown_properties(node: Any) -> Any:
    """Return a copy of a schema tree where every object schema lists its only allowed keys."""
    if isinstance(node, dict):
        out = {k: _forbid_unknown_properties(v) for k, v in node.items()}
        if "properties" in out and "additionalProperties" not in out:
            out["additionalProperties"] = False
        return out
    if isinstance(node, list):
        return [_forbid_unknown_properties(v) for v in node]
    return node


class Contract:
    """The loaded contract: operation lookup and schema validation."""

    def __init__(self, path: Path = CONTRACT_PATH) -> None:
        self.document: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
        strict = copy.deepcopy(self.document)
        for name, extras in DOCUMENTED_EXTRAS.items():
            strict["components"]["schemas"].get(name, {}).setdefault("properties", {}).update(extras)
        strict["components"]["schemas"] = _forbid_unknown_properties(
            strict["components"]["schemas"]
        )
        self._registry = Registry().with_resources(
            [
                (_STRICT_URI, Resource(contents=strict, specification=DRAFT202012)),
                (_LENIENT_URI, Resource(contents=self.document, specification=DRAFT202012)),
            ]
        )
        self.operations: list[Operation] = []
        for template, item in self.document["paths"].items():
            for method, spec in item.items():
                if method not in _HTTP_METHODS:
                    continue
                regex = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$"
                self.operations.append(
                    Operation(method.upper(), template, spec["operationId"], spec, re.compile(regex))
                )
        # literal segments win over parameters (…/retrieve/number/{n} before …/retrieve/{id})
        self.operations.sort(key=lambda op: op.path.count("{"))

    # -- lookup -------------------------------------------------------------------------------
    def find(self, method: str, path: str) -> Operation | None:
        for op in self.operations:
            if op.method == method.upper() and op.pattern.match(path):
                return op
        return None

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            schema = self._pointer(schema["$ref"])
        return schema

    def _pointer(self, ref: str) -> dict[str, Any]:
        node: Any = self.document
        for part in ref.lstrip("#/").split("/"):
            node = node[part]
        return node

    # -- schema checks ------------------------------------------------------------------------
    def schema_errors(self, schema: dict[str, Any], value: Any, *, strict: bool, where: str) -> list[str]:
        base = _STRICT_URI if strict else _LENIENT_URI
        wrapper = _rebase(schema, base)
        validator = Draft202012Validator(
            wrapper, registry=self._registry, format_checker=_format_checker
        )
        problems = []
        for error in sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path)):
            location = ".".join(str(p) for p in error.absolute_path) or "(root)"
            problems.append(f"{where} {location}: {error.message}")
        return problems

    # -- requests -----------------------------------------------------------------------------
    def validate_request(
        self,
        method: str,
        path: str,
        query: dict[str, Any] | Iterable[tuple[str, str]] | None = None,
        body: Any = None,
        *,
        has_body: bool | None = None,
        headers: dict[str, str] | httpx.Headers | None = None,
    ) -> list[str]:
        """Violations of one request (empty list = conforms). `query` values may be strings."""
        op = self.find(method, path)
        if op is None:
            return [f"{method.upper()} {path}: no such operation in the contract"]
        label = f"{op.method} {op.path}"
        problems: list[str] = []
        pairs = list(query.items()) if isinstance(query, dict) else list(query or [])
        problems += self._check_query(op, pairs, label)
        body_present = body is not None if has_body is None else has_body
        problems += self._check_body(op, body, body_present, label)
        if headers is not None and op.needs_auth:
            auth = httpx.Headers(headers).get("authorization", "")
            if not auth.startswith("Bearer ") or len(auth) <= len("Bearer "):
                problems.append(f"{label}: missing 'Authorization: Bearer <token>' header")
        return problems

    def _check_query(self, op: Operation, pairs: list[tuple[str, Any]], label: str) -> list[str]:
        problems: list[str] = []
        declared = {p["name"]: p for p in op.spec.get("parameters", []) if p["in"] == "query"}
        seen = {}
        for name, raw in pairs:
            if name in seen:
                problems.append(f"{label} query {name}: sent more than once")
            seen[name] = raw
        for name in seen.keys() - declared.keys():
            problems.append(f"{label} query {name}: not a parameter of this operation")
        for name, param in declared.items():
            if name not in seen:
                if param.get("required"):
                    problems.append(f"{label} query {name}: required parameter missing")
                continue
            schema = param.get("schema", {})
            value = self._coerce_query_value(schema, seen[name])
            problems += self.schema_errors(schema, value, strict=True, where=f"{label} query {name}")
        return problems

    def _coerce_query_value(self, schema: dict[str, Any], raw: Any) -> Any:
        """Query values travel as text; turn them into what the schema's types expect."""
        if not isinstance(raw, str):
            return raw
        types = self._types_of(schema)
        if "integer" in types and re.fullmatch(r"-?\d+", raw):
            return int(raw)
        if "number" in types:
            try:
                return float(raw)
            except ValueError:
                return raw
        if "boolean" in types and raw in ("true", "false"):
            return raw == "true"
        return raw

    def _types_of(self, schema: dict[str, Any]) -> set[str]:
        schema = self.resolve(schema)
        found: set[str] = set()
        if isinstance(schema.get("type"), str):
            found.add(schema["type"])
        elif isinstance(schema.get("type"), list):
            found.update(schema["type"])
        for key in ("anyOf", "oneOf", "allOf"):
            for sub in schema.get(key, []):
                found |= self._types_of(sub)
        return found

    def _check_body(self, op: Operation, body: Any, present: bool, label: str) -> list[str]:
        request_body = op.spec.get("requestBody")
        if request_body is None:
            return [f"{label}: the contract takes no request body, one was sent"] if present else []
        if not present:
            if request_body.get("required"):
                return [f"{label}: required JSON body missing"]
            return []
        schema = request_body["content"]["application/json"]["schema"]
        return self.schema_errors(schema, body, strict=True, where=f"{label} body")

    # -- responses ----------------------------------------------------------------------------
    def validate_response(
        self, method: str, path: str, status: int, body: Any, *, strict: bool = False
    ) -> list[str]:
        """Violations of one response. Undocumented error statuses (429, 5xx…) are not checked."""
        op = self.find(method, path)
        if op is None:
            return [f"{method.upper()} {path}: no such operation in the contract"]
        label = f"{op.method} {op.path} -> {status}"
        responses = op.spec["responses"]
        documented = responses.get(str(status)) or responses.get("default")
        if documented is None:
            if 200 <= status < 300:
                return [f"{label}: success status not in the contract"]
            return []
        content = documented.get("content", {}).get("application/json")
        if content is None:
            return []
        return self.schema_errors(content["schema"], body, strict=strict, where=f"{label} body")


def _rebase(schema: dict[str, Any], base: str) -> dict[str, Any]:
    """Point the schema's local refs at one of the registered copies of the contract."""
    if isinstance(schema, dict):
        out = {}
        for key, value in schema.items():
            if key == "$ref" and isinstance(value, str) and value.startswith("#"):
                out[key] = base + value
            else:
                out[key] = _rebase(value, base)  # type: ignore[arg-type]
        return out
    if isinstance(schema, list):
        return [_rebase(v, base) for v in schema]  # type: ignore[return-value]
    return schema


@lru_cache(maxsize=1)
def load_contract() -> Contract:
    return Contract()


def validate_request(method: str, path: str, query=None, body=None, **kw) -> list[str]:
    return load_contract().validate_request(method, path, query, body, **kw)


def validate_response(method: str, path: str, status: int, body: Any, **kw) -> list[str]:
    return load_contract().validate_response(method, path, status, body, **kw)


def all_operations() -> list[Operation]:
    return list(load_contract().operations)
