"""Mobile-money push collection: the core the "Collect payment" dialog drives.

`plan()` (no money moves): fresh document detail, operator detection, the fee quote.
`collect(plan)` (the person pressed Confirm): checkout session → payment account (reused for the
same party, phone and method) → the one money path (services/payments_core.py: journal entry
committed durably → execute → record the answer). If the answer is lost (OutcomeUnknownError,
timeout, 5xx, cancellation) the entry is marked UNKNOWN and only ever followed by a status check
with the same reference_id.
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from dollr_desktop.services.payments_core import (  # noqa: F401  (PaymentStep: re-exported)
    PaymentChecker,
    PaymentStep,
    StepObserver,
    execute_once,
)
from dollr_desktop.services.problems import Problem
from dollr_desktop.store import JournalEntry, PaymentAlreadyPendingError, PaymentRequest, Store
from dollr_desktop.store.payment_cache import FeeQuote, PaymentAccount, quote_from
from dollr_desktop.store.rows import as_mapping

log = logging.getLogger(__name__)


class DocumentNotPayableError(Problem):
    """The document is not ACTIVE (a draft, paid, canceled): worded by ui/wording/payments.py."""

    def __init__(self, number: str, status: str) -> None:
        super().__init__("payment.document_not_payable", number=number, status=status)
        self.status = status

    def __str__(self) -> str:   # for logs and the crash report; the merchant reads the wording
        return f"{self.code}: {self.params['number']} {self.params['status']}"


class RetryNotAllowedError(Problem):
    """Only an attempt Dollr never received (NOT_FOUND, not yet retried) may be tried again."""

    def __init__(self, reference_id: str) -> None:
        super().__init__("payment.retry_not_allowed", reference_id=reference_id)


@dataclass(frozen=True)
class PayerDetection:
    phone: str
    payment_method: str
    provider: str
    carrier: str
    country: str
    currencies: tuple[str, ...]


@dataclass(frozen=True)
class CollectionPlan:
    source_type: str
    source_id: int
    source_number: str
    document_currency: str
    total_amount: Decimal
    counterparty_id: int
    party_id: int
    party_name: str
    detection: PayerDetection
    currency: str          # what the payer pays in (the execution currency)
    quote: FeeQuote

    @property
    def lock_key(self) -> str:
        return f"{self.source_type}:{self.source_id}"


async def detect_operator(client, phone: str, operation_type: str) -> PayerDetection:
    info = await client.predictions.mmo_provider_info(phone, operation_type)
    return PayerDetection(
        phone=info.phone or phone, payment_method=_text(info.payment_method),
        provider=_text(info.gateway_provider), carrier=info.carrier, country=info.country,
        currencies=tuple(info.currencies),
    )


async def ensure_account(client, store: Store, *, operation_type: str, party_id: int, account_name: str,
                         detection: PayerDetection, country_code: str | None = None) -> PaymentAccount:
    """The cached account for this party + wallet + method, or a new one (its number cached)."""
    cached = await asyncio.to_thread(
        store.payments.find_account, party_id=party_id, account_number=detection.phone,
        method=detection.payment_method, operation_type=operation_type)
    if cached is not None:
        return cached
    created = await client.payment_accounts.create(
        operation_type, account_name=account_name, provider=detection.provider,
        method=detection.payment_method, party_id=party_id, country_code=country_code,
        insensitive_account_number=detection.phone)
    return await asyncio.to_thread(store.payments.save_account, created,
                                   operation_type=operation_type, account_number=detection.phone)


class PaymentService:
    """What collecting and paying out share: the client, the store, the status checker, the
    step observer, and the guard against a double-click starting the same payment twice."""

    operation_type: str = ""   # "COLLECTION" or "PAYOUT"

    def __init__(self, client, store: Store, *, checker: PaymentChecker | None = None,
                 on_step: StepObserver | None = None) -> None:
        self.client = client
        self.store = store
        self.checker = checker or PaymentChecker(client, store)
        self.on_step = on_step

    async def detect(self, phone: str) -> PayerDetection:
        return await detect_operator(self.client, phone, self.operation_type)

    async def check(self, reference_id: str) -> JournalEntry:
        """Ask Dollr for the status of this attempt (same id); used by the live timeline."""
        return await self.checker.check(reference_id)

    @contextmanager
    def _starting(self, key: str) -> Iterator[None]:
        if key in self.store.starting:  # a double-click: the first is being set up
            raise PaymentAlreadyPendingError(key, None)
        self.store.starting.add(key)
        try:
            yield
        finally:
            self.store.starting.discard(key)

    def _step(self, step: PaymentStep, entry: JournalEntry | None) -> None:
        if self.on_step is not None:
            self.on_step(step, entry)


class CollectionService(PaymentService):
    """Plan, collect, and follow a collection. Following goes through here: the app-wide
    `PaymentMonitor` (given by the account session) does the watching, the dialog listens."""

    operation_type = "COLLECTION"

    def __init__(self, client, store: Store, *, monitor: Any = None, **kwargs: Any) -> None:
        super().__init__(client, store, **kwargs)
        self.monitor = monitor

    async def plan(self, source_type: str, source_id: int, phone: str, *, currency: str | None = None,
                   detection: PayerDetection | None = None) -> CollectionPlan:
        """Everything the person sees before confirming; nothing is created on the server."""
        resource = self.client.invoices if source_type == "INVOICE" else self.client.orders
        detail = await resource.retrieve(source_id)
        document = await asyncio.to_thread(self.store.documents.upsert_detail, source_type, detail)
        if document.status != "ACTIVE":
            raise DocumentNotPayableError(document.number or str(source_id), document.status or "unknown")
        counterparty = as_mapping(detail.counterparty) if detail.counterparty else None
        if counterparty is None:
            counterparty = as_mapping(await self.client.counterparties.retrieve(document.counterparty_id))
        party = as_mapping(counterparty["party"])
        detection = detection or await self.detect(phone)
        payer_currency = currency or (
            document.currency if document.currency in detection.currencies or not detection.currencies
            else detection.currencies[0])
        quote = await self.client.predictions.payment_source_amount_and_fees(
            target_currency=payer_currency, payment_method=detection.payment_method,
            provider=detection.provider, source_type=source_type, source_id=source_id)
        await asyncio.to_thread(
            self.store.payments.save_quote, quote, source_type=source_type, source_id=source_id,
            payment_method=detection.payment_method, provider=detection.provider,
            target_currency=payer_currency)
        return CollectionPlan(
            source_type=source_type, source_id=source_id, source_number=document.number or "",
            document_currency=document.currency or "", total_amount=document.total_amount or Decimal(0),
            counterparty_id=counterparty["id"], party_id=party["id"], party_name=party["fullname"],
            detection=detection, currency=payer_currency, quote=quote_from(as_mapping(quote)))

    async def collect(self, plan: CollectionPlan, *, retry_of: str | None = None) -> JournalEntry:
        """Move the money once. Raises PaymentAlreadyPendingError while this document has one open.

        retry_of: a NOT_FOUND attempt the person chose to try again (a new reference_id is used).
        """
        with self._starting(plan.lock_key):
            return await self._collect(plan, retry_of)

    async def _collect(self, plan: CollectionPlan, retry_of: str | None) -> JournalEntry:
        existing = await asyncio.to_thread(self.store.journal.open_for, plan.lock_key)
        if existing is not None:
            raise PaymentAlreadyPendingError(plan.lock_key, existing.reference_id)
        retry_of = await self._attempt_retried(plan.lock_key, retry_of)
        session = await self.client.sessions.checkout(source_id=plan.source_id, source_type=plan.source_type)
        await asyncio.to_thread(self.store.payments.save_session, "CHECKOUT", session)
        self._step(PaymentStep.SESSION_CREATED, None)
        account = await ensure_account(
            self.client, self.store, operation_type="COLLECTION", party_id=plan.party_id,
            account_name=plan.party_name, detection=plan.detection)
        self._step(PaymentStep.ACCOUNT_READY, None)
        request = PaymentRequest(
            kind="COLLECTION", lock_key=plan.lock_key, amount=plan.quote.payer_amount or plan.total_amount,
            currency=plan.currency, source_type=plan.source_type, source_id=plan.source_id,
            source_number=plan.source_number, counterparty_id=plan.counterparty_id,
            party_id=plan.party_id, party_name=plan.party_name, session_id=session.id,
            account_id=account.id, account_number=plan.detection.phone,
            method=plan.detection.payment_method, provider=plan.detection.provider,
            payee_amount=plan.quote.payee_amount, payee_currency=plan.quote.payee_currency,
            quote=_quote_dict(plan.quote), retry_of=retry_of)
        entry = await execute_once(
            self.store, request,
            lambda entry, gate: self.client.executions.collection(
                session_id=session.id, payment_account_id=account.id, currency=plan.currency,
                reference_id=entry.reference_id, gate=gate),
            checker=self.checker, on_step=self._step)
        if self.monitor is not None:   # watched to its end, whether or not a window shows it
            self.monitor.watch(entry)
        return entry

    # following ------------------------------------------------------------------------------------
    async def pending_for(self, source_type: str, source_id: int) -> JournalEntry | None:
        """The payment already in flight for this document (any window, any earlier run)."""
        entries = await asyncio.to_thread(self.store.journal.for_source, source_type, source_id)
        open_entries = [e for e in entries if e.is_open]
        return open_entries[-1] if open_entries else None

    def follow(self, entry: JournalEntry, listener: Callable[[Any], Any]) -> Any:
        """Hear this payment's changes until `unfollow`; it is watched to its end either way.
        Returns the latest news of it (a PaymentEvent), if any."""
        self.monitor.add_listener(listener, entry.reference_id)
        self.monitor.watch(entry, trigger="dialog")
        return self.monitor.last_event.get(entry.reference_id)

    def unfollow(self, reference_id: str, listener: Callable[[Any], Any]) -> None:
        if self.monitor is not None:
            self.monitor.remove_listener(listener, reference_id)

    def latest(self, reference_id: str) -> Any:
        return self.monitor.last_event.get(reference_id) if self.monitor is not None else None

    async def _attempt_retried(self, lock_key: str, retry_of: str | None) -> str | None:
        """The NOT_FOUND attempt this one tries again: the one named, or else the latest for the
        document that was never retried (so a new attempt made in the same window is linked too)."""
        if retry_of is not None:
            if not (await asyncio.to_thread(self.store.journal.get, retry_of)).may_retry:
                raise RetryNotAllowedError(retry_of)
            return retry_of
        attempts = await asyncio.to_thread(self.store.journal.for_lock, lock_key)
        return attempts[-1].reference_id if attempts and attempts[-1].may_retry else None


def _quote_dict(quote: FeeQuote) -> dict[str, str | None]:
    return {name: None if value is None else str(value) for name, value in vars(quote).items()}


def _text(value) -> str:
    return str(getattr(value, "value", value))
