"""Pay a supplier or staff member by mobile money (core only; the dialog comes later).

Same shape as a collection: operator detection → payout account (reused for the same party,
wallet and method) → payout session → journal entry committed durably → execute with the
merchant's passcode → record. The passcode is a parameter of `pay()` only: it is registered for
log redaction and never stored anywhere.
"""
from __future__ import annotations

import asyncio
import platform
import socket
from dataclasses import dataclass
from decimal import Decimal

from dollr_desktop import USER_AGENT
from dollr_desktop.logging_setup import register_secret
from dollr_desktop.services.collection import (
    PayerDetection,
    PaymentStep,
    StepObserver,
    detect_operator,
    ensure_account,
    execute_once,
)
from dollr_desktop.services.reconciliation import PaymentChecker
from dollr_desktop.store import JournalEntry, PaymentAlreadyPendingError, PaymentRequest, Store


@dataclass(frozen=True)
class Payee:
    party_id: int
    name: str
    phone: str                        # the wallet paid, E.164 digits without '+'
    counterparty_id: int | None = None


@dataclass(frozen=True)
class DeviceInfo:
    name: str
    type: str
    platform: str
    user_agent: str
    client_ip: str

    @classmethod
    def this_computer(cls) -> DeviceInfo:
        return cls(name=platform.node() or "Dollr Desktop", type="DESKTOP",
                   platform=(platform.system() or "UNKNOWN").upper(), user_agent=USER_AGENT,
                   client_ip=_local_ip())


class PayoutService:
    def __init__(self, client, store: Store, *, checker: PaymentChecker | None = None,
                 on_step: StepObserver | None = None) -> None:
        self.client = client
        self.store = store
        self.checker = checker or PaymentChecker(client, store)
        self.on_step = on_step

    async def detect(self, phone: str) -> PayerDetection:
        return await detect_operator(self.client, phone, "PAYOUT")

    async def pay(self, payee: Payee, amount: Decimal, currency: str, *, passcode: str,
                  passcode_phone: str | None = None, passcode_user_id: str | None = None,
                  detection: PayerDetection | None = None, device: DeviceInfo | None = None) -> JournalEntry:
        """Send `amount` to the payee once. Raises PaymentAlreadyPendingError while a payout to
        the same account is still open."""
        register_secret(passcode)
        if amount <= 0:
            raise ValueError("a payout amount must be more than zero")
        starting_key = f"PAYOUT-TO:{payee.party_id}:{payee.phone}"
        if starting_key in self.store.starting:  # a double-click: the first is being set up
            raise PaymentAlreadyPendingError(starting_key, None)
        self.store.starting.add(starting_key)
        try:
            return await self._pay(payee, amount, currency, passcode, passcode_phone, passcode_user_id,
                                   detection, device)
        finally:
            self.store.starting.discard(starting_key)

    async def _pay(self, payee: Payee, amount: Decimal, currency: str, passcode: str,
                   passcode_phone: str | None, passcode_user_id: str | None,
                   detection: PayerDetection | None, device: DeviceInfo | None) -> JournalEntry:
        detection = detection or await self.detect(payee.phone)
        account = await ensure_account(
            self.client, self.store, operation_type="PAYOUT", party_id=payee.party_id,
            account_name=payee.name, detection=detection)
        self._step(PaymentStep.ACCOUNT_READY, None)
        lock_key = f"PAYOUT:{account.id}"
        existing = await asyncio.to_thread(self.store.journal.open_for, lock_key)
        if existing is not None:
            raise PaymentAlreadyPendingError(lock_key, existing.reference_id)
        session = await self.client.sessions.payout(payout_account_id=account.id, amount=amount,
                                                    currency=currency)
        await asyncio.to_thread(self.store.payments.save_session, "PAYOUT", session)
        self._step(PaymentStep.SESSION_CREATED, None)
        entry = await asyncio.to_thread(self.store.journal.begin, PaymentRequest(
            kind="PAYOUT", lock_key=lock_key, amount=amount, currency=currency,
            counterparty_id=payee.counterparty_id, party_id=payee.party_id, party_name=payee.name,
            session_id=session.id, account_id=account.id, account_number=detection.phone,
            method=detection.payment_method, provider=detection.provider))
        self._step(PaymentStep.JOURNAL_COMMITTED, entry)
        device = device or DeviceInfo.this_computer()
        token = {"code": passcode, "phone": passcode_phone, "user_id": passcode_user_id}
        approval = {"token": {k: v for k, v in token.items() if v is not None}, "device": vars(device)}
        return await execute_once(
            self.store, self.checker, entry,
            lambda: self.client.executions.payout(
                session_id=session.id, payout_account_id=account.id, reference_id=entry.reference_id,
                passcode=approval),
            self._step)

    async def check(self, reference_id: str) -> JournalEntry:
        return await self.checker.check(reference_id)

    def _step(self, step: PaymentStep, entry: JournalEntry | None) -> None:
        if self.on_step is not None:
            self.on_step(step, entry)


def _local_ip() -> str:
    try:
        return socket.gethostbyname(socket.gethostname())
    except OSError:
        return "127.0.0.1"
