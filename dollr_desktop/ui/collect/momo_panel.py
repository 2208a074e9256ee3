"""Mobile-money push: number and operator, the quote, Confirm, then the live timeline.

Confirm can start at most one payment per document: the button is disabled on the first click,
a guard ignores re-entry, and the journal refuses a second open entry for the same document
(another window, or after a restart), in which case the panel follows the payment in flight.
"""
from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget
from qasync import asyncSlot

from dollr_desktop.api import errors as api_errors
from dollr_desktop.services import catalogue
from dollr_desktop.services.collection import CollectionPlan, CollectionService, DocumentNotPayableError, PayerDetection
from dollr_desktop.services.phones import describe
from dollr_desktop.store.errors import PaymentAlreadyPendingError
from dollr_desktop.store.journal import JournalEntry, PaymentState
from dollr_desktop.ui.collect.momo_layout import MomoPanelLayout
from dollr_desktop.ui.collect.payment_words import entry_amounts, quote_fees, waiting_words
from dollr_desktop.ui.collect.target import CollectTarget
from dollr_desktop.ui.money import format_money
from dollr_desktop.ui.wording import dollr_said, words_for
from dollr_desktop.ui.wording.catalogue import method_words
from dollr_desktop.ui.wording.payments import collection_failure_words, paid_notice
from dollr_desktop.ui.wording.phones import phone_words

DETECT_DELAY_MS = 400


class MomoPanel(MomoPanelLayout, QWidget):
    sig_paid = Signal(object)            # JournalEntry
    sig_finished = Signal(object)        # JournalEntry (paid or failed)
    sig_hosted_page_wanted = Signal()    # requires_action: offer the hosted page

    def __init__(self, runner: Any, collection: CollectionService, target: CollectTarget,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.collection, self.target = runner, collection, target
        self.operator: PayerDetection | None = None
        self.operator_detected = False   # by Dollr from the number, or chosen by hand
        self.plan: CollectionPlan | None = None   # what Confirm executes: the operator and Dollr's quote
        self.entry: JournalEntry | None = None
        self.last_event: Any = None
        self._starting = False
        self.paid_elsewhere = False
        self._waiting_since: float | None = None
        self._build()
        self.phone_edit.set_number(target.phone)

    # building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self._build_widgets()
        self._detect_timer = QTimer(self)
        self._detect_timer.setSingleShot(True)
        self._detect_timer.setInterval(DETECT_DELAY_MS)
        self._detect_timer.timeout.connect(self.on_detect_timer_timeout)
        self._tick = QTimer(self)
        self._tick.setInterval(15_000)
        self._tick.timeout.connect(self._show_waiting)
        self.phone_edit.sig_changed.connect(self.on_phone_edit_changed)
        self.operator_combo.activated.connect(self.on_operator_combo_activated)
        self.currency_combo.activated.connect(self.on_currency_combo_activated)
        self.confirm_button.clicked.connect(self.on_confirm_button_clicked)
        self.hosted_button.clicked.connect(self.sig_hosted_page_wanted)
        self._fill_operators(None)

    def _fill_operators(self, country: str | None) -> None:
        self.operator_combo.blockSignals(True)
        self.operator_combo.clear()
        self.operator_combo.addItem(self.tr("Detecting from the number…"), None)
        for operator in catalogue.operators(country if country in catalogue.CALLING_CODES else None):
            self.operator_combo.addItem(method_words(operator.payment_method), operator.payment_method)
        self.operator_combo.blockSignals(False)

    # the number, the operator, the quote --------------------------------------------------------
    @property
    def locked(self) -> bool:
        """A payment is under way (or done): the inputs no longer change anything."""
        return self._starting or self.paid_elsewhere or self.entry is not None and self.entry.state is not PaymentState.NOT_FOUND \
            and self.entry.state is not PaymentState.FAILED

    @Slot(object)
    def on_phone_edit_changed(self, info: Any) -> None:
        self.operator, self.plan = None, None
        self._refresh_confirm()
        self.quote_label.setText("—")
        self.fees_label.clear()
        if not info.valid:
            self.operator_label.setText(phone_words(info) or self.tr("Type the customer's mobile-money number."))
            return
        self._fill_operators(info.country.iso if info.country else None)
        self.operator_label.setText(self.tr("Asking Dollr which operator this number is on…"))
        self._detect_timer.start()

    @asyncSlot()
    async def on_detect_timer_timeout(self) -> None:
        if self.locked:
            return
        phone = self.phone_edit.digits()
        operator = (await self.runner.run(f"detect-{id(self)}", lambda: self.collection.detect(phone),
                                         quiet_offline=True, progress=self.tr("Checking the number…"))).value
        if phone != self.phone_edit.digits():
            return  # the number changed while we asked
        if operator is None:
            local = describe(phone).operator
            self.operator_label.setText(self.tr("Dollr did not recognise this number as mobile money. "
                                        "Check it, or choose the operator."))
            if local and local.payment_method:
                self._select_operator_by_method(local.payment_method, detected=False)
            return
        self._apply_operator(operator, detected=True)
        self._say_operator()
        await self.refresh_quote()

    def _say_operator(self) -> None:
        """Where the operator came from; once the payment is under way, no offer to change it."""
        if self.operator is None or not self.operator_detected:
            return
        name = method_words(self.operator.payment_method)
        self.operator_label.setText(self.tr("✓ {operator} (detected).").format(operator=name) if self.locked else
                                    self.tr("✓ {operator} (detected). Wrong? Choose another operator.").format(operator=name))

    def _apply_operator(self, operator: PayerDetection, *, detected: bool) -> None:
        self.operator, self.operator_detected = operator, detected
        index = self.operator_combo.findData(operator.payment_method)
        if index < 0:
            self.operator_combo.addItem(method_words(operator.payment_method), operator.payment_method)
            index = self.operator_combo.count() - 1
        self.operator_combo.setCurrentIndex(index)
        current = self.currency_combo.currentData()
        self.currency_combo.clear()
        for currency in operator.currencies:
            self.currency_combo.addItem(currency, currency)
        preferred = current if current in operator.currencies else self.target.currency
        self.currency_combo.setCurrentIndex(max(0, self.currency_combo.findData(preferred)))
        self.currency_combo.setEnabled(len(operator.currencies) > 1)

    def _select_operator_by_method(self, method: str, *, detected: bool) -> None:
        known = catalogue.method(method)
        if known is None:
            return
        self._apply_operator(PayerDetection(
            phone=self.phone_edit.digits(), payment_method=method, provider=known.provider, carrier=known.name,
            country=known.country, currencies=tuple(known.currencies)), detected=detected)

    @asyncSlot(int)
    async def on_operator_combo_activated(self, index: int) -> None:
        method = self.operator_combo.itemData(index)
        if method is None or (self.operator and method == self.operator.payment_method):
            return
        self._select_operator_by_method(method, detected=False)
        self.operator_label.setText(self.tr("Chosen by you: {operator}.").format(
            operator=method_words(self.operator.payment_method)))
        await self.refresh_quote()

    @asyncSlot(int)
    async def on_currency_combo_activated(self, _index: int) -> None:
        await self.refresh_quote()

    async def refresh_quote(self) -> None:
        operator, currency = self.operator, self.currency_combo.currentData()
        if operator is None or not currency or self.locked:
            return
        self.plan = None
        self._refresh_confirm()
        self.quote_label.setText(self.tr("Asking Dollr for the fees…"))
        phone, target = self.phone_edit.digits(), self.target
        problem: list[str] = []

        async def work() -> CollectionPlan | None:
            try:
                return await self.collection.plan(target.source_type, target.source_id, phone, currency=currency,
                                                  detection=operator)
            except DocumentNotPayableError as exc:
                problem.append(words_for(exc))
                return None

        plan = (await self.runner.run(f"quote-{id(self)}", work, quiet_offline=True,
                                      progress=self.tr("Asking Dollr for the fees…"))).value
        if operator is not self.operator or currency != self.currency_combo.currentData() \
                or phone != self.phone_edit.digits():
            return
        if plan is None:
            self.quote_label.setText(problem[0] if problem else self.tr(
                "The fees could not be fetched. Check the connection and the number."))
            return
        self.plan = plan
        quote = plan.quote
        self.quote_label.setText(self.tr("Customer pays {pays} · you receive {receive}").format(
            pays=format_money(quote.payer_amount, quote.payer_currency),
            receive=format_money(quote.payee_amount, quote.payee_currency)))
        fees = quote_fees(plan)
        self.fees_label.setText(self.tr("Fees: {fees}").format(fees=fees) if fees else self.tr("No fees."))
        self._refresh_confirm()

    def _refresh_confirm(self) -> None:
        locked = self.locked
        self.confirm_button.setEnabled(self.operator is not None and self.plan is not None and not locked)
        for widget in (self.phone_edit, self.operator_combo, self.currency_combo):
            widget.setEnabled(not locked and (widget is not self.currency_combo or self.currency_combo.count() > 1))
        if locked:
            self._say_operator()

    # confirm and follow ---------------------------------------------------------------------------
    @asyncSlot()
    async def on_confirm_button_clicked(self) -> None:
        if self.locked or self.operator is None:
            return
        self._starting = True
        self.confirm_button.setEnabled(False)
        self.notice_label.clear()
        self.timeline.show()
        self.timeline.sending()
        plan, target = self.plan, self.target

        async def work() -> JournalEntry | None:
            try:
                return await self.collection.collect(plan)
            except PaymentAlreadyPendingError:
                self.notice_label.setText(self.tr("A payment request for this document is already waiting for the "
                                          "customer. It is shown here; no second request was sent."))
                return await self.collection.pending_for(target.source_type, target.source_id)
            except api_errors.OutcomeUnknownError:
                return await self.collection.pending_for(target.source_type, target.source_id)

        try:
            entry = (await self.runner.run(f"collect-{self.target.source_type}-{self.target.source_id}-{id(self)}",
                                          work, progress=self.tr("Sending the payment request…"))).value
        finally:
            self._starting = False
        if entry is None:
            # Refused, offline or cancelled. If the journal holds an open entry, the request may
            # have left: follow it (status checks only) rather than claim nothing moved.
            entry = await self.collection.pending_for(target.source_type, target.source_id)
            if entry is None:
                self.timeline.failed(self.tr("the request could not be sent; no money moved. Try again."),
                                     prompt_sent=False)
                self._refresh_confirm()
                return
        self.follow(entry)

    def follow(self, entry: JournalEntry) -> None:
        """Show this payment (new, or already in flight) and follow it through the monitor."""
        if self.entry is not None and self.entry.reference_id != entry.reference_id:
            self.collection.unfollow(self.entry.reference_id, self.on_payment_event)
        first = self.entry is None or self.entry.reference_id != entry.reference_id
        self.entry = entry
        if self.plan is None:   # not confirmed here: show what was confirmed elsewhere
            self._detect_timer.stop()
            self._show_entry_details(entry)
        self.timeline.show()
        if first:
            seen = self.collection.follow(entry, self.on_payment_event)
            if seen is not None and seen.entry.updated_at >= entry.updated_at:
                entry = seen.entry
        self._show(entry, getattr(self.collection.latest(entry.reference_id), "server_message", None))

    def _show_entry_details(self, entry: JournalEntry) -> None:
        """The payment being followed, as it was confirmed (another window's, or an earlier run's)."""
        if entry.account_number:
            self.phone_edit.number_edit.blockSignals(True)
            self.phone_edit.set_number(entry.account_number)
            self.phone_edit.on_number_edit_text_changed()
            self.phone_edit.number_edit.blockSignals(False)
        if entry.method:
            index = self.operator_combo.findData(entry.method)
            if index < 0:
                self.operator_combo.addItem(method_words(entry.method), entry.method)
                index = self.operator_combo.count() - 1
            self.operator_combo.setCurrentIndex(index)
            self.operator_label.setText(self.tr("This payment goes through {operator}.").format(
                operator=method_words(entry.method)))
        self.currency_combo.clear()
        self.currency_combo.addItem(entry.currency, entry.currency)
        quote_text, fees_text = entry_amounts(entry)
        self.quote_label.setText(quote_text)
        self.fees_label.setText(fees_text)
        self._refresh_confirm()

    def on_payment_event(self, event: Any) -> None:
        self.last_event = event
        self._show(event.entry, event.server_message)
        if getattr(event, "requires_action", False) and event.entry.is_open:
            self.show_requires_action()

    def _show(self, entry: JournalEntry, message: str | None) -> None:
        self.entry = entry
        self._refresh_confirm()
        state = entry.state
        if state is PaymentState.COMPLETED:
            self._tick.stop()
            received = entry.payee_amount if entry.payee_amount is not None else entry.amount
            self.timeline.paid(self.tr("{paid} paid · you receive {received}").format(
                paid=format_money(entry.amount, entry.currency),
                received=format_money(received, entry.payee_currency or entry.currency)))
            self.notice_label.setText(paid_notice(entry))   # loud if it came after "never received"
            self.sig_paid.emit(entry)
            self.sig_finished.emit(entry)
        elif state is PaymentState.FAILED:
            self._tick.stop()
            # Our words for why; what the operator said (often English) is the step's detail line.
            self.timeline.failed(collection_failure_words(entry.failure_code),
                                 detail=dollr_said(entry.server_message or message))
            self.notice_label.setText(self.tr("No money moved. You can send a new request, or use the payment link."))
            self._offer_new_attempt()
            self.sig_finished.emit(entry)
        elif state is PaymentState.NOT_FOUND:
            self._tick.stop()
            self.timeline.failed(self.tr("the request never reached Dollr, so no money moved. You can try again."),
                                 prompt_sent=False)
            self._offer_new_attempt()
            self.sig_finished.emit(entry)
        elif state in (PaymentState.UNKNOWN, PaymentState.SUBMITTING) and entry.server_status is None:
            self.timeline.checking(self.tr("The answer was lost on the way. The app is checking this payment's "
                                           "status; it will never be sent twice."))
        else:
            if self._waiting_since is None:
                self._waiting_since = time.monotonic()
                self._tick.start()
            self._show_waiting()

    def _offer_new_attempt(self) -> None:
        """Finished without money moving: a new attempt needs a fresh quote (a new reference id)."""
        if self.plan is None and not self._detect_timer.isActive():
            self._detect_timer.start()

    def _show_waiting(self) -> None:
        if self.entry is not None and self.entry.is_open and self._waiting_since is not None:
            self.timeline.waiting(waiting_words(time.monotonic() - self._waiting_since))

    def show_requires_action(self) -> None:
        self.notice_label.setText(self.tr("This payment needs the customer to confirm it on Dollr's secure page "
                                  "(for example a card's 3-D Secure check), which this app cannot show. "
                                  "Open the payment page and let the customer finish there."))
        self.hosted_button.show()

    def mark_paid_elsewhere(self) -> None:
        """Paid through the link: nothing left to collect here."""
        if self.entry is None or self.entry.state is not PaymentState.COMPLETED:
            self.paid_elsewhere = True
            self._refresh_confirm()
            self.notice_label.setText(self.tr("Paid through the payment link. Nothing more to collect."))

    def detach(self) -> None:
        """The dialog closes: stop listening. The monitor keeps watching the payment."""
        self._tick.stop()
        self._detect_timer.stop()
        if self.entry is not None:
            self.collection.unfollow(self.entry.reference_id, self.on_payment_event)
