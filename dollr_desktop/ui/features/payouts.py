"""Payouts: the history from the journal and the New payout window (which the view owns)."""
from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from shiboken6 import isValid

from dollr_desktop.ui import hub as events
from dollr_desktop.ui.features import BaseFeature, FeatureContext, Page
from dollr_desktop.ui.views.payouts_view import PayoutsView


class PayoutsFeature(BaseFeature):
    name = "payouts"

    def __init__(self, ctx: FeatureContext) -> None:
        super().__init__(ctx)
        self.view = PayoutsView(ctx.runner, self._flow, self._passcode_phone,
                                lambda: ctx.settings.default_currency, balance_of=self.estimated_balance,
                                approvals=self)
        ctx.hub.subscribe(events.PAYOUT_CHANGED, self.on_payout_changed)
        ctx.hub.subscribe(events.PERSON_CHANGED, self.on_person_changed)
        ctx.hub.subscribe(events.ACCOUNT_CHANGED, self.on_account_changed)

    # ---- approvals: staff prepare, the owner approves (people on this computer) ----------
    def may(self, right: str) -> bool:
        return self.ctx.hub.call(events.MAY, right) is not False   # nobody answers: no people feature

    def _store(self) -> Any:
        session = self.session
        return session.store if session is not None else None

    async def prepare_payout(self, data: dict[str, Any]) -> Any:
        store = self._store()
        if store is None or not self.may("prepare_payouts"):
            return None
        person = self.ctx.hub.call(events.PERSON)
        prepared = await asyncio.to_thread(lambda: store.prepared_payouts.add(
            prepared_by=person.name if person is not None else "", **data))
        self.ctx.hub.emit(events.AUDIT, "payout_prepared", {
            "prepared_id": prepared.id, "recipient": prepared.recipient_name, "phone": prepared.phone,
            "amount": prepared.amount, "currency": prepared.currency, "note": prepared.note})
        await self.refresh_badge()
        return prepared

    async def waiting_payouts(self) -> list[Any]:
        store = self._store()
        return await asyncio.to_thread(store.prepared_payouts.waiting) if store is not None else []

    async def contact(self, counterparty_id: int) -> Any:
        store = self._store()
        return await asyncio.to_thread(store.contacts.get, counterparty_id) if store is not None else None

    async def refuse_payout(self, prepared: Any) -> bool:
        store = self._store()
        if store is None or not self.may("approve_payouts"):
            return False
        person = self.ctx.hub.call(events.PERSON)
        done = await asyncio.to_thread(store.prepared_payouts.decide, prepared.id, "refused",
                                       person.name if person is not None else "")
        if done:
            self.ctx.hub.emit(events.AUDIT, "payout_refused", {
                "prepared_id": prepared.id, "prepared_by": prepared.prepared_by, "recipient": prepared.recipient_name,
                "amount": prepared.amount, "currency": prepared.currency})
        await self.refresh_badge()
        return done

    def payout_approved(self, entry: Any, session: Any, prepared: Any) -> None:
        """Approved and handed to Dollr (the journal follows it): the log says who, what and how much."""
        details = {"reference_id": entry.reference_id, "recipient": getattr(session.contact, "name", ""),
                   "phone": session.wallet.phone, "amount": str(session.amount), "currency": session.currency,
                   "debited": str(session.quote.wallet_debited), "note": session.note}
        if prepared is not None:
            details.update(prepared_id=prepared.id, prepared_by=prepared.prepared_by)
            self.ctx.runner.spawn(self._mark_approved(prepared, entry.reference_id), name="payout-prepared-approved")
        self.ctx.hub.emit(events.AUDIT, "payout_approved", details)

    async def _mark_approved(self, prepared: Any, reference_id: str) -> None:
        store = self._store()
        if store is None:
            return
        person = self.ctx.hub.call(events.PERSON)
        await asyncio.to_thread(store.prepared_payouts.decide, prepared.id, "approved",
                                person.name if person is not None else "", reference_id)
        await self.refresh_badge()
        await self.view.refresh_waiting()

    async def refresh_badge(self) -> None:
        waiting = await self.waiting_payouts()
        self.ctx.window.set_badge("payouts", len(waiting))
        if self.view.isVisible():
            self.view.waiting_box.show_waiting(waiting, self.may("approve_payouts"))

    def on_person_changed(self, _person: Any) -> None:
        dialog = self.view.payout_dialog
        if dialog is not None and isValid(dialog):
            dialog.show_person()
        if self.session is not None:
            self.ctx.runner.spawn(self.refresh_badge(), name="payouts-badge")

    def on_account_changed(self, session: Any) -> None:
        if session is not None:
            self.ctx.runner.spawn(self.refresh_badge(), name="payouts-badge")

    def _flow(self) -> Any:
        session = self.session
        return session.payouts if session is not None and session.is_open else None

    async def estimated_balance_all(self) -> list[Any]:
        takings = self.session.takings if self.session is not None else None
        return await asyncio.to_thread(takings.balances) if takings is not None else []

    async def estimated_balance(self, currency: str) -> Decimal | None:
        """The Home page's estimate for this currency (None when the app knows no payment in it)."""
        return next((e.amount for e in await self.estimated_balance_all() if e.currency == currency), None)

    def _passcode_phone(self) -> str:
        config = self.session.config if self.session is not None else None
        return (config.passcode_phone if config is not None else "") or self.ctx.settings.passcode_phone

    def pages(self) -> list[Page]:
        return [Page("payouts", QCoreApplication.translate("MainWindow", "Payouts"), self.view)]

    def on_payout_changed(self, entry: Any) -> None:
        if self.view.isVisible():   # hidden, it refreshes when shown
            self.view.on_payout_changed(entry)

    async def wait_idle(self, timeout: float) -> bool:
        """An approval on its way is recorded before the account closes."""
        return await self.view.wait_idle(timeout)
