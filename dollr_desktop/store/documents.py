"""Invoices and orders (one table, `kind` tells them apart) with their items."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from dollr_desktop.store.connection import ConnectionPool
from dollr_desktop.store.contacts import NOT_YET_SENT
from dollr_desktop.store.rows import (
    as_mapping,
    mark_unreturned_gone,
    money,
    money_text,
    noting_ids,
    plain,
    utc_now,
)
from dollr_desktop.store.search import (
    NUMBER_KEY_SQL,
    document_number_prefix,
    hits_cte,
    prefix_query,
)

KINDS = ("INVOICE", "ORDER")


@dataclass(frozen=True)
class DocumentItem:
    id: int
    name: str
    currency: str | None
    qty: int
    amount: Decimal


@dataclass(frozen=True)
class Document:
    kind: str
    id: int
    number: str | None
    counterparty_id: int | None
    counterparty_name: str
    currency: str | None
    total_amount: Decimal | None
    status: str | None
    note: str
    fee_bearer: str | None
    due_date: str | None
    as_payment_link: bool
    reference_id: str | None
    paid_at: str | None
    created_at: str | None
    updated_at: str | None
    detail_confirmed_at: str | None
    confirmed_at: str | None
    gone_at: str | None
    local_state: str | None
    local_error: str | None
    items: tuple[DocumentItem, ...] = ()

    @property
    def is_draft(self) -> bool:
        return self.id < 0


_COLUMNS = (
    "kind", "id", "number", "counterparty_id", "counterparty_name", "currency", "total_amount",
    "status", "note", "fee_bearer", "due_date", "as_payment_link", "reference_id", "paid_at",
    "created_at", "updated_at", "detail_confirmed_at", "confirmed_at", "gone_at", "local_state",
    "local_error",
)
_SELECT = ", ".join(f"d.{c}" for c in _COLUMNS)

_UPSERT = """
INSERT INTO documents (kind, id, number, counterparty_id, counterparty_name, currency,
    total_amount, status, note, fee_bearer, due_date, as_payment_link, owner_id, owner_type,
    reference_id, paid_at, created_at, updated_at, confirmed_at)
VALUES (:kind, :id, :number, :counterparty_id,
    coalesce((SELECT name FROM counterparties WHERE id = :counterparty_id), ''), :currency,
    :total_amount, :status, :note, :fee_bearer, :due_date, :as_payment_link, :owner_id,
    :owner_type, :reference_id, :paid_at, :created_at, :updated_at, :confirmed_at)
ON CONFLICT (kind, id) DO UPDATE SET number = excluded.number,
    counterparty_id = excluded.counterparty_id, counterparty_name = excluded.counterparty_name,
    currency = excluded.currency, total_amount = excluded.total_amount, status = excluded.status,
    note = excluded.note, fee_bearer = excluded.fee_bearer, due_date = excluded.due_date,
    as_payment_link = excluded.as_payment_link, owner_id = excluded.owner_id,
    owner_type = excluded.owner_type, reference_id = excluded.reference_id,
    paid_at = excluded.paid_at, created_at = excluded.created_at, updated_at = excluded.updated_at,
    confirmed_at = excluded.confirmed_at, gone_at = NULL, local_state = NULL, local_error = NULL
"""


def document_row(kind: str, document: Any, confirmed_at: str) -> dict[str, Any]:
    data = as_mapping(document)
    number_key = "invoice_number" if kind == "INVOICE" else "order_number"
    return {
        "kind": kind, "id": data["id"], "number": data.get(number_key) or data.get("number"),
        "counterparty_id": data.get("counterparty_id"), "currency": plain(data.get("currency")),
        "total_amount": money_text(data.get("total_amount")), "status": plain(data.get("status")),
        "note": data.get("note") or "", "fee_bearer": plain(data.get("fee_bearer")),
        "due_date": plain(data.get("due_date")), "as_payment_link": plain(data.get("as_payment_link")),
        "owner_id": data.get("owner_id"), "owner_type": plain(data.get("owner_type")),
        "reference_id": data.get("reference_id"), "paid_at": plain(data.get("paid_at")),
        "created_at": plain(data.get("created_at")), "updated_at": plain(data.get("updated_at")),
        "confirmed_at": confirmed_at,
    }


class Documents:
    def __init__(self, pool: ConnectionPool) -> None:
        self._pool = pool

    def upsert_summaries(
        self, kind: str, documents: Iterable[Any], *, complete: bool = False,
        confirmed_at: str | None = None,
    ) -> int:
        """Cache a list response in one transaction; complete=True marks the missing ones gone."""
        _check_kind(kind)
        confirmed_at = confirmed_at or utc_now()
        ids: list[int] = []
        with self._pool.transaction() as conn:
            conn.executemany(_UPSERT, noting_ids((document_row(kind, d, confirmed_at) for d in documents), ids))
            if complete:
                mark_unreturned_gone(conn, "documents", ids, confirmed_at, where="kind = ?", params=(kind,))
        return len(ids)

    def upsert_detail(self, kind: str, detail: Any) -> Document:
        """Cache a retrieve response: the document, its items and its embedded counterparty."""
        _check_kind(kind)
        from dollr_desktop.store.contacts import _UPSERT_COUNTERPARTY, counterparty_row

        confirmed_at = utc_now()
        data = as_mapping(detail)
        items = data.get("invoice_items" if kind == "INVOICE" else "order_items") or []
        items = [as_mapping(i) for i in items]
        with self._pool.transaction() as conn:
            counterparty = data.get("counterparty")
            if counterparty:
                conn.execute(_UPSERT_COUNTERPARTY, counterparty_row(counterparty, confirmed_at))
            conn.execute(_UPSERT, document_row(kind, data, confirmed_at))
            self._replace_items(conn, kind, data["id"], items, confirmed_at)
            conn.execute(
                "UPDATE documents SET detail_confirmed_at = ? WHERE kind = ? AND id = ?",
                (confirmed_at, kind, data["id"]),
            )
        document = self.get(kind, data["id"])
        assert document is not None
        return document

    @staticmethod
    def _replace_items(conn: Any, kind: str, document_id: int, items: Sequence[dict[str, Any]],
                       confirmed_at: str | None) -> None:
        conn.execute("DELETE FROM document_items WHERE kind = ? AND document_id = ?", (kind, document_id))
        conn.executemany(
            "INSERT OR REPLACE INTO document_items (kind, id, document_id, name, currency, qty, amount, "
            "created_at, updated_at, confirmed_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(kind, i["id"], document_id, i["name"], plain(i.get("currency")), i.get("qty", 1),
              money_text(i["amount"]), plain(i.get("created_at")), plain(i.get("updated_at")),
              confirmed_at) for i in items],
        )
        conn.execute(
            "UPDATE documents SET item_names = ? WHERE kind = ? AND id = ?",
            (" ".join(i["name"] for i in items), kind, document_id),
        )

    def set_status(self, kind: str, document_id: int, status: str, *, paid_at: str | None = None) -> None:
        """A PAID document always has a time (now, until the next sync brings Dollr's): the payments
        list and the takings are ordered and counted by it."""
        if status == "PAID" and paid_at is None:
            paid_at = utc_now()
        with self._pool.transaction() as conn:
            conn.execute(
                "UPDATE documents SET status = ?, paid_at = coalesce(paid_at, ?) WHERE kind = ? AND id = ?",
                (status, paid_at, kind, document_id),
            )

    def get(self, kind: str, document_id: int) -> Document | None:
        conn = self._pool.conn()
        row = conn.execute(
            f"SELECT {_SELECT} FROM documents AS d WHERE d.kind = ? AND d.id = ?", (kind, document_id)
        ).fetchone()
        if row is None:
            return None
        items = tuple(
            DocumentItem(i[0], i[1], i[2], i[3], Decimal(i[4]))
            for i in conn.execute(
                "SELECT id, name, currency, qty, amount FROM document_items "
                "WHERE kind = ? AND document_id = ? ORDER BY abs(id)", (kind, document_id),
            )
        )
        return _document(row, items)

    def search(
        self, text: str, limit: int = 50, *, kind: str | None = None, status: str | None = None,
        counterparty_id: int | None = None,
    ) -> list[Document]:
        """Documents whose number, note, customer or item names start with the typed words
        (rows a sync found gone are kept, but not searched)."""
        where, params = ["d.gone_at IS NULL"], []
        for column, value in (("kind", kind), ("status", status), ("counterparty_id", counterparty_id)):
            if value is not None:
                where.append(f"d.{column} = ?")
                params.append(value)
        conn = self._pool.conn()
        number_prefix = document_number_prefix(text)
        if number_prefix is not None:
            key = NUMBER_KEY_SQL.format(column="d.number")
            where += [f"{key} >= ?", f"{key} < ?"]
            params += [number_prefix, number_prefix + "\U0010ffff"]
            sql = (f"SELECT {_SELECT} FROM documents AS d WHERE {' AND '.join(where)} "
                   f"ORDER BY {key} LIMIT ?")
            return [_document(r) for r in conn.execute(sql, (*params, limit))]
        query = prefix_query(text)
        if query is None:
            condition = " AND ".join(where) or "1"
            sql = (f"SELECT {_SELECT} FROM documents AS d WHERE {condition} "
                   "ORDER BY d.created_at DESC, d.doc_key DESC LIMIT ?")
            return [_document(r) for r in conn.execute(sql, (*params, limit))]
        conditions = "".join(f" AND {clause}" for clause in where)
        sql = (hits_cte("documents_fts", "documents", "doc_key", conditions, limit=limit)
               + f"SELECT {_SELECT} FROM hits JOIN documents AS d ON d.doc_key = hits.hit "
               "ORDER BY hits.rank LIMIT ?")
        return [_document(r) for r in conn.execute(sql, (query, *params, limit))]

    # --- offline drafts ----------------------------------------------------------------------
    def add_draft(
        self, kind: str, *, counterparty_id: int, currency: str, note: str, fee_bearer: str,
        as_payment_link: bool, due_date: str | None, items: Sequence[dict[str, Any]],
    ) -> Document:
        """Save an invoice/order made offline, with its items; shown as "not yet sent"."""
        _check_kind(kind)
        with self._pool.transaction() as conn:
            local_id = min(conn.execute(
                "SELECT min(id) FROM documents WHERE kind = ?", (kind,)).fetchone()[0] or 0, 0) - 1
            now = utc_now()
            total = sum((Decimal(str(i["amount"])) * int(i.get("qty", 1)) for i in items), Decimal(0))
            conn.execute(
                "INSERT INTO documents (kind, id, counterparty_id, counterparty_name, currency, "
                "total_amount, status, note, fee_bearer, due_date, as_payment_link, created_at, "
                "updated_at, local_state) VALUES (?, ?, ?, coalesce((SELECT name FROM counterparties "
                "WHERE id = ?), ''), ?, ?, 'IDLE', ?, ?, ?, ?, ?, ?, ?)",
                (kind, local_id, counterparty_id, counterparty_id, currency, money_text(total), note,
                 fee_bearer, due_date, int(as_payment_link), now, now, NOT_YET_SENT),
            )
            local_items = [dict(i, id=-(n + 1)) for n, i in enumerate(items)]
            self._replace_items(conn, kind, local_id, local_items, None)
        document = self.get(kind, local_id)
        assert document is not None
        return document

    def set_local_state(self, kind: str, document_id: int, state: str | None, error: str | None = None) -> None:
        with self._pool.transaction() as conn:
            conn.execute(
                "UPDATE documents SET local_state = ?, local_error = ? WHERE kind = ? AND id = ?",
                (state, error, kind, document_id),
            )

    def replace_draft(self, kind: str, local_id: int, detail: Any) -> Document:
        with self._pool.transaction() as conn:
            conn.execute("DELETE FROM document_items WHERE kind = ? AND document_id = ?", (kind, local_id))
            conn.execute("DELETE FROM documents WHERE kind = ? AND id = ?", (kind, local_id))
            # its taxes and discounts (services/breakdown.py) follow it to Dollr's id
            conn.execute("UPDATE document_breakdowns SET document_id = ? WHERE kind = ? AND document_id = ?",
                         (detail.id, kind, local_id))
            return self.upsert_detail(kind, detail)


def _document(row: Sequence[Any], items: tuple[DocumentItem, ...] = ()) -> Document:
    values = dict(zip(_COLUMNS, row))
    values["total_amount"] = money(values["total_amount"])
    values["as_payment_link"] = bool(values["as_payment_link"])
    return Document(**values, items=items)


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
