"""Payment reminders for overdue and due-soon documents (no Qt).

A bill a recurring schedule made is offered at once (the "new bill" message) until it is sent
once; after that it is reminded like any other. An instalment of a payment plan (an order: Dollr
keeps no due date on orders) is due on its part's date, kept locally. A published (ACTIVE) invoice with a due date is "due soon" from `SOON_DAYS` before its due date and
"overdue" after it. It is to be reminded today when it was never reminded, or last reminded
`EVERY_DAYS` or more ago (a customer is not pestered daily). The message's words are the UI's
(ui/wording/reminders.py), in the customer's language (per contact, kept locally: store.bills);
this module gives the facts: amount, due date, payment link, the contact's phone and email.
"""
from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

SOON_DAYS = 3
EVERY_DAYS = 3
CHANNELS = ("WHATSAPP", "SMS", "EMAIL")


@dataclass(frozen=True)
class ReminderDue:
    kind: str
    document_id: int
    number: str
    counterparty_id: int | None
    customer: str
    phone: str | None
    email: str | None
    amount: Decimal | None
    currency: str
    due_date: date
    overdue: bool
    language: str
    last_sent: str | None
    new_bill: bool = False        # made by a recurring schedule and never sent: the "new bill" message
    pay_url: str | None = None    # prepared when the bill was made (a fresh one is asked for anyway)


_NEW_BILLS_SQL = """
SELECT d.kind, d.id, d.number, d.counterparty_id, d.counterparty_name, c.phone, c.email, d.total_amount,
       d.currency, coalesce(d.due_date, r.bill_date), r.pay_url
FROM bill_runs r JOIN bill_schedules s ON s.id = r.schedule_id
JOIN documents d ON d.kind = s.kind AND d.id = r.document_id
LEFT JOIN counterparties c ON c.id = d.counterparty_id
WHERE r.state = 'MADE' AND d.status = 'ACTIVE' AND d.gone_at IS NULL
ORDER BY r.bill_date, d.id
"""

_DUE_SQL = """
SELECT d.kind, d.id, d.number, d.counterparty_id, d.counterparty_name, c.phone, c.email, d.total_amount,
       d.currency, d.due_date
FROM documents d LEFT JOIN counterparties c ON c.id = d.counterparty_id
WHERE d.status = 'ACTIVE' AND d.id > 0 AND d.due_date IS NOT NULL AND d.gone_at IS NULL
  AND substr(d.due_date, 1, 10) <= ?
UNION ALL
SELECT d.kind, d.id, d.number, d.counterparty_id, d.counterparty_name, c.phone, c.email, d.total_amount,
       d.currency, p.due_date
FROM plan_parts p JOIN payment_plans pl ON pl.id = p.plan_id AND pl.state = 'OPEN'
JOIN documents d ON d.kind = 'ORDER' AND d.id = p.order_id
LEFT JOIN counterparties c ON c.id = d.counterparty_id
WHERE d.status = 'ACTIVE' AND d.due_date IS NULL AND d.gone_at IS NULL AND p.due_date IS NOT NULL
  AND p.due_date <= ?
ORDER BY 10, 2
"""


def reminders_due(store: Any, today: date) -> list[ReminderDue]:
    """Blocking: what to remind today (overdue first, by due date)."""
    last = store.bills.last_reminded()
    languages = {cp_id: language for cp_id, language in store.connection().execute(
        "SELECT c.id, l.language FROM counterparties AS c JOIN customer_languages AS l ON l.phone = c.phone")
        if language in ("en", "fr")}   # reminders are worded in English and French (Kinyarwanda: not yet)
    found: list[ReminderDue] = []
    conn = store.connection()
    for kind, id_, number, cp_id, name, phone, email, total, currency, due, url in conn.execute(_NEW_BILLS_SQL):
        if (kind, id_) in last:
            continue
        due_day = date.fromisoformat(due[:10])
        found.append(ReminderDue(kind, id_, number or "", cp_id, name or "", phone, email,
                                 Decimal(total) if total is not None else None, currency or "", due_day,
                                 due_day < today, languages.get(cp_id, "en"), None, True, url))
    news = {(r.kind, r.document_id) for r in found}
    horizon = (today + timedelta(days=SOON_DAYS)).isoformat()
    for kind, id_, number, cp_id, name, phone, email, total, currency, due in store.connection().execute(
            _DUE_SQL, (horizon, horizon)):
        sent = last.get((kind, id_))
        if (kind, id_) in news:
            continue
        if sent is not None and (today - datetime.fromisoformat(sent).astimezone().date()).days < EVERY_DAYS:
            continue
        due_day = date.fromisoformat(due[:10])
        found.append(ReminderDue(kind, id_, number or "", cp_id, name or "", phone, email,
                                 Decimal(total) if total is not None else None, currency or "", due_day,
                                 due_day < today, languages.get(cp_id, "en"), sent))
    return found


class RemindersService:
    def __init__(self, store: Any, links: Any = None) -> None:
        self.store = store
        self.links = links

    async def due(self, today: date) -> list[ReminderDue]:
        return await asyncio.to_thread(reminders_due, self.store, today)

    async def pay_url(self, reminder: ReminderDue) -> str | None:
        """The document's hosted payment page (None when Dollr gives none)."""
        if self.links is None:
            return None
        link = await self.links.pay_link(reminder.kind, reminder.document_id, reminder.number)
        return link.url

    async def sent(self, reminder: ReminderDue, channel: str) -> None:
        if channel not in CHANNELS:
            raise ValueError(channel)
        await asyncio.to_thread(self.store.bills.log_reminder, reminder.kind, reminder.document_id, channel,
                                reminder.language, reminder.due_date.isoformat(),
                                str(reminder.amount) if reminder.amount is not None else None)

    async def set_language(self, counterparty_id: int, language: str) -> None:
        await asyncio.to_thread(self.store.bills.set_language, counterparty_id, language)
