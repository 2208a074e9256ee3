"""Demo data: Mamba Point Pharmacy, a small pharmacy on UN Drive in Monrovia.

Everything is created through the same functions the API uses (so receipts, fees and wallets
agree), then back-dated over the past weeks so lists look lived-in.
"""
from __future__ import annotations

import uuid
from decimal import Decimal

from dollr_desktop.sandbox import documents as docs
from dollr_desktop.sandbox import payments, sessions
from dollr_desktop.sandbox.state import SandboxState

DAY = 86400.0

CUSTOMERS = [
    ("Musu Kollie", "231886214570", "musu.kollie@gmail.com"), ("Joseph Togba", "231775309182", None),
    ("Comfort Gbessay", "231555871263", None), ("Emmanuel Flomo", "231887442019", "eflomo@yahoo.com"),
    ("Hawa Sirleaf", "231770918345", None), ("Prince Wesseh", "231558602417", None),
    ("Fatu Kamara", "231881173649", "fatu.kamara@outlook.com"), ("Augustine Zinnah", "231776524830", None),
    ("Bendu Dolo", "231889305716", None), ("Varney Sherman", "231557219084", None),
    ("Esther Karnga", "231778640293", "ekarnga@gmail.com"), ("Moses Kpadeh", "231884517362", None),
    ("Korto Jallah", "231772086459", None), ("Samuel Tarpeh", "231556938120", None),
    ("Decontee Nyumah", "231883724605", None), ("Abraham Kromah", "231779352816", "akromah@mail.com"),
    ("Patience Gono", "231885069274", None), ("Alfred Saah", "231554780136", None),
    ("Watta Fahnbulleh", "231776413958", None), ("Jeremiah Gaye", "231882695347", None),
    ("ELWA Clinic (Paynesville)", "231887501264", "procurement@elwaclinic.lr"),
    ("St. Teresa School Nurse Office", "231778230947", "nurse@stteresa.edu.lr"),
    ("Jean-Paul Uwimana", "250788412375", "jp.uwimana@gmail.com"), ("Aline Mukamana", "250728563194", None),
    ("Practice payer - always declines", "231887650000", None),
    ("Practice payer - stays pending", "231887651111", None),
]
SUPPLIERS = [
    ("Liberia Medical Supplies Inc.", "231886003918", "orders@lms.com.lr"),
    ("Bushrod Pharma Distributors", "231776205381", "sales@bushrodpharma.lr"),
    ("Red Light Wholesale Market - Stall 14", "231555349072", None),
    ("Monrovia Cold Chain Logistics", "231884716250", "dispatch@mcclogistics.lr"),
]
EMPLOYEES = [
    ("Grace Johnson (pharmacist)", "231887236514"), ("Matthew Doe (cashier)", "231776158239"),
    ("Lydia Pewee (store assistant)", "231558047163"), ("Tarnue Mulbah (delivery rider)", "231885390726"),
]
CATALOGUE = {
    "USD": [("Amoxicillin 500mg x21", Decimal("6.50")), ("Paracetamol 500mg x24", Decimal("1.75")),
            ("Artemether/Lumefantrine (Coartem) x24", Decimal("8.00")), ("ORS sachets x10", Decimal("3.20")),
            ("Blood pressure monitor", Decimal("38.00")), ("Metformin 500mg x60", Decimal("5.40")),
            ("Insulin pen (glargine)", Decimal("24.00")), ("Malaria rapid test kit", Decimal("2.50")),
            ("Vitamin C 1000mg x30", Decimal("4.25")), ("Delivery to Sinkor", Decimal("2.00"))],
    "LRD": [("Paracetamol syrup 100ml", Decimal("450.00")), ("Zinc tablets x10", Decimal("300.00")),
            ("Bandage roll", Decimal("175.00")), ("Hand sanitiser 500ml", Decimal("650.00")),
            ("Cough syrup 200ml", Decimal("900.00")), ("Gloves (box of 100)", Decimal("1850.00"))],
    "RWF": [("Amoxicillin 500mg x21", Decimal("9500.00")), ("Paracetamol 500mg x24", Decimal("2500.00"))],
}


def seed_demo(state: SandboxState) -> dict:
    """Add the pharmacy's contacts, documents, payments and payouts. Idempotent per state."""
    if state.counters.get("demo_seeded"):
        return _summary(state)
    now = state.now()
    saved_delay = state.settle_delay
    state.settle_delay = 0.0
    for wallet in state.wallets.values():
        wallet["balance"] = Decimal("10000000.00")
    customers = [_contact(state, name, phone, email, "CUSTOMER") for name, phone, email in CUSTOMERS]
    suppliers = [_contact(state, name, phone, email, "SUPPLIER") for name, phone, email in SUPPLIERS]
    employees = [_contact(state, name, phone, None, "EMPLOYEE") for name, phone in EMPLOYEES]
    plan = [  # (kind, customer index, currency, item picks, final state, days ago)
        ("INVOICE", 20, "USD", [0, 1, 3, 7], "PAID", 41), ("INVOICE", 21, "USD", [1, 3, 8], "PAID", 35),
        ("INVOICE", 0, "USD", [0, 1], "PAID", 28), ("INVOICE", 3, "LRD", [0, 2], "PAID", 21),
        ("INVOICE", 6, "USD", [4], "PAID", 14), ("INVOICE", 22, "RWF", [0, 1], "PAID", 9),
        ("INVOICE", 10, "LRD", [3, 5], "PAID", 4), ("INVOICE", 15, "USD", [5, 6], "ACTIVE", 6),
        ("INVOICE", 11, "USD", [2, 7], "ACTIVE", 3), ("INVOICE", 20, "USD", [6, 4], "ACTIVE", 2),
        ("INVOICE", 25, "USD", [1, 9], "PROCESSING", 0), ("INVOICE", 1, "LRD", [4], "IDLE", 1),
        ("INVOICE", 12, "USD", [2], "IDLE", 0), ("INVOICE", 7, "USD", [0, 9], "CANCELED", 18),
        ("INVOICE", 24, "USD", [1], "FAILED_ONCE", 5),
        ("ORDER", 2, "USD", [1, 3], "PAID", 30), ("ORDER", 4, "LRD", [0, 1], "PAID", 16),
        ("ORDER", 8, "USD", [8, 9], "PAID", 7), ("ORDER", 13, "USD", [2], "ACTIVE", 2),
        ("ORDER", 16, "LRD", [2, 3], "ACTIVE", 1), ("ORDER", 18, "USD", [5], "IDLE", 0),
        ("ORDER", 19, "USD", [7], "CANCELED", 12), ("ORDER", 17, "USD", [0, 1, 9], "PAID", 2),
    ]
    for kind, who, currency, picks, final, days_ago in plan:
        _document(state, kind, customers[who], currency, picks, final, now - days_ago * DAY - 3600 * (who % 7))
    for i, (cp, amount, currency, days_ago) in enumerate([
            (suppliers[0], Decimal("420.00"), "USD", 33), (employees[0], Decimal("350.00"), "USD", 30),
            (employees[1], Decimal("180.00"), "USD", 30), (employees[2], Decimal("25000.00"), "LRD", 30),
            (employees[3], Decimal("15000.00"), "LRD", 30), (suppliers[1], Decimal("265.50"), "USD", 17),
            (suppliers[2], Decimal("38500.00"), "LRD", 8), (suppliers[3], Decimal("95.00"), "USD", 3)]):
        _payout(state, cp, amount, currency, now - days_ago * DAY + i * 600)
    state.wallets["USD"]["balance"] = Decimal("2845.60")
    state.wallets["LRD"]["balance"] = Decimal("412350.00")
    state.wallets["RWF"]["balance"] = Decimal("185000.00")
    state.settle_delay = saved_delay
    state.counters["demo_seeded"] = 1
    return _summary(state)


def _summary(state: SandboxState) -> dict:
    return {"parties": len(state.parties), "counterparties": len(state.counterparties),
            "invoices": len(state.invoices), "orders": len(state.orders), "executions": len(state.executions)}


def _backdate(record: dict, when: float, *keys: str) -> None:
    for key in keys or ("created_at", "updated_at"):
        record[key] = when


def _contact(state: SandboxState, name: str, phone: str, email: str | None, relationship: str) -> dict:
    party = docs.create_party(state, fullname=name, phone=phone, email=email)
    cp = docs.create_counterparty(state, relationship_type=relationship, party_id=party["id"])
    when = state.now() - 60 * DAY + party["id"] % 40 * 3600
    _backdate(party, when)
    _backdate(cp, when)
    return cp


def _document(state: SandboxState, kind: str, cp: dict, currency: str, picks: list[int], final: str,
              when: float) -> None:
    doc = docs.create_document(state, kind, counterparty_id=cp["id"], currency=currency,
                               note=f"Thank you for choosing {state.merchant['name']}", fee_bearer="PAYER",
                               as_payment_link=True, due_date=when + 14 * DAY)
    catalogue = CATALOGUE[currency]
    for n, pick in enumerate(picks):
        name, price = catalogue[pick % len(catalogue)]
        item = docs.add_item(state, doc, name=name, currency=currency, qty=1 + (n + pick) % 3, amount=price,
                             loc_name="id")
        _backdate(item, when)
    if final != "IDLE":
        docs.publish(state, doc)
    if final == "CANCELED":
        docs.cancel(state, doc)
    elif final in ("PAID", "PROCESSING", "FAILED_ONCE"):
        party = state.parties[cp["party_id"]]
        ex = _collect(state, doc, party, currency)
        if final == "PAID":
            payments.settle(state, ex, success=True)
        elif final == "FAILED_ONCE":
            payments.settle(state, ex, success=False)
        _backdate(ex, when + 3600, "created_at", "updated_at", "settled_at")
        if doc["paid_at"]:
            doc["paid_at"] = when + 3600
    _backdate(doc, when)


def _collect(state: SandboxState, doc: dict, party: dict, currency: str) -> dict:
    method = {"231": {"88": "MTN_MOMO_LBR", "55": "MTN_MOMO_LBR", "77": "ORANGE_MONEY_LBR"},
              "250": {"78": "MTN_MOMO_RWA", "72": "AIRTEL_RWA"}}[party["phone"][:3]][party["phone"][3:5]]
    provider = "PAWAPAY" if method.endswith("RWA") else method
    session = sessions.create_checkout_session(state, source_id=doc["id"], source_type=doc["kind"])
    account = sessions.create_payment_account(state, "COLLECTION", account_name=party["fullname"], provider=provider,
                                              method=method, party_id=party["id"], country_code=None,
                                              insensitive_account_number=party["phone"])
    return payments.execute_collection(state, session_id=str(session["id"]), payment_account_id=str(account["id"]),
                                       currency=currency, reference_id=str(uuid.uuid4()))


def _payout(state: SandboxState, cp: dict, amount: Decimal, currency: str, when: float) -> None:
    party = state.parties[cp["party_id"]]
    method = "ORANGE_MONEY_LBR" if party["phone"][3:5] == "77" else "MTN_MOMO_LBR"
    account = sessions.create_payment_account(state, "PAYOUT", account_name=party["fullname"], provider=method,
                                              method=method, party_id=party["id"], country_code="LR",
                                              insensitive_account_number=party["phone"])
    session = sessions.create_payout_session(state, payout_account_id=account["id"], amount=amount, currency=currency) \
        if state.verified else None
    if session is None:
        return
    passcode = {"token": {"code": state.passcode, "phone": state.passcode_phone, "user_id": None},
                "device": {"name": "Pharmacy laptop", "type": "DESKTOP", "platform": "WINDOWS",
                           "user_agent": "DollrDesktop/0.1", "client_ip": "127.0.0.1"}}
    ex = payments.execute_payout(state, session_id=str(session["id"]), payout_account_id=str(account["id"]),
                                 reference_id=str(uuid.uuid4()), passcode=passcode)
    payments.settle(state, ex, success=True, message="Payout delivered")
    _backdate(ex, when, "created_at", "updated_at", "settled_at")
    _backdate(session, when)
