"""Payment accounts, sessions, executions and the merchant's wallets.

An execution is born PENDING and handed to the (simulated) gateway at once, so the execute
response says PROCESSING. It settles `settle_delay` seconds later on the sandbox clock, unless
the payer's test phone says otherwise (see phones.py). Every transition goes through
`_set_status`, which tells the execution listeners.
"""
from __future__ import annotations

import secrets
import uuid
from decimal import Decimal

from dollr_desktop.sandbox import fees, phones
from dollr_desktop.sandbox.documents import KIND_TABLE, counterparty_name_phone
from dollr_desktop.sandbox.errors import NOT_VERIFIED, SandboxError, forbidden, not_found, unprocessable
from dollr_desktop.sandbox.state import SandboxState

CHECKOUT_SESSION_TTL = 15 * 60
PAYOUT_SESSION_TTL = 10 * 60
TERMINAL = ("COMPLETED", "FAILED")


def require_verified(state: SandboxState) -> None:
    if not state.verified:
        raise forbidden(NOT_VERIFIED)


# ---- payment accounts ---------------------------------------------------------------------------
def create_payment_account(state: SandboxState, operation_type: str, *, account_name: str, provider: str,
                           method: str, party_id: int, country_code: str | None,
                           insensitive_account_number: str | None) -> dict:
    party = state.parties.get(party_id)
    if party is None:
        raise unprocessable(["body", "party_id"], f"Party {party_id} does not exist")
    if method not in phones.PROVIDERS_FOR_METHOD:
        raise unprocessable(["body", "method"], f"Unknown payment method {method}")
    if provider not in phones.PROVIDERS_FOR_METHOD[method]:
        raise unprocessable(["body", "provider"], f"Invalid method/provider combination: {method} is not "
                            f"carried by {provider}; use the gateway_provider from the MMO prediction")
    if not account_name.strip():
        raise unprocessable(["body", "account_name"], "Account name cannot be empty")
    number = insensitive_account_number
    if method in fees.MOMO_METHODS:
        number = number or party["phone"]
        operator = phones.detect_operator(number or "")
        if operator is None:
            raise unprocessable(["body", "insensitive_account_number"],
                                f"{number} is not a mobile money number Dollr serves")
        if operator.payment_method != method:
            raise unprocessable(["body", "method"], f"{number} is on {operator.carrier}; "
                                f"use method {operator.payment_method}")
    now = state.now()
    account = {"id": state.next_id("payment_account", 301), "account_name": account_name.strip(),
               "provider": provider, "method": method, "party_id": party_id, "is_active": True,
               "country_code": country_code or party.get("country_code"), "operation_type": operation_type,
               "account_number": number, "created_at": now, "updated_at": now}
    state.payment_accounts[account["id"]] = account
    return account


# ---- sessions -----------------------------------------------------------------------------------
def _new_session(state: SandboxState, kind: str, ttl_or_expiry: float, **fields) -> dict:
    now = state.now()
    expires = ttl_or_expiry if kind in ("TRANSFER", "REFUND") else now + ttl_or_expiry
    session = {"id": state.next_id("session", 7001), "kind": kind, "status": "ACTIVE", "expires_at": expires,
               "created_at": now, "updated_at": now, **fields}
    state.sessions[session["id"]] = session
    return session


def session_view(state: SandboxState, session: dict) -> dict:
    if session["status"] == "ACTIVE" and state.now() >= session["expires_at"]:
        session["status"] = "EXPIRED"
    return session


def create_checkout_session(state: SandboxState, *, source_id: int, source_type: str) -> dict:
    if source_type not in KIND_TABLE:
        raise unprocessable(["body", "source_type"], "source_type must be INVOICE or ORDER")
    doc = state.table(KIND_TABLE[source_type]).get(source_id)
    if doc is None:
        raise unprocessable(["body", "source_id"], f"{source_type.title()} {source_id} does not exist")
    if doc["status"] != "ACTIVE":
        raise unprocessable(["body", "source_id"], f"{doc['number']} is {doc['status']}; only a published "
                            "(ACTIVE) document can be paid")
    return _new_session(state, "CHECKOUT", CHECKOUT_SESSION_TTL, source_id=source_id, source_type=source_type,
                        payment_account_id=None)


def create_payout_session(state: SandboxState, *, payout_account_id: int, amount: Decimal, currency: str) -> dict:
    require_verified(state)
    account = state.payment_accounts.get(payout_account_id)
    if account is None or account["operation_type"] != "PAYOUT":
        raise unprocessable(["body", "payout_account_id"],
                            f"Payment account {payout_account_id} is not a payout account")
    wallet = state.wallets.get(currency)
    if wallet is None:
        raise unprocessable(["body", "currency"], f"No {currency} wallet; payouts go out in USD, LRD or RWF")
    if currency not in phones.CURRENCIES_FOR_METHOD.get(account["method"], ()):
        raise unprocessable(["body", "currency"], f"{account['method']} does not pay out in {currency}")
    return _new_session(state, "PAYOUT", PAYOUT_SESSION_TTL, wallet_id=wallet["id"],
                        payout_account_id=payout_account_id, amount=amount, currency=currency)


def create_transfer_session(state: SandboxState, *, from_wallet_id: int, to_counterparty_id: int,
                            amount: Decimal, currency: str, expires_at: float) -> dict:
    wallet = next((w for w in state.wallets.values() if w["id"] == from_wallet_id), None)
    if wallet is None:
        raise unprocessable(["body", "from_wallet_id"], f"Wallet {from_wallet_id} does not exist")
    if wallet["currency"] != currency:
        raise unprocessable(["body", "currency"], f"Wallet {from_wallet_id} holds {wallet['currency']}")
    if to_counterparty_id not in state.counterparties:
        raise unprocessable(["body", "to_counterparty_id"], f"Counterparty {to_counterparty_id} does not exist")
    if expires_at <= state.now():
        raise unprocessable(["body", "expires_at"], "expires_at must be in the future")
    return _new_session(state, "TRANSFER", expires_at, from_wallet_id=from_wallet_id,
                        to_counterparty_id=to_counterparty_id, amount=amount, currency=currency)


def create_refund_session(state: SandboxState, *, original_payment_intent_id: int, amount: Decimal,
                          reason: str | None, expires_at: float) -> dict:
    require_verified(state)
    original = next((e for e in state.executions.values()
                     if e["payment_intent_id"] == original_payment_intent_id), None)
    if original is None or original["operation_type"] != "COLLECTION" or original["status"] != "COMPLETED":
        raise unprocessable(["body", "original_payment_intent_id"],
                            "No completed collection has this payment intent id")
    if amount > refundable(state, original):
        raise unprocessable(["body", "amount"], f"Refund exceeds the refundable "
                            f"{refundable(state, original):.2f} {original['payee_currency']}")
    if expires_at <= state.now():
        raise unprocessable(["body", "expires_at"], "expires_at must be in the future")
    return _new_session(state, "REFUND", expires_at, original_payment_intent_id=original_payment_intent_id,
                        amount=amount, reason=reason, currency=original["payee_currency"])


def refundable(state: SandboxState, original: dict) -> Decimal:
    refunded = sum((e["payer_amount"] for e in state.executions.values()
                    if e["operation_type"] == "REFUND" and e.get("original_intent") == original["payment_intent_id"]
                    and e["status"] != "FAILED"), Decimal("0"))
    return original["payee_amount"] - refunded


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


def _active_session(state: SandboxState, raw_id: str, kind: str) -> dict:
    session = state.sessions.get(int(raw_id)) if raw_id.isascii() and raw_id.isdigit() and len(raw_id) < 12 else None
    if session is None or session["kind"] != kind:
        raise unprocessable(["body", "session_id"], f"{kind.title()} session not found")
    session_view(state, session)
    if session["status"] == "EXPIRED":
        raise unprocessable(["body", "session_id"], "Session expired; create a new session")
    if session["status"] != "ACTIVE":
        raise unprocessable(["body", "session_id"], "Session already used; create a new session")
    return session


def _account(state: SandboxState, raw_id: str, operation: str, field: str) -> dict:
    account = state.payment_accounts.get(int(raw_id)) if raw_id.isascii() and raw_id.isdigit() and len(raw_id) < 12 else None
    if account is None:
        raise unprocessable(["body", field], "Payment account not found")
    if account["operation_type"] != operation:
        raise unprocessable(["body", field], f"Payment account {raw_id} was created for "
                            f"{account['operation_type']}, not {operation}")
    return account


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
    session = _active_session(state, session_id, "CHECKOUT")
    account = _account(state, payment_account_id, "COLLECTION", "payment_account_id")
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
    require_verified(state)
    fingerprint = ["PAYOUT", session_id, payout_account_id]
    replay = replay_or_none(state, reference_id, fingerprint)
    if replay is not None:
        return replay
    token = passcode["token"]
    if token["code"] != state.passcode:
        raise unprocessable(["body", "passcode", "token", "code"], "Incorrect passcode")
    if token.get("phone") not in (None, state.passcode_phone) or (
            token.get("phone") is None and token.get("user_id") is None):
        raise unprocessable(["body", "passcode", "token", "phone"], "This phone number has no passcode")
    session = _active_session(state, session_id, "PAYOUT")
    account = _account(state, payout_account_id, "PAYOUT", "payout_account_id")
    if account["id"] != session["payout_account_id"]:
        raise unprocessable(["body", "payout_account_id"], "The payout account differs from the session's")
    quote = fees.quote(session["amount"], session["currency"], session["currency"], method=account["method"],
                       operation="PAYOUT", fee_bearer="PAYER")
    ex = _new_execution(state, operation="PAYOUT", reference_id=reference_id, fingerprint=fingerprint,
                        quote=quote, session=session, outcome=phones.outcome_for_phone(account["account_number"]),
                        payment_account_id=account["id"], phone=account["account_number"])
    _debit_or_fail(state, ex, session["currency"], quote.payer_amount)
    return ex


def execute_transfer(state: SandboxState, *, session_id: str, reference_id: str) -> dict:
    fingerprint = ["TRANSFER", session_id]
    replay = replay_or_none(state, reference_id, fingerprint)
    if replay is not None:
        return replay
    session = _active_session(state, session_id, "TRANSFER")
    quote = fees.quote(session["amount"], session["currency"], session["currency"], method="WALLET",
                       operation="TRANSFER", fee_bearer="PAYER")
    _, phone, _ = counterparty_name_phone(state, session["to_counterparty_id"])
    ex = _new_execution(state, operation="TRANSFER", reference_id=reference_id, fingerprint=fingerprint,
                        quote=quote, session=session, outcome="complete", phone=phone or None)
    _debit_or_fail(state, ex, session["currency"], quote.payer_amount)
    return ex


def execute_refund(state: SandboxState, *, session_id: str, reference_id: str) -> dict:
    require_verified(state)
    fingerprint = ["REFUND", session_id]
    replay = replay_or_none(state, reference_id, fingerprint)
    if replay is not None:
        return replay
    session = _active_session(state, session_id, "REFUND")
    original = next(e for e in state.executions.values()
                    if e["payment_intent_id"] == session["original_payment_intent_id"])
    if session["amount"] > refundable(state, original):
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
