"""People on this computer: who is at it, what they may do, the lock, and the audit log.

Answers the hub's MAY (synchronously, from memory) and writes the hub's AUDIT events (on a worker
thread, in the order they came). The people and the log live in the computer's main data file,
whichever account is open (`services.people.PeopleBook`). At start-up, with people set up, the
lock screen asks who is at the computer; the audit chain is checked on a worker thread and a
broken chain is said plainly in a banner naming the entry.
"""
from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QToolButton

from dollr_desktop.services.people import PeopleBook, Person, Right, Role, redact, write_audit_csv
from dollr_desktop.services.problems import Problem
from dollr_desktop.ui import hub as events
from dollr_desktop.ui.dialogs.async_dialogs import confirm, run_dialog
from dollr_desktop.ui.features import BaseFeature, FeatureContext, Page
from dollr_desktop.ui.people.audit_page import AuditPage
from dollr_desktop.ui.people.lock_screen import LockScreen
from dollr_desktop.ui.people.people_page import PeoplePage
from dollr_desktop.ui.people.person_dialog import PersonDialog
from dollr_desktop.ui.people.switch_user_dialog import SwitchUserDialog
from dollr_desktop.ui.widgets.banners import Banner

log = logging.getLogger(__name__)
STAFF_BEFORE_LOAD = frozenset({Right.SELL, Right.COLLECT, Right.MAKE_INVOICES, Right.PREPARE_PAYOUTS})
INPUT_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                          QEvent.Type.Wheel, QEvent.Type.TouchBegin})
IDLE_CHECK_MS = 1000


class IdleWatch(QObject):
    """App-wide: the time of the last key, click, wheel or mouse move in any of the app's windows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last_input = time.monotonic()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() in INPUT_EVENTS:
            self.last_input = time.monotonic()
        return False

    def idle_s(self) -> float:
        return time.monotonic() - self.last_input


class PeopleFeature(BaseFeature):
    name = "people"

    def __init__(self, ctx: FeatureContext) -> None:
        super().__init__(ctx)
        self.book: PeopleBook | None = None
        self.broken_at: int | None = None
        self.chain_checked = False
        self._loading: asyncio.Task | None = None
        self._audit_queue: asyncio.Queue | None = None
        self._audit_task: asyncio.Task | None = None
        self._pending_audits: list[tuple[str, dict, str]] = []
        self.last_person: Person | None = None   # who was at the computer before the lock
        self.person_dialog: PersonDialog | None = None
        self.switch_dialog: SwitchUserDialog | None = None
        window = ctx.window
        self.people_page = PeoplePage()
        self.audit_page = AuditPage()
        self.lock_screen = LockScreen(window, self._sign_in)
        self.lock_screen.sig_unlocked.connect(self.on_signed_in)
        self.person_button = QToolButton()
        self.person_button.setAutoRaise(True)
        self.person_button.setAccessibleName(QCoreApplication.translate("People", "Switch user"))
        self.person_button.setToolTip(QCoreApplication.translate("People", "Switch user (Ctrl+Shift+U)"))
        self.person_button.clicked.connect(self.open_switch_user)
        self.person_button.hide()
        window.statusBar().addPermanentWidget(self.person_button)
        self.switch_shortcut = QShortcut(QKeySequence("Ctrl+Shift+U"), window, activated=self.open_switch_user)
        self.lock_shortcut = QShortcut(QKeySequence("Ctrl+L"), window, activated=lambda: self.lock("manual"))
        self.chain_banner = Banner("auditBanner", QCoreApplication.translate("People", "Audit log notice"),
                                   QCoreApplication.translate("People", "Open the audit log"))
        self.chain_banner.sig_action_clicked.connect(self.show_audit)
        self.offer_banner = Banner("peopleBanner", QCoreApplication.translate("People", "Owner set-up offer"),
                                   QCoreApplication.translate("People", "Set up the owner…"))
        self._add_offer_later_button()
        self.offer_banner.sig_action_clicked.connect(lambda: self.ctx.runner.spawn(self.setup_owner()))
        central = window.centralWidget()
        central.layout().insertWidget(0, self.chain_banner)
        central.layout().insertWidget(1, self.offer_banner)
        self._upgrade = not ctx.settings.first_run   # an install from before people existed
        self.idle = IdleWatch(window)
        QApplication.instance().installEventFilter(self.idle)
        self.lock_after_s = self._lock_minutes() * 60.0
        self.idle_timer = QTimer(window)
        self.idle_timer.setInterval(IDLE_CHECK_MS)
        self.idle_timer.timeout.connect(self.on_idle_timer_timeout)
        self.idle_timer.start()
        hub = ctx.hub
        hub.subscribe(events.MAY, self.may)
        hub.subscribe(events.AUDIT, self.audit)
        hub.subscribe(events.PERSON, self.person)
        hub.subscribe(events.SWITCH_USER, self.open_switch_user)
        hub.subscribe(events.SETTINGS_CHANGED, lambda: self.audit("settings_changed", {}))
        hub.subscribe(events.USE_LIVE, lambda config: self.audit("keys_changed", {
            "client_id": getattr(config, "client_id", ""), "base_url": getattr(config, "base_url", "")}))
        hub.subscribe(events.USE_PRACTICE, lambda: self.audit("settings_changed", {"environment": "practice"}))
        page = self.people_page
        page.sig_setup_owner.connect(lambda: self.ctx.runner.spawn(self.setup_owner()))
        page.sig_add_staff.connect(lambda: self.ctx.runner.spawn(self.add_staff()))
        page.sig_change_pin.connect(lambda person_id: self.ctx.runner.spawn(self.change_pin(person_id)))
        page.sig_remove.connect(lambda person_id: self.ctx.runner.spawn(self.remove(person_id)))
        page.sig_lock_after_changed.connect(self.on_lock_after_changed)
        page.sig_audit_requested.connect(self.show_audit)
        page.sig_switch_requested.connect(self.open_switch_user)
        page.sig_back_requested.connect(lambda: hub.emit(events.SHOW_PAGE, "settings"))
        audit = self.audit_page
        audit.sig_filters_changed.connect(lambda: self.ctx.runner.spawn(self.refresh_audit(), name="audit-refresh"))
        audit.sig_export_requested.connect(lambda: self.ctx.runner.spawn(self.export_audit(), name="audit-export"))
        audit.sig_switch_requested.connect(self.open_switch_user)
        audit.sig_back_requested.connect(self.show_people)
        audit.sig_shown.connect(lambda: self.ctx.runner.spawn(self.refresh_audit(), name="audit-refresh"))
        page.sig_shown.connect(self.refresh_people_page)

    def _add_offer_later_button(self) -> None:
        from PySide6.QtWidgets import QPushButton

        self.offer_later_button = QPushButton(QCoreApplication.translate("People", "Not now"))
        self.offer_later_button.setAccessibleName(QCoreApplication.translate("People", "Not now: set up the owner later"))
        self.offer_later_button.clicked.connect(self.on_offer_later_clicked)
        self.offer_banner.layout().addWidget(self.offer_later_button)
        self.offer_banner.label.setText(QCoreApplication.translate(
            "People", "Protect this computer: set up the owner's PIN, so only the owner approves payouts and "
            "changes settings, and staff sign in with their own PIN."))

    def pages(self) -> list[Page]:
        return [Page("people", QCoreApplication.translate("People", "People"), self.people_page, "settings", hidden=True),
                Page("audit", QCoreApplication.translate("People", "Audit log"), self.audit_page, "settings", hidden=True)]

    # ---- loading -------------------------------------------------------------------------
    async def attach(self, session: Any) -> None:
        await super().attach(session)
        await self.load()

    async def load(self) -> PeopleBook:
        if self.book is not None:
            return self.book
        if self._loading is None:
            self._loading = asyncio.ensure_future(self._load())
        return await asyncio.shield(self._loading)

    async def _load(self) -> PeopleBook:
        book = await asyncio.to_thread(PeopleBook.open)
        self.book = book
        self._audit_queue = asyncio.Queue()
        for item in self._pending_audits:
            self._audit_queue.put_nowait(item)
        self._pending_audits.clear()
        self._audit_task = asyncio.ensure_future(self._write_audits())
        if book.set_up:
            self.lock("start")
        elif self._upgrade and not self.ctx.settings.people_offer_answered:
            self.offer_banner.show()
        self.show_person()
        self.ctx.runner.spawn(self.check_chain(), name="audit-chain-check")
        return book

    async def check_chain(self) -> int | None:
        book = await self.load()
        self.broken_at = await asyncio.to_thread(book.first_broken)
        self.chain_checked = True
        if self.broken_at is not None:
            log.warning("the audit log's chain is broken at entry %s", self.broken_at)
            self.chain_banner.show_text(QCoreApplication.translate(
                "People", "<b>The audit log was changed outside the app.</b> Entry no. {id} (or the one before "
                "it) was edited or deleted; entries from there on cannot be trusted.").format(id=self.broken_at))
        else:
            self.chain_banner.hide()
        self.audit_page.show_chain(self.broken_at)
        return self.broken_at

    # ---- the hub -------------------------------------------------------------------------
    def may(self, right: str) -> bool:
        if self.book is None:
            return right in STAFF_BEFORE_LOAD
        if self.lock_screen.locked:
            return False
        return self.book.may(right)

    def person(self) -> Person | None:
        return self.book.current if self.book is not None else None

    def audit(self, action: str, details: dict | None = None) -> None:
        """Queued in order; written on a worker thread. Secrets are dropped before hashing."""
        item = (str(action), redact(dict(details or {})), self.book.who() if self.book is not None else "")
        if self._audit_queue is None:
            self._pending_audits.append(item)
        else:
            self._audit_queue.put_nowait(item)

    async def _write_audits(self) -> None:
        queue, book = self._audit_queue, self.book
        while True:
            action, details, who = await queue.get()
            try:
                await asyncio.to_thread(lambda: book.audit(action, details, who=who))
            except Exception:   # the log must not take the app down; the failure is logged (no details)
                log.exception("could not write the audit entry %s", action)
            finally:
                queue.task_done()

    async def audits_written(self) -> None:
        """Every queued entry is on disk (tests, exports)."""
        await self.load()
        await self._audit_queue.join()

    # ---- who is at the computer ----------------------------------------------------------
    async def _sign_in(self, person_id: int, pin: str) -> Person:
        book = await self.load()
        await self.audits_written()   # the entries before this one keep their order
        # A closure, not arguments: qasync logs a worker call's arguments at DEBUG.
        return await asyncio.to_thread(lambda: book.sign_in(person_id, pin))

    def on_signed_in(self, person: Person) -> None:
        self.idle.last_input = time.monotonic()
        self.last_person = person
        self.show_person()

    def show_person(self) -> None:
        book = self.book
        current = book.current if book is not None else None
        self.person_button.setVisible(book is not None and book.set_up)
        if current is not None:
            self.person_button.setText(QCoreApplication.translate("People", "At the computer: {name}").format(
                name=current.name))
        self.refresh_people_page()
        self.audit_page.set_allowed(self.may(Right.MANAGE_USERS))
        self.ctx.hub.emit(events.PERSON_CHANGED, current)

    def open_switch_user(self) -> SwitchUserDialog | None:
        book = self.book
        if book is None or not book.set_up or self.lock_screen.locked:
            return None
        dialog = SwitchUserDialog(self._sign_in, book.people, book.current, self.ctx.window)
        dialog.accepted.connect(lambda: self.on_signed_in(dialog.person))
        self.switch_dialog = dialog
        dialog.open()
        return dialog

    def lock(self, reason: str = "idle") -> None:
        book = self.book
        if book is None or not book.set_up:
            return
        if not self.lock_screen.locked and reason != "start":
            self.last_person = book.current
            self.audit("locked", {"reason": reason})
        self.lock_screen.lock(book.people, self.last_person or book.current or book.owner, reason)
        self.ctx.hub.emit(events.PERSON_CHANGED, None)

    def _lock_minutes(self) -> float:
        try:
            return max(0.0, float(self.ctx.settings.lock_after_minutes))
        except ValueError:
            return 10.0

    def on_idle_timer_timeout(self) -> None:
        if (self.lock_after_s > 0 and self.book is not None and self.book.set_up and not self.lock_screen.locked
                and self.idle.idle_s() >= self.lock_after_s):
            self.lock("idle")

    def on_lock_after_changed(self, minutes: str) -> None:
        if not self.may(Right.CHANGE_SETTINGS):
            return
        self.ctx.settings.lock_after_minutes = minutes
        self.ctx.settings.save()
        self.lock_after_s = self._lock_minutes() * 60.0
        self.audit("settings_changed", {"lock_after_minutes": minutes})

    # ---- managing people -----------------------------------------------------------------
    def refresh_people_page(self) -> None:
        book = self.book
        self.people_page.show_people(book.people if book else [], book.current if book else None,
                                     self.ctx.settings.lock_after_minutes, self.may(Right.MANAGE_USERS))

    def show_people(self) -> None:
        self.refresh_people_page()
        self.ctx.hub.emit(events.SHOW_PAGE, "people")

    def show_audit(self) -> None:
        self.ctx.hub.emit(events.SHOW_PAGE, "audit")   # its page refreshes when shown

    async def _person_dialog(self, mode: str, save: Any, name: str = "") -> Any:
        dialog = PersonDialog(mode, save, name, self.ctx.window)
        self.person_dialog = dialog
        await run_dialog(dialog)
        return dialog.result_value

    async def setup_owner(self) -> Person | None:
        book = await self.load()
        if book.owner is not None:
            return None

        async def save(name: str, pin: str, repeat: str) -> Person:
            return await asyncio.to_thread(lambda: book.add_person(name, Role.OWNER, pin, repeat))

        person = await self._person_dialog(PersonDialog.OWNER, save, self.ctx.settings.account_name)
        self.ctx.settings.people_offer_answered = True
        self.ctx.settings.save()
        self.offer_banner.hide()
        if person is not None:
            self.last_person = person
            self.show_person()
        return person

    def on_offer_later_clicked(self) -> None:
        self.ctx.settings.people_offer_answered = True
        self.ctx.settings.save()
        self.offer_banner.hide()

    def after_first_run(self) -> None:
        """Right after the first-run choice: make the owner (skippable; Settings → People later)."""
        self.ctx.runner.spawn(self._after_first_run(), name="first-run-owner")

    async def _after_first_run(self) -> None:
        book = await self.load()
        if not book.set_up:
            await self.setup_owner()

    def _owner_only(self) -> bool:
        if self.may(Right.MANAGE_USERS):
            return True
        self.ctx.hub.emit(events.NOTICE, QCoreApplication.translate("People", "Only the owner can do this."))
        return False

    async def add_staff(self) -> Person | None:
        book = await self.load()
        if not self._owner_only() or book.owner is None:
            return None

        async def save(name: str, pin: str, repeat: str) -> Person:
            return await asyncio.to_thread(lambda: book.add_person(name, Role.STAFF, pin, repeat))

        person = await self._person_dialog(PersonDialog.STAFF, save)
        self.refresh_people_page()
        return person

    async def change_pin(self, person_id: int) -> bool:
        book = await self.load()
        if not self._owner_only():
            return False
        name = next((p.name for p in book.people if p.id == person_id), "")

        async def save(_name: str, pin: str, repeat: str) -> bool:
            await asyncio.to_thread(lambda: book.change_pin(person_id, pin, repeat))
            return True

        return bool(await self._person_dialog(PersonDialog.PIN, save, name))

    async def remove(self, person_id: int) -> bool:
        book = await self.load()
        person = next((p for p in book.people if p.id == person_id), None)
        if not self._owner_only() or person is None:
            return False
        if not await confirm(self.ctx.window, QCoreApplication.translate("People", "Remove a person"),
                             QCoreApplication.translate("People", "Remove {name} from this computer? They will no "
                                                        "longer be able to sign in.").format(name=person.name),
                             QCoreApplication.translate("People", "Remove"),
                             QCoreApplication.translate("People", "Keep")):
            return False
        try:
            await asyncio.to_thread(book.remove_person, person_id)
        except Problem as problem:
            from dollr_desktop.ui.wording import words_for

            self.ctx.hub.emit(events.NOTICE, words_for(problem))
            return False
        self.refresh_people_page()
        return True

    # ---- the audit log view --------------------------------------------------------------
    async def refresh_audit(self) -> None:
        book = await self.load()
        await self.audits_written()
        allowed = self.may(Right.MANAGE_USERS)
        self.audit_page.set_allowed(allowed)
        if not allowed:
            return
        filters = self.audit_page.filters()
        entries, (who, actions) = await asyncio.to_thread(
            lambda: (book.store.audit.entries(**filters), book.store.audit.people_and_actions()))
        self.audit_page.set_choices(who, actions)
        self.audit_page.show_entries(entries)
        if not self.chain_checked:
            await self.check_chain()
        else:
            self.audit_page.show_chain(self.broken_at)

    async def ask_export_path(self) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        dialog = QFileDialog(self.ctx.window, QCoreApplication.translate("People", "Export the audit log"),
                             str(Path(folder) / "dollr-audit-log.csv"),
                             QCoreApplication.translate("People", "CSV files (*.csv)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        if await run_dialog(dialog) != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])

    async def export_audit(self) -> Path | None:
        book = await self.load()
        if not self._owner_only():
            return None
        path = await self.ask_export_path()
        if path is None:
            return None
        await self.audits_written()
        filters = self.audit_page.filters()
        written = await asyncio.to_thread(lambda: write_audit_csv(book.store.audit.entries(**filters), path))
        self.audit("audit_exported", {"entries": len(self.audit_page.entries), "file": written.name})
        self.ctx.hub.emit(events.NOTICE, QCoreApplication.translate("People", "Audit log saved as {file}.").format(
            file=str(written)))
        return written

    async def close(self) -> None:
        if self._audit_task is not None:
            try:   # the entries queued so far reach the disk first
                await asyncio.wait_for(self._audit_queue.join(), timeout=5)
            except asyncio.TimeoutError:
                log.warning("audit entries still queued at close")
            self._audit_task.cancel()
        if self.book is not None:
            await asyncio.to_thread(self.book.close)
            self.book = None
