"""Words for payout runs (codes `payout_run.*` from services/payout_runs.py) and row outcomes."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _method(code: str) -> str:
    from dollr_desktop.ui.wording.catalogue import method_words

    return method_words(code)


WORDS = {
    "payout_run.csv_not_utf8": lambda **p: QCoreApplication.translate(
        "PayoutRunWords", "This file is not UTF-8 text. Save it as “CSV UTF-8” and open it again."),
    "payout_run.csv_empty": lambda **p: QCoreApplication.translate(
        "PayoutRunWords", "This file has no rows to pay."),
    "payout_run.csv_missing_columns": lambda columns="", **p: QCoreApplication.translate(
        "PayoutRunWords", "The first line must name the columns name, phone, amount and currency "
        "(note and reference are optional). Missing: {columns}.").format(columns=columns),
    "payout_run.name_missing": lambda **p: QCoreApplication.translate(
        "PayoutRunWords", "Type the recipient's name."),
    "payout_run.no_operator": lambda **p: QCoreApplication.translate(
        "PayoutRunWords", "Dollr pays no mobile-money operator for this number."),
    "payout_run.currency_missing": lambda **p: QCoreApplication.translate(
        "PayoutRunWords", "Choose a currency (USD, LRD or RWF)."),
    "payout_run.currency_unknown": lambda currency="", **p: QCoreApplication.translate(
        "PayoutRunWords", "Dollr does not pay out in {currency}: use USD, LRD or RWF.").format(currency=currency),
    "payout_run.currency_not_offered": lambda currency="", method="", currencies="", **p: QCoreApplication.translate(
        "PayoutRunWords", "{method} does not pay {currency}: it pays {currencies}.").format(
        method=_method(method), currency=currency, currencies=currencies),
    "payout_run.amount_missing": lambda **p: QCoreApplication.translate(
        "PayoutRunWords", "Type the amount."),
    "payout_run.amount_not_number": lambda **p: QCoreApplication.translate(
        "PayoutRunWords", "The amount is not a number, e.g. 1250.50."),
    "payout_run.amount_not_positive": lambda **p: QCoreApplication.translate(
        "PayoutRunWords", "The amount must be more than zero."),
    "payout_run.amount_too_large": lambda maximum="", **p: QCoreApplication.translate(
        "PayoutRunWords", "The amount is above Dollr's limit for one payout."),
    "payout_run.amount_decimals": lambda currency="", decimals=0, **p: (QCoreApplication.translate(
        "PayoutRunWords", "{currency} has no decimals: use a whole amount.").format(currency=currency) if not decimals
        else QCoreApplication.translate("PayoutRunWords", "{currency} has {decimals} decimals at most.").format(
            currency=currency, decimals=decimals)),
    "payout_run.duplicate": lambda position=0, **p: QCoreApplication.translate(
        "PayoutRunWords", "Same number as row {position}. Tick “Pay twice” if both payments are meant.").format(
        position=position),
    "payout_run.rows_need_fixing": lambda **p: QCoreApplication.translate(
        "PayoutRunWords", "Some rows still have problems: fix them or leave them out first."),
    "payout_run.already_running": lambda **p: QCoreApplication.translate(
        "PayoutRunWords", "This run is already paying."),
    "payout_run.not_startable": lambda **p: QCoreApplication.translate(
        "PayoutRunWords", "This run has already been paid or cancelled."),
    "payout_run.passcode_needed": lambda **p: QCoreApplication.translate(
        "PayoutRunWords", "Approve the run with your passcode to go on."),
    "payout_run.dollr_unreachable": lambda **p: QCoreApplication.translate(
        "PayoutRunWords", "Dollr could not be reached, so the run paused. Nothing was sent for the waiting "
        "rows; resume when the connection is back."),
    "payout_run.not_allowed": lambda **p: QCoreApplication.translate(
        "PayoutRunWords", "Only the owner can approve payout runs on this computer."),
}

OUTCOMES = {
    "LEFT_OUT": lambda: QCoreApplication.translate("PayoutRunWords", "Left out"),
    "WAITING": lambda: QCoreApplication.translate("PayoutRunWords", "Waiting"),
    "PREPARING": lambda: QCoreApplication.translate("PayoutRunWords", "Preparing…"),
    "NOT_SENT": lambda: QCoreApplication.translate("PayoutRunWords", "Not sent"),
    "SKIPPED": lambda: QCoreApplication.translate("PayoutRunWords", "Not paid: run cancelled"),
    "SUBMITTING": lambda: QCoreApplication.translate("PayoutRunWords", "Sending to Dollr…"),
    "PENDING": lambda: QCoreApplication.translate("PayoutRunWords", "Pending"),
    "PROCESSING": lambda: QCoreApplication.translate("PayoutRunWords", "Processing: the operator delivers it"),
    "UNKNOWN": lambda: QCoreApplication.translate("PayoutRunWords", "Checking with Dollr"),
    "COMPLETED": lambda: QCoreApplication.translate("PayoutRunWords", "Paid"),
    "FAILED": lambda: QCoreApplication.translate("PayoutRunWords", "Failed"),
    "NOT_FOUND": lambda: QCoreApplication.translate("PayoutRunWords", "Never reached Dollr: not paid"),
}

RUN_STATES = {
    "DRAFT": lambda: QCoreApplication.translate("PayoutRunWords", "Draft"),
    "RUNNING": lambda: QCoreApplication.translate("PayoutRunWords", "Paying"),
    "PAUSED": lambda: QCoreApplication.translate("PayoutRunWords", "Paused"),
    "SETTLING": lambda: QCoreApplication.translate("PayoutRunWords", "Waiting for Dollr"),
    "FINISHED": lambda: QCoreApplication.translate("PayoutRunWords", "Finished"),
    "CANCELLED": lambda: QCoreApplication.translate("PayoutRunWords", "Cancelled"),
}


def outcome_words(outcome: str) -> str:
    words = OUTCOMES.get(outcome)
    return words() if words else outcome


def run_state_words(state: str) -> str:
    words = RUN_STATES.get(state)
    return words() if words else state
