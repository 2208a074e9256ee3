"""Parties, counterparties and the invoice/order state machine.

IDLE (editable) -> publish -> ACTIVE (locked, payable) -> PROCESSING (a payment in flight) -> PAID.
IDLE or ACTIVE -> cancel -> CANCELED. PAID and CANCELED are terminal.
"""
from __future__ import annotations

import time
from decimal import Decimal

from dollr_desktop.sandbox import fees
from dollr_desktop.sandbox import serializers as ser
from dollr_desktop.sandbox.errors import SandboxError, not_found, unprocessable
from dollr_desktop.sandbox.fees import USD_RATES
from dollr_desktop.sandbox.state import SandboxState

KIND_WORD = {"INVOICE": "Invoice", "ORDER": "Order"}
KIND_TABLE = {"INVOICE": "invoices", "ORDER": "orders"}
NUMBER_PREFIX = {"INVOICE": "INV", "ORDER": "ORD"}
FEE_BEARERS = ("PAYER", "PAYEE")


# ---- parties ----------------------------------------------------------------------------------
def create_party(state: SandboxState, *, fullname: str, phone: str, email: str | None = None,
                 country_code: str | None = None) -> dict:
    if not fullname.strip():
        raise unprocessable(["body", "fullname"], "Full name cannot be empty")
    now = state.now()
    party = {"id": state.next_id("party", 1001), "fullname": fullname.strip(), "phone": phone,
             "email": email, "country_code": country_code or _country_of(phone),
             "created_at": now, "updated_at": now}
    state.parties[party["id"]] = party
    return party


def _country_of(phone: str) -> str | None:
    return {"231": "LR", "250": "RW"}.get(phone[:3])


def get_party(state: SandboxState, party_id: int) -> dict:
    party = state.parties.get(party_id)
    if party is None:
        raise not_found("Party")
    return party


def create_counterparty(state: SandboxState, *, relationship_type: str, party_id: int | None) -> dict:
    if party_id is not None and party_id not in state.parties:
        raise unprocessable(["body", "party_id"], f"Party {party_id} does not exist")
    now = state.now()
    cp = {"id": state.next_id("counterparty", 501), "owner_party_type": state.merchant["type"],
          "owner_party_id": state.merchant["id"], "relationship_type": relationship_type,
          "party_id": party_id, "created_at": now, "updated_at": now}
    state.counterparties[cp["id"]] = cp
    return cp


def get_counterparty(state: SandboxState, cp_id: int) -> dict:
    cp = state.counterparties.get(cp_id)
    if cp is None:
        raise not_found("Counterparty")
    return cp


def update_counterparty(state: SandboxState, cp: dict, *, relationship_type: str | None,
                        party_id: int | None) -> dict:
    if party_id is not None and party_id not in state.parties:
        raise unprocessable(["body", "party_id"], f"Party {party_id} does not exist")
    if relationship_type is not None:
        cp["relationship_type"] = relationship_type
    if party_id is not None:
        cp["party_id"] = party_id
    cp["updated_at"] = state.now()
    return cp


def counterparty_name_phone(state: SandboxState, cp_id: int) -> tuple[str, str, str | None]:
    cp = state.counterparties.get(cp_id) or {}
    party = state.parties.get(cp.get("party_id")) or {}
    return party.get("fullname", "Unknown customer"), party.get("phone") or "", party.get("email")


# ---- documents --------------------------------------------------------------------------------
def create_document(state: SandboxState, kind: str, *, counterparty_id: int, currency: str, note: str,
                    fee_bearer: str, as_payment_link: bool, reference_id: str | None = None,
                    due_date: float | None = None) -> dict:
    if counterparty_id not in state.counterparties:
        raise unprocessable(["body", "counterparty_id"], f"Counterparty {counterparty_id} does not exist")
    if currency not in USD_RATES:
        raise unprocessable(["body", "currency"], f"Currency {currency} is not supported; use USD, LRD or RWF")
    if fee_bearer not in FEE_BEARERS:
        raise unprocessable(["body", "fee_bearer"], "fee_bearer must be PAYER or PAYEE")
    now = state.now()
    seq = state.next_id(f"{kind}_number", 1)
    year = time.gmtime(now).tm_year
    doc = {"id": state.next_id(kind, 1), "kind": kind, "number": f"{NUMBER_PREFIX[kind]}-{year}-{seq:05d}",
           "counterparty_id": counterparty_id, "currency": currency, "total_amount": Decimal("0.00"),
           "status": "IDLE", "note": note, "fee_bearer": fee_bearer, "due_date": due_date,
           "as_payment_link": as_payment_link, "owner_id": state.merchant["id"],
           "owner_type": state.merchant["type"], "created_at": now, "updated_at": now,
           "reference_id": reference_id, "paid_at": None, "paid_execution": None}
    state.table(KIND_TABLE[kind])[doc["id"]] = doc
    return doc


def get_document(state: SandboxState, kind: str, doc_id: int) -> dict:
    doc = state.table(KIND_TABLE[kind]).get(doc_id)
    if doc is None:
        raise not_found(KIND_WORD[kind])
    return doc


def find_by_number(state: SandboxState, kind: str, number: str) -> dict:
    for doc in state.table(KIND_TABLE[kind]).values():
        if doc["number"] == number:
            return doc
    raise not_found(KIND_WORD[kind])


def list_documents(state: SandboxState, kind: str, currency: str | None, status: str | None) -> list[dict]:
    docs = state.table(KIND_TABLE[kind]).values()
    return [d for d in docs if (currency is None or d["currency"] == currency)
            and (status is None or d["status"] == status)]


def items_of(state: SandboxState, doc: dict) -> list[dict]:
    return [i for i in state.items.values() if i["doc_kind"] == doc["kind"] and i["doc_id"] == doc["id"]]


def _require_editable(doc: dict, loc_name: str) -> None:
    if doc["status"] != "IDLE":
        raise unprocessable(["path", loc_name],
                            f"{KIND_WORD[doc['kind']]} {doc['number']} is {doc['status']}; only IDLE "
                            "documents can be edited")


def update_document(state: SandboxState, doc: dict, *, changes: dict) -> dict:
    _require_editable(doc, "id")
    if changes.get("fee_bearer") is not None and changes["fee_bearer"] not in FEE_BEARERS:
        raise unprocessable(["body", "fee_bearer"], "fee_bearer must be PAYER or PAYEE")
    for key, value in changes.items():
        if value is not None:
            doc[key] = value
    doc["updated_at"] = state.now()
    return doc


def _recompute_total(state: SandboxState, doc: dict) -> None:
    doc["total_amount"] = sum((i["amount"] * i["qty"] for i in items_of(state, doc)), Decimal("0.00"))
    doc["updated_at"] = state.now()


def check_amount(amount: Decimal, currency: str, loc: list) -> None:
    if not fees.fits(amount, currency):
        raise unprocessable(loc, fees.whole_units_message(currency))


def _check_qty(qty: int) -> None:
    if qty < 1 or qty > 100000:
        raise unprocessable(["body", "qty"], "Quantity must be between 1 and 100000")


def add_item(state: SandboxState, doc: dict, *, name: str, currency: str, qty: int, amount: Decimal,
             loc_name: str) -> dict:
    _require_editable(doc, loc_name)
    if not name.strip():
        raise unprocessable(["body", "name"], "Item name cannot be empty")
    if currency != doc["currency"]:
        raise unprocessable(["body", "currency"],
                            f"Item currency {currency} must match the document currency {doc['currency']}")
    _check_qty(qty)
    check_amount(amount, currency, ["body", "amount"])
    now = state.now()
    item = {"id": state.next_id("item", 1), "doc_kind": doc["kind"], "doc_id": doc["id"], "name": name.strip(),
            "currency": currency, "qty": qty, "amount": amount, "created_at": now, "updated_at": now}
    state.items[item["id"]] = item
    _recompute_total(state, doc)
    return item


def get_item(state: SandboxState, doc: dict, item_id: int) -> dict:
    item = state.items.get(item_id)
    if item is None or item["doc_kind"] != doc["kind"] or item["doc_id"] != doc["id"]:
        raise not_found("Item")
    return item


def update_item(state: SandboxState, doc: dict, item: dict, *, changes: dict, loc_name: str) -> dict:
    _require_editable(doc, loc_name)
    if changes.get("name") is not None and not changes["name"].strip():
        raise unprocessable(["body", "name"], "Item name cannot be empty")
    if changes.get("qty") is not None:
        _check_qty(changes["qty"])
    if changes.get("amount") is not None:
        check_amount(changes["amount"], item["currency"], ["body", "amount"])
    for key, value in changes.items():
        if value is not None:
            item[key] = value
    item["updated_at"] = state.now()
    _recompute_total(state, doc)
    return item


def remove_item(state: SandboxState, doc: dict, item: dict, *, loc_name: str) -> None:
    _require_editable(doc, loc_name)
    del state.items[item["id"]]
    _recompute_total(state, doc)


def publish(state: SandboxState, doc: dict) -> dict:
    if doc["status"] != "IDLE":
        raise unprocessable(["path", "id"], f"{KIND_WORD[doc['kind']]} not publishable: it is {doc['status']}")
    if not items_of(state, doc) or doc["total_amount"] <= 0:
        raise unprocessable(["path", "id"],
                            f"{KIND_WORD[doc['kind']]} not publishable: add at least one item first")
    doc["status"] = "ACTIVE"
    doc["updated_at"] = state.now()
    return doc


def cancel(state: SandboxState, doc: dict) -> dict:
    if doc["status"] == "PROCESSING":
        raise unprocessable(["path", "id"], "A payment is being processed for this "
                            f"{KIND_WORD[doc['kind']].lower()}; it cannot be canceled now")
    if doc["status"] not in ("IDLE", "ACTIVE"):
        raise unprocessable(["path", "id"], f"{KIND_WORD[doc['kind']]} is {doc['status']} and cannot be canceled")
    doc["status"] = "CANCELED"
    doc["updated_at"] = state.now()
    return doc


def detail(state: SandboxState, doc: dict) -> dict:
    return ser.document_detail(doc, items_of(state, doc), state.counterparties.get(doc["counterparty_id"]),
                               state.parties)


def receipt(state: SandboxState, doc: dict) -> dict:
    """The receipt of a PAID document, priced from the execution that paid it."""
    if doc["status"] != "PAID":
        raise SandboxError(404, f"Receipt not available: {doc['number']} is {doc['status']}, not PAID")
    cp = state.counterparties.get(doc["counterparty_id"]) or {}
    name, phone, email = counterparty_name_phone(state, doc["counterparty_id"])
    ex = state.executions.get(doc["paid_execution"]) or {}
    account = state.payment_accounts.get(ex.get("payment_account_id")) or {}
    body = {ser.DOC_ID_FIELD[doc["kind"]]: doc["id"], ser.DOC_NUMBER_FIELD[doc["kind"]]: doc["number"],
            "currency": doc["currency"], "total_amount": ser.num(doc["total_amount"]), "status": doc["status"],
            "note": doc["note"], "due_date": ser.iso(doc["due_date"]), "as_payment_link": doc["as_payment_link"],
            "fee_bearer": doc["fee_bearer"], "owner_id": doc["owner_id"], "owner_type": doc["owner_type"],
            "created_at": ser.iso(doc["created_at"]), "counterparty_id": doc["counterparty_id"],
            "relationship_type": cp.get("relationship_type", "CUSTOMER"), "counterparty_name": name,
            "counterparty_phone": phone, "counterparty_email": email,
            "reference_id": ex.get("reference_id"), "paid_at": ser.iso(doc["paid_at"]),
            "items": [{"id": i["id"], "name": i["name"], "qty": i["qty"], "amount": ser.num(i["amount"]),
                       "currency": i["currency"]} for i in items_of(state, doc)]}
    if ex:
        fx = ex.get("fx_rate")
        body.update(payer_amount=ser.num(ex["payer_amount"]), payer_currency=ex["payer_currency"],
                    payee_amount=ser.num(ex["payee_amount"]), payee_currency=ex["payee_currency"],
                    platform_fee=ser.num(ex["platform_fee"]), platform_currency=ex["fee_currency"],
                    gateway_fee=ser.num(ex["gateway_fee"]), gateway_currency=ex["fee_currency"],
                    fx_fee=ser.num(ex.get("fx_fee")), fx_rate=None if fx is None else str(fx),
                    fx_currency_from=doc["currency"] if fx is not None else None,
                    fx_currency_to=ex["payer_currency"] if fx is not None else None,
                    payment_provider=account.get("provider"), payment_method=account.get("method"),
                    account_name=account.get("account_name"),
                    gateway_confirmed_at=ser.iso(ex.get("settled_at")),
                    provider_transaction_id=ex.get("provider_transaction_id"))
    return body
