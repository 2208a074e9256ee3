"""New payout: recipient, their mobile-money number, amount, note, fees; then session, approval, status.

Steps, each one deliberate:
1. fill in → the fee preview says "recipient gets … · your wallet is debited …";
2. Continue → the payout session: the wallet that will be debited and a live countdown;
3. Approve… → the approval dialog (passcode) → execute (journal first, in the payout core);
4. the live status until COMPLETED or FAILED, with the reason in words.
An expired session is replaced only after the person confirms again.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any, Awaitable, Callable

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget
from qasync import asyncSlot
from shiboken6 import isValid

from dollr_desktop.services.payouts_flow import MobileWallet, PayoutProblem, PayoutQuote
from dollr_desktop.ui.dialogs.async_dialogs import confirm, run_dialog
from dollr_desktop.ui.dialogs.lifetime import delete_when_closed
from dollr_desktop.ui.money import format_money
from dollr_desktop.ui.wording.catalogue import method_words
from dollr_desktop.ui.payouts.approval_dialog import ApprovalDialog
from dollr_desktop.ui.payouts.fee_box import PayoutFeeBox, over_balance
from dollr_desktop.ui.payouts.payout_details import PayoutDetails
from dollr_desktop.ui.payouts.prepared_note import PreparedNote
from dollr_desktop.ui.payouts.session_box import PayoutSessionBox
from dollr_desktop.ui.payouts.status_box import PayoutStatusBox
from dollr_desktop.ui.payouts.wording import escape_html, summary_html
from dollr_desktop.ui.runner import OperationRunner
from dollr_desktop.ui.widgets.fit import fit_dialog
from dollr_desktop.ui.widgets.problem_note import ProblemNote
from dollr_desktop.ui.wording import words_for

QUOTE_DELAY_MS = 400


class NewPayoutDialog(QDialog):
    sig_payout_changed = Signal(object)   # a JournalEntry, whenever its state changes

    def __init__(self, runner: OperationRunner, flow: Any, passcode_phone: Callable[[], str],
                 default_currency: str = "USD", parent: QWidget | None = None,
                 is_current: Callable[[], bool] = lambda: True,
                 balance_of: Callable[[str], Awaitable[Decimal | None]] | None = None,
                 approvals: Any = None, prepared: Any = None) -> None:
        super().__init__(parent)
        delete_when_closed(self, lambda: runner.busy)
        self.setWindowTitle(self.tr("New payout"))
        self.setAccessibleName(self.tr("New payout"))
        # Wide enough for the fields' hints in French and Kinyarwanda at a large text size, within the screen.
        screen = self.screen().availableGeometry().width() if self.screen() is not None else 1024
        self.setMinimumWidth(min(screen - 40, max(560, self.fontMetrics().averageCharWidth() * 80)))
        self.runner = runner
        self.flow = flow
        self._is_current = is_current   # False once the app switched or closed the account
        self._passcode_phone = passcode_phone
        self._balance_of = balance_of   # the estimated balance of a currency (None: unknown)
        self.estimate: Decimal | None = None
        self.wallet: MobileWallet | None = None
        self.quote: PayoutQuote | None = None
        self.prepared: Any = None
        self.approval_dialog: ApprovalDialog | None = None
        # People: staff send a payout for the owner's approval; the owner approves one (`prepared_payout`).
        self.approvals = approvals
        self.prepared_payout = prepared
        self.sent_for_approval: Any = None
        self.details = PayoutDetails(runner, flow, default_currency)
        # the details' parts by their old names (tests and slots below read them here)
        self.errors = self.details.errors
        self.phone_edit = self.details.phone_edit
        self.recipient_box = self.details.recipient_box
        self.operator_label = self.details.operator_label
        self.amount_edit = self.details.amount_edit
        self.currency_combo = self.details.currency_combo
        self.note_edit = self.details.note_edit
        self.form = self.details.form

        self.fee_box = PayoutFeeBox()
        self.fee_label = self.fee_box.fee_label

        self.session_box = PayoutSessionBox()
        self.wallet_label = self.session_box.wallet_label
        self.countdown = self.session_box.countdown

        self.status_box = PayoutStatusBox(runner, self._check_status)
        self.status_box.hide()

        self.problem_note = ProblemNote(self.tr("Payout problem"))
        self.problem_label = self.problem_note.words

        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setAccessibleName(self.tr("Continue to approval"))
        self.approve_button = QPushButton(self.tr("Approve…"))
        self.approve_button.setAccessibleName(self.tr("Approve the payout"))
        self.approve_button.hide()
        self.renew_button = QPushButton(self.tr("Start a new session"))
        self.renew_button.setAccessibleName(self.tr("Start a new payout session"))
        self.renew_button.hide()
        self.change_button = QPushButton(self.tr("Change details"))
        self.change_button.setAccessibleName(self.tr("Change the payout details"))
        self.change_button.hide()
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.setAccessibleName(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.renew_button)
        buttons.addWidget(self.continue_button)
        buttons.addWidget(self.approve_button)

        self.approval_note = PreparedNote()
        layout = QVBoxLayout(self)
        layout.addWidget(self.approval_note)
        layout.addWidget(self.details)
        layout.addWidget(self.fee_box)
        layout.addWidget(self.session_box)
        layout.addWidget(self.status_box)
        layout.addWidget(self.problem_note)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.quote_timer = QTimer(self)
        self.quote_timer.setSingleShot(True)
        self.quote_timer.setInterval(QUOTE_DELAY_MS)
        self.quote_timer.timeout.connect(self.on_quote_timer_timeout)
        self.status_box.sig_changed.connect(self.sig_payout_changed)
        self.status_box.sig_changed.connect(lambda _entry: self._fit())
        self.recipient_box.sig_recipient_chosen.connect(self.on_recipient_chosen)
        self.recipient_box.sig_size_changed.connect(self._fit)
        self.phone_edit.sig_changed.connect(self.on_inputs_changed)
        self.amount_edit.textChanged.connect(self.on_inputs_changed)
        self.currency_combo.currentIndexChanged.connect(self.on_inputs_changed)
        self.continue_button.clicked.connect(self.on_continue_button_clicked)
        self.approve_button.clicked.connect(self.on_approve_button_clicked)
        self.renew_button.clicked.connect(self.on_renew_button_clicked)
        self.change_button.clicked.connect(self.on_change_button_clicked)
        self.close_button.clicked.connect(self.close)
        self.countdown.sig_expired.connect(self.on_countdown_expired)
        self.currency_combo.currentIndexChanged.connect(lambda _n: self.runner.spawn(self.refresh_balance()))
        self.runner.spawn(self.refresh_balance())
        self.show_person()
        if prepared is not None:
            self.approval_note.show_prepared(prepared)
            self.runner.spawn(self.prefill(prepared), name="payout-prefill")

    # ---- who approves --------------------------------------------------------------------
    def may_approve(self) -> bool:
        return self.approvals is None or self.approvals.may("approve_payouts")

    def show_person(self) -> None:
        """Staff send the payout for approval instead of opening a session; the owner approves."""
        if self.may_approve():
            self.continue_button.setText(self.tr("Continue"))
            self.continue_button.setAccessibleName(self.tr("Continue to approval"))
        else:
            self.continue_button.setText(self.tr("Send for approval"))
            self.continue_button.setAccessibleName(self.tr("Send the payout for the owner's approval"))
        if self.prepared_payout is None and self.sent_for_approval is None:
            self.approval_note.show_staff(not self.may_approve())
        approval = self.approval_dialog
        if (not self.may_approve() and approval is not None and isValid(approval) and approval.isVisible()
                and not approval._submitting):
            approval.reject()   # locked, or someone else sat down: the passcode window closes unsent

    async def prefill(self, prepared: Any) -> None:
        """A payout staff prepared: the same recipient, number, amount and note, then the usual steps."""
        contact = await self.approvals.contact(prepared.recipient_id) if prepared.recipient_id else None
        if not isValid(self):
            return
        if contact is not None:
            self.recipient_box.picker.set_contact(contact)
        self.phone_edit.set_number(prepared.phone)
        self.currency_combo.setCurrentIndex(max(0, self.currency_combo.findData(prepared.currency)))
        self.amount_edit.setText(prepared.amount)
        self.note_edit.setText(prepared.note)
        self.on_inputs_changed()
        self._fit()

    async def _send_for_approval(self, contact: Any, amount: Decimal) -> None:
        data = {"recipient_id": contact.id, "recipient_name": contact.name, "phone": self.phone_edit.digits(),
                "amount": str(amount), "currency": self.currency_combo.currentData(),
                "note": self.note_edit.text().strip()}
        outcome = await self.runner.run("payout-prepare", lambda: self.approvals.prepare_payout(data),
                                        sender=self.continue_button)
        if not outcome.ok or outcome.value is None or not isValid(self):
            return
        self.sent_for_approval = outcome.value
        self.details.set_locked(True)
        self.continue_button.hide()
        self.approval_note.show_sent(outcome.value)
        self.close_button.setText(self.tr("Close"))
        self._fit()

    async def refresh_balance(self) -> None:
        if self._balance_of is None or not isValid(self) or not isValid(self.currency_combo):
            return   # closed before this check began
        currency = self.currency_combo.currentData()
        estimate = await self._balance_of(currency)
        if not isValid(self) or currency != self.currency_combo.currentData():
            return
        self.estimate = estimate
        self.fee_box.show_balance(estimate, currency, self.quote)
        self._fit()   # the balance line adds a line

    # ---- filling in ------------------------------------------------------------------------
    @Slot(object)
    def on_recipient_chosen(self, contact: Any) -> None:
        self.errors.clear()
        if contact is not None and contact.phone and contact.phone != self.phone_edit.digits():
            self.phone_edit.set_number(contact.phone)
        self.on_inputs_changed()

    @Slot()
    def on_inputs_changed(self, *_: object) -> None:
        if self.wallet is not None and self.wallet.phone != self.phone_edit.digits():
            self.wallet = None
            self.details.show_operator(None)
        self.quote = None
        self.quote_timer.start()

    def show_field_errors(self, field_errors: dict[str, str]) -> dict[str, str]:
        return self.errors.show(field_errors)

    async def _wallet(self) -> MobileWallet:
        if self.wallet is None or self.wallet.phone != self.phone_edit.digits():
            self.wallet = await self.flow.lookup_wallet(self.phone_edit.digits())
            self.details.show_operator(self.wallet)
        return self.wallet

    @asyncSlot()
    async def on_quote_timer_timeout(self) -> None:
        if not isValid(self.amount_edit) or self.status_box.frozen or not self._still_current():
            return   # the window closed between the timer and this slot's turn on the loop
        self.errors.clear()
        amount = self.details.amount()
        if amount is None or not self.phone_edit.info.valid:
            return

        async def work() -> PayoutQuote | None:
            try:
                wallet = await self._wallet()
                return await self.flow.quote(amount, self.currency_combo.currentData(), wallet)
            except PayoutProblem as problem:
                self.errors.show({problem.field or "amount": words_for(problem)})
                return None

        quote = (await self.runner.run("payout-quote", work, quiet_offline=False, fields=self)).value
        if quote is not None:
            self.show_quote(quote)

    def show_quote(self, quote: PayoutQuote) -> None:
        self.quote = quote
        self.fee_box.show_quote(quote)
        self.fee_box.show_balance(self.estimate, self.currency_combo.currentData(), quote)
        self._fit()

    # ---- the session -----------------------------------------------------------------------
    @asyncSlot()
    async def on_continue_button_clicked(self) -> None:
        checked = self.details.check()
        if checked is None or self.sent_for_approval is not None:
            return
        if not self.may_approve():
            await self._send_for_approval(*checked)
            return
        if over_balance(self.quote, self.estimate) and not await confirm(
                self, self.tr("More than the estimated balance"),
                self.tr("This payout debits {debited}, more than the estimated balance of {estimate}.").format(
                    debited=format_money(self.quote.wallet_debited, self.quote.wallet_currency),
                    estimate=format_money(self.estimate, self.currency_combo.currentData())),
                self.tr("Continue anyway"), self.tr("Go back"),
                self.tr("The estimate only counts what this app knows; Dollr refuses a payout the wallet "
                        "cannot cover.")):
            return
        await self._open_session(*checked)

    async def _open_session(self, contact: Any, amount: Decimal) -> None:
        currency = self.currency_combo.currentData()
        note = self.note_edit.text().strip()

        async def work() -> Any:
            try:
                wallet = await self._wallet()
                quote = await self.flow.quote(amount, currency, wallet)
                self.show_quote(quote)
                return await self.flow.open_session(contact=contact, wallet=wallet, amount=amount,
                                                    currency=currency, quote=quote, note=note)
            except PayoutProblem as problem:
                if problem.field:
                    self.errors.show({problem.field: words_for(problem)})
                else:
                    self.show_problem(problem)
                return None

        self.problem_note.hide()
        prepared = (await self.runner.run("payout-session", work, sender=self.continue_button, fields=self,
                                         progress=self.tr("Preparing the payout…"))).value
        if prepared is None:
            return
        self.prepared = prepared
        self.details.set_locked(True)
        self.session_box.show_session(prepared)
        self.continue_button.hide()
        self.renew_button.hide()
        self.approve_button.show()
        self.approve_button.setEnabled(True)
        self.change_button.show()
        self.approve_button.setFocus()
        self._fit()

    @Slot()
    def on_countdown_expired(self) -> None:
        if self.entry is not None:
            return   # approved already: the status decides, not the session's clock
        self.approve_button.hide()
        self.renew_button.show()
        self.session_box.mark_expired()
        self._fit()

    @asyncSlot()
    async def on_renew_button_clicked(self) -> None:
        """A new session (and later a new reference id) only with the person's fresh OK."""
        prepared = self.prepared
        if prepared is None:
            return
        text = self.tr("The previous session expired and nothing was paid. Start a new session to pay "
                       "{amount} to {name}?").format(amount=format_money(prepared.amount, prepared.currency),
                                                     name=prepared.contact.name)
        if not await confirm(self, self.tr("Start a new payout session"), text, self.tr("Start a new session"),
                             self.tr("Go back")):
            return
        self.renew_button.hide()
        await self._open_session(prepared.contact, prepared.amount)

    @Slot()
    def on_change_button_clicked(self) -> None:
        if self.entry is not None:
            return
        self.countdown.stop()
        self.prepared = None
        self.session_box.hide()
        self.approve_button.hide()
        self.renew_button.hide()
        self.change_button.hide()
        self.continue_button.show()
        self.details.set_locked(False)

    # ---- approval and status ---------------------------------------------------------------
    @asyncSlot()
    async def on_approve_button_clicked(self) -> None:
        prepared = self.prepared
        if prepared is None or self.entry is not None or (
                self.approval_dialog is not None and self.approval_dialog.isVisible()):
            return   # a double click: one approval window at a time
        if not self.may_approve():   # someone else sat down since the session opened
            self.problem_note.say(self.tr("Only the owner approves payouts. Switch user to the owner, "
                                          "or close this window."))
            self._fit()
            return
        self.approve_button.setEnabled(False)
        try:
            summary = summary_html(
                recipient=prepared.contact.name, phone=prepared.wallet.phone, carrier=method_words(prepared.wallet.payment_method),
                amount=prepared.amount, currency=prepared.currency, debited=prepared.quote.wallet_debited,
                wallet_currency=prepared.quote.wallet_currency, wallet_id=prepared.session.wallet_id,
                note=prepared.note)
            if self.approval_dialog is not None:
                self.approval_dialog.deleteLater()   # the previous, finished approval window
            dialog = ApprovalDialog(summary, self._passcode_phone(),
                                    lambda code, phone, user_id: self.flow.approve(prepared, code, phone, user_id),
                                    expires_at=self.session_box.expires_local, parent=self)
            self.approval_dialog = dialog
            await run_dialog(dialog)
        finally:
            self.approve_button.setEnabled(self.entry is None)
        problem = dialog.problem
        if dialog.outcome is not None:
            self.show_entry(dialog.outcome)
            if self.approvals is not None:
                self.approvals.payout_approved(dialog.outcome, prepared, self.prepared_payout)
        elif problem is not None and not problem.retry_allowed and not problem.expired:
            self.show_problem(problem)
        elif problem is not None and problem.expired:
            self.countdown.expire_now()   # emits sig_expired -> on_countdown_expired

    def show_entry(self, entry: Any) -> None:
        """From now on the journal and `status/payout` decide; there is no second approval."""
        self.countdown.stop()
        for widget in (self.session_box, self.approve_button, self.change_button, self.renew_button,
                       self.problem_note):
            widget.hide()
        self.close_button.setText(self.tr("Close"))
        self.status_box.show_entry(entry)
        self._fit()

    @property
    def entry(self) -> Any:
        """The approved payout's journal entry (None before approval)."""
        return self.status_box.entry

    def show_problem(self, problem: PayoutProblem) -> None:
        text = escape_html(words_for(problem))
        if problem.link:
            text += f' <a href="{problem.link}">' + escape_html(
                self.tr("Open the Dollr portal to finish verification")) + "</a>"
        self.problem_note.say(text, str(problem.params.get("detail") or ""))
        self._fit()

    def _fit(self) -> None:
        """Grow with what was just shown (a session, a status, a problem) so nothing is clipped."""
        self.layout().activate()
        fit_dialog(self)   # the wrapped words' height too, never taller than the screen

    async def _check_status(self, reference_id: str) -> Any:
        if not self._still_current():
            return None
        return await self.flow.check(reference_id)

    def _still_current(self) -> bool:
        """The account this window pays from is still the app's; else stop (the journal keeps all)."""
        if self._is_current():
            return True
        self.freeze()
        self.setEnabled(False)
        self.setWindowTitle(self.tr("New payout (account closed)"))
        return False

    def freeze(self) -> None:
        """The app is closing: stop every timer so nothing new starts while the database closes."""
        self.quote_timer.stop()
        self.countdown.stop()
        self.status_box.freeze()

    def done(self, result: int) -> None:  # noqa: D401 (Qt name)
        self.status_box.stop()
        self.quote_timer.stop()
        self.countdown.stop()
        super().done(result)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.status_box.stop()
        self.countdown.stop()
        super().closeEvent(event)

