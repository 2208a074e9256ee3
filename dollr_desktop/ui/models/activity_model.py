"""The Payments view's table: journal rows in words (when, who, document, amounts, method, status)."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from dollr_desktop.store.journal import OPEN_STATES, PaymentState
from dollr_desktop.ui.i18n import format_datetime
from dollr_desktop.ui.formatting import phone_label
from dollr_desktop.ui.models.lazy_table_model import Column, LazyTableModel
from dollr_desktop.ui.money import format_money
from dollr_desktop.ui.theme import Tone, tone_brush
from dollr_desktop.ui.wording import dollr_said
from dollr_desktop.ui.wording.catalogue import method_words
from dollr_desktop.ui.wording.payments import collection_failure_words



class Columns(IntEnum):
    WHEN = 0
    WHO = 1
    DOCUMENT = 2
    PAID = 3
    RECEIVED = 4
    METHOD = 5
    STATUS = 6
    REFERENCE = 7


def when_label(value: str | None) -> str:
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(value).astimezone()
    except ValueError:
        return value[:16]
    today = datetime.now().astimezone().date()
    if moment.date() == today:
        return QCoreApplication.translate("PaymentsView", "Today {time}").format(time=moment.strftime("%H:%M"))
    return format_datetime(moment)


def who_label(row: dict) -> str:
    return row.get("party_name") or phone_label(row.get("account_number"))


def document_label(row: dict) -> str:
    if row.get("source_number"):
        return row["source_number"]
    if row.get("kind") == "PAYOUT":
        return QCoreApplication.translate("PaymentsView", "Payout")
    if row.get("kind") == "REFUND":
        return QCoreApplication.translate("PaymentsView", "Refund")
    return ""


def received_label(row: dict) -> str:
    if row.get("payee_amount") is None:
        return ""
    if row.get("kind") == "REFUND":   # given back: out of what was received
        return format_money(-Decimal(str(row["payee_amount"])), row.get("payee_currency") or row["currency"])
    return format_money(row["payee_amount"], row.get("payee_currency") or row["currency"])


# What the merchant reads for each journal state (context "PaymentStates").
STATE_WORDS = {
    PaymentState.SUBMITTING: QT_TRANSLATE_NOOP("PaymentStates", "Sending"),
    PaymentState.PENDING: QT_TRANSLATE_NOOP("PaymentStates", "Waiting for the customer"),
    PaymentState.PROCESSING: QT_TRANSLATE_NOOP("PaymentStates", "Waiting for the customer"),
    PaymentState.UNKNOWN: QT_TRANSLATE_NOOP("PaymentStates", "Checking with Dollr"),
    PaymentState.COMPLETED: QT_TRANSLATE_NOOP("PaymentStates", "Paid"),
    PaymentState.FAILED: QT_TRANSLATE_NOOP("PaymentStates", "Failed"),
    PaymentState.NOT_FOUND: QT_TRANSLATE_NOOP("PaymentStates", "Not sent (no money moved)"),
}
PAYOUT_STATE_WORDS = {**STATE_WORDS, PaymentState.PENDING: QT_TRANSLATE_NOOP("PaymentStates", "Sending"),
                      PaymentState.PROCESSING: QT_TRANSLATE_NOOP("PaymentStates", "Sending"),
                      PaymentState.COMPLETED: QT_TRANSLATE_NOOP("PaymentStates", "Sent")}


def state_label(kind: str, state: PaymentState | str) -> str:
    words = (PAYOUT_STATE_WORDS if kind in ("PAYOUT", "REFUND") else STATE_WORDS)[PaymentState(state)]
    return QCoreApplication.translate("PaymentStates", words)


def paid_label(row: dict) -> str:
    """What the payer paid (fees included when they bore them): the journal's charged amount, or
    Dollr's receipt (a document's total is what was asked, not what was paid)."""
    if row.get("kind") == "REFUND":   # money given back: shown as leaving
        return format_money(-Decimal(str(row["amount"])), row["currency"])
    if row.get("origin") != "journal" and row.get("payer_amount") is not None:
        return format_money(row["payer_amount"], row.get("payer_currency") or row["currency"])
    return format_money(row["amount"], row["currency"])


def status_text(row: dict) -> str:
    text = state_label(row["kind"], row["state"])
    if row.get("kind") == "REFUND":
        text = QCoreApplication.translate("PaymentsView", "Refund: {state}").format(state=text)
    if row.get("refund_status") == "refunded":
        text = QCoreApplication.translate("PaymentsView", "Refunded")
    elif row.get("refund_status") == "partly_refunded":
        text = QCoreApplication.translate("PaymentsView", "Paid · partly refunded ({amount})").format(
            amount=format_money(row["refunded"], row.get("payee_currency") or row["currency"]))
    if row["state"] == PaymentState.FAILED and row.get("kind") == "COLLECTION":
        text += ": " + collection_failure_words(row.get("failure_code"))   # Dollr's text: the tooltip
    if row.get("reconciled_at"):
        text += " · " + QCoreApplication.translate("PaymentsView", "checked after restart")
    return text


def method_text(row: dict) -> str:
    return method_words(row.get("method")) if row.get("method") else ""


COLUMNS = [
    Column(QCoreApplication.translate("PaymentsView", "When"), None, lambda r: when_label(r.get("created_at"))),
    Column(QCoreApplication.translate("PaymentsView", "Who"), None, who_label),
    Column(QCoreApplication.translate("PaymentsView", "Document"), None, document_label),
    Column(QCoreApplication.translate("PaymentsView", "Paid"), None, paid_label, align_right=True),
    Column(QCoreApplication.translate("PaymentsView", "Received"), None, received_label, align_right=True),
    Column(QCoreApplication.translate("PaymentsView", "Method"), None, method_text),
    Column(QCoreApplication.translate("PaymentsView", "Status"), None, status_text),
    Column(QCoreApplication.translate("PaymentsView", "Reference"), None, lambda r: r.get("reference_id") or ""),
]


def row_style(row: dict, role: int):
    if role == Qt.ItemDataRole.ForegroundRole:
        state = PaymentState(row["state"])
        if state in (PaymentState.FAILED, PaymentState.NOT_FOUND):
            return tone_brush(Tone.FAILED)   # light or dark, with the words in the Status column
        if state in OPEN_STATES:
            return tone_brush(Tone.PENDING)
        if state is PaymentState.COMPLETED:
            return tone_brush(Tone.PAID)
    if role == Qt.ItemDataRole.ToolTipRole:
        phone = phone_label(row.get("account_number"))
        lines = [f"{row.get('party_name') or ''} {phone}".strip(), status_text(row)]
        if row["state"] == PaymentState.FAILED:
            lines.append(dollr_said(row.get("server_message")))
        if row.get("reference_id"):
            lines.append(QCoreApplication.translate(
                "PaymentsView", "Reference {reference} (select the row and press Ctrl+C to copy it)").format(
                reference=row["reference_id"]))
        return "\n".join(line for line in lines if line)
    return None


class ActivityModel(LazyTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(COLUMNS, parent)
        self.row_style = row_style
