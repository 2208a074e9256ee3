"""Cash-up: the day's or shift's figures from Dollr's data, closed and kept, printed on the till
roll or A4. Works from the cache alone, so the last closed cash-up opens offline."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from dollr_desktop.ui import hub as events
from dollr_desktop.ui.features import BaseFeature, FeatureContext, Page
from dollr_desktop.ui.views.cashup_view import CashUpView
from dollr_desktop.ui.printing.receipt_settings_box import merchant_name
from dollr_desktop.ui.wording import account_words


class CashUpFeature(BaseFeature):
    name = "cashup"

    def __init__(self, ctx: FeatureContext) -> None:
        super().__init__(ctx)
        self.view = CashUpView()
        self.view.sig_status.connect(lambda text: self.show_status(text, 8000))
        self.view.printer_prefs = lambda: ctx.hub.call(events.PRINTER_PREFERENCES)
        hub = ctx.hub
        # Only the owner closes and reopens a cash-up (issue 16's rights); each is in the audit log.
        self.view.may = lambda right: hub.call(events.MAY, right)
        self.view.audit = lambda action, details: hub.emit(events.AUDIT, action, details)
        hub.subscribe(events.PERSON_CHANGED, lambda _person: self.view.refresh_buttons())
        hub.subscribe(events.DATA_CHANGED, self.refresh)
        hub.subscribe(events.DOCUMENT_PAID, lambda *_: self.refresh())
        hub.subscribe(events.PAYOUT_CHANGED, lambda _entry: self.refresh())
        hub.subscribe(events.ACCOUNT_CHANGED, lambda _session: self.refresh())

    def pages(self) -> list[Page]:
        return [Page("cashup", QCoreApplication.translate("MainWindow", "Cash-up"), self.view)]

    def _bind(self) -> bool:
        """The open account's store (the cache is enough: no network needed)."""
        from dollr_desktop.services.cashup import CashUpService
        from dollr_desktop.services.device_info import host_name

        store = getattr(self.session, "store", None) if self.session is not None else None
        if store is None:
            self.view.service = None
            return False
        if self.view.service is None or self.view.service.store is not store:
            self.view.service = CashUpService(store, self.session.takings)
            self.view.device_name = host_name()
        config = getattr(self.session, "config", None)
        self.view.merchant = merchant_name(self.ctx.settings, account_words(config))
        return True

    async def attach(self, session: Any) -> None:
        await super().attach(session)
        await self.refresh()

    async def refresh(self) -> None:
        if self._bind():
            await self.view.refresh_now()

    async def detach(self) -> None:
        self.view.service = None
        await super().detach()
