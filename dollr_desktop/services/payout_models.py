"""What a payout is made of before it is approved: the wallet, the quote, the opened session."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from dollr_desktop.services.invoicing import FeeLine
from dollr_desktop.store.contacts import Contact
from dollr_desktop.store.payment_cache import PaymentAccount

PAYOUT_RELATIONSHIPS = ("SUPPLIER", "EMPLOYEE", "BENEFICIARY")


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


def quote_record(prepared: PreparedPayout) -> dict[str, Any]:
    """What the journal keeps for receipts and cash-up: fees and the note (never the passcode)."""
    quote = prepared.quote
    return {"recipient_gets": str(quote.recipient_gets), "recipient_currency": quote.recipient_currency,
            "wallet_debited": str(quote.wallet_debited), "wallet_currency": quote.wallet_currency,
            "fees": [[f.label, str(f.amount), f.currency] for f in quote.fees], "note": prepared.note,
            "carrier": prepared.wallet.carrier, "wallet_id": prepared.session.wallet_id}
