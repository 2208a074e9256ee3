"""Payouts: the history from the journal and the New payout window (which the view owns)."""
from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from dollr_desktop.ui import hub as events
from dollr_desktop.ui.features import BaseFeature, FeatureContext, Page
from dollr_desktop.ui.views.payouts_view import PayoutsView


class PayoutsFeature(BaseFeature):
    name = "payouts"

    def __init__(self, ctx: FeatureContext) -> None:
        super().__init__(ctx)
        self.view = PayoutsView(ctx.runner, self._flow, self._passcode_phone,
                                lambda: ctx.settings.default_currency, balance_of=self.estimated_balance)
        ctx.hub.subscribe(events.PAYOUT_CHANGED, self.on_payout_changed)

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
