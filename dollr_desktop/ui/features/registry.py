"""The app's list of features: built in order, their pages added to the window, the payment
features imported on a worker thread after the first paint, attached to the open account and
detached before it closes. Each feature is also reachable by name (`features.collect`)."""
from __future__ import annotations

import asyncio
import importlib
from typing import Any


from dollr_desktop.ui.features import FeatureContext
from dollr_desktop.ui.features.backups import BackupsFeature
from dollr_desktop.ui.features.bills import BillsFeature
from dollr_desktop.ui.features.contacts import ContactsFeature
from dollr_desktop.ui.features.documents import DocumentsFeature
from dollr_desktop.ui.features.home import HomeFeature
from dollr_desktop.ui.features.people import PeopleFeature
from dollr_desktop.ui.features.settings import SettingsFeature
from dollr_desktop.ui.features.till import TillFeature
from dollr_desktop.ui.features.updates import UpdatesFeature
from dollr_desktop.ui.views.placeholder_view import PlaceholderView

# The sidebar's order; a late feature's page takes its placeholder's place.
SIDEBAR = (HomeFeature, TillFeature, ContactsFeature, DocumentsFeature, BillsFeature, ("payments", "Payments"),
           ("payouts", "Payouts"), ("payout_runs", "Payout runs"), ("cashup", "Cash-up"), ("reports", "Reports"),
           SettingsFeature, UpdatesFeature, BackupsFeature, PeopleFeature)   # updates and backups have no page: a strip above, a box in Settings
# Loaded on a worker thread once the window shows (they pull in the API client, pydantic and
# printing): start-up time is the merchant's first impression. Receipts first: the others ask it.
LATE_FEATURES = ("receipts:ReceiptsFeature", "collect:CollectFeature", "payments:PaymentsFeature",
                 "payouts:PayoutsFeature", "payout_runs:PayoutRunsFeature", "cashup:CashUpFeature",
                 "reports:ReportsFeature", "refunds:RefundsFeature")
LATE_IMPORTS = ("dollr_desktop.api", "dollr_desktop.services.payouts_flow",
                "dollr_desktop.ui.collect.collect_dialog",
                *(f"dollr_desktop.ui.features.{spec.split(':')[0]}" for spec in LATE_FEATURES))


class Features:
    def __init__(self, ctx: FeatureContext) -> None:
        self.ctx = ctx
        self.all: list[Any] = []
        self._attached: set[str] = set()
        for entry in SIDEBAR:
            if isinstance(entry, tuple):
                key, title = entry
                ctx.window.add_page(key, title, PlaceholderView(title))
            else:
                self.add(entry(ctx))
        ctx.window.show_page("home")

    def add(self, feature: Any) -> None:
        self.all.append(feature)
        setattr(self, feature.name, feature)
        window = self.ctx.window
        for page in feature.pages():
            window.add_page(page.key, page.title, page.widget, page.under)
            if page.hidden:
                window.sidebar.item(window.index_of(page.widget)).setHidden(True)

    async def load_late(self) -> None:
        """The payment features: imported off the GUI thread once the window is up, then built."""
        if all(hasattr(self, spec.split(":")[0]) for spec in LATE_FEATURES):
            return
        await asyncio.to_thread(lambda: [importlib.import_module(name) for name in LATE_IMPORTS])
        for spec in LATE_FEATURES:
            module, name = spec.split(":")
            feature_class = getattr(importlib.import_module(f"dollr_desktop.ui.features.{module}"), name)
            if not hasattr(self, feature_class.name):   # another caller may have finished first
                self.add(feature_class(self.ctx))

    async def attach(self, session: Any) -> None:
        """Every feature not attached yet hears the session (late ones once they are built)."""
        for feature in list(self.all):
            if feature.name not in self._attached:
                self._attached.add(feature.name)
                await feature.attach(session)

    async def detach(self) -> None:
        for feature in reversed(self.all):
            if feature.name in self._attached:
                self._attached.discard(feature.name)
                await feature.detach()

    async def wait_idle(self, timeout: float) -> None:
        for feature in self.all:   # a payout approval on its way is recorded first
            await feature.wait_idle(timeout=timeout)
