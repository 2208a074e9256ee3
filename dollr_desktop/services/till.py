"""The till: a basket of saved items charged in one step (no Qt).

`Basket` is what the sale screen holds. `TillService.charge()` turns it into a published, payable
order with its items in one call (Dollr's checkout: it finds the customer's contact by phone, or
makes it), remembers which saved items the sale took, and hands back the `Sale` to collect.
`take_stock()` lowers the items' stock once the sale is paid, once.

With the customer's number typed, `preview()` detects the operator and asks Dollr what the
customer pays for the basket's total, before anything is made; Charge then makes the order and,
when Dollr's quote for it is the one the merchant saw, sends the push at once (`push()`, through
the one money path: `CollectionService.collect` → `execute_once`). A different quote sends
nothing: the collect dialog shows it for the merchant to confirm.
"""
from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from dollr_desktop.services.problems import Problem
from dollr_desktop.store.saved_items import SaleLine, SavedItem


@dataclass
class BasketLine:
    item_id: int | None
    name: str
    price: Decimal
    qty: int = 1
    code: str | None = None

    @property
    def total(self) -> Decimal:
        return self.price * self.qty


@dataclass
class Basket:
    currency: str
    lines: list[BasketLine] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return sum((line.total for line in self.lines), Decimal(0))

    @property
    def count(self) -> int:
        return sum(line.qty for line in self.lines)

    def add(self, item: SavedItem, qty: int = 1) -> BasketLine:
        """One more of this item (a second scan adds to its line). Problem if it has no price here."""
        price = item.price(self.currency)
        if price is None:
            raise Problem("till.no_price", name=item.name, currency=self.currency)
        for line in self.lines:
            if line.item_id == item.id:
                line.qty += qty
                return line
        line = BasketLine(item.id, item.name, price, qty, item.code)
        self.lines.append(line)
        return line

    def set_qty(self, index: int, qty: int) -> None:
        if qty <= 0:
            del self.lines[index]
        else:
            self.lines[index].qty = qty

    def clear(self) -> None:
        self.lines.clear()


@dataclass(frozen=True)
class Sale:
    """A charged basket: the order Dollr made, its hosted page, and who pays."""

    source_type: str
    source_id: int
    source_number: str
    total: Decimal
    currency: str
    phone: str
    customer_name: str
    counterparty_id: int | None
    link: Any   # payment_links.PaymentLink
    lines: tuple[SaleLine, ...] = ()


def line_name(line: BasketLine) -> str:
    """Dollr's checkout items carry no quantity: '3 × Soap' at three times the price."""
    return line.name if line.qty == 1 else f"{line.qty} × {line.name}"


@dataclass(frozen=True)
class ChargePreview:
    """What the merchant sees before Charge: the operator, and what the customer pays."""

    phone: str
    total: Decimal
    currency: str            # the basket's
    detection: Any           # collection.PayerDetection
    payer_amount: Decimal
    payer_currency: str
    payee_amount: Decimal
    payee_currency: str


class TillService:
    def __init__(self, links: Any, contacts: Any, store: Any, *, collection: Any = None, client: Any = None) -> None:
        self.links, self.contacts, self.store = links, contacts, store
        self.collection, self.client = collection, client

    async def preview(self, total: Decimal, currency: str, phone: str) -> ChargePreview:
        """The operator of this number and Dollr's quote for `total`; nothing is made on the server."""
        detection = await self.collection.detect(phone)
        payer_currency = (currency if currency in detection.currencies or not detection.currencies
                          else detection.currencies[0])
        quote = await self.client.predictions.amount_and_fees(
            base_amount=total, base_currency=currency, target_currency=payer_currency,
            payment_method=detection.payment_method, operation_type="COLLECTION", provider=detection.provider,
            fee_bearer="PAYER")
        return ChargePreview(phone, total, currency, detection, Decimal(str(quote.payer_amount)), quote.payer_currency,
                             Decimal(str(quote.payee_amount)), quote.payee_currency)

    async def push(self, sale: Sale, preview: ChargePreview) -> Any:
        """The push for this sale, when Dollr's quote for the order is the one previewed: the journal
        entry sent (or in flight). None when the quote differs: nothing was sent."""
        from dollr_desktop.api import errors as api_errors

        plan = await self.collection.plan(sale.source_type, sale.source_id, preview.phone,
                                          currency=preview.payer_currency, detection=preview.detection)
        quote = plan.quote
        if (Decimal(str(quote.payer_amount)), quote.payer_currency) != (preview.payer_amount, preview.payer_currency):
            return None
        try:
            return await self.collection.collect(plan)
        except api_errors.OutcomeUnknownError:   # it may have left: follow it, never send it again
            return await self.collection.pending_for(sale.source_type, sale.source_id)

    async def find_contact(self, phone: str) -> Any:
        """The saved contact with exactly this number (digits, E.164 without '+'), or None."""
        digits = re.sub(r"\D", "", phone or "")
        if len(digits) < 6:
            return None
        matches = await asyncio.to_thread(self.store.contacts.search, digits, 10)
        for contact in matches:
            if re.sub(r"\D", "", contact.phone or "") == digits:
                return contact
        return None

    async def charge(self, basket: Basket, *, phone: str, customer_name: str = "",
                     counterparty_id: int | None = None) -> Sale:
        """The order with its items, published and payable, in one call; then the sale remembered."""
        if not basket.lines:
            raise Problem("till.basket_empty")
        if not phone:
            raise Problem("till.phone_missing", field="phone")
        currency = basket.currency
        link = await self.links.quick_sale(
            party_phone=phone, party_name=customer_name or None, currency=currency,
            items=[(line_name(line), line.total) for line in basket.lines], note=None)
        lines = tuple(SaleLine(line.item_id, line.name, line.qty, line.price) for line in basket.lines)
        await asyncio.to_thread(self.store.items.record_sale, link.source_type, link.source_id, currency, lines)
        return Sale(link.source_type, link.source_id, link.source_number, basket.total, currency, phone,
                    customer_name, counterparty_id, link, lines)

    async def take_stock(self, source_type: str, source_id: int) -> bool:
        """Paid: the stock of the sale's items goes down (once; False if not a till sale or done)."""
        return await asyncio.to_thread(self.store.items.take_stock, source_type, int(source_id))
