"""Payments: every collection and payout of this computer's journal, with filters, receipts and
quick sale. Live news only marks the list dirty; a short timer repaints it (hidden, it waits)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from dollr_desktop.ui import hub as events
from dollr_desktop.ui.features import BaseFeature, FeatureContext, Page
from dollr_desktop.ui.views.payments_view import PaymentsView


class PaymentsFeature(BaseFeature):
    name = "payments"

    def __init__(self, ctx: FeatureContext) -> None:
        super().__init__(ctx)
        self.view = PaymentsView(lambda f: self.session.activity.query(f), self._choices)
        hub = ctx.hub
        self.view.sig_quick_sale_requested.connect(lambda: hub.emit(events.QUICK_SALE))
        self.view.sig_document_opened.connect(lambda kind, doc_id: hub.emit(events.OPEN_DOCUMENT, kind, doc_id))
        self.view.sig_receipt_requested.connect(lambda kind, doc_id: hub.emit(events.SHOW_RECEIPT, kind, doc_id))
        self.view.sig_export_receipts_requested.connect(lambda: hub.emit(events.EXPORT_RECEIPTS))
        hub.subscribe(events.PAYMENT_CHANGED, self.view.mark_dirty)
        hub.subscribe(events.PAYOUT_CHANGED, self.view.mark_dirty)
        hub.subscribe(events.DATA_CHANGED, self.view.mark_dirty)
        hub.subscribe(events.ACCOUNT_CHANGED, self.on_account_changed)

    def _choices(self) -> tuple[list[str], list[str]]:
        activity = self.session.activity if self.session is not None else None
        return activity.methods_and_currencies() if activity is not None else ([], [])

    def pages(self) -> list[Page]:
        return [Page("payments", QCoreApplication.translate("MainWindow", "Payments"), self.view)]

    async def on_account_changed(self, session: Any) -> None:
        if session is not None and session.activity is not None:
            self.view.set_active(True)
            await self.view.refresh()

    async def detach(self) -> None:
        self.view.set_active(False)
        await super().detach()
