"""The app, a thin shell: start-up, the account session, the main window and the features.

Features plug in behind `ui.features.Feature` and talk through the hub (`ui.hub`); the account
session (`services.session.AccountSession`) owns everything an open account runs. The window
shows first; the lists read the cache; the payment features and the client load after.
"""
from __future__ import annotations

import asyncio
import logging
import sys
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from dollr_desktop.credentials import CredentialStore
from dollr_desktop.services import account
from dollr_desktop.services.account import AccountConfig, PracticeSandbox
from dollr_desktop.services.session import RECONCILE_INTERVAL_S, AccountSession
from dollr_desktop.settings import Environment, Settings
from dollr_desktop.ui import hub as events
from dollr_desktop.ui.errors import CrashReporter, show_error
from dollr_desktop.ui.features import FeatureContext
from dollr_desktop.ui.features.registry import Features
from dollr_desktop.ui.hub import Hub
from dollr_desktop.ui.main_window import MainWindow
from dollr_desktop.ui.notifier import Notifier
from dollr_desktop.ui.runner import OperationRunner
from dollr_desktop.ui.widgets.fit import install_dialog_fitter
from dollr_desktop.ui.wording import account_words, words_for
from dollr_desktop.ui.wording.api import keyring_problem_words

log = logging.getLogger(__name__)
SYNC_INTERVAL_MS = 60_000


class DollrApp(QObject):
    def __init__(self, *, settings: Settings | None = None, credentials: CredentialStore | None = None,
                 practice_server: Any = None, sync_interval_ms: int = SYNC_INTERVAL_MS,
                 reconcile_interval_s: float = RECONCILE_INTERVAL_S) -> None:
        super().__init__()
        # Worker threads (sync, SQLite, PDF) share the GIL with the GUI thread: let the GUI thread
        # get it back within 1 ms instead of Python's default 5 ms.
        sys.setswitchinterval(0.001)
        self.settings = settings or Settings.load()
        self.credentials = credentials or CredentialStore()
        self.practice = PracticeSandbox(practice_server)
        self._intervals = (sync_interval_ms / 1000, reconcile_interval_s)
        install_dialog_fitter(QApplication.instance())   # dialogs open at their contents' size, within the screen
        self.window = MainWindow()
        self.runner = OperationRunner(lambda: self.window)
        self.crash_reporter = CrashReporter(lambda: self.window)
        self.hub = Hub(spawn=self.runner.spawn)
        self.notifier = Notifier(self.window)
        self.session: AccountSession | None = None
        self.first_run_dialog: Any = None
        self._switching = asyncio.Lock()   # an account opening; closing the window waits for it
        ctx = FeatureContext(self.window, self.runner, self.hub, self.settings, {"credentials": self.credentials})
        self.features = Features(ctx)
        self._wire()

    def _wire(self) -> None:
        w, hub, runner = self.window, self.hub, self.runner
        runner.sig_offline.connect(w.show_offline)
        runner.sig_online.connect(lambda: w.set_online(True))
        runner.sig_online.connect(lambda: self.session and self.session.wake_reconciler())
        runner.sig_sign_in_needed.connect(self.on_sign_in_needed)
        w.sig_retry_requested.connect(lambda: runner.spawn(self.reconnect(), name="reconnect"))
        w.sig_new_invoice_requested.connect(lambda: hub.emit(events.NEW_DOCUMENT, "INVOICE", None))
        w.sig_refresh_requested.connect(lambda: hub.emit(events.SYNC_NOW))
        w.set_before_close(self.shutdown)
        hub.subscribe(events.SHOW_PAGE, w.show_page)
        hub.subscribe(events.NOTICE, self.notifier.show)
        hub.subscribe(events.SYNC_NOW, lambda: self.session and self.session.request_sync())
        hub.subscribe(events.USE_PRACTICE, self.use_practice)
        hub.subscribe(events.USE_LIVE, self.use_live)
        hub.subscribe(events.REPLACE_DATA, self.replace_data)

    # start and switch ---------------------------------------------------------------------------
    async def start(self, *, practice: bool = False) -> None:
        self.window.show()
        if practice or self.settings.environment is Environment.PRACTICE:
            await self.use_practice()
        elif self.settings.environment is Environment.LIVE:
            config = account.live_config_from_settings(self.settings, self.credentials)
            if config is None:
                self.window.show_page("settings")
                self.features.settings.show_account(None)
                show_error(self.window, self.tr("Please enter your client secret again to connect to Dollr.") + " "
                           + (keyring_problem_words(self.credentials.problem) or self.tr("It was not found in this computer's password store.")))
            else:
                await self.use_account(config)
        else:
            await self.first_run()

    async def first_run(self) -> None:
        from dollr_desktop.ui.dialogs.async_dialogs import run_dialog
        from dollr_desktop.ui.dialogs.first_run_dialog import FirstRunDialog

        problem = await asyncio.to_thread(lambda: self.credentials.problem)
        dialog = self.first_run_dialog = FirstRunDialog(self.runner, account.validate, problem, self.window)
        await run_dialog(dialog)
        self.features.people.after_first_run()   # then the owner (skippable)
        if dialog.choice == FirstRunDialog.PRACTICE:
            await self.use_practice()
        elif dialog.choice == FirstRunDialog.LIVE and dialog.config is not None:
            await self.use_live(dialog.config)
        elif dialog.choice == FirstRunDialog.RESTORE:
            answers = await self.hub.ask(events.RESTORE_BACKUP)   # outcomes: done with True once restored
            if not any(getattr(answer, "value", answer) for answer in answers):
                await self.first_run()   # the restore was given up: back to the choice
        else:
            self.window.show_page("settings")
            self.features.settings.show_account(None)

    async def use_practice(self) -> None:
        # The cached lists show at once; the embedded sandbox starts meanwhile.
        if self.session is None or not self.session.is_practice:
            await self.open_cache(account.practice_database_path())
        outcome = await self.runner.run("start-practice", self.practice.start,
                                        progress=self.tr("Starting practice mode…"))
        if not outcome.ok:
            return
        self.settings.environment = Environment.PRACTICE
        self.settings.save()
        await self.use_account(account.practice_config(outcome.value))
        self.window.practice_banner.show_info(outcome.value)

    async def use_live(self, config: AccountConfig) -> None:
        if not account.save_live_config(config, self.settings, self.credentials):
            show_error(self.window, keyring_problem_words(self.credentials.problem))
        await self.use_account(config)

    async def open_cache(self, path: Any) -> None:
        """A new session over this data file: the lists show what it holds before any network."""
        session = self.session
        if session is not None and session.store is not None and session.store.path == path and not session.is_open:
            return
        await self.close_account()
        self.session = session = AccountSession(sync_interval_s=self._intervals[0],
                                                reconcile_interval_s=self._intervals[1])
        session.on("cache_changed", lambda: self.hub.ask(events.DATA_CHANGED))
        session.on("payment_changed", lambda event: self.hub.emit(events.PAYMENT_CHANGED, event))
        session.on("payout_changed", lambda entry: self.hub.emit(events.PAYOUT_CHANGED, entry))
        session.on("synced", self.on_session_synced)
        session.on("payments_received", lambda rows: self.hub.emit(events.PAYMENTS_RECEIVED, rows))
        session.on("offline", lambda exc: self.on_offline(words_for(exc)))
        session.on("sign_in_needed", lambda exc: self.on_sign_in_needed(words_for(exc)))
        await self.features.attach(session)
        await session.open_cache(path)

    async def use_account(self, config: AccountConfig) -> None:
        async with self._switching:
            await self.open_cache(config.database_path())
            await self.features.load_late()
            session = self.session
            await session.open(config)
            await self.features.attach(session)
            self.window.set_account(account_words(config), config.environment.value)
            self.window.practice_banner.setVisible(config.is_practice)
            self.window.set_last_synced(await session.last_synced_at())
            self.hub.emit(events.ACCOUNT_CHANGED, session)

    async def close_account(self) -> None:
        """Features let go first (dialogs and editors close), then the session closes in its order."""
        session = self.session
        if session is None:
            return
        await self.features.detach()
        await session.close()
        self.session = None
        if session.config is None or session.is_practice:
            self.window.practice_banner.hide()

    async def replace_data(self, swap: Any) -> None:
        """A restore: the account closes, `swap()` replaces the data folder's files (worker thread),
        the settings are read again, and the app opens as at start-up (the reconciler then settles
        the journal's open entries with Dollr, as after any restart)."""
        async with self._switching:
            await self.close_account()
            await self.practice.stop()   # the embedded sandbox keeps its state in the data folder too
            await asyncio.to_thread(swap)
            restored = Settings.load()
            for name in vars(restored):
                setattr(self.settings, name, getattr(restored, name))
        self.runner.spawn(self.start(), name="start")   # may ask (first run): the restore has ended

    async def shutdown(self) -> None:
        """The window is closing: let running work finish (briefly), then close cleanly."""
        await self.runner.wait_idle(timeout=10)
        await self.features.wait_idle(timeout=10)
        try:   # an account still opening (a switch just clicked) finishes first, then closes
            await asyncio.wait_for(self._switching.acquire(), timeout=15)
        except asyncio.TimeoutError:
            log.warning("an account was still opening at close")
        else:
            self._switching.release()
        await self.close_account()
        await self.hub.ask(events.APP_CLOSING)   # the backup made at close
        if hasattr(self.features, "receipts"):
            self.features.receipts.close()
        await self.features.people.close()
        await self.practice.stop()

    # connection ---------------------------------------------------------------------------------
    async def reconnect(self) -> bool:
        """The offline banner's Retry: reconnect and refresh. It never replays an action."""
        return bool(self.session is not None and await self.session.sync_now())

    def on_session_synced(self, when: Any) -> None:
        self.runner.mark_online()
        self.window.set_online(True)
        self.window.set_last_synced(when)

    def on_offline(self, message: str) -> None:
        self.window.show_offline(self.tr("Offline — showing saved data.") + " " + message)
        self.runner.offline = True

    def on_sign_in_needed(self, message: str) -> None:
        self.window.show_page("settings")
        show_error(self.window, message + " " + self.tr("Enter the client secret again under “Connect my Dollr account”."))
