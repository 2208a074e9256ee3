"""The one money path, and the one place a payment's state is recorded.

`execute_once(store, request, send, checker=...)` is the only way money moves (collections and
payouts today; refunds and payout runs next): it commits the journal entry (the reference_id is
born there), sends once with nothing awaited in between, records whatever happens, and never
sends again. Re-sends the client makes on its own (429, a connection that never opened, a token
renewed) pass a `JournalSendGate`: each is written to the journal before it leaves and none
leaves after the entry's send window, so every process on the same data folder knows when a
request for the id may still arrive.

`PaymentChecker` asks Dollr for one entry's status (same id) and records what it learns;
`record()` is where every final state lands, whoever learned it (the execute answer, a status
check, a realtime hint, the reconciler): the documents cache follows from there and nowhere else.
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timezone
from enum import StrEnum
from typing import Any

from dollr_desktop.api import errors
from dollr_desktop.store import JournalEntry, PaymentRequest, PaymentState, Store

log = logging.getLogger(__name__)

SEND_WINDOW_S = 60.0                # a request (or a re-send) for an id leaves within this of its birth
DEFAULT_NOT_FOUND_GRACE_S = 120.0   # after the last request left: longer than a request can take to land


class PaymentStep(StrEnum):
    SESSION_CREATED = "session_created"
    ACCOUNT_READY = "account_ready"
    JOURNAL_COMMITTED = "journal_committed"   # the reference_id is on disk; the request goes next
    RESPONSE_RECEIVED = "response_received"   # Dollr answered the execute; not yet recorded
    RECORDED = "recorded"                     # the answer (or "unknown") is in the journal


StepObserver = Callable[[PaymentStep, "JournalEntry | None"], None]
Send = Callable[[JournalEntry, "JournalSendGate"], Awaitable[Any]]


class JournalSendGate:
    """The client's `SendGate` for one journal entry: re-sends recorded, bounded by its window."""

    def __init__(self, store: Store, entry: JournalEntry) -> None:
        self.store = store
        self.reference_id = entry.reference_id
        self.deadline = datetime.fromisoformat(entry.sending_until or entry.created_at).timestamp()

    async def allow(self, at: float) -> bool:
        return await asyncio.to_thread(self.store.journal.allow_send, self.reference_id,
                                       datetime.fromtimestamp(at, timezone.utc))


async def execute_once(store: Store, request: PaymentRequest, send: Send, *, checker: PaymentChecker,
                       on_step: StepObserver | None = None) -> JournalEntry:
    """Commit the entry, send once, record whatever happens, never send it again.

    Raises PaymentAlreadyPendingError (nothing sent) while the lock key has an open entry, and the
    API's refusal (4xx: nothing happened, recorded as REFUSED) for the caller to word.
    """
    step = on_step or (lambda _step, _entry: None)
    entry = await asyncio.to_thread(store.journal.begin, request, send_window_s=checker.send_window_s)
    # From here to the request nothing is awaited: the journal commit is the last thing before it.
    step(PaymentStep.JOURNAL_COMMITTED, entry)
    reference_id = entry.reference_id
    store.in_flight.add(reference_id)
    try:
        try:
            execution = await send(entry, JournalSendGate(store, entry))
        except (errors.ValidationError, errors.ForbiddenError, errors.NotFoundError,
                errors.AuthenticationError) as exc:
            if "reference_id" in getattr(exc, "field_errors", {}):
                # "duplicate reference_id": an execution with this id may exist. Ask, never assume.
                return await _unknown(store, checker, reference_id, "payment.duplicate_reference", step)
            # Refused before anything happened (4xx): no money moved. The journal keeps Dollr's own
            # text and the refusal's code; the words are the UI's.
            recorded = await asyncio.to_thread(
                store.journal.record_server_status, reference_id, "REFUSED", origin="execute",
                message=exc.server_text, failure_code=exc.code)
            step(PaymentStep.RECORDED, recorded)
            raise
        except asyncio.CancelledError:
            # The window closed or the app is quitting: the request may have left. Record that
            # synchronously (one small row) because awaiting is no longer possible.
            store.journal.record_unknown(reference_id, "payment.wait_cancelled")
            raise
        except errors.RateLimitedError as exc:  # 429 is answered before the request is handled
            return await _unknown(store, checker, reference_id, exc.code, step)
        except Exception as exc:  # OutcomeUnknown, timeout, dropped, 5xx, an unreadable answer...
            log.warning("execute %s: outcome unknown (%s)", reference_id, type(exc).__name__)
            reason = getattr(exc, "code", None) or errors.OutcomeUnknownError.code
            return await _unknown(store, checker, reference_id, reason, step)
        step(PaymentStep.RESPONSE_RECEIVED, entry)
        recorded = await checker.record(reference_id, execution, origin="execute")
        step(PaymentStep.RECORDED, recorded)
        return recorded
    finally:
        store.in_flight.discard(reference_id)
        if _cancelling():   # no await possible: one small synchronous write
            store.journal.end_sending(reference_id)
        else:
            await asyncio.to_thread(store.journal.end_sending, reference_id)


async def _unknown(store: Store, checker: PaymentChecker, reference_id: str, reason: str,
                   step: StepObserver) -> JournalEntry:
    """The answer is lost (`reason` is a code: api.timeout, payment.wait_cancelled…): one status check
    with the same id (its own request may still land, so a 404 here concludes nothing); if Dollr is
    unreachable, reconciliation carries on."""
    unknown = await asyncio.to_thread(store.journal.record_unknown, reference_id, reason)
    step(PaymentStep.RECORDED, unknown)
    try:
        return await checker.check(reference_id)
    except errors.ApiError:
        return unknown


def _cancelling() -> bool:
    task = asyncio.current_task()
    return task is not None and task.cancelling() > 0


class PaymentChecker:
    """One status check for one journal entry, and the recording of what Dollr says about it."""

    def __init__(self, client, store: Store, *, not_found_grace_s: float = DEFAULT_NOT_FOUND_GRACE_S,
                 send_window_s: float = SEND_WINDOW_S) -> None:
        self.client = client
        self.store = store
        self.not_found_grace_s = not_found_grace_s
        self.send_window_s = send_window_s

    async def check(self, reference_id: str) -> JournalEntry:
        entry = await asyncio.to_thread(self.store.journal.get, reference_id)
        status_of = getattr(self.client.status, {"COLLECTION": "collection", "REFUND": "refund"}.get(
            entry.kind, "payout"))
        asked_at = datetime.now(timezone.utc)
        try:
            execution = await status_of(reference_id)
        except errors.NotFoundError:
            return await self.not_found(reference_id, asked_at)
        except (errors.ApiConnectionError, errors.ServerError, errors.RateLimitedError) as exc:
            log.info("status of %s not known yet: %s", reference_id, type(exc).__name__)
            await asyncio.to_thread(self.store.journal.record_checked, reference_id)
            raise
        return await self.record(reference_id, execution, origin="status")

    async def not_found(self, reference_id: str, asked_at: datetime) -> JournalEntry:
        """Dollr answered 404 to a status check asked at `asked_at`: NOT_FOUND once nothing can
        still arrive (the journal decides: send window closed, grace past the last send)."""
        entry = await asyncio.to_thread(self.store.journal.record_not_found, reference_id,
                                        grace_s=self.not_found_grace_s, asked_at=asked_at)
        return await self._settled(entry)

    async def record(self, reference_id: str, execution, *, origin: str) -> JournalEntry:
        """Write what an execute response, a status poll or a realtime hint said."""
        entry = await asyncio.to_thread(
            self.store.journal.record_server_status, reference_id, _text(execution.status),
            origin=origin, message=execution.gateway_message or execution.wallet_message,
            provider_transaction_id=execution.provider_transaction_id,
            payer_amount=execution.payer_amount, payer_currency=execution.payer_currency,
            payee_amount=execution.payee_amount, payee_currency=execution.payee_currency,
            failure_code=failure_code(await self._kind(reference_id), execution),
            payment_intent_id=getattr(execution, "payment_intent_id", None),
        )
        if entry.is_late:
            log.error("late answer for %s (taken as never received): now %s", reference_id, entry.state.value)
        await self._documents_follow(entry)
        return await self._settled(entry)

    async def _kind(self, reference_id: str) -> str:
        return (await asyncio.to_thread(self.store.journal.get, reference_id)).kind

    async def _documents_follow(self, entry: JournalEntry) -> None:
        """The cached document's status follows its payment (the only place that writes it)."""
        if entry.kind != "COLLECTION" or not entry.source_type or not entry.source_id:
            return
        documents = self.store.documents
        if entry.state is PaymentState.COMPLETED:
            await asyncio.to_thread(documents.set_status, entry.source_type, entry.source_id, "PAID")
        elif entry.state is PaymentState.FAILED:
            await self._refresh_source(entry)   # payable again: Dollr says how it stands now
        elif entry.is_open and entry.server_status:
            # Lists and editors say "Processing" (not cancelable) until Dollr settles it.
            await asyncio.to_thread(documents.set_status, entry.source_type, entry.source_id, "PROCESSING")

    async def _refresh_source(self, entry: JournalEntry) -> None:
        try:
            source = await self.client.status.source(entry.source_type, entry.source_id)
        except errors.ApiError:
            return
        status = _text(getattr(source, "status", None))
        if status and status != "None":
            await asyncio.to_thread(self.store.documents.set_status, entry.source_type, entry.source_id, status)

    async def _settled(self, entry: JournalEntry) -> JournalEntry:
        """Settled by a check after a restart (another run's entry): the Activity view says so."""
        if entry.is_final and entry.owner_run != self.store.run_id and not entry.reconciled_at:
            await asyncio.to_thread(self.store.journal.mark_reconciled, entry.reference_id)
            return await asyncio.to_thread(self.store.journal.get, entry.reference_id)
        return entry


def failure_code(kind: str, execution: Any) -> str | None:
    """Whose side a failure was on, so the words can name the right person.

    A payout the operator turned down failed on the recipient's side (their wallet, their number),
    whatever the gateway's text says about "the payer"; one with only a wallet message failed on
    the merchant's own wallet. A collection fails on the payer's side.
    """
    if _text(execution.status).upper() not in ("FAILED", "FAILURE", "REJECTED", "CANCELED", "CANCELLED",
                                               "EXPIRED"):
        return None
    if kind == "REFUND":
        return "refund.wallet_short" if execution.wallet_message and not execution.gateway_message \
            else "refund.failed"
    if kind == "PAYOUT":
        if execution.gateway_message:
            return "payout.recipient_declined"
        return "payout.wallet_short" if execution.wallet_message else "payout.failed"
    return collection_failure(execution.gateway_message)


# What the operator's text says about a declined collection, as a code the UI words in the merchant's
# language (the text itself stays in the journal for "Details"). Checked in order; anything else is
# "declined". The gateways' wording is not documented: these are the phrases MoMo gateways use.
_COLLECTION_FAILURES = (
    ("collection.payer_short", ("insufficient", "not enough", "low balance")),
    ("collection.payer_timeout", ("timeout", "timed out", "expired", "no response")),
    ("collection.payer_cancelled", ("cancel", "rejected by the user", "rejected by user", "declined by the user")),
)


def collection_failure(gateway_message: str | None) -> str:
    text = (gateway_message or "").lower()
    for code, phrases in _COLLECTION_FAILURES:
        if any(phrase in text for phrase in phrases):
            return code
    return "collection.payer_declined"


def _text(value) -> str:
    return str(getattr(value, "value", value))
