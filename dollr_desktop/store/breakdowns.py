"""The per-document breakdown of taxes and discounts (rows as dicts; services/breakdown.py reads them)."""
from __future__ import annotations

from typing import Any

from dollr_desktop.store.connection import ConnectionPool
from dollr_desktop.store.rows import utc_now

COLUMNS = ("kind", "document_id", "currency", "prices_include_tax", "document_discount", "document_tax",
           "subtotal", "discount", "net", "tax_total", "total", "taxes", "lines", "sent", "ebm_reference",
           "updated_at")


class DocumentBreakdowns:
    def __init__(self, pool: ConnectionPool) -> None:
        self._pool = pool

    def put(self, row: dict[str, Any]) -> None:
        values = {**row, "updated_at": utc_now()}
        with self._pool.transaction() as conn:
            conn.execute(f"INSERT OR REPLACE INTO document_breakdowns ({', '.join(COLUMNS)}) "
                         f"VALUES ({', '.join('?' for _ in COLUMNS)})", [values.get(c) for c in COLUMNS])

    def set_ebm_reference(self, kind: str, document_id: int, reference: str) -> bool:
        """False when the document has no breakdown kept (nothing to attach it to)."""
        with self._pool.transaction() as conn:
            return conn.execute("UPDATE document_breakdowns SET ebm_reference = ?, updated_at = ? "
                                "WHERE kind = ? AND document_id = ?",
                                (reference, utc_now(), kind, document_id)).rowcount > 0

    def get(self, kind: str, document_id: int) -> dict[str, Any] | None:
        row = self._pool.conn().execute(
            f"SELECT {', '.join(COLUMNS)} FROM document_breakdowns WHERE kind = ? AND document_id = ?",
            (kind, document_id)).fetchone()
        return dict(zip(COLUMNS, row)) if row is not None else None
