"""API-shaped dicts for store tests (what the client's models dump to)."""
from __future__ import annotations

from typing import Any

STAMP = "2026-01-05T10:00:00+00:00"


def counterparty(cp_id: int, name: str, phone: str = "231770001234", email: str | None = None,
                 party_id: int | None = None) -> dict[str, Any]:
    party_id = party_id if party_id is not None else 1000 + cp_id
    return {
        "id": cp_id, "owner_party_type": "MICRO_ORGANIZATION", "owner_party_id": 1,
        "relationship_type": "CUSTOMER", "created_at": STAMP, "updated_at": STAMP,
        "party": {"id": party_id, "fullname": name, "phone": phone, "email": email,
                  "country_code": "LR", "created_at": STAMP, "updated_at": STAMP},
    }


def invoice(doc_id: int, counterparty_id: int, note: str = "", status: str = "ACTIVE",
            total: str = "100.00", number: str | None = None) -> dict[str, Any]:
    return {
        "id": doc_id, "invoice_number": number or f"INV-2026-{doc_id:05d}",
        "counterparty_id": counterparty_id, "currency": "USD", "total_amount": total,
        "status": status, "note": note, "fee_bearer": "PAYEE", "due_date": None,
        "as_payment_link": False, "owner_id": 1, "owner_type": "MICRO_ORGANIZATION",
        "created_at": STAMP, "updated_at": STAMP,
    }


def invoice_detail(doc_id: int, counterparty_data: dict[str, Any], items: list[tuple[str, int, str]],
                   **kwargs: Any) -> dict[str, Any]:
    detail = invoice(doc_id, counterparty_data["id"], **kwargs)
    detail["invoice_items"] = [
        {"id": doc_id * 100 + n, "name": name, "currency": "USD", "qty": qty, "amount": amount,
         "created_at": STAMP, "updated_at": STAMP}
        for n, (name, qty, amount) in enumerate(items)
    ]
    detail["counterparty"] = counterparty_data
    return detail
