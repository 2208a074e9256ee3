"""Payment accounts, sessions, receipts and fee quotes the server handed us."""
from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from dollr_desktop.store.connection import ConnectionPool
from dollr_desktop.store.received import save_received
from dollr_desktop.store.rows import as_mapping, dumps, money_text, plain, utc_now


@dataclass(frozen=True)
class PaymentAccount:
    id: int
    operation_type: str
    account_name: str | None
    provider: str | None
    method: str | None
    party_id: int | None
    account_number: str | None
    country_code: str | None
    confirmed_at: str | None


@dataclass(frozen=True)
class FeeQuote:
    payer_amount: Decimal
    payer_currency: str
    payee_amount: Decimal
    payee_currency: str
    platform_fee: Decimal | None
    platform_currency: str | None
    gateway_fee: Decimal | None
    gateway_currency: str | None
    fx_fee: Decimal | None


_ACCOUNT_COLUMNS = (
    "id, operation_type, account_name, provider, method, party_id, account_number, country_code, "
    "confirmed_at"
)


class PaymentCache:
    def __init__(self, pool: ConnectionPool) -> None:
        self._pool = pool

    def save_account(self, account: Any, *, operation_type: str, account_number: str | None) -> PaymentAccount:
        """Cache a created payment account with the wallet number we sent (the API never echoes it)."""
        data = as_mapping(account)
        with self._pool.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO payment_accounts (id, operation_type, account_name, provider, "
                "method, party_id, account_number, country_code, is_active, created_at, updated_at, "
                "confirmed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (data["id"], operation_type, data.get("account_name"), plain(data.get("provider")),
                 plain(data.get("method")), data.get("party_id"), account_number,
                 data.get("country_code"), plain(data.get("is_active", True)),
                 plain(data.get("created_at")), plain(data.get("updated_at")), utc_now()),
            )
        found = self.account(data["id"])
        assert found is not None
        return found

    def account(self, account_id: int) -> PaymentAccount | None:
        row = self._pool.conn().execute(
            f"SELECT {_ACCOUNT_COLUMNS} FROM payment_accounts WHERE id = ?", (account_id,)
        ).fetchone()
        return PaymentAccount(*row) if row else None

    def find_account(
        self, *, party_id: int, account_number: str, method: str, operation_type: str
    ) -> PaymentAccount | None:
        """The newest active account for this party, wallet number and method, if we made one."""
        row = self._pool.conn().execute(
            f"SELECT {_ACCOUNT_COLUMNS} FROM payment_accounts WHERE party_id = ? AND account_number = ? "
            "AND method = ? AND operation_type = ? AND coalesce(is_active, 1) ORDER BY id DESC LIMIT 1",
            (party_id, account_number, method, operation_type),
        ).fetchone()
        return PaymentAccount(*row) if row else None

    def forget_account(self, account_id: int) -> None:
        """The server refused this account (deactivated or unknown): do not reuse it."""
        with self._pool.transaction() as conn:
            conn.execute("UPDATE payment_accounts SET is_active = 0 WHERE id = ?", (account_id,))

    def save_session(self, kind: str, session: Any) -> None:
        data = as_mapping(session)
        account_id = data.get("payment_account_id", data.get("payout_account_id"))
        with self._pool.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO sessions (kind, id, source_type, source_id, account_id, wallet_id, "
                "amount, currency, status, expires_at, created_at, updated_at, confirmed_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (kind, data["id"], plain(data.get("source_type")), data.get("source_id"),
                 None if account_id is None else int(account_id), data.get("wallet_id"),
                 money_text(data.get("amount")), plain(data.get("currency")), plain(data.get("status")),
                 plain(data.get("expires_at")), plain(data.get("created_at")),
                 plain(data.get("updated_at")), utc_now()),
            )

    def session(self, kind: str, session_id: int) -> dict[str, Any] | None:
        rows = list(self._pool.db().query(
            "SELECT * FROM sessions WHERE kind = ? AND id = ?", [kind, session_id]))
        return rows[0] if rows else None

    def save_receipt(self, source_type: str, receipt: Any) -> None:
        data = as_mapping(receipt)
        prefix = "invoice" if source_type == "INVOICE" else "order"
        with self._pool.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO receipts (source_type, source_id, source_number, reference_id, "
                "body, confirmed_at) VALUES (?,?,?,?,?,?)",
                (source_type, data[f"{prefix}_id"], data.get(f"{prefix}_number"),
                 data.get("reference_id"), dumps(data), utc_now()),
            )
            save_received(conn, source_type, data)

    def receipt(self, source_type: str, source_id: int) -> dict[str, Any] | None:
        row = self._pool.conn().execute(
            "SELECT body FROM receipts WHERE source_type = ? AND source_id = ?", (source_type, source_id)
        ).fetchone()
        return json.loads(row[0]) if row else None

    def save_quote(
        self, quote: Any, *, source_type: str | None, source_id: int | None, payment_method: str | None,
        provider: str | None, target_currency: str | None,
    ) -> FeeQuote:
        data = as_mapping(quote)
        values = {k: money_text(data.get(k)) for k in ("payer_amount", "payee_amount", "platform_fee",
                                                         "gateway_fee", "fx_fee")}
        currencies = {k: plain(data.get(k)) for k in ("payer_currency", "payee_currency",
                                                       "platform_currency", "gateway_currency")}
        with self._pool.transaction() as conn:
            conn.execute(
                "INSERT INTO fee_quotes (source_type, source_id, payment_method, provider, target_currency, "
                "payer_amount, payer_currency, payee_amount, payee_currency, platform_fee, "
                "platform_currency, gateway_fee, gateway_currency, fx_fee, confirmed_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (source_type, source_id, payment_method, provider, target_currency,
                 values["payer_amount"], currencies["payer_currency"], values["payee_amount"],
                 currencies["payee_currency"], values["platform_fee"], currencies["platform_currency"],
                 values["gateway_fee"], currencies["gateway_currency"], values["fx_fee"], utc_now()),
            )
        return quote_from(data)


def quote_from(data: dict[str, Any]) -> FeeQuote:
    def dec(key: str) -> Decimal | None:
        value = data.get(key)
        return None if value is None else Decimal(str(plain(value)))

    return FeeQuote(
        payer_amount=dec("payer_amount") or Decimal(0), payer_currency=plain(data["payer_currency"]),
        payee_amount=dec("payee_amount") or Decimal(0), payee_currency=plain(data["payee_currency"]),
        platform_fee=dec("platform_fee"), platform_currency=plain(data.get("platform_currency")),
        gateway_fee=dec("gateway_fee"), gateway_currency=plain(data.get("gateway_currency")),
        fx_fee=dec("fx_fee"),
    )
