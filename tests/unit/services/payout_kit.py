"""A payout made the way the app's payout window makes it: PayoutsFlow, recipient → wallet →
quote → session (Continue) → approve (the passcode). Shared by the payout service and fault tests."""
from __future__ import annotations

from decimal import Decimal

from dollr_desktop.services.contacts import ContactsService
from dollr_desktop.services.payouts_flow import PayoutsFlow, PreparedPayout


def payouts_flow(client, store, **kw) -> PayoutsFlow:
    return PayoutsFlow(client, store, ContactsService(client, store), base_url=client.base_url, **kw)


async def prepare(flow: PayoutsFlow, phone: str, amount: str = "12.50", *, name: str = "Kpelle Supplies",
                  contact=None) -> PreparedPayout:
    contact = contact or await flow.create_recipient(name=name, phone=phone)
    wallet = await flow.lookup_wallet(phone)
    quote = await flow.quote(Decimal(amount), "USD", wallet)
    return await flow.open_session(contact=contact, wallet=wallet, amount=Decimal(amount), currency="USD",
                                   quote=quote)


async def approve(flow: PayoutsFlow, sandbox, prepared: PreparedPayout, passcode: str | None = None):
    return await flow.approve(prepared, passcode or sandbox.info["passcode"], sandbox.info["passcode_phone"])


async def pay(flow: PayoutsFlow, sandbox, phone: str, amount: str = "12.50", **kw):
    return await approve(flow, sandbox, await prepare(flow, phone, amount, **kw))
