"""Words for the refund codes (services/refunds.py) and a refund's failure_code."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dollr_desktop.ui.money import format_money

WORDS = {
    "refund.not_paid": lambda **_: QCoreApplication.translate(
        "Refunds", "Only a paid payment can be refunded."),
    "refund.amount_unreadable": lambda **_: QCoreApplication.translate(
        "Refunds", "Type the amount to give back, in figures (for example 12.50)."),
    "refund.amount_not_positive": lambda **_: QCoreApplication.translate(
        "Refunds", "The amount to give back must be more than zero."),
    "refund.amount_decimals": lambda currency="", **_: QCoreApplication.translate(
        "Refunds", "{currency} cannot have that many decimals.").format(currency=currency),
    "refund.too_much": lambda refundable=0, currency="", **_: QCoreApplication.translate(
        "Refunds", "That is more than is left to refund: at most {amount}.").format(
        amount=format_money(refundable, currency)),
    "refund.in_flight": lambda **_: QCoreApplication.translate(
        "Refunds", "A refund of this payment is still on its way. Wait until it is settled before giving more back."),
    "refund.intent_unknown": lambda **_: QCoreApplication.translate(
        "Refunds", "Dollr needs this payment's intent id. Find the payment in the Dollr merchant portal "
        "(Payments, open the payment) and copy its payment intent id: a number such as 90012."),
    "refund.intent_shape": lambda **_: QCoreApplication.translate(
        "Refunds", "A payment intent id is a number only, such as 90012. Copy it from the Dollr merchant portal."),
    "refund.intent_refused": lambda message="", **_: QCoreApplication.translate(
        "Refunds", "Dollr does not know that payment intent id ({reason}). Check it in the merchant portal. "
        "Nothing was refunded.").format(reason=message),
    "refund.refused_amount": lambda message="", **_: QCoreApplication.translate(
        "Refunds", "Dollr refused this amount: {reason}. Nothing was refunded.").format(reason=message),
    "refund.refused": lambda message="", **_: QCoreApplication.translate(
        "Refunds", "Dollr refused the refund: {reason}. Nothing was refunded.").format(reason=message),
    "refund.forbidden": lambda message="", **_: QCoreApplication.translate(
        "Refunds", "Dollr does not allow refunds on this account yet: {reason}").format(reason=message),
    "refund.wallet_short": lambda **_: QCoreApplication.translate(
        "Refunds", "Your Dollr wallet did not have enough money for this refund. Nothing was given back."),
    "refund.failed": lambda **_: QCoreApplication.translate(
        "Refunds", "The refund failed. Nothing was given back."),
}
