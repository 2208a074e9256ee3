"""Records -> the contract's JSON shapes (field names and JSON types exactly as openapi.yaml)."""
from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

DOC_NUMBER_FIELD = {"INVOICE": "invoice_number", "ORDER": "order_number"}
DOC_ID_FIELD = {"INVOICE": "invoice_id", "ORDER": "order_id"}
DOC_ITEMS_FIELD = {"INVOICE": "invoice_items", "ORDER": "order_items"}


def iso(ts: float | None) -> str | None:
    if ts is None:
        return None
    return datetime.fromtimestamp(ts, tz=timezone.utc).isoformat().replace("+00:00", "Z")


def num(value: Decimal | None) -> int | float | None:
    """Money as a JSON number: integral amounts as integers, others with their cents."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def dec_str(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:.2f}"


def party(p: dict) -> dict:
    return {"id": p["id"], "fullname": p["fullname"], "phone": p["phone"], "email": p["email"],
            "country_code": p["country_code"], "created_at": iso(p["created_at"]),
            "updated_at": iso(p["updated_at"])}


def counterparty(c: dict) -> dict:
    return {"id": c["id"], "owner_party_type": c["owner_party_type"],
            "owner_party_id": c["owner_party_id"], "relationship_type": c["relationship_type"],
            "party_id": c["party_id"], "created_at": iso(c["created_at"]),
            "updated_at": iso(c["updated_at"])}


def counterparty_with_party(c: dict, parties: dict) -> dict:
    body = counterparty(c)
    del body["party_id"]
    p = parties.get(c["party_id"]) if c["party_id"] is not None else None
    if p is not None:
        body["party"] = party(p)
    return body


def item(i: dict) -> dict:
    return {"id": i["id"], "name": i["name"], "currency": i["currency"], "qty": i["qty"],
            "amount": num(i["amount"]), "created_at": iso(i["created_at"]),
            "updated_at": iso(i["updated_at"])}


def document(d: dict) -> dict:
    return {"id": d["id"], DOC_NUMBER_FIELD[d["kind"]]: d["number"],
            "counterparty_id": d["counterparty_id"], "currency": d["currency"],
            "total_amount": num(d["total_amount"]), "status": d["status"], "note": d["note"],
            "fee_bearer": d["fee_bearer"], "due_date": iso(d["due_date"]),
            "as_payment_link": d["as_payment_link"], "owner_id": d["owner_id"],
            "owner_type": d["owner_type"], "created_at": iso(d["created_at"]),
            "updated_at": iso(d["updated_at"]), "reference_id": d["reference_id"],
            "paid_at": iso(d["paid_at"])}


def document_detail(d: dict, items: list[dict], cp: dict | None, parties: dict) -> dict:
    body = document(d)
    body[DOC_ITEMS_FIELD[d["kind"]]] = [item(i) for i in items]
    body["counterparty"] = counterparty_with_party(cp, parties) if cp else None
    return body


def execution(e: dict) -> dict:
    return {"reference_id": e["reference_id"], "status": e["status"],
            "payer_amount": num(e["payer_amount"]), "payer_currency": e["payer_currency"],
            "payee_amount": num(e["payee_amount"]), "payee_currency": e["payee_currency"],
            "operation_type": e["operation_type"],
            "provider_transaction_id": e.get("provider_transaction_id"),
            "gateway_message": e.get("gateway_message"), "wallet_message": e.get("wallet_message"),
            "client_secret": e.get("client_secret"), "requires_action": e.get("requires_action"),
            # Where Dollr's docs say a refund's original_payment_intent_id comes from (see README).
            "payment_intent_id": e["payment_intent_id"]}


def execution_control_row(e: dict) -> dict:
    """The control API's view: everything a test needs to prove no payment ran twice."""
    return {"reference_id": e["reference_id"], "operation_type": e["operation_type"],
            "status": e["status"], "execute_requests": e["execute_requests"],
            "payment_intent_id": e["payment_intent_id"], "session_id": e.get("session_id"),
            "source_type": e.get("source_type"), "source_id": e.get("source_id"),
            "payment_account_id": e.get("payment_account_id"), "phone": e.get("phone"),
            "payer_amount": dec_str(e["payer_amount"]), "payer_currency": e["payer_currency"],
            "payee_amount": dec_str(e["payee_amount"]), "payee_currency": e["payee_currency"],
            "gateway_message": e.get("gateway_message"), "wallet_message": e.get("wallet_message"),
            "created_at": iso(e["created_at"]), "updated_at": iso(e["updated_at"])}


def session(s: dict) -> dict:
    base = {"id": s["id"], "status": s["status"], "expires_at": iso(s["expires_at"]),
            "created_at": iso(s["created_at"]), "updated_at": iso(s["updated_at"])}
    kind = s["kind"]
    if kind == "CHECKOUT":
        base.update(source_id=s["source_id"], source_type=s["source_type"],
                    payment_account_id=s.get("payment_account_id"))
    elif kind == "PAYOUT":
        base.update(wallet_id=s["wallet_id"], payout_account_id=s["payout_account_id"],
                    amount=num(s["amount"]), currency=s["currency"])
    elif kind == "TRANSFER":
        base.update(from_wallet_id=s["from_wallet_id"], to_counterparty_id=s["to_counterparty_id"],
                    amount=num(s["amount"]), currency=s["currency"])
    else:
        base.update(original_payment_intent_id=s["original_payment_intent_id"],
                    amount=num(s["amount"]), reason=s.get("reason"))
    return base


def payment_account(a: dict) -> dict:
    return {"id": a["id"], "account_name": a["account_name"], "provider": a["provider"],
            "method": a["method"], "party_id": a["party_id"], "is_active": a["is_active"],
            "country_code": a["country_code"], "created_at": iso(a["created_at"]),
            "updated_at": iso(a["updated_at"])}


def wallet(w: dict) -> dict:
    return {"id": w["id"], "currency": w["currency"], "balance": dec_str(w["balance"])}
