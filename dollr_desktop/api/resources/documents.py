"""Invoices (`/v1/invoices`) and orders (`/v1/orders`): the same operations, two names."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Generic, TypeVar

from pydantic import BaseModel

from ..models import (
    DeletedResponse,
    FeeBearer,
    InvoiceDetailResponse,
    InvoiceItemResponse,
    InvoiceReceiptResponse,
    InvoiceResponse,
    OrderDetailResponse,
    OrderItemResponse,
    OrderReceiptResponse,
    OrderResponse,
    SourceStatus,
)
from .base import UNSET, Resource, body, iso, list_parser, parser, patch, seg

Doc = TypeVar("Doc", bound=BaseModel)
Detail = TypeVar("Detail", bound=BaseModel)
Item = TypeVar("Item", bound=BaseModel)
Receipt = TypeVar("Receipt", bound=BaseModel)


class _DocumentsResource(Resource, Generic[Doc, Detail, Item, Receipt]):
    _base: str
    _doc: type[Doc]
    _detail: type[Detail]
    _item: type[Item]
    _receipt: type[Receipt]

    async def create(
        self,
        *,
        counterparty_id: int,
        currency: str,
        note: str,
        fee_bearer: FeeBearer | str,
        as_payment_link: bool,
        reference_id: str | None = None,
        due_date: datetime | str | None = None,
    ) -> Doc:
        payload = body(
            counterparty_id=int(counterparty_id), currency=currency, note=note,
            fee_bearer=fee_bearer, as_payment_link=bool(as_payment_link),
            reference_id=reference_id, due_date=iso(due_date),
        )
        return await self._send("POST", f"{self._base}/create", parser(self._doc), payload)

    async def list(
        self, currency: str | None = None, status: SourceStatus | str | None = None
    ) -> list[Doc]:
        return await self._get(f"{self._base}/list", list_parser(self._doc), currency=currency, status=status)

    async def retrieve(self, id: int | str) -> Detail:
        return await self._get(f"{self._base}/retrieve/{seg(id)}", parser(self._detail))

    async def retrieve_by_number(self, number: str) -> Detail:
        return await self._get(f"{self._base}/retrieve/number/{seg(number)}", parser(self._detail))

    async def update(
        self,
        id: int | str,
        *,
        reference_id: str | None = UNSET,
        note: str | None = UNSET,
        fee_bearer: FeeBearer | str | None = UNSET,
        due_date: datetime | str | None = UNSET,
    ) -> Doc:
        payload = patch(
            reference_id=reference_id, note=note, fee_bearer=fee_bearer,
            due_date=due_date if due_date is UNSET else iso(due_date),
        )
        return await self._send("PUT", f"{self._base}/update/{seg(id)}", parser(self._doc), payload)

    async def add_item(
        self, document_id: int | str, *, name: str, currency: str, qty: int, amount: Decimal | int | str
    ) -> Item:
        payload = {"name": name, "currency": currency, "qty": int(qty), "amount": _amount(amount)}
        return await self._send(
            "POST", f"{self._prefix(document_id)}/items/add", parser(self._item), payload
        )

    async def update_item(
        self,
        document_id: int | str,
        item_id: int | str,
        *,
        name: str | None = UNSET,
        qty: int | None = UNSET,
        amount: Decimal | int | str | None = UNSET,
    ) -> Item:
        payload = patch(
            name=name,
            qty=qty if qty is UNSET or qty is None else int(qty),
            amount=amount if amount is UNSET or amount is None else _amount(amount),
        )
        return await self._send(
            "PUT", f"{self._prefix(document_id)}/items/{seg(item_id)}/update", parser(self._item), payload
        )

    async def remove_item(self, document_id: int | str, item_id: int | str) -> DeletedResponse:
        return await self._send(
            "DELETE", f"{self._prefix(document_id)}/items/{seg(item_id)}/remove",
            parser(DeletedResponse), has_body=False,
        )

    async def publish(self, id: int | str) -> Doc:
        """IDLE → ACTIVE: the document is locked and can be paid."""
        return await self._send("PUT", f"{self._base}/publish/{seg(id)}", parser(self._doc), has_body=False)

    async def cancel(self, id: int | str) -> Doc:
        """IDLE/ACTIVE → CANCELED (terminal)."""
        return await self._send("DELETE", f"{self._base}/cancel/{seg(id)}", parser(self._doc), has_body=False)

    async def receipt(self, id: int | str) -> Receipt:
        return await self._get(f"{self._base}/receipt/{seg(id)}", parser(self._receipt))

    async def receipt_by_number(self, number: str) -> Receipt:
        return await self._get(f"{self._base}/receipt/number/{seg(number)}", parser(self._receipt))

    def _prefix(self, document_id: int | str) -> str:
        return f"{self._base}/{seg(document_id)}"


class InvoicesResource(
    _DocumentsResource[InvoiceResponse, InvoiceDetailResponse, InvoiceItemResponse, InvoiceReceiptResponse]
):
    _base = "/v1/invoices"
    _doc = InvoiceResponse
    _detail = InvoiceDetailResponse
    _item = InvoiceItemResponse
    _receipt = InvoiceReceiptResponse


class OrdersResource(
    _DocumentsResource[OrderResponse, OrderDetailResponse, OrderItemResponse, OrderReceiptResponse]
):
    _base = "/v1/orders"
    _doc = OrderResponse
    _detail = OrderDetailResponse
    _item = OrderItemResponse
    _receipt = OrderReceiptResponse


def _amount(value: Decimal | int | str) -> Decimal | int:
    """An item amount goes out as a JSON number (the contract's `Amount`), never a float."""
    if isinstance(value, bool):
        raise TypeError("an amount cannot be a boolean")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        raise TypeError("pass money as Decimal or str, not float")
    return Decimal(str(value))
