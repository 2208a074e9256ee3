"""Contract-valid example values, built from the schemas of tests/contract/openapi.yaml.

`example_response(load_contract(), method, path)` is a reply a fake server can send: it passes
strict response validation, with every optional field filled (ids as integers, money as decimal
text, phones as digits).
"""
from __future__ import annotations

from typing import Any

from tests.contract.openapi_validation import Contract


def example(contract: Contract, schema: dict[str, Any], *, optional: bool = True, name: str = "") -> Any:
    """A value that satisfies `schema`; with `optional`, every optional field is filled too."""
    schema = contract.resolve(schema)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            variants = [v for v in schema[key] if contract.resolve(v).get("type") != "null"]
            if name == "id" or name.endswith("_id"):  # ids typed number|integer are integers
                variants.sort(key=lambda v: contract.resolve(v).get("type") != "integer")
            return example(contract, variants[0], optional=optional, name=name)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        required = set(schema.get("required", []))
        return {
            prop: example(contract, sub, optional=optional, name=prop)
            for prop, sub in schema.get("properties", {}).items()
            if optional or prop in required
        }
    if kind == "array":
        return [example(contract, schema.get("items", {}), optional=optional, name=name)]
    if kind == "integer":
        return max(7, int(schema.get("minimum", 0)))
    if kind == "number":
        return 12.5
    if kind == "boolean":
        return True
    if kind == "string":
        if schema.get("format") == "date-time":
            return "2025-03-04T05:06:07Z"
        if "pattern" in schema and "1-9" in schema["pattern"]:
            return "231770000001"
        if "currency" in name or (schema.get("minLength") == 3 and schema.get("maxLength") == 3):
            return "LRD"
        if any(hint in name for hint in ("amount", "fee", "percentage", "rate")):
            return "12.50"  # money the contract carries as decimal text
        if schema.get("minLength", 0) > 4:  # phone numbers: digits, 8-15 long
            return "231770000001"
        return "text"
    return {}

def example_response(contract: Contract, method: str, path: str, status: int = 200) -> Any:
    op = contract.find(method, path)
    assert op is not None, f"{method} {path} is not in the contract"
    schema = op.spec["responses"][str(status)]["content"]["application/json"]["schema"]
    return example(contract, schema)
