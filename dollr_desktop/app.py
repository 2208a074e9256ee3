"""Wires settings → account (client + store) → services → main window. Constructor injection."""
from __future__ import annotations

import asyncio
import logging
import sys
from datetime import datetime, timezone
from typing import Any

from PySide6.QtCore import QObject, QTimer, Slot
from qasync import asyncSlot

from dollr_desktop.credentials import CredentialStore
from dollr_desktop.services import account
from dollr_desktop.services.account import AccountConfig, PracticeSandbox
from dollr_desktop.services.contacts import ContactsService
from dollr_desktop.services.invoicing import DocumentDraft, DocumentKind, InvoicingService
from dollr_desktop.settings import Environment, Settings
from dollr_desktop.services.account import make_sync
from dollr_desktop.ui.dialogs.async_dialogs import run_dialog
from dollr_desktop.ui.errors import CrashReporter, show_error
from dollr_desktop.ui.main_window import MainWindow
from dollr_desktop.ui.reconcile_wiring import ReconcileFeature
from dollr_desktop.ui.runner import OperationRunner
from dollr_desktop.ui.views.contact_page import ContactPage
from dollr_desktop.ui.views.contacts_view import ContactsView
from dollr_desktop.ui.views.documents_view import DocumentsView
from dollr_desktop.ui.views.home_view import HomeView
from dollr_desktop.ui.views.placeholder_view import PlaceholderView
from dollr_desktop.ui.views.settings_view import SettingsView

log = logging.getLogger(__name__)
SYNC_INTERVAL_MS = 60_000
RECONCILE_INTERVAL_S = 30.0
# Loaded after the window shows (they pull in the API client, pydantic, printing): start-up
# time is the merchant's first impression.
FEATURE_MODULES = ("dollr_desktop.api", "dollr_desktop.services.payouts_flow",
                   "dollr_desktop.ui.collect.wiring", "dollr_desktop.ui.views.payouts_view")


def api_errors():
    from dollr_desktop.api import errors

    return errors


def _import_features() -> None:
    import importlib

    for name in FEATURE_MODULES:
        importlib.import_module(name)


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
        self.window = MainWindow()
        self.runner = OperationRunner(lambda: self.window)
        self.crash_reporter = CrashReporter(lambda: self.window)
        self.config: AccountConfig | None = None
        self.client: Any = None
        self.store: Any = None
        self.contacts: ContactsService | None = None
        self.invoicing: InvoicingService | None = None
        self.sync: Any = None
        self.collect_feature: Any = None
        self.payouts_view: Any = None
        self._gate: Any = None    # counts the list queries running on the store (see close_account)
        self._cache: Any = None   # what the lists read: the quick read-only cache, then the store
        self.editors: list[Any] = []   # open DocumentEditor windows
        self._sync_task: asyncio.Task | None = None
        self._switching = asyncio.Lock()   # an account opening; closing the window waits for it
        self.reconcile = ReconcileFeature(self, reconcile_interval_s)   # every open payment, app-wide
        self._build_pages()
        self.runner.sig_offline.connect(self.window.show_offline)
        self.runner.sig_online.connect(lambda: self.window.set_online(True))
        self.runner.sig_online.connect(self.reconcile.wake)   # back online: check open payments now
        self.runner.sig_sign_in_needed.connect(self.on_runner_sign_in_needed)
        self.window.sig_retry_requested.connect(self.on_window_retry_requested)
        self.window.sig_new_invoice_requested.connect(lambda: self.open_new_document(DocumentKind.INVOICE))
        self.window.set_before_close(self.shutdown)
        self.sync_timer = QTimer(self)
        self.sync_timer.setInterval(sync_interval_ms)
        self.sync_timer.timeout.connect(self.on_sync_timer_timeout)

    # pages ------------------------------------------------------------------------------------
    def _build_pages(self) -> None:
        documents_query = lambda **kw: self.invoicing.query(**kw)  # noqa: E731 (bound late: the account can change)
        self.home_view = HomeView(documents_query)
        self.contacts_view = ContactsView(lambda **kw: self.contacts.query(**kw))
        self.contact_page = ContactPage(self.runner, _Late(self, "contacts"))
        self.documents_view = DocumentsView(documents_query)
        self.settings_view = SettingsView(self.runner, account.validate)
        w = self.window
        w.add_page("home", "Home", self.home_view)
        w.add_page("contacts", "Contacts", self.contacts_view)
        w.add_page("contact", "Contact", self.contact_page, "contacts")
        w.sidebar.item(w.stack.indexOf(self.contact_page)).setHidden(True)
        w.add_page("invoices", "Invoices & orders", self.documents_view)
        w.add_page("payments", "Payments", PlaceholderView("Payments", ["your collections (loading…)"]))
        w.add_page("payouts", "Payouts", PlaceholderView("Payouts", ["your payouts (loading…)"]))
        w.add_page("settings", "Settings", self.settings_view)

        self.home_view.sig_new_invoice_requested.connect(lambda: self.open_new_document(DocumentKind.INVOICE))
        self.home_view.sig_new_contact_requested.connect(self.on_new_contact_requested)
        self.home_view.sig_show_documents_requested.connect(self.on_show_documents_requested)
        self.contacts_view.sig_new_contact_requested.connect(self.on_new_contact_requested)
        self.contacts_view.sig_contact_opened.connect(self.on_contact_opened)
        self.contact_page.sig_back_requested.connect(lambda: self.window.show_page("contacts"))
        self.contact_page.sig_new_invoice_requested.connect(
            lambda contact: self.open_new_document(DocumentKind.INVOICE, contact))
        self.contact_page.sig_document_opened.connect(self.on_document_opened)
        self.documents_view.sig_new_document_requested.connect(lambda kind: self.open_new_document(DocumentKind(kind)))
        self.documents_view.sig_document_opened.connect(self.on_document_opened)
        self.settings_view.sig_practice_requested.connect(self.on_settings_practice_requested)
        self.settings_view.sig_live_connected.connect(self.on_settings_live_connected)
        self.settings_view.sig_sync_requested.connect(self.on_window_retry_requested)

    async def load_features(self) -> None:
        """Payments and payouts: imported off the GUI thread once the window is up, then built."""
        if self.collect_feature is not None:
            return
        await asyncio.to_thread(_import_features)
        if self.collect_feature is not None:
            return  # another caller finished first
        from dollr_desktop.ui.collect.wiring import CollectFeature
        from dollr_desktop.ui.views.payouts_view import PayoutsView

        self.collect_feature = CollectFeature(self)
        self.window.add_page("payments", "Payments", self.collect_feature.view)
        self.payouts_view = PayoutsView(
            self.runner, lambda: getattr(self, "payouts_flow", None) if self.client is not None else None,
            lambda: (self.config.passcode_phone if self.config else "") or self.settings.passcode_phone,
            lambda: self.settings.default_currency)
        self.window.add_page("payouts", "Payouts", self.payouts_view)
        problem = await asyncio.to_thread(lambda: self.credentials.problem)   # imports keyring
        self.settings_view.form.set_keyring_problem(problem)

    # start and switch -------------------------------------------------------------------------
    async def start(self, *, practice: bool = False) -> None:
        self.window.show()
        if practice or self.settings.environment is Environment.PRACTICE:
            await self.use_practice()
        elif self.settings.environment is Environment.LIVE:
            config = account.live_config_from_settings(self.settings, self.credentials)
            if config is None:
                self.window.show_page("settings")
                self.settings_view.show_account(self.settings, None)
                show_error(self.window, self.tr("Please enter your client secret again to connect to Dollr.") + " "
                           + (self.credentials.problem or self.tr("It was not found in this computer's password store.")))
            else:
                await self.use_account(config)
        else:
            await self.first_run()

    async def first_run(self) -> None:
        from dollr_desktop.ui.dialogs.first_run_dialog import FirstRunDialog

        problem = await asyncio.to_thread(lambda: self.credentials.problem)
        dialog = FirstRunDialog(self.runner, account.validate, problem, self.window)
        self.first_run_dialog = dialog
        await run_dialog(dialog)
        if dialog.choice == FirstRunDialog.PRACTICE:
            await self.use_practice()
        elif dialog.choice == FirstRunDialog.LIVE and dialog.config is not None:
            await self.use_live(dialog.config)
        else:
            self.window.show_page("settings")
            self.settings_view.show_account(self.settings, None)

    async def use_practice(self) -> None:
        # The cached lists show at once; the embedded sandbox starts meanwhile.
        if self.config is None or not self.config.is_practice:
            await self.close_account()
        await self.open_cache(account.practice_database_path())
        info = await self.runner.run("start-practice", self.practice.start, progress=self.tr("Starting practice mode…"))
        if info is None:
            return
        self.settings.environment = Environment.PRACTICE
        self.settings.save()
        await self.use_account(account.practice_config(info))
        self.window.practice_banner.show_info(info)

    async def use_live(self, config: AccountConfig) -> None:
        if not account.save_live_config(config, self.settings, self.credentials):
            show_error(self.window, self.credentials.problem or "")
        await self.use_account(config)

    async def open_cache(self, path: Any) -> None:
        """Show what the local cache holds at once, then open the full store behind it.

        The lists are first read through a plain read-only sqlite3 connection (no store import,
        no migrations); the store proper (sqlite-utils, journal, outbox) opens on a worker
        thread meanwhile and takes over.
        """
        if self.store is not None and self.store.path == path:
            return
        from dollr_desktop.services.list_queries import QueryGate, ReadOnlyCache

        quick = ReadOnlyCache(path)
        quick_gate = QueryGate(quick.connection)
        shown = path.exists() and await asyncio.to_thread(quick.usable)
        if shown:
            self._cache = quick
            self.contacts = ContactsService(None, quick, quick_gate)
            self.invoicing = InvoicingService(None, quick, quick_gate)
            await self.refresh_views()

        def open_store() -> Any:
            from dollr_desktop.store.store import Store

            return Store.open(path)

        self.store = self._cache = await asyncio.to_thread(open_store)
        self._gate = QueryGate(self.store.connection)
        self.contacts = ContactsService(None, self.store, self._gate)
        self.invoicing = InvoicingService(None, self.store, self._gate)
        await self.refresh_views()   # the lists now page through the store
        await asyncio.to_thread(lambda: (quick_gate.close(), quick.close()))

    async def use_account(self, config: AccountConfig) -> None:
        async with self._switching:
            await self._use_account(config)

    async def _use_account(self, config: AccountConfig) -> None:
        await self.close_account(keep_cache_at=config.database_path())
        await self.open_cache(config.database_path())
        await self.load_features()
        from dollr_desktop.services.payouts_flow import PayoutsFlow

        self.client = account.build_client(config)
        self.config = config
        self.contacts = ContactsService(self.client, self.store, self._gate)
        self.invoicing = InvoicingService(self.client, self.store, self._gate)
        self.payouts_flow = PayoutsFlow(self.client, self.store, self.contacts, base_url=config.base_url)
        self.sync = make_sync(self.client, self.store)
        self.window.set_account(config.display_name, config.environment.value)
        self.window.practice_banner.setVisible(config.is_practice)
        self.settings_view.show_account(self.settings, config)
        last = await asyncio.to_thread(self.sync.last_synced_at)
        self.window.set_last_synced(last)
        await self.collect_feature.use_account(self.client, self.store, config)
        self.reconcile.start(self.client, self.store)
        await self.refresh_views()
        self.sync_timer.start()
        self._sync_task = asyncio.ensure_future(self.sync_now())

    async def close_account(self, keep_cache_at: Any = None) -> None:
        self.sync_timer.stop()
        if self._sync_task and not self._sync_task.done():
            # Let it finish rather than cancel it: a cancelled await leaves its worker thread
            # writing, and the store must not close under a running thread.
            await asyncio.wait({self._sync_task}, timeout=15)
        await self.reconcile.stop()
        for editor in list(self.editors):
            editor.close()
        if self.collect_feature is not None:
            await self.collect_feature.close()
        if self.client is not None:
            await self.client.aclose()
        if self.store is not None and self.store.path != keep_cache_at:
            self._cache = None
            self._detach_lists()
            gate, store = self._gate, self.store
            await asyncio.to_thread(lambda: (gate.close(), store.close()))
            self.store = None
        if self.config is not None and self.config.is_practice:
            self.window.practice_banner.hide()
        self.client = self.config = None

    def _detach_lists(self) -> None:
        """Answers to queries on the previous cache are dropped, not shown."""
        for model in (self.documents_view.model, self.contacts_view.model):
            model.detach()
        if self.contact_page.documents_view is not None:
            self.contact_page.documents_view.model.detach()

    async def shutdown(self) -> None:
        """The window is closing: let running requests finish (briefly), then close cleanly."""
        await self.runner.wait_idle(timeout=10)
        if self.payouts_view is not None:   # a payout approval on its way is recorded first
            await self.payouts_view.wait_idle(timeout=10)
        try:   # an account still opening (a switch just clicked) finishes first, then closes
            await asyncio.wait_for(self._switching.acquire(), timeout=15)
        except asyncio.TimeoutError:
            log.warning("an account was still opening at close")
        else:
            self._switching.release()
        await self.close_account()
        if self.collect_feature is not None:
            self.collect_feature.shutdown()
        await self.practice.stop()

    # sync -------------------------------------------------------------------------------------
    async def sync_now(self) -> bool:
        if self.sync is None:
            return False
        try:
            await self.sync.run()
        except asyncio.CancelledError:
            raise
        except api_errors().ApiConnectionError as exc:   # timeouts included
            self.window.show_offline(self.tr("Offline — showing saved data.") + " " + exc.user_message)
            self.runner.offline = True
            return False
        except api_errors().AuthenticationError as exc:
            self.on_runner_sign_in_needed(exc.user_message)
            return False
        self.runner.mark_online()
        self.window.set_online(True)
        self.window.set_last_synced(datetime.now(timezone.utc))
        await self.refresh_views()
        return True

    async def refresh_views(self) -> None:
        cache = self._cache
        if self.invoicing is None or cache is None:
            return
        try:
            await asyncio.gather(self.documents_view.refresh(), self.contacts_view.refresh(), self.home_view.refresh())
            # Hidden, it refreshes when shown; open payouts are the reconciler's to check meanwhile.
            if (self.payouts_view is not None and self.payouts_view.isVisible() and self.client is not None
                    and self._cache is cache):
                await self.payouts_view.refresh()
        except Exception:
            if self._cache is cache:
                raise
            return   # the account closed meanwhile (window closing, switching): nothing to show

    @asyncSlot()
    async def on_sync_timer_timeout(self) -> None:
        if self._sync_task is None or self._sync_task.done():
            self._sync_task = asyncio.ensure_future(self.sync_now())

    @asyncSlot()
    async def on_window_retry_requested(self) -> None:
        if await self.sync_now():
            await self.runner.retry()

    # actions ----------------------------------------------------------------------------------
    @Slot(str)
    def on_runner_sign_in_needed(self, message: str) -> None:
        self.window.show_page("settings")
        show_error(self.window, message + " " + self.tr("Enter the client secret again under “Connect my Dollr account”."))

    @asyncSlot()
    async def on_new_contact_requested(self) -> None:
        if self.client is None:
            self.window.statusBar().showMessage(self.tr("Still connecting to Dollr… try again in a moment."), 4000)
            return
        from dollr_desktop.ui.dialogs.contact_dialog import ContactDialog

        dialog = ContactDialog(self.runner, self.contacts.create_contact, parent=self.window)
        self.contact_dialog = dialog
        await run_dialog(dialog)
        if dialog.contact is not None:
            await self.refresh_views()

    @asyncSlot(int)
    async def on_contact_opened(self, counterparty_id: int) -> None:
        if self.client is None:
            self.window.statusBar().showMessage(self.tr("Still connecting to Dollr… try again in a moment."), 4000)
            return
        self.window.show_page("contact")
        await self.contact_page.show_contact(counterparty_id)

    @Slot(str)
    def on_show_documents_requested(self, status_label: str) -> None:
        self.window.show_page("invoices")
        self.documents_view.set_status_filter(status_label)

    def open_new_document(self, kind: DocumentKind, contact: Any = None) -> Any:
        if self.client is None:   # still connecting (the cache shows, the client is not there yet)
            self.window.statusBar().showMessage(self.tr("Still connecting to Dollr… try again in a moment."), 4000)
            return None
        draft = DocumentDraft(kind=kind, currency=self.settings.default_currency)
        editor = self._open_editor(draft)
        if contact is not None:
            editor.customer_picker.set_contact(contact)
        return editor

    @asyncSlot(str, int)
    async def on_document_opened(self, kind: str, document_id: int) -> None:
        if self.client is None:
            self.window.statusBar().showMessage(self.tr("Still connecting to Dollr… try again in a moment."), 4000)
            return
        draft = await self.runner.run(f"open-{kind}-{document_id}", lambda: self.invoicing.load(kind, document_id))
        if draft is not None:
            editor = self._open_editor(draft)
            if draft.counterparty_id is not None:
                contact = await self.contacts.get(draft.counterparty_id)
                if contact is not None:
                    editor.customer_picker.contact = contact
                    editor.set_draft(draft)

    def _open_editor(self, draft: DocumentDraft) -> Any:
        from dollr_desktop.ui.dialogs.document_editor import DocumentEditor

        editor = DocumentEditor(self.runner, self.invoicing, self.contacts, draft, parent=self.window)
        editor.sig_saved.connect(self.on_editor_saved)
        editor.sig_collect_requested.connect(lambda d: self.collect_feature.spawn(self.collect_feature.open_dialog(d)))
        editor.sig_receipt_requested.connect(lambda d: self.collect_feature.spawn(self.collect_feature.show_receipt(d)))
        editor.finished.connect(lambda _=0, e=editor: self.editors.remove(e) if e in self.editors else None)
        self.editors.append(editor)
        editor.show()
        return editor

    @asyncSlot(object)
    async def on_editor_saved(self, _draft: object) -> None:
        await self.refresh_views()

    @asyncSlot()
    async def on_settings_practice_requested(self) -> None:
        await self.use_practice()

    @asyncSlot(object)
    async def on_settings_live_connected(self, config: AccountConfig) -> None:
        await self.use_live(config)


class _Late:
    """Forwards to `app.<name>` at call time, so pages survive switching accounts."""

    def __init__(self, app: DollrApp, name: str) -> None:
        self._app, self._name = app, name

    def __getattr__(self, attr: str) -> Any:
        return getattr(getattr(self._app, self._name), attr)
