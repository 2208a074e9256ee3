"""Payment accounts and sessions (checkout, payout, transfer, refund).

Sessions are short-lived and single-use: the first execution marks one USED.
"""
from __future__ import annotations

from decimal import Decimal

from dollr_desktop.sandbox import fees, phones
from dollr_desktop.sandbox.documents import KIND_TABLE
from dollr_desktop.sandbox.errors import NOT_VERIFIED, forbidden, unprocessable
from dollr_desktop.sandbox.state import SandboxState

CHECKOUT_SESSION_TTL = 15 * 60
PAYOUT_SESSION_TTL = 10 * 60


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
    if not fees.fits(amount, currency):
        raise unprocessable(["body", "amount"], fees.whole_units_message(currency))
    return _new_session(state, "PAYOUT", PAYOUT_SESSION_TTL, wallet_id=wallet["id"],
                        payout_account_id=payout_account_id, amount=amount, currency=currency)


def create_transfer_session(state: SandboxState, *, from_wallet_id: int, to_counterparty_id: int,
                            amount: Decimal, currency: str, expires_at: float) -> dict:
    wallet = next((w for w in state.wallets.values() if w["id"] == from_wallet_id), None)
    if wallet is None:
        raise unprocessable(["body", "from_wallet_id"], f"Wallet {from_wallet_id} does not exist")
    if wallet["currency"] != currency:
        raise unprocessable(["body", "currency"], f"Wallet {from_wallet_id} holds {wallet['currency']}")
    if not fees.fits(amount, currency):
        raise unprocessable(["body", "amount"], fees.whole_units_message(currency))
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
    if not fees.fits(amount, original["payee_currency"]):
        raise unprocessable(["body", "amount"], fees.whole_units_message(original["payee_currency"]))
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


def active_session(state: SandboxState, raw_id: str, kind: str) -> dict:
    session = state.sessions.get(int(raw_id)) if raw_id.isascii() and raw_id.isdigit() and len(raw_id) < 12 else None
    if session is None or session["kind"] != kind:
        raise unprocessable(["body", "session_id"], f"{kind.title()} session not found")
    session_view(state, session)
    if session["status"] == "EXPIRED":
        raise unprocessable(["body", "session_id"], "Session expired; create a new session")
    if session["status"] != "ACTIVE":
        raise unprocessable(["body", "session_id"], "Session already used; create a new session")
    return session


def account_for(state: SandboxState, raw_id: str, operation: str, field: str) -> dict:
    account = state.payment_accounts.get(int(raw_id)) if raw_id.isascii() and raw_id.isdigit() and len(raw_id) < 12 else None
    if account is None:
        raise unprocessable(["body", field], "Payment account not found")
    if account["operation_type"] != operation:
        raise unprocessable(["body", field], f"Payment account {raw_id} was created for "
                            f"{account['operation_type']}, not {operation}")
    return account
