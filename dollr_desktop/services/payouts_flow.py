"""What the payout screens need around the payout core (services/payout.py). No Qt.

- recipients: suppliers, employees and beneficiaries first; created inline (party + counterparty);
- the recipient's mobile-money operator, as Dollr detects it (`predictions/mmo-provider-info`);
- the fee preview (`predictions/amount-and-fees`, operation_type=PAYOUT, fee borne by the merchant):
  "recipient gets … · your wallet is debited …";
- the payout payment account, reused for the same recipient and number, created otherwise;
- the two steps the screens take apart: `open_session` when the person presses Continue (the
  wallet to be debited and `expires_at` are shown with a countdown), `approve` when they type the
  passcode: journal entry committed first, then one execute through the payout core's
  `execute_once` (services/collection.py, shared with services/payout.py), whose lost answers
  only ever lead to a status check with the same reference_id;
- the merchant-facing wording of every refusal, and a pause after repeated wrong passcodes;
- the payout history from the journal.
`PayoutService.pay()` (services/payout.py) does session + execute in one call; the screens need
the session first (countdown, confirm again when it expires), so the same pieces are composed
here in two steps.
"""
from __future__ import annotations

import asyncio
import logging
import re
import time
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from dollr_desktop.api import errors as api_errors
from dollr_desktop.logging_setup import forget_secret, register_secret
from dollr_desktop.services import phones
from dollr_desktop.services.collection import PaymentStep, execute_once
from dollr_desktop.services.device_info import describe_device_async
from dollr_desktop.services.problems import Problem
from dollr_desktop.services.catalogue import FeeLine, fee_lines
from dollr_desktop.services.reconciliation import PaymentChecker
from dollr_desktop.store import PaymentRequest
from dollr_desktop.store.contacts import Contact
from dollr_desktop.store.journal import JournalEntry
from dollr_desktop.store.payment_cache import PaymentAccount

log = logging.getLogger(__name__)

PAYOUT_RELATIONSHIPS = ("SUPPLIER", "EMPLOYEE", "BENEFICIARY")
OPERATION = "PAYOUT"
PORTAL_VERIFICATION_URL = "https://heydollr.app"   # the merchant portal (Dollr's exact page is not public)
FREE_PASSCODE_TRIES = 3       # wrong passcodes before the first pause
FIRST_PAUSE_S = 30            # then 30 s, 60 s, 120 s … (capped)
MAX_PAUSE_S = 300
REFUSAL_REASONS = {
    "wrong_passcode": "wrong passcode", "expired": "the session expired before approval",
    "not_verified": "account not verified for payouts", "locked": "payouts locked after wrong passcodes",
    "passcode_owner": "no passcode for this phone or user id", "number": "Dollr cannot pay this number",
}


class PayoutProblem(api_errors.ApiError):
    """Something the merchant can act on, said in words, with what may happen next.

    `field` names the input it belongs to; `retry_allowed` says whether the passcode may be typed
    again, `pause_seconds` how long to wait first; `expired` means the session is gone and a new
    one needs the person's OK; `link` is a page to open (e.g. verification in the portal).
    """

    def __init__(self, message: str, *, field: str | None = None, link: str | None = None,
                 retry_allowed: bool = True, pause_seconds: int = 0, expired: bool = False,
                 kind: str = "other") -> None:
        super().__init__(message)
        self.message = message   # == user_message: the runner shows it like any API refusal
        self.field = field
        self.link = link
        self.retry_allowed = retry_allowed
        self.pause_seconds = pause_seconds
        self.expired = expired
        self.kind = kind


@dataclass(frozen=True)
class MobileWallet:
    """The recipient's mobile-money wallet, as Dollr sees the number."""

    phone: str
    carrier: str
    country: str
    currencies: tuple[str, ...]
    payment_method: str
    provider: str


@dataclass(frozen=True)
class PayoutQuote:
    recipient_gets: Decimal
    recipient_currency: str
    wallet_debited: Decimal
    wallet_currency: str
    fees: tuple[FeeLine, ...]

    @property
    def total_fee(self) -> Decimal:
        return sum((f.amount for f in self.fees if f.currency == self.wallet_currency), Decimal(0))


@dataclass(frozen=True)
class PreparedPayout:
    """A payout session opened for one recipient and amount, waiting for the passcode."""

    contact: Contact
    wallet: MobileWallet
    account: PaymentAccount
    amount: Decimal
    currency: str
    quote: PayoutQuote
    note: str
    session: Any          # PayoutSessionResponse: id, wallet_id, expires_at …

    @property
    def lock_key(self) -> str:
        return f"PAYOUT:{self.account.id}"


def payout_first(contacts: list[Contact]) -> list[Contact]:
    """Suppliers, employees and beneficiaries before everyone else; otherwise the search order."""
    return sorted(contacts, key=lambda c: (c.relationship_type or "") not in PAYOUT_RELATIONSHIPS)


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
            raise PayoutProblem(
                f"{name} was saved on this computer and will be sent to Dollr when the connection "
                "returns. A payout needs a connection: try again once you are online.")
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
            raise PayoutProblem(invalid_number_message(info.digits, exc), field="phone") from exc
        return MobileWallet(phone=info.digits, carrier=found.carrier, country=found.country,
                            currencies=tuple(found.currencies), payment_method=_text(found.payment_method),
                            provider=_text(found.gateway_provider))

    async def quote(self, amount: Decimal, currency: str, wallet: MobileWallet) -> PayoutQuote:
        if currency not in wallet.currencies:
            choices = " or ".join(wallet.currencies)
            raise PayoutProblem(f"{wallet.carrier} pays out in {', '.join(wallet.currencies)}, not {currency}. "
                                f"Choose {choices}.", field="currency")
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
            raise PayoutProblem(f"{contact.name} is not on Dollr yet; sync, then try again.")
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
            raise PayoutProblem(invalid_number_message(wallet.phone, exc), field="phone") from exc
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
                      user_id: str = "") -> JournalEntry:
        """The journal entry is committed, then the execute request goes out once.

        The passcode is only a parameter here: registered for log redaction while the request is
        out, forgotten (and our reference dropped) right after. Refusals become PayoutProblem.
        """
        self._refuse_if_paused()
        await self._refuse_if_open(prepared.lock_key, prepared.contact.name)
        device = await describe_device_async(self.base_url)
        entry = await asyncio.to_thread(self.store.journal.begin, PaymentRequest(
            kind=OPERATION, lock_key=prepared.lock_key, amount=prepared.quote.wallet_debited,
            currency=prepared.quote.wallet_currency, counterparty_id=prepared.contact.id,
            party_id=prepared.contact.party_id, party_name=prepared.contact.name,
            session_id=prepared.session.id, account_id=prepared.account.id,
            account_number=prepared.wallet.phone, method=prepared.wallet.payment_method,
            provider=prepared.wallet.provider, payee_amount=prepared.quote.recipient_gets,
            payee_currency=prepared.quote.recipient_currency, quote=_quote_record(prepared)))
        self._step(PaymentStep.JOURNAL_COMMITTED, entry)
        token = {"code": passcode, "user_id": user_id} if user_id else {"code": passcode, "phone": passcode_phone}
        approval = {"token": token, "device": device.as_payload()}
        register_secret(passcode)
        try:
            result = await execute_once(
                self.store, self.checker, entry,
                lambda: self.client.executions.payout(
                    session_id=prepared.session.id, payout_account_id=prepared.account.id,
                    reference_id=entry.reference_id, passcode=approval),
                self._step)
        except api_errors.ValidationError as exc:
            problem = self._refusal(exc, prepared)
            await self._note_refusal(entry.reference_id, problem)
            raise problem from None
        except api_errors.ForbiddenError as exc:
            problem = forbidden_problem(exc)
            if problem.pause_seconds:
                self.paused_until = self._clock() + problem.pause_seconds
            await self._note_refusal(entry.reference_id, problem)
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

    async def _note_refusal(self, reference_id: str, problem: PayoutProblem) -> None:
        """The journal says why in a few words (the history's Status column), never the passcode."""
        reason = REFUSAL_REASONS.get(problem.kind) or problem.message[:120]
        await asyncio.to_thread(self.store.journal.record_server_status, reference_id, "REFUSED",
                                origin="execute", message=reason)

    def _step(self, step: PaymentStep, entry: JournalEntry | None) -> None:
        if self.on_step is not None:
            self.on_step(step, entry)

    async def _refuse_if_open(self, lock_key: str, name: str) -> None:
        open_entry = await asyncio.to_thread(self.store.journal.open_for, lock_key)
        if open_entry is not None:
            raise PayoutProblem(
                f"A payout to {name} on this number is still in progress (reference "
                f"{open_entry.reference_id}). Wait until it completes or fails before paying again.",
                retry_allowed=False, kind="pending")

    def _refuse_if_paused(self) -> None:
        left = int(self.paused_until - self._clock() + 0.999)
        if left > 0:
            raise PayoutProblem("Too many wrong passcodes.", pause_seconds=left, kind="paused")

    def _refusal(self, exc: api_errors.ValidationError, prepared: PreparedPayout) -> PayoutProblem:
        fields = exc.field_errors
        if any(key.startswith("passcode.token.code") for key in fields):
            self.wrong_passcodes += 1
            pause = 0
            if self.wrong_passcodes >= FREE_PASSCODE_TRIES:
                pause = min(MAX_PAUSE_S, FIRST_PAUSE_S * 2 ** (self.wrong_passcodes - FREE_PASSCODE_TRIES))
                self.paused_until = self._clock() + pause
            message = "That passcode is not right. Nothing was paid. Type it again."
            if pause:
                message = (f"That passcode is not right ({self.wrong_passcodes} wrong tries). Nothing was "
                           "paid. To protect your wallet, wait before trying again.")
            return PayoutProblem(message, field="passcode", pause_seconds=pause, kind="wrong_passcode")
        if any(key.startswith("passcode.token.user_id") for key in fields):
            return PayoutProblem("Dollr has no passcode for this user id. Check it in the Dollr app, or approve "
                                 "with your passcode phone instead. Nothing was paid.", field="user_id",
                                 kind="passcode_owner")
        if any(key.startswith("passcode.token.phone") for key in fields):
            return PayoutProblem(
                "Dollr has no passcode for this phone. Check the payout passcode phone in Settings (it is the "
                "phone you set the passcode up with in the Dollr app). Nothing was paid.",
                field="passcode_phone", kind="passcode_owner")
        session_text = fields.get("session_id", "")
        if "expired" in session_text.lower():
            return PayoutProblem("The payout session expired before approval. Nothing was paid. Confirm the "
                                 "payout again to start a new session.", retry_allowed=False, expired=True,
                                 kind="expired")
        if "payout_account_id" in fields or "insensitive_account_number" in fields:
            return PayoutProblem(invalid_number_message(prepared.wallet.phone, exc), retry_allowed=False,
                                 kind="number")
        reason = "; ".join(fields.values()) or exc.user_message
        return PayoutProblem(f"Dollr refused this payout: {reason.rstrip('.')}. Nothing was paid.",
                             retry_allowed=False, kind="refused")

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


def forbidden_problem(exc: api_errors.ApiError) -> PayoutProblem:
    """403 means one of two things for a payout: a passcode lock, or an unverified account."""
    detail = exc.body.get("detail") if isinstance(exc.body, dict) else None
    text = detail if isinstance(detail, str) else exc.details
    if "passcode" in text.lower() or "locked" in text.lower():
        minutes = re.search(r"(\d+)\s*minute", text)
        pause = int(minutes.group(1)) * 60 if minutes else FIRST_PAUSE_S
        return PayoutProblem(
            f"Dollr has paused payouts after too many wrong passcodes ({text.rstrip('.')}). Nothing was paid. "
            "Wait, then try again; if you forgot the passcode, reset it in the Dollr app.",
            pause_seconds=pause, kind="locked")
    return not_verified_problem(exc)


def not_verified_problem(exc: api_errors.ApiError) -> PayoutProblem:
    return PayoutProblem(
        "Your Dollr account is not verified for payouts yet, so nothing was paid. Finish the business "
        "verification in the Dollr merchant portal (it usually takes a working day), then try again.",
        link=PORTAL_VERIFICATION_URL, retry_allowed=False, kind="not_verified")


def _quote_record(prepared: PreparedPayout) -> dict[str, Any]:
    """What the journal keeps for receipts and cash-up: fees and the note (never the passcode)."""
    quote = prepared.quote
    return {"recipient_gets": str(quote.recipient_gets), "recipient_currency": quote.recipient_currency,
            "wallet_debited": str(quote.wallet_debited), "wallet_currency": quote.wallet_currency,
            "fees": [[f.label, str(f.amount), f.currency] for f in quote.fees], "note": prepared.note,
            "carrier": prepared.wallet.carrier, "wallet_id": prepared.session.wallet_id}


def invalid_number_message(phone: str, exc: api_errors.ApiError) -> str:
    reason = "; ".join(getattr(exc, "field_errors", {}).values()) or exc.user_message
    return (f"Dollr cannot pay out to +{phone}: {reason.rstrip('.')}. Check the number with the recipient "
            "(it must be a mobile-money number on the operator shown).")


def _dec(value: Any) -> Decimal:
    return Decimal(str(value))


def _text(value: Any) -> str:
    return str(getattr(value, "value", value))
