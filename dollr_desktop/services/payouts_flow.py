"""What the payout screens need around the one money path (services/payments_core.py). No Qt.

- recipients: suppliers, employees and beneficiaries first; created inline (party + counterparty);
- the recipient's mobile-money operator, as Dollr detects it (`predictions/mmo-provider-info`);
- the fee preview (`predictions/amount-and-fees`, operation_type=PAYOUT, fee borne by the merchant):
  "recipient gets … · your wallet is debited …";
- the payout payment account, reused for the same recipient and number, created otherwise;
- the two steps the screens take apart: `open_session` when the person presses Continue (the
  wallet to be debited and `expires_at` are shown with a countdown), `approve` when they type the
  passcode: `execute_once` commits the journal entry, then sends the execute once; lost answers
  only ever lead to a status check with the same reference_id;
- every refusal as a `PayoutProblem` code (services/payout_problems.py), and a pause after
  repeated wrong passcodes;
- the payout history from the journal.
"""
from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from decimal import Decimal
from typing import Any

from dollr_desktop.api import errors as api_errors
from dollr_desktop.logging_setup import forget_secret, register_secret
from dollr_desktop.services import phones
from dollr_desktop.services.device_info import describe_device_async
from dollr_desktop.services.catalogue import FeeLine, fee_lines
from dollr_desktop.services.problems import Problem
from dollr_desktop.services.payments_core import PaymentChecker, PaymentStep, execute_once
from dollr_desktop.services.payout_models import (  # noqa: F401  (re-exported for the screens)
    PAYOUT_RELATIONSHIPS,
    MobileWallet,
    PayoutQuote,
    PreparedPayout,
    payout_first,
    quote_record,
)
from dollr_desktop.services.payout_problems import (  # noqa: F401  (re-exported for the screens)
    FIRST_PAUSE_S,
    FREE_PASSCODE_TRIES,
    MAX_PAUSE_S,
    PORTAL_VERIFICATION_URL,
    PayoutProblem,
    forbidden_problem,
    invalid_number,
    not_verified_problem,
    refusal_problem,
)
from dollr_desktop.store import PaymentAlreadyPendingError, PaymentRequest
from dollr_desktop.store.contacts import Contact
from dollr_desktop.store.journal import JournalEntry
from dollr_desktop.store.payment_cache import PaymentAccount

log = logging.getLogger(__name__)

OPERATION = "PAYOUT"


class PayoutsFlow:
    def __init__(self, client: Any, store: Any, contacts: Any, *, base_url: str | None = None,
                 checker: PaymentChecker | None = None, clock=time.monotonic) -> None:
        self.client = client
        self.store = store
        self.contacts = contacts   # services.contacts.ContactsService
        self.base_url = base_url
        self.checker = checker or PaymentChecker(client, store)
        self._clock = clock
        self.wrong_passcodes = 0
        self.paused_until = 0.0
        self.on_step = None        # tests observe the payout steps (journal commit before execute)

    # ---- recipients --------------------------------------------------------------------------
    async def recipients(self, text: str = "", limit: int = 30) -> list[Contact]:
        found = await asyncio.to_thread(self.store.contacts.search, text, limit * 3)
        return payout_first(found)[:limit]

    async def create_recipient(self, *, name: str, phone: str, relationship: str = "SUPPLIER",
                               email: str | None = None, country_code: str | None = None) -> Contact:
        contact = await self.contacts.create_contact(name=name, phone=phone, email=email,
                                                     country_code=country_code, relationship=relationship)
        if contact.is_draft:
            raise PayoutProblem("payout.recipient_saved_offline", name=name)
        return contact

    # ---- the wallet the money goes to ---------------------------------------------------------
    async def lookup_wallet(self, phone: str) -> MobileWallet:
        """Dollr's own reading of the number: operator, method and provider for the account."""
        info = phones.describe(phone)
        if not info.valid:
            raise info.problem or Problem("phone.empty", field="phone")   # worded in ui/wording/phones.py
        try:
            found = await self.client.predictions.mmo_provider_info(info.digits, OPERATION)
        except api_errors.ValidationError as exc:
            raise invalid_number(info.digits, exc, field="phone") from exc
        return MobileWallet(phone=info.digits, carrier=found.carrier, country=found.country,
                            currencies=tuple(found.currencies), payment_method=_text(found.payment_method),
                            provider=_text(found.gateway_provider))

    async def quote(self, amount: Decimal, currency: str, wallet: MobileWallet) -> PayoutQuote:
        if currency not in wallet.currencies:
            raise PayoutProblem("payout.currency_not_offered", field="currency", method=wallet.payment_method,
                                currencies=tuple(wallet.currencies), currency=currency)
        found = await self.client.predictions.amount_and_fees(
            base_amount=amount, base_currency=currency, target_currency=currency,
            payment_method=wallet.payment_method, operation_type=OPERATION, provider=wallet.provider,
            fee_bearer="PAYER")
        return PayoutQuote(recipient_gets=_dec(found.payee_amount), recipient_currency=found.payee_currency,
                           wallet_debited=_dec(found.payer_amount), wallet_currency=found.payer_currency,
                           fees=tuple(fee_lines(found)))

    async def payout_account(self, contact: Contact, wallet: MobileWallet) -> PaymentAccount:
        """Reuse the payout account made for this recipient and number; create one otherwise."""
        if contact.party_id is None:
            raise PayoutProblem("payout.recipient_not_synced", name=contact.name)
        cache = self.store.payments
        found = await asyncio.to_thread(cache.find_account, party_id=contact.party_id,
                                        account_number=wallet.phone, method=wallet.payment_method,
                                        operation_type=OPERATION)
        if found is not None:
            return found
        try:
            created = await self.client.payment_accounts.create(
                OPERATION, account_name=contact.name, provider=wallet.provider, method=wallet.payment_method,
                party_id=contact.party_id, country_code=wallet.country or None,
                insensitive_account_number=wallet.phone)
        except api_errors.ValidationError as exc:
            raise invalid_number(wallet.phone, exc, field="phone") from exc
        return await asyncio.to_thread(cache.save_account, created, operation_type=OPERATION,
                                       account_number=wallet.phone)

    # ---- session, approval, status ------------------------------------------------------------
    async def open_session(self, *, contact: Contact, wallet: MobileWallet, amount: Decimal, currency: str,
                           quote: PayoutQuote, note: str = "") -> PreparedPayout:
        """Continue: the payout account and a payout session (nothing is paid yet)."""
        account = await self.payout_account(contact, wallet)
        await self._refuse_if_open(f"PAYOUT:{account.id}", contact.name)
        try:
            session = await self.client.sessions.payout(payout_account_id=account.id, amount=amount,
                                                        currency=currency)
        except api_errors.ForbiddenError as exc:
            raise forbidden_problem(exc) from exc
        await asyncio.to_thread(self.store.payments.save_session, OPERATION, session)
        return PreparedPayout(contact=contact, wallet=wallet, account=account, amount=amount, currency=currency,
                              quote=quote, note=note, session=session)

    async def approve(self, prepared: PreparedPayout, passcode: str, passcode_phone: str = "",
                      user_id: str = "", *, link: dict[str, Any] | None = None) -> JournalEntry:
        """The journal entry is committed, then the execute request goes out once (execute_once).

        The passcode is only a parameter here: registered for log redaction while the request is
        out, forgotten (and our reference dropped) right after. Refusals become PayoutProblem.
        `link` replaces request fields (a payout run's row: its own lock key and source, written in
        the same commit as the reference_id), and adds to the quote record.
        """
        self._refuse_if_paused()
        request = self._request(prepared)
        if link:
            extra = dict(link)
            quote = {**request.quote, **extra.pop("quote", {})}
            request = dataclasses.replace(request, quote=quote, **extra)
        await self._refuse_if_open(request.lock_key, prepared.contact.name)
        device = await describe_device_async(self.base_url)   # before the journal: nothing awaits after
        token = {"code": passcode, "user_id": user_id} if user_id else {"code": passcode, "phone": passcode_phone}
        approval = {"token": token, "device": device.as_payload()}
        committed: list[JournalEntry] = []

        def step(which: PaymentStep, entry: JournalEntry | None) -> None:
            if which is PaymentStep.JOURNAL_COMMITTED and entry is not None:
                committed.append(entry)
            self._step(which, entry)

        register_secret(passcode)
        try:
            result = await execute_once(
                self.store, request,
                lambda entry, gate: self.client.executions.payout(
                    session_id=prepared.session.id, payout_account_id=prepared.account.id,
                    reference_id=entry.reference_id, passcode=approval, gate=gate),
                checker=self.checker, on_step=step)
        except PaymentAlreadyPendingError as exc:   # a second approval raced this one: nothing sent
            raise PayoutProblem("payout.pending", retry_allowed=False, name=prepared.contact.name,
                                reference_id=exc.reference_id) from None
        except api_errors.ValidationError as exc:
            self._count_wrong_passcode(exc)
            problem = refusal_problem(exc, prepared.wallet.phone, self.wrong_passcodes)
            if problem.pause_seconds:
                self.paused_until = self._clock() + problem.pause_seconds
            await self._note_refusal(committed[0].reference_id, problem)
            raise problem from None
        except api_errors.ForbiddenError as exc:
            problem = forbidden_problem(exc)
            if problem.pause_seconds:
                self.paused_until = self._clock() + problem.pause_seconds
            await self._note_refusal(committed[0].reference_id, problem)
            raise problem from None
        finally:
            forget_secret(passcode)
            token.clear()
            passcode = token = approval = None   # drop our references (the closure shares them)
        self.wrong_passcodes = 0
        return result

    async def check(self, reference_id: str) -> JournalEntry:
        """The live status: `status/payout/{reference_id}` with the same id, into the journal."""
        return await self.checker.check(reference_id)

    def _request(self, prepared: PreparedPayout) -> PaymentRequest:
        return PaymentRequest(
            kind=OPERATION, lock_key=prepared.lock_key, amount=prepared.quote.wallet_debited,
            currency=prepared.quote.wallet_currency, counterparty_id=prepared.contact.id,
            party_id=prepared.contact.party_id, party_name=prepared.contact.name,
            session_id=prepared.session.id, account_id=prepared.account.id,
            account_number=prepared.wallet.phone, method=prepared.wallet.payment_method,
            provider=prepared.wallet.provider, payee_amount=prepared.quote.recipient_gets,
            payee_currency=prepared.quote.recipient_currency, quote=quote_record(prepared))

    def _count_wrong_passcode(self, exc: api_errors.ValidationError) -> None:
        if any(key.startswith("passcode.token.code") for key in exc.field_errors):
            self.wrong_passcodes += 1

    async def _note_refusal(self, reference_id: str, problem: PayoutProblem) -> None:
        """The journal keeps why (the history's Status column words the code), never the passcode."""
        await asyncio.to_thread(self.store.journal.record_server_status, reference_id, "REFUSED",
                                origin="execute", failure_code=problem.code)

    def _step(self, step: PaymentStep, entry: JournalEntry | None) -> None:
        if self.on_step is not None:
            self.on_step(step, entry)

    async def _refuse_if_open(self, lock_key: str, name: str) -> None:
        open_entry = await asyncio.to_thread(self.store.journal.open_for, lock_key)
        if open_entry is not None:
            raise PayoutProblem("payout.pending", retry_allowed=False, name=name,
                                reference_id=open_entry.reference_id)

    def _refuse_if_paused(self) -> None:
        left = int(self.paused_until - self._clock() + 0.999)
        if left > 0:
            raise PayoutProblem("payout.paused", pause_seconds=left, seconds=left)

    async def check_open(self) -> list[JournalEntry]:
        """Payouts left open (a lost answer, a restart): ask Dollr with the same reference_id.

        Never executes anything; an entry whose request is still awaiting its answer in this
        process is left to that request. Unreachable Dollr leaves the entries as they are.
        """
        checked = []
        for entry in await asyncio.to_thread(self.store.journal.open_entries):
            if entry.kind != OPERATION or entry.reference_id in self.store.in_flight:
                continue
            try:
                checked.append(await self.checker.check(entry.reference_id))
            except api_errors.ApiError as exc:
                log.info("payout %s not checked now: %s", entry.reference_id, type(exc).__name__)
        return checked

    # ---- history -----------------------------------------------------------------------------
    async def history(self, limit: int = 200) -> list[JournalEntry]:
        return await asyncio.to_thread(self.store.journal.entries, limit=limit, kind=OPERATION)


def _dec(value: Any) -> Decimal:
    return Decimal(str(value))


def _text(value: Any) -> str:
    return str(getattr(value, "value", value))
