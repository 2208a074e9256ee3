"""Taxes and discounts: what the merchant sees, and the lines Dollr can hold (no Qt, no words).

Dollr's items carry only a name, a currency, a quantity and a positive amount, so the app keeps
taxes and discounts itself and sends Dollr lines whose sum is, to the last unit, the total shown:

- a discount is folded into its line's price (the line's net is what is sent);
- each tax rate becomes one positive line of its own (qty 1), named by the UI.

The rounding rule (all arithmetic in whole minor units of the currency, from the catalogue):

1. A line's gross is qty × unit price (exact: a typed price already fits the currency).
2. A line discount in percent is rounded half up to the minor unit; an amount is taken as typed.
3. A document discount (percent of the lines after their own discounts, rounded half up, or an
   amount) is spread over the lines in proportion to them; the units left by rounding go to the
   largest remainders (the earlier line on a tie). So the shares add up exactly.
4. Tax is computed once per rate on the sum of its lines, rounded half up (never line by line):
   prices without tax: tax = base × rate; prices with tax: tax = base × rate / (100 + rate), and
   it is taken back out of the lines in proportion (the same largest-remainder rule).
5. A line whose net is not a whole number of units per piece is sent as two lines: (qty − k) at
   the unit price rounded down and k at one minor unit more, k being the leftover units; so
   qty × price of the sent lines is the net exactly. (When a piece would cost 0, one line of
   quantity 1 carries the net.)

Hence: sum(sent qty × amount) == net total + tax total == total, exactly, in every currency.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from dollr_desktop.services.catalogue import MAX_AMOUNT, quantum
from dollr_desktop.services.problems import Problem



@dataclass(frozen=True)
class TaxRate:
    code: str
    percent: Decimal
    country: str


TAX_RATES: dict[str, TaxRate] = {r.code: r for r in (
    TaxRate("RW_VAT", Decimal(18), "RW"),   # Rwanda value-added tax
    TaxRate("LR_GST", Decimal(10), "LR"),   # Liberia goods and services tax
)}


def tax_rate(code: str | None) -> TaxRate | None:
    return TAX_RATES.get(code or "")


class DiscountKind(StrEnum):
    PERCENT = "percent"
    AMOUNT = "amount"


@dataclass(frozen=True)
class Discount:
    kind: DiscountKind
    value: Decimal

    def code(self) -> str:
        """`10%` or `500`: how it is kept (and shown in a cell)."""
        return f"{self.value.normalize():f}%" if self.kind is DiscountKind.PERCENT else f"{self.value:f}"

    @classmethod
    def from_code(cls, text: str | None) -> "Discount | None":
        text = (text or "").strip()
        if not text:
            return None
        if text.endswith("%"):
            return cls(DiscountKind.PERCENT, Decimal(text[:-1]))
        return cls(DiscountKind.AMOUNT, Decimal(text))

    def off(self, base: int, q: Decimal) -> int:
        """The discount on `base` minor units, in minor units."""
        if self.kind is DiscountKind.PERCENT:
            return _units(base * q * self.value / 100, q)
        return _units(self.value, q)


@dataclass(frozen=True)
class PricedLine:
    name: str
    qty: int
    unit_price: Decimal
    discount: Discount | None = None
    tax: str | None = None            # a TAX_RATES code, None: no tax


@dataclass(frozen=True)
class LineResult:
    name: str
    qty: int
    unit_price: Decimal
    gross: Decimal          # qty × unit price, as typed (with tax if prices include it)
    discount: Decimal       # its own discount plus its share of the document's
    net: Decimal            # without tax, after discounts: what its sent lines add up to
    tax: Decimal            # its share of its rate's tax
    tax_code: str | None


@dataclass(frozen=True)
class TaxLine:
    code: str
    percent: Decimal
    base: Decimal           # the net it is computed on
    amount: Decimal


@dataclass(frozen=True)
class SentLine:
    name: str
    qty: int
    amount: Decimal
    source_row: int         # the entered line it comes from; -1 for a tax line
    tax_code: str | None = None


@dataclass(frozen=True)
class Breakdown:
    currency: str
    prices_include_tax: bool
    lines: tuple[LineResult, ...]
    taxes: tuple[TaxLine, ...]
    subtotal: Decimal       # sum of the lines' gross
    discount: Decimal       # all discounts
    net: Decimal            # sum of the lines' net
    total: Decimal          # net + taxes: what the customer is asked to pay
    sent: tuple[SentLine, ...] = field(default=())

    @property
    def tax_total(self) -> Decimal:
        return sum((t.amount for t in self.taxes), Decimal(0))


def compute(lines: list[PricedLine], currency: str, *, prices_include_tax: bool = False,
            document_discount: Discount | None = None, tax_names: dict[str, str] | None = None) -> Breakdown:
    """The breakdown and the lines to send. Raises Problem (codes below) for what cannot be sent:
    `discount.too_large` (row, or -1 for the document's), `line.nothing_left` (row)."""
    q = quantum(currency)
    gross = [_units(line.unit_price * line.qty, q) for line in lines]
    own = []
    for row, line in enumerate(lines):
        off = line.discount.off(gross[row], q) if line.discount else 0
        if off < 0 or (off >= gross[row] and gross[row] > 0):
            raise Problem("discount.too_large", row=row)
        own.append(off)
    after = [g - o for g, o in zip(gross, own)]
    doc_off = document_discount.off(sum(after), q) if document_discount else 0
    if doc_off < 0 or (doc_off and doc_off >= sum(after)):
        raise Problem("discount.too_large", row=-1)
    share = allocate(doc_off, after)
    after = [a - s for a, s in zip(after, share)]
    tax_alloc = [0] * len(lines)
    taxes: list[TaxLine] = []
    codes = [line.tax if tax_rate(line.tax) and gross[r] > 0 else None for r, line in enumerate(lines)]
    for code in dict.fromkeys(c for c in codes if c):
        rate = TAX_RATES[code]
        rows = [r for r, c in enumerate(codes) if c == code]
        base = sum(after[r] for r in rows)
        if prices_include_tax:
            amount = _units(Decimal(base) * rate.percent / (100 + rate.percent), Decimal(1))
            for r, part in zip(rows, allocate(amount, [after[r] for r in rows])):
                tax_alloc[r] = part
            net_base = base - amount
        else:
            amount = _units(Decimal(base) * rate.percent / 100, Decimal(1))
            for r, part in zip(rows, allocate(amount, [after[r] for r in rows])):
                tax_alloc[r] = part
            net_base = base
        taxes.append(TaxLine(code, rate.percent, net_base * q, amount * q))
    nets = [a - t if prices_include_tax else a for a, t in zip(after, tax_alloc)]
    for row, net in enumerate(nets):
        if net <= 0 and gross[row] > 0:   # a line not priced yet is no line (the editor says so)
            raise Problem("line.nothing_left", row=row)
    results = tuple(
        LineResult(line.name, line.qty, line.unit_price, gross[r] * q, (own[r] + share[r]) * q,
                   nets[r] * q, tax_alloc[r] * q, codes[r])
        for r, line in enumerate(lines))
    net_total = sum(nets)
    total = net_total + sum(int(t.amount / q) for t in taxes)
    sent: list[SentLine] = []
    for row, line in enumerate(lines):
        if nets[row] > 0:
            sent.extend(_split(line.name, line.qty, nets[row], q, row))
    for tax in taxes:
        if tax.amount > 0:
            name = (tax_names or {}).get(tax.code, tax.code)
            sent.append(SentLine(name, 1, tax.amount, -1, tax.code))
    return Breakdown(currency, prices_include_tax, results, tuple(taxes), sum(gross) * q,
                     (sum(own) + doc_off) * q, net_total * q, total * q, tuple(sent))


def plain(lines: list[PricedLine], document_discount: Discount | None) -> bool:
    """No tax and no discount anywhere: the lines go to Dollr as typed."""
    return document_discount is None and not any(line.discount or tax_rate(line.tax)
                                                 for line in lines if line.unit_price > 0)


def allocate(amount: int, weights: list[int]) -> list[int]:
    """`amount` split in proportion to `weights`: floors, then one unit each to the largest
    remainders (the earlier on a tie). The parts add up to `amount` exactly."""
    total = sum(weights)
    if not amount or not total:
        return [0] * len(weights)
    parts = [amount * w // total for w in weights]
    remainders = sorted(range(len(weights)), key=lambda i: (-(amount * weights[i] % total), i))
    for i in remainders[: amount - sum(parts)]:
        parts[i] += 1
    return parts


def too_large(amount: Decimal) -> bool:
    return amount > MAX_AMOUNT


def _units(amount: Decimal, q: Decimal) -> int:
    """`amount` (in currency, or in units when q is 1) as whole minor units, half up."""
    return int((Decimal(amount) / q).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _split(name: str, qty: int, net: int, q: Decimal, row: int) -> list[SentLine]:
    unit, left = divmod(net, qty)
    if unit == 0:
        return [SentLine(f"{name} × {qty}" if qty > 1 else name, 1, net * q, row)]
    lines = []
    if qty - left:
        lines.append(SentLine(name, qty - left, unit * q, row))
    if left:
        lines.append(SentLine(name, left, (unit + 1) * q, row))
    return lines
