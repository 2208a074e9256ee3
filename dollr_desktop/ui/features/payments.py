"""Payments: every payment Dollr knows (paid documents with their receipts) and this computer's
attempts and payouts, with filters, receipts and
quick sale. Live news only marks the list dirty; a short timer repaints it (hidden, it waits)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from dollr_desktop.ui import hub as events
from dollr_desktop.ui.features import BaseFeature, FeatureContext, Page
from dollr_desktop.ui.i18n import format_number
from dollr_desktop.ui.money import format_money
from dollr_desktop.ui.views.payments_view import PaymentsView


MAX_NOTICES = 3


class PaymentsFeature(BaseFeature):
    name = "payments"

    def __init__(self, ctx: FeatureContext) -> None:
        super().__init__(ctx)
        self.view = PaymentsView(lambda f: self.session.takings.query(f), self._choices)
        hub = ctx.hub
        self.view.sig_quick_sale_requested.connect(lambda: hub.emit(events.QUICK_SALE))
        self.view.sig_document_opened.connect(lambda kind, doc_id: hub.emit(events.OPEN_DOCUMENT, kind, doc_id))
        self.view.sig_receipt_requested.connect(lambda kind, doc_id: hub.emit(events.SHOW_RECEIPT, kind, doc_id))
        self.view.sig_export_receipts_requested.connect(lambda: hub.emit(events.EXPORT_RECEIPTS))
        self.view.sig_refund_requested.connect(lambda row: hub.emit(events.REFUND_PAYMENT, row))
        hub.subscribe(events.PAYMENT_CHANGED, self.view.mark_dirty)
        hub.subscribe(events.PAYOUT_CHANGED, self.view.mark_dirty)
        hub.subscribe(events.DATA_CHANGED, self.view.mark_dirty)
        hub.subscribe(events.ACCOUNT_CHANGED, self.on_account_changed)
        hub.subscribe(events.PAYMENTS_RECEIVED, self.tell_received)

    def tell_received(self, rows: list[Any]) -> None:
        """A notice per payment that landed elsewhere (a few at most), with a click to its receipt."""
        hub = self.ctx.hub
        if len(rows) > MAX_NOTICES:
            hub.emit(events.NOTICE, QCoreApplication.translate("PaymentsView", "{count} payments received").format(
                count=format_number(len(rows))), lambda: hub.emit(events.SHOW_PAGE, "payments"))
            return
        for row in rows:   # the document's amount: what the customer settled, whoever bore the fees
            amount, currency = row.amount, row.currency
            text = QCoreApplication.translate("PaymentsView", "{who} paid {amount} ({document})").format(
                who=row.party_name or QCoreApplication.translate("PaymentsView", "A customer"),
                amount=format_money(amount, currency), document=row.source_number or "")
            kind, doc_id = row.source_type, row.source_id
            hub.emit(events.NOTICE, text, lambda kind=kind, doc_id=doc_id: hub.emit(events.SHOW_RECEIPT, kind, doc_id))

    def _choices(self) -> tuple[list[str], list[str]]:
        takings = self.session.takings if self.session is not None else None
        return takings.methods_and_currencies() if takings is not None else ([], [])

    def pages(self) -> list[Page]:
        return [Page("payments", QCoreApplication.translate("MainWindow", "Payments"), self.view)]

    async def on_account_changed(self, session: Any) -> None:
        if session is not None and session.takings is not None:
            self.view.set_active(True)
            await self.view.refresh()

    async def detach(self) -> None:
        self.view.set_active(False)
        await super().detach()
