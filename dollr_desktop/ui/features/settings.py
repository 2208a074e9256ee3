"""Settings: which Dollr the app talks to, language and look, business details and receipts."""
from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import QCoreApplication

from dollr_desktop.services import account
from dollr_desktop.ui import hub as events
from dollr_desktop.ui.features import BaseFeature, FeatureContext, Page
from dollr_desktop.ui.views.settings_view import SettingsView


class SettingsFeature(BaseFeature):
    name = "settings"

    def __init__(self, ctx: FeatureContext) -> None:
        super().__init__(ctx)
        self.view = SettingsView(ctx.runner, account.validate)
        hub = ctx.hub
        self.view.sig_practice_requested.connect(lambda: hub.emit(events.USE_PRACTICE))
        self.view.sig_live_connected.connect(lambda config: hub.emit(events.USE_LIVE, config))
        self.view.sig_sync_requested.connect(lambda: hub.emit(events.SYNC_NOW))
        self.view.receipts_box.sig_changed.connect(lambda: hub.emit(events.SETTINGS_CHANGED))
        self.view.about_box.sig_about_requested.connect(self.show_about)
        self.view.tax_box.sig_changed.connect(lambda: hub.emit(events.SETTINGS_CHANGED))
        hub.subscribe(events.SETTINGS_CHANGED, self.view.tax_box.load)   # e.g. "don't ask again" in an editor
        self.view.till_box.sig_changed.connect(lambda: hub.emit(events.SETTINGS_CHANGED))
        self._printer_prefs_loaded = False
        hub.subscribe(events.ACCOUNT_CHANGED, self.on_account_changed)
        hub.subscribe(events.BACKUP_BOX, lambda: self.view.backup_box)
        # People: the owner changes settings and keys; staff see why not (and can switch user).
        self.view.people_box.sig_people_requested.connect(lambda: hub.emit(events.SHOW_PAGE, "people"))
        self.view.people_box.sig_audit_requested.connect(lambda: hub.emit(events.SHOW_PAGE, "audit"))
        self.view.owner_only.sig_switch_requested.connect(lambda: hub.emit(events.SWITCH_USER))
        hub.subscribe(events.PERSON_CHANGED, lambda _person: self.view.set_locked(
            hub.call(events.MAY, "change_settings") is False))

    def pages(self) -> list[Page]:
        return [Page("settings", QCoreApplication.translate("MainWindow", "Settings"), self.view)]

    def show_about(self) -> Any:
        from dollr_desktop.ui.dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(self.ctx.window)
        dialog.show()
        self.ctx.runner.spawn(dialog.load_libraries(), name="about-libraries")
        return dialog

    def show_account(self, config: Any) -> None:
        self.view.show_account(self.ctx.settings, config)

    def on_account_changed(self, session: Any) -> None:
        """At once (a merchant may be typing here already); the keyring check follows."""
        self.show_account(session.config if session is not None else None)
        if not self._printer_prefs_loaded:
            prefs = self.ctx.hub.call(events.PRINTER_PREFERENCES)
            if prefs is not None:
                self.view.receipts_box.use_printer_preferences(prefs)
                self._printer_prefs_loaded = True
        credentials = self.ctx.extras.get("credentials")
        if credentials is not None:
            self.ctx.runner.spawn(self._show_keyring_problem(credentials), name="keyring-check")

    async def _show_keyring_problem(self, credentials: Any) -> None:
        problem = await asyncio.to_thread(lambda: credentials.problem)   # imports keyring
        self.view.form.set_keyring_problem(problem)
