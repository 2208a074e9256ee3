"""Invoices and orders: the same twelve operations for each kind."""
from __future__ import annotations

from typing import Optional

from fastapi import APIRouter

from dollr_desktop.sandbox import documents as docs
from dollr_desktop.sandbox import serializers as ser
from dollr_desktop.sandbox.errors import parse_object_id
from dollr_desktop.sandbox.list_response import json_list
from dollr_desktop.sandbox.schemas import (AddItem, CreateDocument, QueryCurrency, SourceStatus, UpdateDocument,
                                           UpdateItem)
from dollr_desktop.sandbox.state import SandboxState


def _ts(value) -> float | None:
    return None if value is None else value.timestamp()


def documents_router(state: SandboxState, kind: str) -> APIRouter:
    router = APIRouter()
    plural = {"INVOICE": "invoices", "ORDER": "orders"}[kind]
    word = docs.KIND_WORD[kind]
    parent = {"INVOICE": "invoice_id", "ORDER": "order_id"}[kind]
    number_param = {"INVOICE": "invoice_number", "ORDER": "order_number"}[kind]
    base = f"/v1/{plural}"

    def load(raw_id: str) -> dict:
        return docs.get_document(state, kind, parse_object_id(raw_id, word))

    @router.post(f"{base}/create")
    async def create(body: CreateDocument):
        fields = body.model_dump()
        fields["due_date"] = _ts(body.due_date)
        return ser.document(docs.create_document(state, kind, **fields))

    @router.get(f"{base}/list")
    async def list_(currency: Optional[QueryCurrency] = None, status: Optional[SourceStatus] = None):
        rows = docs.list_documents(state, kind, currency, status.value if status else None)
        return json_list([ser.document(d) for d in sorted(rows, key=lambda d: d["id"], reverse=True)])

    @router.get(f"{base}/retrieve/{{id}}")
    async def retrieve(id: str):
        return docs.detail(state, load(id))

    async def retrieve_by_number(number: str):
        return docs.detail(state, docs.find_by_number(state, kind, number))

    router.add_api_route(f"{base}/retrieve/number/{{{number_param}}}", _with_param(retrieve_by_number, number_param),
                         methods=["GET"])

    @router.put(f"{base}/update/{{id}}")
    async def update(id: str, body: UpdateDocument):
        changes = body.model_dump(exclude_unset=True)
        if "due_date" in changes:
            changes["due_date"] = _ts(body.due_date)
        return ser.document(docs.update_document(state, load(id), changes=changes))

    async def add_item(doc_id: str, body: AddItem):
        return ser.item(docs.add_item(state, load(doc_id), loc_name=parent, **body.model_dump()))

    async def update_item(doc_id: str, id: str, body: UpdateItem):
        doc = load(doc_id)
        item = docs.get_item(state, doc, parse_object_id(id, "Item"))
        changes = body.model_dump(exclude_unset=True)
        return ser.item(docs.update_item(state, doc, item, changes=changes, loc_name=parent))

    async def remove_item(doc_id: str, id: str):
        doc = load(doc_id)
        item = docs.get_item(state, doc, parse_object_id(id, "Item"))
        docs.remove_item(state, doc, item, loc_name=parent)
        return {}

    router.add_api_route(f"{base}/{{{parent}}}/items/add", _with_param(add_item, parent), methods=["POST"])
    router.add_api_route(f"{base}/{{{parent}}}/items/{{id}}/update", _with_param(update_item, parent),
                         methods=["PUT"])
    router.add_api_route(f"{base}/{{{parent}}}/items/{{id}}/remove", _with_param(remove_item, parent),
                         methods=["DELETE"])

    @router.put(f"{base}/publish/{{id}}")
    async def publish(id: str):
        return ser.document(docs.publish(state, load(id)))

    @router.delete(f"{base}/cancel/{{id}}")
    async def cancel(id: str):
        return ser.document(docs.cancel(state, load(id)))

    @router.get(f"{base}/receipt/{{id}}")
    async def receipt(id: str):
        return docs.receipt(state, load(id))

    async def receipt_by_number(number: str):
        return docs.receipt(state, docs.find_by_number(state, kind, number))

    router.add_api_route(f"{base}/receipt/number/{{{number_param}}}", _with_param(receipt_by_number, number_param),
                         methods=["GET"])
    return router


def _with_param(fn, name: str):
    """Rename fn's first parameter to the path parameter's contract name (invoice_id vs order_id)."""
    import inspect

    sig = inspect.signature(fn)
    params = list(sig.parameters.values())
    params[0] = params[0].replace(name=name)

    async def wrapper(**kwargs):
        first = kwargs.pop(name)
        return await fn(first, **kwargs)

    wrapper.__signature__ = sig.replace(parameters=params)
    wrapper.__name__ = fn.__name__
    return wrapper
