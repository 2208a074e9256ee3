"""Invoices and orders, as the editor and the lists need them (no Qt).

`DocumentDraft` is what the editor holds; `InvoicingService` turns it into API calls (create,
update, item add/update/remove, publish, cancel), keeps the local cache current, and sends a
draft through the store's outbox when Dollr cannot be reached.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum


class DocumentKind(StrEnum):
    INVOICE = "INVOICE"
    ORDER = "ORDER"

    @property
    def label(self) -> str:
        return "Invoice" if self is DocumentKind.INVOICE else "Order"


class DocumentStatus(StrEnum):
    IDLE = "IDLE"
    ACTIVE = "ACTIVE"
    PROCESSING = "PROCESSING"
    PAID = "PAID"
    CANCELED = "CANCELED"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {
    DocumentStatus.IDLE: "Draft",
    DocumentStatus.ACTIVE: "Published",
    DocumentStatus.PROCESSING: "Processing",
    DocumentStatus.PAID: "Paid",
    DocumentStatus.CANCELED: "Canceled",
}

FEE_BEARER_WORDS = {
    "PAYER": "The customer pays the fees on top of the total.",
    "PAYEE": "You pay the fees: they come out of what you receive.",
}


def status_label(status: str | None, local_state: str | None = None) -> str:
    if local_state and local_state.upper() in {"QUEUED", "PENDING", "LOCAL", "SENDING", "FAILED"}:
        return "Not yet sent"
    try:
        return DocumentStatus(status).label
    except ValueError:
        return (status or "").title()


@dataclass
class DraftItem:
    name: str
    qty: int
    amount: Decimal
    item_id: int | None = None     # the server's id once sent
    dirty: bool = False            # edited since it was last sent

    @property
    def line_total(self) -> Decimal:
        return self.amount * self.qty


@dataclass
class DocumentDraft:
    kind: DocumentKind
    counterparty_id: int | None = None
    counterparty_name: str = ""
    currency: str = "LRD"
    note: str = ""
    fee_bearer: str = "PAYER"
    due_date: date | None = None
    as_payment_link: bool = True
    items: list[DraftItem] = field(default_factory=list)
    id: int | None = None
    number: str = ""
    status: str = DocumentStatus.IDLE
    local_key: str | None = None     # set while the draft waits in the outbox
    removed_item_ids: list[int] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return sum((item.line_total for item in self.items), Decimal(0))

    @property
    def editable(self) -> bool:
        return self.status == DocumentStatus.IDLE

    @property
    def cancelable(self) -> bool:
        return self.id is not None and self.status in (DocumentStatus.IDLE, DocumentStatus.ACTIVE)

    @property
    def sent(self) -> bool:
        return self.id is not None


@dataclass(frozen=True)
class FeeLine:
    label: str
    amount: Decimal
    currency: str


@dataclass(frozen=True)
class FeePreview:
    customer_pays: Decimal
    customer_currency: str
    merchant_receives: Decimal
    merchant_currency: str
    fees: list[FeeLine]
    payment_method: str
