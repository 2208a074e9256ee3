"""A document's taxes and discounts as kept on this computer (Dollr holds only the sent lines).

`document_breakdown(store, kind, document_id)` is what the receipt, the cash-up and exports read:
net, each tax, the discounts, the total, the lines as the merchant typed them and the lines sent.
Blocking (SQLite): call it through `asyncio.to_thread` from async code. No Qt.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from dollr_desktop.services.taxes import Breakdown, Discount, LineResult, PricedLine, SentLine, TaxLine


@dataclass(frozen=True)
class StoredBreakdown:
    kind: str
    document_id: int
    breakdown: Breakdown
    entered: tuple[PricedLine, ...]          # the lines as typed (with their discount and tax)
    document_discount: Discount | None
    document_tax: str | None                 # the rate of the whole document (per-document mode)
    sent_item_ids: tuple[int | None, ...]    # Dollr's item id of each sent line, in order
    ebm_reference: str = ""

    @property
    def sent(self) -> tuple[SentLine, ...]:
        return self.breakdown.sent

    def matches(self, items: Any) -> bool:
        """Whether Dollr's items (name, qty, amount) are still exactly the lines sent from here."""
        theirs = sorted((i.name, int(i.qty), Decimal(str(i.amount))) for i in items)
        return theirs == sorted((s.name, s.qty, s.amount) for s in self.sent)


def to_row(kind: str, document_id: int, breakdown: Breakdown, entered: list[PricedLine],
           document_discount: Discount | None, document_tax: str | None,
           sent_item_ids: list[int | None], ebm_reference: str = "") -> dict[str, Any]:
    b = breakdown
    sent_item_ids = list(sent_item_ids)[:len(b.sent)] + [None] * max(0, len(b.sent) - len(sent_item_ids))
    return {
        "kind": kind, "document_id": document_id, "currency": b.currency,
        "prices_include_tax": int(b.prices_include_tax),
        "document_discount": document_discount.code() if document_discount else None,
        "document_tax": document_tax,
        "subtotal": str(b.subtotal), "discount": str(b.discount), "net": str(b.net),
        "tax_total": str(b.tax_total), "total": str(b.total),
        "taxes": json.dumps([{"code": t.code, "percent": str(t.percent), "base": str(t.base),
                              "amount": str(t.amount)} for t in b.taxes]),
        "lines": json.dumps([{"name": e.name, "qty": e.qty, "unit_price": str(e.unit_price),
                              "discount": e.discount.code() if e.discount else None, "tax": e.tax,
                              "gross": str(r.gross), "discount_amount": str(r.discount),
                              "net": str(r.net), "tax_amount": str(r.tax)}
                             for e, r in zip(entered, b.lines)]),
        "sent": json.dumps([{"name": s.name, "qty": s.qty, "amount": str(s.amount), "row": s.source_row,
                             "tax": s.tax_code, "item_id": item_id}
                            for s, item_id in zip(b.sent, sent_item_ids)]),
        "ebm_reference": ebm_reference or "",
    }


def from_row(row: dict[str, Any]) -> StoredBreakdown:
    lines = json.loads(row["lines"])
    sent = json.loads(row["sent"])
    entered = tuple(PricedLine(x["name"], int(x["qty"]), Decimal(x["unit_price"]),
                               Discount.from_code(x["discount"]), x["tax"]) for x in lines)
    results = tuple(LineResult(x["name"], int(x["qty"]), Decimal(x["unit_price"]), Decimal(x["gross"]),
                               Decimal(x["discount_amount"]), Decimal(x["net"]), Decimal(x["tax_amount"]),
                               x["tax"]) for x in lines)
    taxes = tuple(TaxLine(x["code"], Decimal(x["percent"]), Decimal(x["base"]), Decimal(x["amount"]))
                  for x in json.loads(row["taxes"]))
    breakdown = Breakdown(
        row["currency"], bool(row["prices_include_tax"]), results, taxes, Decimal(row["subtotal"]),
        Decimal(row["discount"]), Decimal(row["net"]), Decimal(row["total"]),
        tuple(SentLine(x["name"], int(x["qty"]), Decimal(x["amount"]), int(x["row"]), x.get("tax")) for x in sent))
    return StoredBreakdown(row["kind"], int(row["document_id"]), breakdown, entered,
                           Discount.from_code(row["document_discount"]), row["document_tax"],
                           tuple(x.get("item_id") for x in sent), row["ebm_reference"] or "")


def document_breakdown(store: Any, kind: str, document_id: int) -> StoredBreakdown | None:
    """The breakdown kept for this document, or None (a plain document: Dollr's lines say it all)."""
    row = store.breakdowns.get(str(kind), int(document_id))
    return from_row(row) if row is not None else None


def save_breakdown(store: Any, row: dict[str, Any]) -> None:
    store.breakdowns.put(row)
