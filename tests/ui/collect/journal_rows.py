"""Journal entries for the collect tests, written through the real store."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

from dollr_desktop.store import PaymentRequest

QUOTE = {"payer_amount": "25.63", "payer_currency": "USD", "payee_amount": "25.00", "payee_currency": "USD",
         "platform_fee": "0.25", "platform_currency": "USD", "gateway_fee": "0.38", "gateway_currency": "USD",
         "fx_fee": None}


def begin(store, source_id: int, *, name="Comfort Wleh", method="MTN_MOMO_LBR", currency="USD",
          amount="25.63", payee="25.00", kind="COLLECTION", phone="231886123456", quote=None):
    return store.journal.begin(PaymentRequest(
        kind=kind, lock_key=f"INVOICE:{source_id}" if kind == "COLLECTION" else f"PAYOUT:{source_id}",
        amount=Decimal(amount), currency=currency, source_type="INVOICE" if kind == "COLLECTION" else None,
        source_id=source_id if kind == "COLLECTION" else None,
        source_number=f"INV-2026-{source_id:05d}" if kind == "COLLECTION" else None,
        party_name=name, session_id=7000 + source_id, account_id=300 + source_id, account_number=phone,
        method=method, provider=method, payee_amount=Decimal(payee), payee_currency=currency,
        quote=QUOTE if quote is None else quote))


def age(store, reference_id: str, *, days: float = 0, seconds: float = 0, run: str | None = None) -> None:
    """Move an entry back in time (and to another run), as if an earlier session had made it."""
    when = (datetime.now(timezone.utc) - timedelta(days=days, seconds=seconds)).isoformat(timespec="milliseconds")
    conn = store.connection()
    with conn:
        conn.execute("UPDATE payments SET created_at = ?, updated_at = ?, finished_at = "
                     "CASE WHEN finished_at IS NULL THEN NULL ELSE ? END, owner_run = coalesce(?, owner_run), "
                     "last_sent_at = ?, sending_until = ? "
                     "WHERE reference_id = ?", (when, when, when, run, when, when, reference_id))
