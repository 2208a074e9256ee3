"""The live status of one approved payout: PENDING → PROCESSING → COMPLETED / FAILED, in words.

Every state shown comes from the journal, which only the execute answer and
`status/payout/{reference_id}` (same id, never a new execute) update.
"""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget
from qasync import asyncSlot
from shiboken6 import isValid

from dollr_desktop.ui.payouts.wording import entry_words
from dollr_desktop.ui.wording import dollr_said
from dollr_desktop.ui.runner import OperationRunner

FIRST_CHECK_MS = 500      # the sandbox and fast operators answer within a second
MAX_CHECK_MS = 5000       # mobile money may sit in PROCESSING for minutes: back off to every 5 s
Check = Callable[[str], Awaitable[Any]]


class PayoutStatusBox(QGroupBox):
    sig_changed = Signal(object)   # the JournalEntry, whenever its state changes

    def __init__(self, runner: OperationRunner, check: Check, parent: QWidget | None = None) -> None:
        super().__init__("Status", parent)
        self.setAccessibleName(self.tr("Payout progress"))
        self.runner = runner
        self._check = check
        self.entry: Any = None
        self.frozen = False   # the app is closing: no more checks (the journal keeps the entry open)
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Payout status"))
        self.status_label.setProperty("role", "total")
        self.status_label.setWordWrap(True)
        self.reference_label = QLabel()
        self.reference_label.setAccessibleName(self.tr("Reference id"))
        self.reference_label.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.reference_label)
        self.timer = QTimer(self)
        self.timer.setInterval(FIRST_CHECK_MS)
        self.timer.timeout.connect(self.on_timer_timeout)

    def show_entry(self, entry: Any) -> None:
        changed = self.entry is None or entry.state is not self.entry.state
        self.entry = entry
        self.show()
        self.status_label.setText(entry_words(entry))
        self.status_label.setToolTip(dollr_said(entry.server_message))
        self.reference_label.setText(self.tr("Reference id: {reference}").format(reference=entry.reference_id))
        if entry.is_final or self.frozen:
            self.timer.stop()
        elif changed or not self.timer.isActive():
            self.timer.start(FIRST_CHECK_MS)
        if changed:
            self.sig_changed.emit(entry)
            self.updateGeometry()

    def stop(self) -> None:
        self.timer.stop()

    def freeze(self) -> None:
        self.frozen = True
        self.timer.stop()

    @asyncSlot()
    async def on_timer_timeout(self) -> None:
        if not isValid(self.status_label):
            return   # the window closed before this slot's turn on the loop
        entry = self.entry
        if entry is None or entry.is_final or self.frozen:
            self.timer.stop()
            return
        fresh = (await self.runner.run(f"payout-status-{entry.reference_id}",
                                      lambda: self._check(entry.reference_id), quiet_offline=True)).value
        if fresh is not None and self.entry is entry and isValid(self.status_label):
            if fresh.state is entry.state and self.timer.isActive():   # still pending: check less often
                self.timer.setInterval(min(MAX_CHECK_MS, int(self.timer.interval() * 1.5)))
            self.show_entry(fresh)
