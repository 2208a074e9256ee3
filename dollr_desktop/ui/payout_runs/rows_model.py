"""The rows of a payout run in one table model, in three modes: the editor (editable, each row's
problems in its own column), the preview (fee and what the recipient gets) and the progress
(status, reference id, time). A row changing during a run repaints that row only."""
from __future__ import annotations

import dataclasses
import functools
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from dollr_desktop.services import phones
from dollr_desktop.services.payout_run_rows import RowCheck
from dollr_desktop.services.payout_runs import RowQuote, row_fee
from dollr_desktop.store.payout_runs import RowInput, RunRow
from dollr_desktop.ui.formatting import phone_label
from dollr_desktop.ui.theme import Tone, error_cell_brush, tone_brush
from dollr_desktop.ui.money import format_money
from dollr_desktop.ui.views.payouts_view import local_time_label as local_time
from dollr_desktop.ui.wording import words_for
from dollr_desktop.ui.wording.payout_runs import outcome_words


class Mode(Enum):
    EDIT = "edit"
    PREVIEW = "preview"
    PROGRESS = "progress"


EDIT_COLUMNS = ("include", "name", "phone", "amount", "currency", "note", "reference", "twice", "problems")
PREVIEW_COLUMNS = ("position", "name", "phone", "amount", "fee", "gets", "debited", "problems")
PROGRESS_COLUMNS = ("position", "name", "phone", "amount", "fee", "status", "reference_id", "time")
EDITABLE = {"name", "phone", "amount", "currency", "note", "reference"}
CHECKABLE = {"include", "twice"}
RIGHT = {"amount", "fee", "gets", "debited", "position"}


class RunRowsModel(QAbstractTableModel):
    sig_rows_edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.mode = Mode.EDIT
        self.inputs: list[RowInput] = []
        self.checks: list[RowCheck] = []
        self.run_rows: list[RunRow] = []
        self.quotes: dict[int, RowQuote] = {}
        self.preview_problems: dict[int, Any] = {}
        self._index_of: dict[int, int] = {}

    # ---- filling -----------------------------------------------------------------------------
    @property
    def columns(self) -> tuple[str, ...]:
        return {Mode.EDIT: EDIT_COLUMNS, Mode.PREVIEW: PREVIEW_COLUMNS, Mode.PROGRESS: PROGRESS_COLUMNS}[self.mode]

    def edit(self, rows: list[RowInput], checks: list[RowCheck]) -> None:
        self.beginResetModel()
        self.mode, self.inputs, self.checks = Mode.EDIT, list(rows), list(checks)
        self.endResetModel()

    def set_checks(self, checks: list[RowCheck]) -> None:
        self.checks = list(checks)
        if self.inputs:
            column = self.columns.index("problems")
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.inputs) - 1, column))

    def show_rows(self, mode: Mode, rows: list[RunRow], quotes: dict[int, RowQuote] | None = None,
                  problems: dict[int, Any] | None = None) -> None:
        self.beginResetModel()
        self.mode = mode
        self.run_rows = [r for r in rows if r.included] if mode is Mode.PREVIEW else list(rows)
        self.quotes = quotes or {}
        self.preview_problems = problems or {}
        self._index_of = {r.id: i for i, r in enumerate(self.run_rows)}
        self.endResetModel()

    def update_row(self, row: RunRow) -> None:
        i = self._index_of.get(row.id)
        if i is None:
            return
        self.run_rows[i] = row
        self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.columns) - 1))

    # ---- Qt ----------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        if parent.isValid():
            return 0
        return len(self.inputs) if self.mode is Mode.EDIT else len(self.run_rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return _header(self.columns[section])

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.mode is Mode.EDIT:
            column = self.columns[index.column()]
            if column in EDITABLE:
                return base | Qt.ItemFlag.ItemIsEditable
            if column in CHECKABLE:
                return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if self.mode is Mode.EDIT:
            return self._edit_data(index.row(), column, role)
        row = self.run_rows[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == "status":   # our words, then what Dollr said
            from dollr_desktop.ui.wording import dollr_said

            said = dollr_said(row.server_message or (row.problem or {}).get("params", {}).get("detail"))
            return "\n".join(t for t in (self._run_text(row, column), said) if t)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._run_text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if (column == "problems" and row.id in self.preview_problems) or (
                    column == "status" and row.outcome in ("FAILED", "NOT_SENT", "NOT_FOUND")):
                return tone_brush(Tone.FAILED)
            if column == "status" and row.outcome == "COMPLETED":
                return tone_brush(Tone.PAID)
            if column == "status" and row.outcome in ("PROCESSING", "PENDING", "UNKNOWN", "SUBMITTING"):
                return tone_brush(Tone.PENDING)
            if column == "status" and row.outcome in ("SKIPPED", "LEFT_OUT"):
                return tone_brush(Tone.MUTED)
        return None

    def _edit_data(self, i: int, column: str, role: int) -> Any:
        row = self.inputs[i]
        check = self.checks[i] if i < len(self.checks) else RowCheck()
        if role == Qt.ItemDataRole.CheckStateRole and column in CHECKABLE:
            on = row.included if column == "include" else row.duplicate_ok
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            if column == "problems":
                if not row.included:
                    return outcome_words("LEFT_OUT")
                return " ".join(words_for(p) for p in check.problems)
            if column in CHECKABLE:
                return None
            return getattr(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not row.included:
                return tone_brush(Tone.MUTED)
            if column == "problems" and check.problems:
                return tone_brush(Tone.FAILED)
        if role == Qt.ItemDataRole.BackgroundRole and row.included and column in EDITABLE and any(
                p.field == column for p in check.problems):
            return error_cell_brush()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "amount":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if self.mode is not Mode.EDIT or not index.isValid():
            return False
        column = self.columns[index.column()]
        row = self.inputs[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and column in CHECKABLE:
            on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            changes = {"included": on} if column == "include" else {"duplicate_ok": on}
        elif role == Qt.ItemDataRole.EditRole and column in EDITABLE:
            text = str(value).strip()
            changes = {column: text.upper() if column == "currency" else text}
        else:
            return False
        self.inputs[index.row()] = dataclasses.replace(row, **changes)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(self.columns) - 1))
        self.sig_rows_edited.emit()
        return True

    def add_row(self, row: RowInput) -> None:
        self.beginInsertRows(QModelIndex(), len(self.inputs), len(self.inputs))
        self.inputs.append(row)
        self.endInsertRows()
        self.sig_rows_edited.emit()

    def _run_text(self, row: RunRow, column: str) -> str:
        if column == "position":
            return str(row.position)
        if column == "name":
            return row.name
        if column == "phone":
            return display_phone(row.phone)
        if column == "amount":
            return format_money(row.amount, row.currency)
        quote = self.quotes.get(row.id)
        if column == "fee":
            if self.mode is Mode.PREVIEW:
                return format_money(quote.fee, quote.debited_currency) if quote else ""
            fee = row_fee(row)
            return "" if fee is None else format_money(fee, row.debited_currency or row.currency)
        if column == "gets":
            return format_money(quote.recipient_gets, quote.recipient_currency) if quote else ""
        if column == "debited":
            return format_money(quote.debited, quote.debited_currency) if quote else ""
        if column == "problems":
            problem = self.preview_problems.get(row.id)
            return words_for(problem) if problem is not None else ""
        if column == "status":
            text = outcome_words(row.outcome)
            if row.problem:
                from dollr_desktop.services.problems import Problem

                text += ": " + words_for(Problem(row.problem["code"], **row.problem.get("params", {})))
            elif row.outcome == "FAILED":   # whose side it failed on, as the Payouts page says it
                from dollr_desktop.ui.payouts.wording import state_words

                text = state_words("FAILED", row.server_message, row.server_status, failure_code=row.failure_code)
            return text
        if column == "reference_id":
            return row.reference_id or ""
        if column == "time":
            return local_time(row.finished_at or row.sent_at)
        return ""


@functools.lru_cache(maxsize=4096)
def display_phone(text: str) -> str:
    """'+231 77 012 3456' for a number the checks accept; anything else as it was typed."""
    info = phones.describe(text)
    return phone_label(info.digits) if info.valid else text


def _header(column: str) -> str:
    return {
        "include": QCoreApplication.translate("RunRows", "Pay"), "name": QCoreApplication.translate("RunRows", "Name"),
        "phone": QCoreApplication.translate("RunRows", "Phone"), "amount": QCoreApplication.translate("RunRows", "Amount"),
        "currency": QCoreApplication.translate("RunRows", "Currency"), "note": QCoreApplication.translate("RunRows", "Note"),
        "reference": QCoreApplication.translate("RunRows", "Reference"), "twice": QCoreApplication.translate("RunRows", "Pay twice"),
        "problems": QCoreApplication.translate("RunRows", "Problems"), "position": QCoreApplication.translate("RunRows", "No."),
        "fee": QCoreApplication.translate("RunRows", "Fee"), "gets": QCoreApplication.translate("RunRows", "Recipient gets"),
        "debited": QCoreApplication.translate("RunRows", "Debited"), "status": QCoreApplication.translate("RunRows", "Status"),
        "reference_id": QCoreApplication.translate("RunRows", "Reference id"), "time": QCoreApplication.translate("RunRows", "Time"),
    }[column]
