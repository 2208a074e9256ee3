"""Executions, their settlement and the merchant's wallets.

An execution is born PENDING and handed to the (simulated) gateway at once, so the execute
response says PROCESSING. It settles `settle_delay` seconds later on the sandbox clock, unless
the payer's test phone says otherwise (see phones.py). Every transition goes through
`_set_status`, which tells the execution listeners.
"""
from __future__ import annotations

import secrets
import uuid
from decimal import Decimal

from dollr_desktop.sandbox import fees, phones, sessions
from dollr_desktop.sandbox.documents import KIND_TABLE, counterparty_name_phone
from dollr_desktop.sandbox.errors import SandboxError, not_found, unprocessable
from dollr_desktop.sandbox.state import SandboxState

TERMINAL = ("COMPLETED", "FAILED")


# ---- executions ---------------------------------------------------------------------------------
def find_execution(state: SandboxState, operation_type: str, reference_id: str) -> dict:
    ex = state.executions.get(reference_id)
    if ex is None or ex["operation_type"] != operation_type:
        raise not_found("Execution")
    return ex


def replay_or_none(state: SandboxState, reference_id: str, fingerprint: list) -> dict | None:
    """Idempotency: the same id and request returns the same execution; a different request is refused."""
    try:
        uuid.UUID(reference_id)
    except ValueError:
        raise unprocessable(["body", "reference_id"], "reference_id must be a UUID") from None
    ex = state.executions.get(reference_id)
    if ex is None:
        return None
    if ex["fingerprint"] != fingerprint:
        raise unprocessable(["body", "reference_id"],
                            "Duplicate reference_id: it already belongs to a different request")
    ex["execute_requests"] += 1
    return ex


def _new_execution(state: SandboxState, *, operation: str, reference_id: str, fingerprint: list,
                   quote: fees.Quote, session: dict, outcome: str, **extra) -> dict:
    now = state.now()
    ex = {"reference_id": reference_id, "operation_type": operation, "status": "PENDING",
          "payment_intent_id": state.next_id("payment_intent", 90001), "fingerprint": fingerprint,
          "execute_requests": 1, "session_id": session["id"], "created_at": now, "updated_at": now,
          "settle_at": now + state.settle_delay, "outcome": outcome, "gateway_message": None,
          "wallet_message": None, "provider_transaction_id": None, "client_secret": None,
          "requires_action": None, "settled_at": None, "source_type": None, "source_id": None,
          "payment_account_id": None, "phone": None, **quote.to_record(), **extra}
    state.executions[reference_id] = ex
    session["status"] = "USED"
    session["updated_at"] = now
    state.notify_execution(ex)
    return ex


def execute_collection(state: SandboxState, *, session_id: str, payment_account_id: str, currency: str,
                       reference_id: str) -> dict:
    fingerprint = ["COLLECTION", session_id, payment_account_id, currency]
    replay = replay_or_none(state, reference_id, fingerprint)
    if replay is not None:
        return replay
    session = sessions.active_session(state, session_id, "CHECKOUT")
    account = sessions.account_for(state, payment_account_id, "COLLECTION", "payment_account_id")
    if currency not in phones.CURRENCIES_FOR_METHOD.get(account["method"], ()):
        raise unprocessable(["body", "currency"], f"{account['method']} cannot collect {currency}")
    doc = state.table(KIND_TABLE[session["source_type"]])[session["source_id"]]
    if doc["status"] != "ACTIVE":
        raise unprocessable(["body", "session_id"], f"{doc['number']} is {doc['status']}; it cannot be paid now")
    quote = fees.quote(doc["total_amount"], doc["currency"], currency, method=account["method"],
                       operation="COLLECTION", fee_bearer=doc["fee_bearer"])
    card = account["method"] == "CREDIT_CARD"
    outcome = "await_3ds" if card else phones.outcome_for_phone(account["account_number"])
    ex = _new_execution(state, operation="COLLECTION", reference_id=reference_id, fingerprint=fingerprint,
                        quote=quote, session=session, outcome=outcome, source_type=session["source_type"],
                        source_id=doc["id"], payment_account_id=account["id"], phone=account["account_number"])
    session["payment_account_id"] = account["id"]
    if card:
        ex["requires_action"] = True
        ex["client_secret"] = f"pi_sbx_{ex['payment_intent_id']}_secret_{secrets.token_hex(8)}"
    doc["status"] = "PROCESSING"
    doc["updated_at"] = state.now()
    _set_status(state, ex, "PROCESSING")
    return ex


def execute_payout(state: SandboxState, *, session_id: str, payout_account_id: str, reference_id: str,
                   passcode: dict) -> dict:
    sessions.require_verified(state)
    fingerprint = ["PAYOUT", session_id, payout_account_id]
    replay = replay_or_none(state, reference_id, fingerprint)
    if replay is not None:
        return replay
    _check_passcode(state, passcode["token"])
    session = sessions.active_session(state, session_id, "PAYOUT")
    account = sessions.account_for(state, payout_account_id, "PAYOUT", "payout_account_id")
    if account["id"] != session["payout_account_id"]:
        raise unprocessable(["body", "payout_account_id"], "The payout account differs from the session's")
    quote = fees.quote(session["amount"], session["currency"], session["currency"], method=account["method"],
                       operation="PAYOUT", fee_bearer="PAYER")
    ex = _new_execution(state, operation="PAYOUT", reference_id=reference_id, fingerprint=fingerprint,
                        quote=quote, session=session, outcome=phones.outcome_for_phone(account["account_number"]),
                        payment_account_id=account["id"], phone=account["account_number"])
    _debit_or_fail(state, ex, session["currency"], quote.payer_amount)
    return ex


MAX_PASSCODE_FAILURES = 5
PASSCODE_LOCK_SECONDS = 15 * 60


def _check_passcode(state: SandboxState, token: dict) -> None:
    """The code and its phone; five wrong codes in a row lock payouts for 15 minutes."""
    locked_until = state.counters.get("passcode_locked_until", 0)
    if state.now() < locked_until:
        raise SandboxError(403, "Too many wrong passcodes. Payouts are locked for 15 minutes.")
    if token.get("phone") not in (None, state.passcode_phone) or (
            token.get("phone") is None and token.get("user_id") is None):
        raise unprocessable(["body", "passcode", "token", "phone"], "This phone number has no passcode")
    if token["code"] != state.passcode:
        failures = state.counters.get("passcode_failures", 0) + 1
        state.counters["passcode_failures"] = failures
        if failures >= MAX_PASSCODE_FAILURES:
            state.counters["passcode_failures"] = 0
            state.counters["passcode_locked_until"] = int(state.now() + PASSCODE_LOCK_SECONDS)
        raise unprocessable(["body", "passcode", "token", "code"], "Incorrect passcode")
    state.counters["passcode_failures"] = 0


def execute_transfer(state: SandboxState, *, session_id: str, reference_id: str) -> dict:
    fingerprint = ["TRANSFER", session_id]
    replay = replay_or_none(state, reference_id, fingerprint)
    if replay is not None:
        return replay
    session = sessions.active_session(state, session_id, "TRANSFER")
    quote = fees.quote(session["amount"], session["currency"], session["currency"], method="WALLET",
                       operation="TRANSFER", fee_bearer="PAYER")
    _, phone, _ = counterparty_name_phone(state, session["to_counterparty_id"])
    ex = _new_execution(state, operation="TRANSFER", reference_id=reference_id, fingerprint=fingerprint,
                        quote=quote, session=session, outcome="complete", phone=phone or None)
    _debit_or_fail(state, ex, session["currency"], quote.payer_amount)
    return ex


def execute_refund(state: SandboxState, *, session_id: str, reference_id: str) -> dict:
    sessions.require_verified(state)
    fingerprint = ["REFUND", session_id]
    replay = replay_or_none(state, reference_id, fingerprint)
    if replay is not None:
        return replay
    session = sessions.active_session(state, session_id, "REFUND")
    original = next(e for e in state.executions.values()
                    if e["payment_intent_id"] == session["original_payment_intent_id"])
    if session["amount"] > sessions.refundable(state, original):
        raise unprocessable(["body", "session_id"], "The refund exceeds what is left to refund")
    quote = fees.quote(session["amount"], session["currency"], session["currency"], method="WALLET",
                       operation="REFUND", fee_bearer="PAYER")
    ex = _new_execution(state, operation="REFUND", reference_id=reference_id, fingerprint=fingerprint,
                        quote=quote, session=session, outcome="complete",
                        original_intent=original["payment_intent_id"], phone=original.get("phone"))
    _debit_or_fail(state, ex, session["currency"], quote.payer_amount)
    return ex


def _debit_or_fail(state: SandboxState, ex: dict, currency: str, amount: Decimal) -> None:
    wallet = state.wallets[currency]
    if wallet["balance"] < amount:
        ex["wallet_message"] = (f"Insufficient balance in the {currency} wallet: {wallet['balance']:.2f} "
                                f"available, {amount:.2f} needed")
        _set_status(state, ex, "FAILED")
        return
    wallet["balance"] -= amount
    ex["debited"] = amount
    ex["wallet_message"] = f"{amount:.2f} {currency} reserved from the {currency} wallet"
    _set_status(state, ex, "PROCESSING")


# ---- settlement ---------------------------------------------------------------------------------
def _set_status(state: SandboxState, ex: dict, status: str) -> None:
    ex["status"] = status
    ex["updated_at"] = state.now()
    state.notify_execution(ex)


def settle(state: SandboxState, ex: dict, *, success: bool, message: str | None = None) -> dict:
    """Finish an in-flight execution, with the side effects on documents and wallets."""
    if ex["status"] in TERMINAL:
        raise SandboxError(409, f"Execution {ex['reference_id']} is already {ex['status']}")
    now = state.now()
    ex["settled_at"] = now
    ex["requires_action"] = False if ex.get("requires_action") else ex.get("requires_action")
    doc = None
    if ex["source_type"] in KIND_TABLE:
        doc = state.table(KIND_TABLE[ex["source_type"]]).get(ex["source_id"])
    if success:
        ex["provider_transaction_id"] = f"SBX{ex['payment_intent_id']}{secrets.token_hex(3).upper()}"
        ex["gateway_message"] = message or "Payment successful"
        if ex["operation_type"] == "COLLECTION":
            state.wallets[ex["payee_currency"]]["balance"] += ex["payee_amount"]
            if doc is not None:
                doc.update(status="PAID", paid_at=now, paid_execution=ex["reference_id"], updated_at=now)
        elif ex.get("debited"):
            ex["wallet_message"] = f"{ex['debited']:.2f} {ex['payer_currency']} debited"
        _set_status(state, ex, "COMPLETED")
    else:
        ex["gateway_message"] = message or phones.FAIL_MESSAGE_PHONE
        if ex.get("debited"):
            state.wallets[ex["payer_currency"]]["balance"] += ex["debited"]
            ex["wallet_message"] = f"{ex['debited']:.2f} {ex['payer_currency']} returned to the wallet"
            ex["debited"] = None
        if doc is not None and doc["status"] == "PROCESSING":
            doc.update(status="ACTIVE", updated_at=now)
        _set_status(state, ex, "FAILED")
    return ex


def tick(state: SandboxState) -> None:
    """Settle every execution whose time has come (called often on the server loop)."""
    now = state.now()
    for ex in list(state.executions.values()):
        if ex["status"] != "PROCESSING" or ex["settle_at"] > now:
            continue
        if ex["outcome"] == "complete":
            settle(state, ex, success=True)
        elif ex["outcome"] == "fail":
            settle(state, ex, success=False, message=ex.get("fail_message"))


def confirm_3ds(state: SandboxState, ex: dict, *, approved: bool) -> dict:
    """The customer's answer on the simulated 3-D Secure page of a card collection."""
    if ex["status"] != "PROCESSING" or ex["outcome"] != "await_3ds":
        raise SandboxError(409, "This payment is not waiting for 3-D Secure")
    ex["requires_action"] = False
    if not approved:
        return settle(state, ex, success=False, message="3-D Secure authentication failed")
    outcome, message = ex.get("card_outcome") or ("complete", None)
    ex["outcome"] = outcome
    ex["fail_message"] = message
    ex["settle_at"] = state.now() + state.settle_delay
    ex["updated_at"] = state.now()
    return ex
