"""The Payments view's table: journal rows in words (when, who, document, amounts, method, status)."""
from __future__ import annotations

from datetime import datetime
from enum import IntEnum

from PySide6.QtCore import Qt

from dollr_desktop.services.activity import method_label, state_label
from dollr_desktop.store.journal import OPEN_STATES, PaymentState
from dollr_desktop.ui.formatting import phone_label
from dollr_desktop.ui.models.lazy_table_model import Column, LazyTableModel
from dollr_desktop.ui.money import format_money
from dollr_desktop.ui.theme import Tone, tone_brush



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
    return moment.strftime("Today %H:%M" if moment.date() == today else "%d %b %Y %H:%M")


def who_label(row: dict) -> str:
    return row.get("party_name") or phone_label(row.get("account_number"))


def document_label(row: dict) -> str:
    if row.get("source_number"):
        return row["source_number"]
    if row.get("kind") == "PAYOUT":
        return "Payout"
    return ""


def received_label(row: dict) -> str:
    if row.get("payee_amount") is None:
        return ""
    return format_money(row["payee_amount"], row.get("payee_currency") or row["currency"])


def status_text(row: dict) -> str:
    text = state_label(row["kind"], row["state"])
    if row["state"] == PaymentState.FAILED and row.get("server_message"):
        text += f": {row['server_message']}"
    if row.get("reconciled_at"):
        text += " · checked after restart"
    return text


def method_text(row: dict) -> str:
    return method_label(row.get("method"))


COLUMNS = [
    Column("When", None, lambda r: when_label(r.get("created_at"))),
    Column("Who", None, who_label),
    Column("Document", None, document_label),
    Column("Paid", None, lambda r: format_money(r["amount"], r["currency"]), align_right=True),
    Column("Received", None, received_label, align_right=True),
    Column("Method", None, method_text),
    Column("Status", None, status_text),
    Column("Reference", None, lambda r: r.get("reference_id") or ""),
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
        return (f"{row.get('party_name') or ''} {phone}\n{status_text(row)}\n"
                f"Reference {row['reference_id']} (select the row and press Ctrl+C to copy it)").strip()
    return None


class ActivityModel(LazyTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(COLUMNS, parent)
        self.row_style = row_style
