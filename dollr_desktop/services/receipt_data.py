"""What a printed receipt shows, parsed from Dollr's receipt (no Qt, no words).

`receipt_from_api()` turns an `InvoiceReceiptResponse` / `OrderReceiptResponse` (NOTES.md) into
`ReceiptData`: Decimal money exactly as Dollr sent it (never rounded), datetimes, plain text, and
the fees as the catalogue's fee lines. `ui/printing` words and lays it out.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, Mapping

from dollr_desktop.services.catalogue import FeeLine, fee_lines

log = logging.getLogger(__name__)


class SourceType(StrEnum):
    INVOICE = "INVOICE"
    ORDER = "ORDER"


def to_decimal(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        log.warning("Unreadable amount in receipt: %r", value)
        return None


def _text(value: Any) -> str | None:
    value = getattr(value, "value", value)  # enums that tolerate unknown values
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _when(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None


@dataclass(frozen=True)
class MerchantProfile:
    """Who issues the receipt. Settings supplies it; every field is printed escaped."""

    name: str
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    tax_id: str | None = None      # the TIN, printed when the business is tax-registered
    ebm_field: bool = False        # Rwanda: print the EBM receipt reference field
    logo_path: str | None = None   # the business's logo (a picture file), printed above its name


@dataclass(frozen=True)
class ReceiptLine:
    name: str
    qty: int
    unit_price: Decimal
    currency: str

    @property
    def line_total(self) -> Decimal:
        return self.unit_price * self.qty


@dataclass(frozen=True)
class ReceiptData:
    """Everything a printed receipt shows, already parsed: Decimal money, datetimes, plain text."""

    merchant: MerchantProfile
    source_type: SourceType
    source_id: int | None
    document_number: str
    currency: str
    total_amount: Decimal
    status: str = "PAID"
    paid_at: datetime | None = None
    customer_name: str = ""
    customer_phone: str | None = None
    customer_email: str | None = None
    items: tuple[ReceiptLine, ...] = ()
    fees: tuple[FeeLine, ...] = ()         # Dollr's amounts, named by kind (catalogue)
    fee_bearer: str | None = None          # PAYER or PAYEE
    payer_amount: Decimal | None = None
    payer_currency: str | None = None
    payee_amount: Decimal | None = None
    payee_currency: str | None = None
    fx_rate: Decimal | None = None
    fx_currency_from: str | None = None
    fx_currency_to: str | None = None
    payment_method: str | None = None
    payment_provider: str | None = None
    payer_account_name: str | None = None
    provider_transaction_id: str | None = None
    reference_id: str | None = None
    note: str | None = None
    receipt_url: str | None = None
    extra: Mapping[str, str] = field(default_factory=dict)
    breakdown: Any = None                  # services.breakdown.StoredBreakdown: taxes and discounts kept here
    plan_part: Any = None                  # services.plans.PartReceipt: an instalment's place in its plan
    language: str | None = None            # the customer's language (en/fr/rw) for words, numbers and dates

    @property
    def subtotal(self) -> Decimal:
        if not self.items:
            return self.total_amount
        return sum((line.line_total for line in self.items), Decimal(0))

    @property
    def total_paid(self) -> Decimal:
        return self.payer_amount if self.payer_amount is not None else self.total_amount

    @property
    def total_paid_currency(self) -> str:
        return self.payer_currency or self.currency

    @property
    def crosses_currencies(self) -> bool:
        pair = {c for c in (self.payer_currency, self.payee_currency, self.currency) if c}
        return len(pair) > 1 or (self.fx_currency_from or "") != (self.fx_currency_to or "")

    @property
    def fx_rate_label(self) -> str:
        """`1 LRD = 0.005391 USD (1 USD ≈ 185.49 LRD)`: the API's rate, and the way people say it."""
        if self.fx_rate is None or not self.fx_currency_from or not self.fx_currency_to:
            return ""
        text = f"1 {self.fx_currency_from} = {self.fx_rate.normalize():f} {self.fx_currency_to}"
        if 0 < self.fx_rate < 1:
            inverse = (1 / self.fx_rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
            text += f" (1 {self.fx_currency_to} ≈ {inverse:,f} {self.fx_currency_from})"
        return text


def receipt_from_api(raw: Any, source_type: SourceType | str, merchant: MerchantProfile,
                     receipt_url: str | None = None) -> ReceiptData:
    """Build `ReceiptData` from an Invoice/OrderReceiptResponse (pydantic model or dict)."""
    data: Mapping[str, Any] = raw.model_dump() if hasattr(raw, "model_dump") else dict(raw)
    kind = SourceType(_text(source_type) or "INVOICE")
    prefix = "invoice" if kind is SourceType.INVOICE else "order"
    currency = (_text(data.get("currency")) or "").upper()
    items = tuple(
        ReceiptLine(name=_text(item.get("name")) or "", qty=int(item.get("qty") or 0),
                    unit_price=to_decimal(item.get("amount")) or Decimal(0),
                    currency=(_text(item.get("currency")) or currency).upper())
        for item in (_as_dict(i) for i in data.get("items") or ())
    )
    fees = tuple(fee_lines(data, currency=currency))
    source_id = data.get(f"{prefix}_id")
    return ReceiptData(
        merchant=merchant, source_type=kind,
        source_id=int(source_id) if source_id is not None else None,
        document_number=_text(data.get(f"{prefix}_number")) or "",
        currency=currency,
        total_amount=to_decimal(data.get("total_amount")) or Decimal(0),
        status=_text(data.get("status")) or "",
        paid_at=_when(data.get("paid_at")) or _when(data.get("gateway_confirmed_at")),
        customer_name=_text(data.get("counterparty_name")) or "",
        customer_phone=_text(data.get("counterparty_phone")),
        customer_email=_text(data.get("counterparty_email")),
        items=items, fees=fees,
        fee_bearer=_text(data.get("fee_bearer")),
        payer_amount=to_decimal(data.get("payer_amount")),
        payer_currency=_text(data.get("payer_currency")),
        payee_amount=to_decimal(data.get("payee_amount")),
        payee_currency=_text(data.get("payee_currency")),
        fx_rate=to_decimal(data.get("fx_rate")),
        fx_currency_from=_text(data.get("fx_currency_from")),
        fx_currency_to=_text(data.get("fx_currency_to")),
        payment_method=_text(data.get("payment_method")),
        payment_provider=_text(data.get("payment_provider")),
        payer_account_name=_text(data.get("account_name")),
        provider_transaction_id=_text(data.get("provider_transaction_id")),
        reference_id=_text(data.get("reference_id")),
        note=_text(data.get("note")),
        receipt_url=receipt_url,
    )


def _as_dict(item: Any) -> Mapping[str, Any]:
    return item.model_dump() if hasattr(item, "model_dump") else item
