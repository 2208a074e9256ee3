"""Receipts Dollr gave for paid documents, flattened for the payments list, takings and cash-ups.

The `receipts` table keeps each receipt's body as Dollr sent it; `received_payments` holds the
same facts in columns (money as the exact decimal text Dollr returned, never rounded), written in
the same transaction. The `payment_list` view (migrations) joins them with the paid documents and
the journal: one row per payment.
"""
from __future__ import annotations

import sqlite3
from decimal import Decimal
from typing import Any, Mapping

from dollr_desktop.store.connection import ConnectionPool
from dollr_desktop.store.rows import money_text, plain, utc_now

_MONEY = ("total_amount", "payer_amount", "payee_amount", "platform_fee", "gateway_fee", "fx_fee", "fx_rate")
_COLUMNS = (
    "source_type", "source_id", "source_number", "reference_id", "paid_at", "counterparty_id",
    "counterparty_name", "counterparty_phone", "method", "provider", "account_name",
    "provider_transaction_id", "currency", "total_amount", "payer_amount", "payer_currency",
    "payee_amount", "payee_currency", "platform_fee", "platform_currency", "gateway_fee",
    "gateway_currency", "fx_fee", "fx_rate", "fee_bearer",
)
_INSERT = (f"INSERT OR REPLACE INTO received_payments ({', '.join(_COLUMNS)}) "
           f"VALUES ({', '.join('?' * len(_COLUMNS))})")


def received_values(source_type: str, data: Mapping[str, Any]) -> tuple[Any, ...]:
    """One receipt body (InvoiceReceiptResponse / OrderReceiptResponse) as a row's values."""
    prefix = "invoice" if source_type == "INVOICE" else "order"
    value = {
        "source_type": source_type, "source_id": data[f"{prefix}_id"],
        "source_number": data.get(f"{prefix}_number"),
        "paid_at": plain(data.get("paid_at") or data.get("gateway_confirmed_at")),
        "method": plain(data.get("payment_method")), "provider": plain(data.get("payment_provider")),
    }
    for column in _COLUMNS:
        if column in value:
            continue
        raw = data.get(column)
        value[column] = money_text(raw) if column in _MONEY and raw is not None else plain(raw)
    return tuple(value[c] for c in _COLUMNS)


def save_received(conn: sqlite3.Connection, source_type: str, data: Mapping[str, Any]) -> None:
    conn.execute(_INSERT, received_values(source_type, data))


class ReceivedPayments:
    def __init__(self, pool: ConnectionPool) -> None:
        self._pool = pool

    def missing_receipts(self, limit: int = 500) -> list[tuple[str, int]]:
        """Paid documents whose receipt has not been fetched yet, newest first."""
        rows = self._pool.conn().execute(
            "SELECT d.kind, d.id FROM documents AS d WHERE d.status = 'PAID' AND d.gone_at IS NULL "
            "AND NOT EXISTS (SELECT 1 FROM received_payments AS r WHERE r.source_type = d.kind "
            "AND r.source_id = d.id) ORDER BY d.paid_at DESC LIMIT ?", (limit,)).fetchall()
        return [(kind, int(doc_id)) for kind, doc_id in rows]

    def opening_balances(self) -> dict[str, tuple[Decimal, str]]:
        """currency -> (amount, as_of ISO date-time in UTC) the merchant entered."""
        rows = self._pool.conn().execute("SELECT currency, amount, as_of FROM opening_balances").fetchall()
        return {currency: (Decimal(amount), as_of) for currency, amount, as_of in rows}

    def set_opening_balance(self, currency: str, amount: Decimal | None, as_of: str | None = None) -> None:
        """`None` removes the currency's opening balance."""
        with self._pool.transaction() as conn:
            if amount is None:
                conn.execute("DELETE FROM opening_balances WHERE currency = ?", (currency,))
                return
            conn.execute(
                "INSERT OR REPLACE INTO opening_balances (currency, amount, as_of, entered_at) VALUES (?,?,?,?)",
                (currency, money_text(amount), as_of or utc_now(), utc_now()))
