"""Home: what is waiting, overdue and drafted, and today's collections."""
from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import QCoreApplication

from dollr_desktop.services.list_queries import CacheClosedError
from dollr_desktop.ui import hub as events
from dollr_desktop.ui.features import BaseFeature, FeatureContext, Page
from dollr_desktop.ui.money import format_money
from dollr_desktop.ui.views.home_view import HomeView


def today_text(summary: Any) -> str:
    from dollr_desktop.ui.wording.catalogue import method_words

    if summary.empty:
        return QCoreApplication.translate("CollectFeature", "No payments yet today.")
    lines = [QCoreApplication.translate("CollectFeature", "{amount} collected by {method}").format(
        amount=format_money(amount, currency), method=method_words(method) or QCoreApplication.translate("CollectFeature", "other means"))
        for (method, currency), amount in sorted(summary.collected.items())]
    if not lines:
        lines.append(QCoreApplication.translate("CollectFeature", "Nothing collected yet"))
    if summary.fees:
        lines.append(QCoreApplication.translate("CollectFeature", "Fees") + " " + " · ".join(format_money(v, c) for c, v in sorted(summary.fees.items())))
    tail = [QCoreApplication.translate("CollectFeature", "{count} pending").format(count=summary.pending_count)]
    if summary.failed_count:
        tail.append(QCoreApplication.translate("CollectFeature", "{count} failed").format(count=summary.failed_count))
    if summary.paid_out:
        tail.append(QCoreApplication.translate("CollectFeature", "paid out") + " " + " · ".join(format_money(v, c) for c, v in sorted(summary.paid_out.items())))
    lines.append(" · ".join(tail))
    return "\n".join(lines)


class HomeFeature(BaseFeature):
    name = "home"

    def __init__(self, ctx: FeatureContext) -> None:
        super().__init__(ctx)
        self.view = HomeView(self._documents_query)
        hub = ctx.hub
        self.view.sig_new_invoice_requested.connect(lambda: hub.emit(events.NEW_DOCUMENT, "INVOICE", None))
        self.view.sig_new_sale_requested.connect(lambda: hub.emit(events.SHOW_PAGE, "sale"))
        self.view.sig_new_contact_requested.connect(lambda: hub.emit(events.NEW_CONTACT))
        self.view.sig_show_documents_requested.connect(lambda label: hub.emit(events.SHOW_DOCUMENTS, label))
        hub.subscribe(events.DATA_CHANGED, self.refresh)
        hub.subscribe(events.PAYMENT_CHANGED, lambda _event: self.refresh_today())
        hub.subscribe(events.PAYOUT_CHANGED, lambda _entry: self.refresh_today())

    def _documents_query(self, **kw: Any) -> Any:
        """Called on a worker thread: the account may have closed since the refresh began."""
        session = self.session
        invoicing = session.invoicing if session is not None else None
        if invoicing is None:
            raise CacheClosedError()
        return invoicing.query(**kw)

    def pages(self) -> list[Page]:
        return [Page("home", QCoreApplication.translate("MainWindow", "Home"), self.view)]

    async def refresh(self) -> None:
        if self.session is None or self.session.invoicing is None:
            return
        await self.view.refresh()
        await self.refresh_today()

    async def refresh_today(self) -> None:
        session = self.session
        activity = session.activity if session is not None else None
        if activity is None:
            return
        try:
            summary = await asyncio.to_thread(activity.today)
        except Exception:
            if self.session is session:
                raise
            return   # the account closed meanwhile (window closing, switching): nothing to show
        self.view.today_tile.value.setText(today_text(summary))
