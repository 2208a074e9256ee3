"""Receipts for PAID invoices and orders: fetch, cache, and turn into plain `ReceiptData`.

No Qt here. `ui/printing` renders `ReceiptData`; this module only knows the API's receipt shape
(`InvoiceReceiptResponse` / `OrderReceiptResponse`, see NOTES.md) and the merchant's details.
Offline, a receipt fetched once before is rebuilt from the cache, so reprints work without a
network.
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, Mapping

from dollr_desktop.api import errors
from dollr_desktop.services.receipts_cache import ReceiptsCache, StoreReceipts

log = logging.getLogger(__name__)


class SourceType(StrEnum):
    INVOICE = "INVOICE"
    ORDER = "ORDER"


# ISO 4217 minor units for the currencies the app meets; anything else gets 2.
_MINOR_UNITS = {"RWF": 0, "JPY": 0, "XOF": 0, "XAF": 0, "UGX": 0, "KRW": 0}

# Payment method -> (how the customer paid, the operator/network that carried it).
_METHODS = {
    "MTN_MOMO_LBR": ("Mobile money", "MTN MoMo Liberia"),
    "ORANGE_MONEY_LBR": ("Mobile money", "Orange Money Liberia"),
    "MTN_MOMO_RWA": ("Mobile money", "MTN MoMo Rwanda"),
    "AIRTEL_RWA": ("Mobile money", "Airtel Money Rwanda"),
    "ORANGE_MONEY_RWA": ("Mobile money", "Orange Money Rwanda"),
    "CREDIT_CARD": ("Card", "Card network"),
    "WALLET": ("Dollr wallet", "Dollr"),
}
_PROVIDERS = {"PAWAPAY": "pawaPay", "STRIPE": "Stripe", "PLATFORM": "Dollr"}


def minor_units(currency: str | None) -> int:
    return _MINOR_UNITS.get((currency or "").upper(), 2)


def format_money(amount: Decimal | None, currency: str | None) -> str:
    """`1,234.50 LRD`, `12,000 RWF`: the currency's own decimals, half-up, thousands separators
    (the same shape as `ui/money.py`, which services may not import)."""
    if amount is None:
        return ""
    places = minor_units(currency)
    quantum = Decimal(1).scaleb(-places)
    rounded = amount.quantize(quantum, rounding=ROUND_HALF_UP)
    text = f"{rounded:,.{places}f}"
    return f"{text} {(currency or '').upper()}".strip()


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
    tax_id: str | None = None


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
class ReceiptFee:
    label: str
    amount: Decimal
    currency: str


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
    fees: tuple[ReceiptFee, ...] = ()
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
    def fees_borne_by(self) -> str:
        return {"PAYER": "Paid by the customer", "PAYEE": "Paid by the merchant"}.get(
            (self.fee_bearer or "").upper(), "")

    @property
    def crosses_currencies(self) -> bool:
        pair = {c for c in (self.payer_currency, self.payee_currency, self.currency) if c}
        return len(pair) > 1 or (self.fx_currency_from or "") != (self.fx_currency_to or "")

    @property
    def method_label(self) -> str:
        kind, _ = _METHODS.get((self.payment_method or "").upper(), (None, None))
        return kind or (self.payment_method or "").replace("_", " ").title()

    @property
    def operator_label(self) -> str:
        """The network that carried the money, and the provider behind it when different."""
        operator = _METHODS.get((self.payment_method or "").upper(), (None, None))[1]
        raw_provider = (self.payment_provider or "").upper()
        provider = (_PROVIDERS.get(raw_provider) or _METHODS.get(raw_provider, (None, None))[1]
                    or self.payment_provider or "")
        if operator and provider and operator != provider:
            return f"{operator} via {provider}"
        return operator or provider

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
    fee_fallback = _text(data.get("payer_currency")) or currency
    fees = tuple(
        ReceiptFee(label, amount, (_text(data.get(cur_key)) or fee_fallback).upper())
        for label, amount_key, cur_key in (
            ("Platform fee", "platform_fee", "platform_currency"),
            ("Network fee", "gateway_fee", "gateway_currency"),
            ("Exchange fee", "fx_fee", "fx_currency_to"),
        )
        if (amount := to_decimal(data.get(amount_key)))  # absent or zero: nothing to show
    )
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


class ReceiptService:
    """Fetch receipts for PAID documents, falling back to the cache when the network is down.

    `client` is a DollrClient. Receipts are cached in the store's receipts table when a `store`
    is given, else in a JSON `ReceiptsCache` in the data folder.
    """

    def __init__(self, client: Any, merchant: MerchantProfile, *, store: Any = None,
                 cache: ReceiptsCache | StoreReceipts | None = None) -> None:
        self._client = client
        self.merchant = merchant
        if cache is None:
            cache = StoreReceipts(store) if store is not None else ReceiptsCache()
        self._cache = cache

    async def fetch(self, source_type: SourceType | str, source_id: int | str) -> ReceiptData:
        """The receipt of a PAID invoice/order by id; the cached copy if the API can't be reached."""
        kind = SourceType(_text(source_type))
        resource = self._client.invoices if kind is SourceType.INVOICE else self._client.orders
        return await self._fetch(kind, str(source_id), lambda: resource.receipt(str(source_id)))

    async def fetch_by_number(self, source_type: SourceType | str, number: str) -> ReceiptData:
        """The same by document number (INV-.../ORD-...); offline, no cache lookup by number."""
        kind = SourceType(_text(source_type))
        resource = self._client.invoices if kind is SourceType.INVOICE else self._client.orders
        return await self._fetch(kind, None, lambda: resource.receipt_by_number(number))

    async def _fetch(self, kind: SourceType, key: str | None, call: Any) -> ReceiptData:
        prefix = "invoice" if kind is SourceType.INVOICE else "order"
        try:
            raw_dict = _jsonable(await call())
            number = raw_dict.get(f"{prefix}_number")
            url = await self.receipt_link(kind, number) if number else None
        except Exception as exc:
            if not _is_offline(exc) or key is None:
                raise
            cached = await asyncio.to_thread(self._cache.get, kind.value, key)
            if cached is None:
                raise
            log.info("Offline: %s %s receipt rebuilt from the cache", kind.value, key)
            return receipt_from_api(cached["receipt"], kind, self.merchant, cached.get("url"))
        key = str(raw_dict.get(f"{prefix}_id", key))
        await asyncio.to_thread(self._cache.put, kind.value, key, {"receipt": raw_dict,
                                                                   "url": url})
        return receipt_from_api(raw_dict, kind, self.merchant, url)

    async def receipts_between(self, start: datetime, end: datetime) -> list[ReceiptData]:
        """Receipts of documents paid in [start, end), oldest first, for batch export.

        Lists PAID invoices and orders, then uses the cached receipt or fetches it (a paid
        receipt never changes). Offline, the cached receipts in the range are the answer.
        """
        try:
            wanted: list[tuple[SourceType, Any]] = []
            for kind, resource in ((SourceType.INVOICE, self._client.invoices),
                                   (SourceType.ORDER, self._client.orders)):
                for doc in await resource.list(status="PAID"):
                    paid = _when(getattr(doc, "paid_at", None))
                    if paid is not None and start <= _aware_like(paid, start) < end:
                        wanted.append((kind, doc.id))
        except Exception as exc:
            if not _is_offline(exc):
                raise
            return await asyncio.to_thread(self.cached_between, start, end)
        found = []
        for kind, doc_id in wanted:
            cached = await asyncio.to_thread(self.cached, kind, doc_id)
            found.append(cached if cached is not None else await self.fetch(kind, doc_id))
        return sorted(found, key=lambda d: _aware_like(d.paid_at or start, start))

    async def receipt_link(self, source_type: SourceType | str, source_number: str) -> str | None:
        """Dollr's public receipt page for the QR code; None when the API won't give one."""
        try:
            link = await self._client.links.receipt(_text(source_type), source_number)
        except Exception as exc:
            if _is_offline(exc):
                raise
            log.warning("No receipt link for %s %s: %s", source_type, source_number, exc)
            return None
        url = getattr(link, "url", None) or (link.get("url") if isinstance(link, dict) else None)
        if not url or not str(url).lower().startswith(("https://", "http://")):
            if url:  # a QR code must only ever open a web page
                log.warning("Ignoring a receipt link that is not a web address: %.40r", url)
            return None
        return str(url)

    def cached(self, source_type: SourceType | str, source_id: int | str) -> ReceiptData | None:
        """Blocking: the cached receipt, for reprints from history. Call via asyncio.to_thread."""
        kind = SourceType(_text(source_type))
        entry = self._cache.get(kind.value, str(source_id))
        if entry is None:
            return None
        return receipt_from_api(entry["receipt"], kind, self.merchant, entry.get("url"))

    def cached_between(self, start: datetime, end: datetime) -> list[ReceiptData]:
        """Blocking: cached receipts paid in [start, end), oldest first, for batch export."""
        found = []
        for kind, _key, entry in self._cache.entries():
            data = receipt_from_api(entry["receipt"], kind, self.merchant, entry.get("url"))
            if data.paid_at is not None and start <= _aware_like(data.paid_at, start) < end:
                found.append(data)
        return sorted(found, key=lambda d: _aware_like(d.paid_at, start))


def _aware_like(value: datetime, other: datetime) -> datetime:
    """Compare naive and aware datetimes sensibly: naive values are taken as UTC."""
    if (value.tzinfo is None) == (other.tzinfo is None):
        return value
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).replace(tzinfo=None)


def _jsonable(raw: Any) -> dict[str, Any]:
    if hasattr(raw, "model_dump"):
        return raw.model_dump(mode="json")
    return {k: (str(v) if isinstance(v, Decimal) else v) for k, v in dict(raw).items()}


def _is_offline(exc: BaseException) -> bool:
    """Connection trouble (not a 4xx): the cached receipt is the honest answer then."""
    return isinstance(exc, (errors.ApiConnectionError, ConnectionError, TimeoutError))
