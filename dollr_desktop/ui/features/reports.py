"""Reports and export: charts and tables over a date range, spreadsheets for the accountant.
Read from the cache alone (works offline)."""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from shiboken6 import isValid

from dollr_desktop.ui import hub as events
from dollr_desktop.ui.features import BaseFeature, FeatureContext, Page
from dollr_desktop.ui.views.reports_view import ReportsView


class ReportsFeature(BaseFeature):
    name = "reports"

    def __init__(self, ctx: FeatureContext) -> None:
        super().__init__(ctx)
        self.view = ReportsView()
        self.export_dialog: Any = None
        self.view.sig_export_requested.connect(self.open_export)
        hub = ctx.hub
        hub.subscribe(events.DATA_CHANGED, self.refresh)
        hub.subscribe(events.DOCUMENT_PAID, lambda *_: self.refresh())
        hub.subscribe(events.ACCOUNT_CHANGED, lambda _session: self.refresh())

    def pages(self) -> list[Page]:
        return [Page("reports", QCoreApplication.translate("MainWindow", "Reports"), self.view)]

    def _store(self) -> Any:
        return getattr(self.session, "store", None) if self.session is not None else None

    def _bind(self) -> bool:
        from dollr_desktop.services.reports import ReportsService

        store = self._store()
        if store is None:
            self.view.service = None
            return False
        if self.view.service is None or self.view.service.store is not store:
            self.view.service = ReportsService(store, self.session.takings)
        return True

    async def attach(self, session: Any) -> None:
        await super().attach(session)
        await self.refresh()

    async def refresh(self) -> None:
        if self._bind():
            await self.view.refresh_now()

    def open_export(self, first: date, last: date) -> Any:
        from dollr_desktop.services.export import Exporter
        from dollr_desktop.ui.dialogs.export_dialog import ExportDialog

        store = self._store()
        if store is None:
            return None
        if self.ctx.hub.call(events.MAY, "export") is False:
            self.show_status(QCoreApplication.translate("ReportsFeature", "Only the owner exports the books."), 8000)
            return None
        self.ctx.hub.emit(events.AUDIT, "export.opened", {"from": first.isoformat(), "to": last.isoformat()})
        if self.export_dialog is not None and isValid(self.export_dialog) and self.export_dialog.isVisible():
            self.export_dialog.raise_()
            return self.export_dialog
        prefs = self.ctx.hub.call(events.PRINTER_PREFERENCES)
        folder = getattr(prefs, "export_folder", "") or ""
        self.export_dialog = ExportDialog(Exporter(store, self.session.takings), first, last, folder=folder, parent=self.ctx.window)
        self.export_dialog.show()
        return self.export_dialog

    async def detach(self) -> None:
        if self.export_dialog is not None and isValid(self.export_dialog):
            self.export_dialog.close()
        self.view.service = None
        await super().detach()
