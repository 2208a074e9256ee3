"""Words for the catalogue (services/catalogue.py): method and operator names, fee names.

A method's name is a proper name kept in the catalogue ("MTN MoMo · Liberia"); it is shown
through `tr()` here, so a translator may adapt it, and it is the same on every screen: the
collect dialog, the fee preview, the payout preview, Payments, Today and the receipt.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dollr_desktop.services.catalogue import Channel, FeeKind, FeeLine, method, method_name

CONTEXT = "Catalogue"

# The catalogue's names, listed for pyside6-lupdate (tr() of a variable is invisible to it).
NAMES = (
    QT_TRANSLATE_NOOP("Catalogue", "MTN MoMo · Liberia"), QT_TRANSLATE_NOOP("Catalogue", "Orange Money · Liberia"),
    QT_TRANSLATE_NOOP("Catalogue", "MTN MoMo · Rwanda"), QT_TRANSLATE_NOOP("Catalogue", "Airtel Money · Rwanda"),
    QT_TRANSLATE_NOOP("Catalogue", "Orange Money · Rwanda"), QT_TRANSLATE_NOOP("Catalogue", "Card"),
    QT_TRANSLATE_NOOP("Catalogue", "Dollr wallet"),
)
_PROVIDERS = {"PAWAPAY": "pawaPay", "STRIPE": "Stripe", "PLATFORM": "Dollr"}   # company names


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def method_words(payment_method: Any) -> str:
    """The one name of a method or operator; an unknown (newer) method shows its code."""
    name = method_name(payment_method)
    return tr(name) if method(payment_method) else name


def channel_words(payment_method: Any) -> str:
    """How the customer paid: mobile money, card or Dollr wallet."""
    found = method(payment_method)
    if found is None:
        return ""
    if found.channel is Channel.CARD:
        return QCoreApplication.translate("Catalogue", "Card")
    if found.channel is Channel.WALLET:
        return QCoreApplication.translate("Catalogue", "Dollr wallet")
    return QCoreApplication.translate("Catalogue", "Mobile money")


def carrier_words(payment_method: Any, provider: Any = None) -> str:
    """The network that carried the money, and the company behind it when it is another one:
    "MTN MoMo · Rwanda via pawaPay"."""
    raw = str(getattr(provider, "value", provider) or "").upper()
    found = method(payment_method)
    if found is not None and not found.is_mobile_money:   # a card or the wallet: who ran it
        return "" if raw in ("", "PLATFORM") else _PROVIDERS.get(raw, raw)
    name = method_words(payment_method) if payment_method else ""
    if not raw or (found is not None and raw == found.payment_method):
        return name
    company = _PROVIDERS.get(raw) or (method_words(raw) if method(raw) else raw)
    if not name:
        return company
    return QCoreApplication.translate("Catalogue", "{operator} via {company}").format(
        operator=name, company=company)


def fee_words(kind: FeeKind | str) -> str:
    kind = FeeKind(kind)
    if kind is FeeKind.DOLLR:
        return QCoreApplication.translate("Catalogue", "Dollr fee")
    if kind is FeeKind.OPERATOR:
        return QCoreApplication.translate("Catalogue", "Operator fee")
    return QCoreApplication.translate("Catalogue", "Exchange fee")


def fee_line_words(line: FeeLine, money: Any) -> str:
    """"Operator fee 217.50 RWF"; `money(amount, currency)` formats the amount (ui.money)."""
    return f"{fee_words(line.kind)} {money(line.amount, line.currency)}"
