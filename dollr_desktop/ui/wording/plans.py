"""Words for payment plans' codes (services/plans.py)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

WORDS = {
    "plan.no_instalments": lambda **_: QCoreApplication.translate("PlansWording", "A plan needs at least one instalment."),
    "plan.bad_deposit": lambda **_: QCoreApplication.translate(
        "PlansWording", "The deposit must be less than the total, with no more decimals than the currency has."),
    "plan.too_many_parts": lambda **_: QCoreApplication.translate(
        "PlansWording", "Too many instalments for this amount: each would be less than the smallest coin."),
    "plan.parent_not_open": lambda **_: QCoreApplication.translate(
        "PlansWording", "Only an unpaid document can be paid in parts."),
    "plan.parts_dont_add_up": lambda total="", currency="", **_: QCoreApplication.translate(
        "PlansWording", "The parts must add up to the total, {total} {currency}.").format(total=total, currency=currency),
    "plan.bad_amount": lambda currency="", **_: QCoreApplication.translate(
        "PlansWording", "Each part must be more than zero, with no more decimals than {currency} has.").format(
            currency=currency),
    "plan.already": lambda **_: QCoreApplication.translate("PlansWording", "This document already has a payment plan."),
    "plan.not_open": lambda **_: QCoreApplication.translate("PlansWording", "This plan is already settled or canceled."),
}
