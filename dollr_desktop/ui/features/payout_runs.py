"""Payout runs: a sidebar page with the runs, the editor, the preview and the progress.

Talks to the rest of the app only through the hub: `MAY "approve_payouts"` before an approval
(None, when nobody answers, means allowed), `AUDIT` for every step of a run (the service says
which; amounts and counts only, never the passcode), and `PAYOUT_CHANGED` (the reconciler settled
a payout: a run waiting for Dollr may be finished now).
"""
from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from dollr_desktop.services.payout_models import payout_first
from dollr_desktop.ui import hub as events
from dollr_desktop.ui.features import BaseFeature, FeatureContext, Page
from dollr_desktop.ui.payout_runs.results_pdf import write_results_pdf
from dollr_desktop.ui.payout_runs.runs_view import PayoutRunsView


class PayoutRunsFeature(BaseFeature):
    name = "payout_runs"

    def __init__(self, ctx: FeatureContext) -> None:
        super().__init__(ctx)
        self.contacts: list[Any] = []
        self.view = PayoutRunsView(ctx.runner, self._service, may=self.may, passcode_phone=self._passcode_phone,
                                   default_currency=lambda: ctx.settings.default_currency,
                                   contacts=lambda: self.contacts)
        ctx.hub.subscribe(events.PAYOUT_CHANGED, self.on_payout_changed)
        self._pdf_tasks: set[int] = set()

    def _service(self) -> Any:
        session = self.session
        return session.payout_runs if session is not None and session.is_open else None

    def may(self, right: str) -> bool:
        answer = self.ctx.hub.call(events.MAY, right)
        return True if answer is None else bool(answer)

    def audit(self, action: str, details: dict) -> None:
        self.ctx.hub.emit(events.AUDIT, action, details)

    def _passcode_phone(self) -> str:
        config = self.session.config if self.session is not None else None
        return (config.passcode_phone if config is not None else "") or self.ctx.settings.passcode_phone

    def pages(self) -> list[Page]:
        return [Page("payout_runs", QCoreApplication.translate("MainWindow", "Payout runs"), self.view)]

    async def attach(self, session: Any) -> None:
        await super().attach(session)
        service = self._service()
        if service is None:
            return
        service.audit = self.audit
        service.listeners.append(self.view.on_service_changed)
        service.listeners.append(self.on_run_changed)
        self.ctx.runner.spawn(self.start_up(), name="payout-runs-recover")

    async def start_up(self) -> None:
        """Runs that were paying when the app stopped reopen paused, every sent row linked."""
        service = self._service()
        if service is None:
            return
        for run in await service.recover():
            await self.ensure_pdf(run.id)
        store = service.store
        found = await asyncio.to_thread(store.contacts.search, "", 500)
        self.contacts = payout_first([c for c in found if not c.is_draft and c.phone])
        await self.view.refresh_list()

    def on_run_changed(self, run_id: int, row_id: int | None) -> None:
        if row_id is None and run_id not in self._pdf_tasks:
            self._pdf_tasks.add(run_id)
            self.ctx.runner.spawn(self.ensure_pdf(run_id), name="payout-run-pdf")

    async def ensure_pdf(self, run_id: int) -> Path | None:
        """A finished run keeps its results as PDF too (the CSV is the service's)."""
        try:
            service = self._service()
            if service is None:
                return None
            store = service.runs_store
            run = await asyncio.to_thread(store.get, run_id)
            if run.finished_at is None or run.results_pdf:
                return None
            rows = await asyncio.to_thread(store.rows, run_id)
            path = await write_results_pdf(run, rows, await asyncio.to_thread(service.results_folder))
            await asyncio.to_thread(store.set_results, run_id, pdf=str(path))
            self.audit("payout_run.results_kept", {"run_id": run_id, "files": [Path(run.results_csv or "").name,
                                                                            path.name]})
            self.view.on_service_changed(run_id, None)
            return path
        finally:
            self._pdf_tasks.discard(run_id)

    def on_payout_changed(self, entry: Any) -> None:
        service = self._service()
        if service is None or getattr(entry, "source_type", None) != "PAYOUT_RUN":
            return
        row_id = entry.source_id

        async def follow() -> None:
            row = await asyncio.to_thread(service.runs_store.link_from_journal, row_id)
            self.view.on_service_changed(row.run_id, row.id)
            await service.refresh(row.run_id)

        self.ctx.runner.spawn(follow(), name="payout-run-follow")

    async def detach(self) -> None:
        service = self._service()
        if service is not None:
            for listener in (self.view.on_service_changed, self.on_run_changed):
                if listener in service.listeners:
                    service.listeners.remove(listener)
        await super().detach()

    async def wait_idle(self, timeout: float) -> bool:
        """Closing: the row being paid finishes and is recorded; the passcode is wiped."""
        service = self._service()
        if service is not None:
            await service.stop_all(timeout)
        return await self.view.wait_idle(timeout)
