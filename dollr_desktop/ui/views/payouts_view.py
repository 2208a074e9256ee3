"""Payouts: every payout from the journal (who, amount, fee, status, reference id) and "New payout".

The view opens the New payout window itself, so the app only hands it the runner and a getter
for the current account's PayoutsFlow (None while no account is connected).
"""
from __future__ import annotations

import asyncio
from datetime import datetime, timezone
from decimal import Decimal

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from qasync import asyncSlot
from shiboken6 import isValid

from dollr_desktop.ui.formatting import date_label
from dollr_desktop.ui.i18n import format_datetime
from dollr_desktop.ui.money import format_money
from dollr_desktop.ui.payouts.payout_form import NewPayoutDialog
from dollr_desktop.ui.payouts.waiting_box import WaitingPayoutsBox
from dollr_desktop.ui.payouts.wording import fee_of, state_words
from dollr_desktop.ui.wording import dollr_said
from dollr_desktop.ui.runner import OperationRunner
from dollr_desktop.ui.widgets.empty_state import EmptyState


class Columns(IntEnum):
    WHEN = 0
    RECIPIENT = 1
    AMOUNT = 2
    FEE = 3
    STATUS = 4
    REFERENCE = 5


HEADERS = {Columns.WHEN: QT_TRANSLATE_NOOP("PayoutsView", "When"), Columns.RECIPIENT: QT_TRANSLATE_NOOP("PayoutsView", "Recipient"),
           Columns.AMOUNT: QT_TRANSLATE_NOOP("PayoutsView", "Recipient gets"), Columns.FEE: QT_TRANSLATE_NOOP("PayoutsView", "Fee"),
           Columns.STATUS: QT_TRANSLATE_NOOP("PayoutsView", "Status"), Columns.REFERENCE: QT_TRANSLATE_NOOP("PayoutsView", "Reference id")}
REFERENCE_ROLE = Qt.ItemDataRole.UserRole + 1


def local_time_label(iso: str | None) -> str:
    """The journal keeps UTC; people read their own clock."""
    if not iso:
        return ""
    try:
        when = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return date_label(iso)
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return format_datetime(when)   # the language's month names and clock


class PayoutsView(QWidget):
    sig_new_payout_requested = Signal()

    def __init__(self, runner: OperationRunner, flow: Callable[[], Any], passcode_phone: Callable[[], str],
                 default_currency: Callable[[], str] = lambda: "USD", parent: QWidget | None = None,
                 balance_of: Callable[[str], Any] | None = None, approvals: Any = None) -> None:
        super().__init__(parent)
        self.runner = runner
        # Who may approve, and the payouts staff prepared for the owner (PayoutsFeature); None: no people.
        self.approvals = approvals
        self._balance_of = balance_of
        self._flow = flow
        self._passcode_phone = passcode_phone
        self._default_currency = default_currency
        self.payout_dialog: NewPayoutDialog | None = None
        self.closing = False
        self.entries: list[Any] = []
        title = QLabel(self.tr("Payouts"))
        title.setProperty("role", "pageTitle")
        self.new_button = QPushButton(self.tr("New payout…"))
        self.new_button.setAccessibleName(self.tr("New payout"))
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.new_button)
        self.hint_label = QLabel(self.tr("Pay suppliers and staff by mobile money. Each payout is approved with "
                                 "your Dollr passcode and recorded here before any money moves."))
        self.hint_label.setProperty("role", "hint")
        self.hint_label.setWordWrap(True)
        self.table = QTableWidget(0, len(Columns))
        self.table.setAccessibleName(self.tr("Payout history"))
        self.table.setHorizontalHeaderLabels([self.tr(HEADERS[c]) for c in Columns])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(Columns.STATUS, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(Columns.REFERENCE, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(Columns.REFERENCE, 130)   # the full id is in the tooltip; drag to widen
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        # With no payouts yet, the page says what to do and offers it right there.
        self.empty_state = EmptyState(
            self.tr("No payouts yet. Press “New payout…” to pay a supplier or a member of staff."),
            self.tr("New payout…"), self.tr("New payout (no payouts yet)"))
        self.empty_label = self.empty_state.label
        self.empty_label.setAccessibleName(self.tr("No payouts yet"))
        self.empty_state.sig_action.connect(self.sig_new_payout_requested)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.hint_label)
        self.waiting_box = WaitingPayoutsBox(local_time_label)
        self.waiting_box.sig_open_requested.connect(self.open_prepared)
        self.waiting_box.sig_refuse_requested.connect(self.on_waiting_box_refuse_requested)
        layout.addWidget(self.waiting_box)
        layout.addWidget(self.table, 1)
        # with no history yet, the room below is empty
        layout.addWidget(self.empty_state, 1, Qt.AlignmentFlag.AlignTop)
        self.new_button.clicked.connect(self.sig_new_payout_requested)
        self.sig_new_payout_requested.connect(self.open_new_payout)

    @Slot()
    def open_new_payout(self, prepared: Any = None) -> NewPayoutDialog | None:
        flow = self._flow()
        if flow is None:
            return None
        if (self.payout_dialog is not None and isValid(self.payout_dialog) and self.payout_dialog.isVisible()
                and self.payout_dialog.entry is None):
            self.payout_dialog.raise_()   # one unfinished payout at a time
            self.payout_dialog.activateWindow()
            return self.payout_dialog
        currency = self._default_currency()
        dialog = NewPayoutDialog(self.runner, flow, self._passcode_phone,
                                 currency if currency in ("USD", "LRD", "RWF") else "USD", parent=self.window(),
                                 is_current=lambda: self._flow() is flow and not self.closing,
                                 balance_of=self._balance_of, approvals=self.approvals, prepared=prepared)
        dialog.sig_payout_changed.connect(self.on_payout_changed)
        self.payout_dialog = dialog
        dialog.show()
        return dialog

    @Slot(object)
    def open_prepared(self, prepared: Any) -> NewPayoutDialog | None:
        """The owner checks a payout staff prepared, then approves it through the usual steps."""
        dialog = self.payout_dialog
        if dialog is not None and isValid(dialog) and dialog.isVisible() and dialog.entry is None:
            if getattr(dialog, "prepared_payout", None) is not None and dialog.prepared_payout.id == prepared.id:
                dialog.raise_()
                return dialog
            dialog.close()   # one unfinished payout at a time: this one was asked for
        return self.open_new_payout(prepared)

    @asyncSlot(object)
    async def on_waiting_box_refuse_requested(self, prepared: Any) -> None:
        from dollr_desktop.ui.dialogs.async_dialogs import confirm

        if self.approvals is None or not await confirm(
                self, self.tr("Refuse the payout"),
                self.tr("Refuse the payout of {amount} to {name} prepared by {who}? Nothing is paid.").format(
                    amount=format_money(Decimal(prepared.amount), prepared.currency), name=prepared.recipient_name,
                    who=prepared.prepared_by), self.tr("Refuse"), self.tr("Go back")):
            return
        await self.approvals.refuse_payout(prepared)
        await self.refresh_waiting()

    async def refresh_waiting(self) -> None:
        if self.approvals is None:
            return
        waiting = await self.approvals.waiting_payouts()
        if isValid(self.waiting_box):
            self.waiting_box.show_waiting(waiting, self.approvals.may("approve_payouts"))

    async def wait_idle(self, timeout: float) -> bool:
        """Closing the app: an approval on its way finishes and is recorded; nothing new starts.

        Status checks stop (the journal keeps an open payout open; the next start checks it).
        """
        self.closing = True
        dialog = self.payout_dialog if self.payout_dialog is not None and isValid(self.payout_dialog) else None
        if dialog is not None:
            dialog.freeze()
        approval = dialog.approval_dialog if dialog is not None else None
        task = approval.send_task if approval is not None and isValid(approval) else None
        finished = True
        if task is not None and not task.done():
            done, _ = await asyncio.wait({task}, timeout=timeout)
            finished = bool(done)
            await asyncio.sleep(0)   # let the approval's own follow-ups (signals, slots) run first
        if dialog is not None and isValid(dialog):
            dialog.freeze()
        return await self.runner.wait_idle(timeout) and finished

    @asyncSlot(object)
    async def on_payout_changed(self, _entry: object) -> None:
        if self.closing:
            return
        # Through the runner, so closing the app waits for it instead of closing the client under it.
        (await self.runner.run("payouts-refresh", self.refresh, quiet_offline=True)).value

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name): the journal may have changed meanwhile
        super().showEvent(event)
        if self._flow() is not None and not self.closing:
            self._refresh_task = asyncio.ensure_future(
                self.runner.run("payouts-refresh", self.refresh, quiet_offline=True))

    async def refresh(self) -> None:
        flow = self._flow()
        if flow is not None:
            await flow.check_open()   # payouts left open by a lost answer or a restart
        await self.refresh_waiting()
        self.entries = list(await flow.history()) if flow is not None else []
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            fee = fee_of(entry)
            gets = entry.payee_amount if entry.payee_amount is not None else entry.amount
            cells = {
                Columns.WHEN: local_time_label(entry.created_at),
                Columns.RECIPIENT: entry.party_name or "",
                Columns.AMOUNT: format_money(gets, entry.payee_currency or entry.currency),
                Columns.FEE: "—" if fee is None else format_money(fee, entry.currency),
                Columns.STATUS: self._status_text(entry, flow),
                Columns.REFERENCE: entry.reference_id,
            }
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                item.setData(REFERENCE_ROLE, entry.reference_id)
                if column in (Columns.AMOUNT, Columns.FEE):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == Columns.STATUS:
                    item.setToolTip("\n".join(t for t in (text, dollr_said(entry.server_message)) if t))
                elif column == Columns.REFERENCE:
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(self.entries))
        self.empty_state.setVisible(not self.entries)

    @staticmethod
    def _status_text(entry: Any, flow: Any) -> str:
        state = entry.state.value
        if state == "SUBMITTING" and entry.reference_id not in getattr(flow.store, "in_flight", ()):
            return QCoreApplication.translate("PayoutsView", "Checking with Dollr (the app stopped before Dollr answered)")
        return state_words(state, entry.server_message, entry.server_status,
                           failure_code=entry.failure_code, late=entry.is_late)

    def row_text(self, row: int) -> dict[str, str]:
        return {c.name: self.table.item(row, c).text() for c in Columns}
