"""Refunds: give back all or part of a paid payment, through the one money path. No Qt.

- What may be refunded: what the merchant received for the payment (Dollr's payee amount, in its
  currency) minus every refund of it that has not failed (open ones count: they may land). Dollr
  (and the sandbox) enforce the same rule; a refusal from Dollr comes back as its own code.
- A refund session needs `original_payment_intent_id`. Dollr's docs say it comes "from the
  collection execution response or the merchant portal"; the reconstructed contract has no such
  field, so whatever the execute / status answer carries is kept on the collection's journal row
  (payments_core records it), a receipt's body is read tolerantly, and an id typed by the
  merchant is kept on the refund's row. When none is known the screen asks for it
  (`parse_intent_id` checks its shape).
- The contract's refund execution carries only `session_id` and `reference_id`: no passcode is
  asked (see dollr_desktop/sandbox/README.md). Only the owner may refund (the UI asks the hub).
- `refund()` opens the session (nothing moves yet: a refusal is a `Problem`), then
  `execute_once`: the journal entry (kind REFUND, lock key "REFUND:<payment key>") is committed
  before the one execute request; a lost answer leads to a status check with the same id, and the
  reconciler settles it after a restart like any other entry.
"""
from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from typing import Any

from dollr_desktop.api import errors as api_errors
from dollr_desktop.services.catalogue import fits_minor_units
from dollr_desktop.services.payments_core import PaymentChecker, StepObserver, execute_once
from dollr_desktop.services.problems import Problem
from dollr_desktop.store import PaymentAlreadyPendingError, PaymentRequest, PaymentState
from dollr_desktop.store.errors import StoreClosedError
from dollr_desktop.store.journal import JournalEntry

log = logging.getLogger(__name__)

SESSION_TTL = timedelta(minutes=10)
_INTENT_SHAPE = re.compile(r"^\s*#?\s*(\d{1,12})\s*$")
NOT_REFUNDED, PARTLY_REFUNDED, REFUNDED = "not_refunded", "partly_refunded", "refunded"
_GONE = (PaymentState.FAILED, PaymentState.NOT_FOUND)


def parse_intent_id(text: str) -> int | None:
    """A payment intent id as the merchant portal shows it: digits (an optional leading #)."""
    match = _INTENT_SHAPE.match(text or "")
    if not match or int(match.group(1)) <= 0:
        return None
    return int(match.group(1))


@dataclass(frozen=True)
class RefundTarget:
    """A paid payment, as far as refunding it goes."""

    key: str                      # "INVOICE:12"
    source_type: str | None
    source_id: int | None
    source_number: str | None
    party_name: str
    counterparty_id: int | None
    account_number: str | None
    paid: Decimal                 # what the merchant received
    currency: str
    refunded: Decimal             # completed refunds
    reserved: Decimal             # refunds still open (may land)
    intent_id: int | None         # None: ask the merchant
    open_refund: str | None       # reference_id of a refund still in flight

    @property
    def refundable(self) -> Decimal:
        return max(self.paid - self.refunded - self.reserved, Decimal(0))

    @property
    def status(self) -> str:
        if self.refunded <= 0:
            return NOT_REFUNDED
        return REFUNDED if self.refunded >= self.paid else PARTLY_REFUNDED


def refund_status(paid: Decimal, refunded: Decimal) -> str:
    if refunded <= 0:
        return NOT_REFUNDED
    return REFUNDED if refunded >= paid else PARTLY_REFUNDED


class RefundService:
    def __init__(self, client: Any, store: Any, *, checker: PaymentChecker | None = None,
                 poll_interval_s: float = 2.0) -> None:
        self.client = client
        self.store = store
        self.checker = checker or PaymentChecker(client, store)
        self.poll_interval_s = poll_interval_s

    # reading ---------------------------------------------------------------------------------------
    async def target(self, row: Any) -> RefundTarget:
        """The refund view of a payment list row (a `MoneyRow` of a completed collection)."""
        if getattr(row, "kind", None) != "COLLECTION" or getattr(row, "state", None) != "COMPLETED":
            raise Problem("refund.not_paid")
        key = payment_key(row)
        paid, currency = row.received
        return await asyncio.to_thread(self._target, row, key, paid, currency)

    def _target(self, row: Any, key: str, paid: Decimal, currency: str) -> RefundTarget:
        refunds = self.store.journal.refunds_of(key)
        refunded = sum((e.amount for e in refunds if e.state is PaymentState.COMPLETED), Decimal(0))
        reserved = sum((e.amount for e in refunds if e.is_open), Decimal(0))
        open_refund = next((e.reference_id for e in refunds if e.is_open), None)
        return RefundTarget(
            key=key, source_type=row.source_type, source_id=row.source_id, source_number=row.source_number,
            party_name=row.party_name or "", counterparty_id=row.counterparty_id,
            account_number=row.account_number, paid=paid, currency=currency, refunded=refunded,
            reserved=reserved, intent_id=self._intent_id(row, refunds), open_refund=open_refund)

    def _intent_id(self, row: Any, refunds: list[JournalEntry]) -> int | None:
        conn = self.store.connection()
        ids = []
        if row.source_type and row.source_id is not None:
            ids += [r[0] for r in conn.execute(
                "SELECT payment_intent_id FROM payments WHERE kind = 'COLLECTION' AND state = 'COMPLETED' "
                "AND source_type = ? AND source_id = ? AND payment_intent_id IS NOT NULL "
                "ORDER BY finished_at DESC", (row.source_type, row.source_id))]
        if row.reference_id:
            ids += [r[0] for r in conn.execute(
                "SELECT payment_intent_id FROM payments WHERE reference_id = ? AND payment_intent_id IS NOT NULL",
                (row.reference_id,))]
            ids += [_intent_in_body(r[0]) for r in conn.execute(
                "SELECT body FROM receipts WHERE reference_id = ?", (row.reference_id,))]
        if row.source_type and row.source_id is not None:
            ids += [_intent_in_body(r[0]) for r in conn.execute(
                "SELECT body FROM receipts WHERE source_type = ? AND source_id = ?", (row.source_type, row.source_id))]
        ids += [e.payment_intent_id for e in reversed(refunds) if e.state is PaymentState.COMPLETED]
        return next((int(i) for i in ids if i), None)

    async def row_for(self, source_type: str, source_id: int) -> Any:
        """The paid payment of a document (from its receipt or its editor), or None."""
        from dollr_desktop.services.payment_rows import MoneyRow

        def read() -> Any:
            cursor = self.store.connection().execute(
                "SELECT * FROM payment_list WHERE origin = 'dollr' AND key = ?", (f"{source_type}:{int(source_id)}",))
            names = [d[0] for d in cursor.description]
            found = cursor.fetchone()
            return MoneyRow.from_row(dict(zip(names, found))) if found else None
        return await asyncio.to_thread(read)

    async def refunds_of(self, key: str) -> list[JournalEntry]:
        return await asyncio.to_thread(self.store.journal.refunds_of, key)

    def refunded_by_key(self, conn: Any | None = None) -> dict[str, Decimal]:
        """Completed refunds per payment key (for the payments list's status)."""
        conn = conn or self.store.connection()
        totals: dict[str, Decimal] = {}
        for key, amount in conn.execute(
                "SELECT refund_of, amount FROM payments WHERE kind = 'REFUND' AND state = 'COMPLETED'"):
            totals[key] = totals.get(key, Decimal(0)) + Decimal(amount)
        return totals

    # checking what the merchant typed -----------------------------------------------------------
    @staticmethod
    def check_amount(target: RefundTarget, text: str | Decimal) -> Decimal:
        try:
            amount = text if isinstance(text, Decimal) else Decimal(str(text).strip())   # screens parse per locale
        except InvalidOperation:
            raise Problem("refund.amount_unreadable", field="amount") from None
        if not amount.is_finite() or amount <= 0:
            raise Problem("refund.amount_not_positive", field="amount")
        if not fits_minor_units(amount, target.currency):
            raise Problem("refund.amount_decimals", field="amount", currency=target.currency)
        if target.open_refund:
            raise Problem("refund.in_flight", field="amount")
        if amount > target.refundable:
            raise Problem("refund.too_much", field="amount", refundable=target.refundable,
                          currency=target.currency)
        return amount

    # the money path ---------------------------------------------------------------------------------
    async def refund(self, target: RefundTarget, amount: Decimal, *, reason: str = "",
                     intent_id: int | None = None, on_step: StepObserver | None = None) -> JournalEntry:
        """Open the refund session (a refusal moves nothing), then execute once through the journal."""
        amount = self.check_amount(target, amount)
        intent = intent_id or target.intent_id
        if not intent:
            raise Problem("refund.intent_unknown", field="intent")
        reason = (reason or "").strip()
        expires_at = datetime.now(timezone.utc) + SESSION_TTL
        try:
            session = await self.client.sessions.refund(
                original_payment_intent_id=intent, amount=amount, expires_at=expires_at,
                reason=reason or None)
        except api_errors.ValidationError as exc:
            raise refusal(exc) from None
        except api_errors.ForbiddenError as exc:
            raise Problem("refund.forbidden", message=exc.user_message) from None
        request = PaymentRequest(
            kind="REFUND", lock_key=f"REFUND:{target.key}", amount=amount, currency=target.currency,
            source_number=target.source_number, counterparty_id=target.counterparty_id,
            party_name=target.party_name, session_id=int(session.id), account_number=target.account_number,
            payee_amount=amount, payee_currency=target.currency, payment_intent_id=int(intent),
            refund_of=target.key, reason=reason or None)
        try:
            return await execute_once(
                self.store, request,
                lambda entry, gate: self.client.executions.refund(
                    session_id=session.id, reference_id=entry.reference_id, gate=gate),
                checker=self.checker, on_step=on_step)
        except PaymentAlreadyPendingError:
            raise Problem("refund.in_flight") from None
        except api_errors.ValidationError as exc:
            raise refusal(exc) from None
        except api_errors.ForbiddenError as exc:
            raise Problem("refund.forbidden", message=exc.user_message) from None

    async def follow(self, entry: JournalEntry, on_change: Callable[[JournalEntry], Any], *,
                     timeout_s: float = 600.0) -> JournalEntry:
        """Live status: poll `status/refund` with the same reference_id until it settles."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_s
        while entry.is_open and loop.time() < deadline:
            await asyncio.sleep(self.poll_interval_s)
            try:
                after = await self.checker.check(entry.reference_id)
            except api_errors.ApiError:
                continue
            except StoreClosedError:   # the account closed: the reconciler takes it from here
                return entry
            if after.state is not entry.state:
                on_change(after)
            entry = after
        return entry


def refusal(exc: api_errors.ValidationError) -> Problem:
    """Dollr said no before anything moved: keep its reason (its own words) for the screen."""
    fields = getattr(exc, "field_errors", {}) or {}
    if "amount" in fields or "session_id" in fields:
        return Problem("refund.refused_amount", field="amount",
                       message=fields.get("amount") or fields.get("session_id") or exc.user_message)
    if "original_payment_intent_id" in fields:
        return Problem("refund.intent_refused", field="intent", message=fields["original_payment_intent_id"])
    return Problem("refund.refused", message=exc.user_message)


def payment_key(row: Any) -> str:
    if row.source_type and row.source_id is not None:
        return f"{row.source_type}:{row.source_id}"
    return str(row.reference_id or row.key)


def _intent_in_body(body: Any) -> int | None:
    """A receipt's body, read tolerantly for whatever names the payment intent."""
    try:
        data = json.loads(body) if isinstance(body, str) else body
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    for name in ("payment_intent_id", "original_payment_intent_id", "payment_intent", "intent_id"):
        value = data.get(name)
        if isinstance(value, dict):
            value = value.get("id")
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value
        if isinstance(value, str) and value.isdigit():
            return int(value)
    return None
