"""Pay a supplier or staff member by mobile money (core only; the dialog comes later).

Same shape as a collection: operator detection → payout account (reused for the same party,
wallet and method) → payout session → journal entry committed durably → execute with the
merchant's passcode → record. The passcode is a parameter of `pay()` only: it is registered for
log redaction and never stored anywhere.
"""
from __future__ import annotations

import asyncio
from dataclasses import dataclass
from decimal import Decimal

from dollr_desktop.logging_setup import register_secret
from dollr_desktop.services.collection import (
    PayerDetection,
    PaymentService,
    PaymentStep,
    ensure_account,
    execute_once,
)
from dollr_desktop.services.device_info import DeviceInfo, describe_device_async
from dollr_desktop.store import JournalEntry, PaymentAlreadyPendingError, PaymentRequest


@dataclass(frozen=True)
class Payee:
    party_id: int
    name: str
    phone: str                        # the wallet paid, E.164 digits without '+'
    counterparty_id: int | None = None


class PayoutService(PaymentService):
    operation_type = "PAYOUT"

    async def pay(self, payee: Payee, amount: Decimal, currency: str, *, passcode: str,
                  passcode_phone: str | None = None, passcode_user_id: str | None = None,
                  detection: PayerDetection | None = None, device: DeviceInfo | None = None) -> JournalEntry:
        """Send `amount` to the payee once. Raises PaymentAlreadyPendingError while a payout to
        the same account is still open."""
        register_secret(passcode)
        if amount <= 0:
            raise ValueError("a payout amount must be more than zero")
        with self._starting(f"PAYOUT-TO:{payee.party_id}:{payee.phone}"):
            return await self._pay(payee, amount, currency, passcode, passcode_phone, passcode_user_id,
                                   detection, device)

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
        device = device or await describe_device_async(getattr(self.client, "base_url", None))
        token = {"code": passcode, "phone": passcode_phone, "user_id": passcode_user_id}
        approval = {"token": {k: v for k, v in token.items() if v is not None}, "device": device.as_payload()}
        return await execute_once(
            self.store, self.checker, entry,
            lambda: self.client.executions.payout(
                session_id=session.id, payout_account_id=account.id, reference_id=entry.reference_id,
                passcode=approval),
            self._step)
