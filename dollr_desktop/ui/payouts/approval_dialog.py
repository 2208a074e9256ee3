"""Approve one payout: the payout restated in words, then the merchant's passcode (masked).

The passcode lives in the masked field only until Approve is pressed: it is read, the field is
cleared at once, and the code is handed to the approval call, which forgets it after the request.
It is never logged, stored or put in a setting. Approve is disabled from the first click, so a
double-click cannot send two approvals (and the journal would refuse a second one anyway).
"""
from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from dollr_desktop.api import errors as api_errors
from dollr_desktop.services.payouts_flow import PayoutProblem
from dollr_desktop.ui.formatting import phone_label
from dollr_desktop.ui.payouts.countdown import SessionCountdown
from dollr_desktop.ui.wording import words_for
from dollr_desktop.ui.widgets.passcode_edit import PasscodeEdit
from dollr_desktop.ui.widgets.phone_edit import PhoneEdit
from dollr_desktop.ui.widgets.fit import fit_dialog

Approve = Callable[[str, str, str], Awaitable[Any]]   # (passcode, phone, user id): one of the two is ""


class ApprovalDialog(QDialog):
    sig_approved = Signal(object)   # the approval call's outcome

    def __init__(self, summary_html: str, passcode_phone: str, approve: Approve,
                 expires_at: datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Approve payout"))
        self.setAccessibleName(self.tr("Payout approval"))
        self.setMinimumWidth(500)
        self._approve = approve
        self._submitting = False
        self._closed_for_approval = False   # a refusal no passcode can fix (expired, not verified …)
        self._pause_left = 0
        self.pause_timer = QTimer(self)
        self.pause_timer.setInterval(1000)
        self.pause_timer.timeout.connect(self.on_pause_timer_timeout)
        self.outcome: Any = None
        self.problem: PayoutProblem | None = None
        self.approvals_sent = 0
        self.send_task: asyncio.Task | None = None   # the approval request in flight, if any

        self.heading_label = QLabel(self.tr("Check the payout, then approve it with your Dollr passcode. "
                                    "Nothing is paid until you do."))
        self.heading_label.setWordWrap(True)
        self.summary_label = QLabel(summary_html)
        self.summary_label.setAccessibleName(self.tr("Payout to approve"))
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setProperty("role", "lockedNotice")

        self.passcode_edit = PasscodeEdit(self.tr("Passcode"))
        self.phone_edit = PhoneEdit()
        self.phone_edit.setAccessibleName(self.tr("Passcode phone"))
        self.phone_label = QLabel()
        self.phone_label.setAccessibleName(self.tr("Passcode phone in use"))
        if passcode_phone:
            self.phone_edit.set_number(passcode_phone)
            self.phone_edit.hide()
            self.phone_label.setText(self.tr("{phone} <span style='color:gray'>(from Settings)</span>").format(
                phone=phone_label(passcode_phone)))
        else:
            self.phone_label.setText(self.tr("Not set in Settings: type the phone your passcode belongs to."))
            self.phone_label.setProperty("role", "hint")

        self.message_label = QLabel()
        self.message_label.setAccessibleName(self.tr("Approval message"))
        self.message_label.setWordWrap(True)
        self.message_label.setOpenExternalLinks(False)
        self.message_label.linkActivated.connect(self.on_message_label_link_activated)
        self.message_label.hide()

        self.buttons = QDialogButtonBox()
        self.approve_button = self.buttons.addButton(self.tr("Approve payout"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.approve_button.setAccessibleName(self.tr("Approve payout"))
        self.approve_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(self.tr("Go back"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setAccessibleName(self.tr("Go back without paying"))
        self.approve_button.clicked.connect(self.on_approve_button_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.passcode_edit.returnPressed.connect(self.approve_button.click)

        form = QFormLayout()
        form.addRow(self.tr("Passcode:"), self.passcode_edit)
        self.user_id_check = QCheckBox(self.tr("My passcode is tied to my Dollr user id, not a phone"))
        self.user_id_check.setAccessibleName(self.tr("Approve with a user id instead of a phone"))
        self.user_id_edit = QLineEdit()
        self.user_id_edit.setAccessibleName(self.tr("Dollr user id"))
        self.user_id_edit.setPlaceholderText(self.tr("your Dollr user id"))
        self.user_id_edit.hide()
        self.user_id_check.toggled.connect(self.on_user_id_check_toggled)
        form.addRow(self.tr("Passcode phone:"), self.phone_label)
        form.addRow("", self.phone_edit)
        form.addRow("", self.user_id_check)
        form.addRow("", self.user_id_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.summary_label)
        self.countdown: SessionCountdown | None = None
        if expires_at is not None:
            self.countdown = SessionCountdown(self)
            layout.addWidget(self.countdown)
            self.countdown.sig_expired.connect(self.on_countdown_expired)
            self.countdown.start(expires_at)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)

        self.passcode_edit.setFocus()

    # ---- approving -----------------------------------------------------------------------
    @Slot()
    def on_approve_button_clicked(self) -> None:
        """Synchronous up to the request: read, empty the field, disable, then send once."""
        if self._submitting or self._pause_left > 0 or self._closed_for_approval:
            return
        code = self.passcode_edit.text()
        self.passcode_edit.clear()           # the widget forgets it before anything is sent
        if len(code) < 4:
            self._say(self.tr("Type your payout passcode (the digits you set in the Dollr app)."), error=True)
            return
        user_id = self.user_id_edit.text().strip() if self.user_id_check.isChecked() else ""
        phone = "" if user_id else (self.phone_edit.digits() if self.phone_edit.info.valid else "")
        if self.user_id_check.isChecked() and not user_id:
            self._say(self.tr("Type your Dollr user id."), error=True)
            return
        if not phone and not user_id:
            self._say(self.tr("Type the phone number your passcode belongs to."), error=True)
            return
        self._submitting = True
        self._set_busy(True)
        self._say(self.tr("Sending your approval to Dollr…"), error=False)
        self.approvals_sent += 1
        self.send_task = asyncio.ensure_future(self._send(code, phone, user_id))
        del code

    async def _send(self, code: str, phone: str, user_id: str) -> None:
        try:
            outcome = await self._approve(code, phone, user_id)
        except PayoutProblem as problem:
            self.problem = problem
            self._show_problem(problem)
            return
        except api_errors.ApiError as exc:   # refused or unreachable before the execute request
            self._say(words_for(exc), error=True)
            return
        except Exception:
            self._say(self.tr("Something unexpected went wrong. Nothing is sent twice: the payout's status is "
                              "checked with Dollr before anything else happens."), error=True)
            sys.excepthook(*sys.exc_info())
            return
        finally:
            del code                         # drop our reference; the field is already empty
            self._submitting = False
            self._set_busy(False)
        self.outcome = outcome
        self.sig_approved.emit(outcome)
        self.accept()

    def _show_problem(self, problem: PayoutProblem) -> None:
        text = words_for(problem)
        if problem.link:
            text += f' <a href="{problem.link}">' + self.tr("Open verification in the Dollr portal") + "</a>"
        self._say(text, error=True)
        if problem.pause_seconds > 0:
            self._pause_left = problem.pause_seconds
            self.pause_timer.start()
            self.on_pause_timer_timeout(tick=False)
        if not problem.retry_allowed:
            self._closed_for_approval = True
            self.cancel_button.setText(self.tr("Close"))
        else:
            self.passcode_edit.setFocus()

    def _set_busy(self, busy: bool) -> None:
        blocked = (busy or self._pause_left > 0 or self._closed_for_approval
                   or (self.countdown is not None and self.countdown.expired))
        self.approve_button.setEnabled(not blocked)
        self.passcode_edit.setEnabled(not blocked)
        self.cancel_button.setEnabled(not busy)

    def _say(self, text: str, *, error: bool) -> None:
        self.message_label.setText(text)
        self.message_label.setProperty("role", "fieldError" if error else "hint")
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)
        self.message_label.show()
        self.layout().activate()
        fit_dialog(self)   # the message's wrapped height too, never taller than the screen

    # ---- pauses and expiry ---------------------------------------------------------------
    @Slot()
    def on_pause_timer_timeout(self, tick: bool = True) -> None:
        if tick:
            self._pause_left -= 1
        if self._pause_left <= 0:
            self.pause_timer.stop()
            self._pause_left = 0
            self._say(self.tr("You can type the passcode again."), error=False)
            self._set_busy(False)
            self.passcode_edit.setFocus()
            return
        self._set_busy(False)
        base = words_for(self.problem) if self.problem else ""
        self._say(self.tr("{problem} Try again in {seconds} s.").format(problem=base, seconds=self._pause_left),
                  error=True)

    @Slot()
    def on_countdown_expired(self) -> None:
        if self._submitting:
            return   # the request is out: its answer (or a status check) decides, not the clock
        self.passcode_edit.clear()
        self._set_busy(False)
        self._say(self.tr("The payout session expired before approval. Nothing was paid. Close this window "
                          "and confirm the payout again to start a new session."), error=True)

    @Slot(bool)
    def on_user_id_check_toggled(self, checked: bool) -> None:
        self.user_id_edit.setVisible(checked)
        self.phone_label.setEnabled(not checked)
        if checked:
            self.user_id_edit.setFocus()

    @Slot(str)
    def on_message_label_link_activated(self, link: str) -> None:
        QDesktopServices.openUrl(QUrl(link))

    def done(self, result: int) -> None:  # noqa: D401 (Qt name) — closing always empties the field
        self.passcode_edit.clear()
        self.pause_timer.stop()
        if self.countdown is not None:
            self.countdown.stop()
        super().done(result)
