"""Update notice: once the account is open, at most once a day and never while a payment is pending,
read the signed release manifest (services/update_check.py) and offer a newer release in a strip at
the top of the window. Nothing is downloaded or installed: "Get the update" opens the release page.
Without an update URL and key (a source checkout, practice builds) it does nothing."""
from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timezone
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from dollr_desktop import build_info, paths
from dollr_desktop.services import update_check
from dollr_desktop.ui.features import BaseFeature, FeatureContext
from dollr_desktop.ui.widgets.update_banner import UpdateBanner

log = logging.getLogger(__name__)


class UpdatesFeature(BaseFeature):
    name = "updates"
    pending_retry_s = 300.0   # a payment is pending: ask again in five minutes
    store_wait_s = 1.0        # the account's journal is still opening

    def __init__(self, ctx: FeatureContext) -> None:
        super().__init__(ctx)
        self.banner = UpdateBanner()
        central = ctx.window.centralWidget()
        central.layout().insertWidget(0, self.banner)
        self.banner.sig_get_clicked.connect(self.on_banner_get_clicked)
        self.banner.sig_skip_clicked.connect(self.on_banner_skip_clicked)
        self._task: asyncio.Task | None = None
        self.last_offer: update_check.UpdateOffer | None = None

    async def attach(self, session: Any) -> None:
        await super().attach(session)
        if self._task is None or self._task.done():
            self._task = self.ctx.runner.spawn(self.check_when_quiet(), name="update-check")

    async def detach(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        await super().detach()

    def _state_path(self):
        return paths.data_dir() / update_check.STATE_FILE

    async def check_when_quiet(self) -> update_check.UpdateOffer | None:
        info = build_info.load()
        if not info.update_url or not info.update_public_key:
            return None
        state = await asyncio.to_thread(update_check.CheckState, self._state_path())
        if not state.is_due(datetime.now(timezone.utc)):
            return None
        while True:
            if getattr(getattr(self.session, "store", None), "journal", None) is None:
                await asyncio.sleep(self.store_wait_s)
            elif await asyncio.to_thread(update_check.has_pending_payment, self.session):
                log.info("update check postponed: a payment is pending")
                await asyncio.sleep(self.pending_retry_s)
            else:
                break
        offer = await update_check.fetch_offer(info.update_url, info.update_public_key)
        state.last_checked = datetime.now(timezone.utc)
        await asyncio.to_thread(state.save)
        if offer is not None and offer.version != state.skipped_version:
            self.last_offer = offer
            log.info("update %s offered (running %s)", offer.version, update_check.__version__)
            self.banner.offer(offer.version, offer.url, offer.released)
        return offer

    def on_banner_get_clicked(self, url: str) -> None:
        QDesktopServices.openUrl(QUrl(url))

    def on_banner_skip_clicked(self, version: str) -> None:
        state = update_check.CheckState(self._state_path())
        state.skipped_version = version
        state.save()
