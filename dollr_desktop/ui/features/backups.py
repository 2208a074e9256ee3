"""Backups: automatic (daily and when the app closes), "Back up now", the backup password, and
restoring a backup (from Settings or the first run's "I have a backup").

The work is `services/backups.py` on a worker thread; this feature shows its progress in the
Settings box (`ui/widgets/backup_settings_box.py`, reached through the hub), keeps the password in
the keyring (`credentials.py`, never a file), and asks the app to swap the data in with the account
closed (`REPLACE_DATA`), after which the app opens as after a restart and the reconciler settles
the journal's open entries.
"""
from __future__ import annotations

import asyncio
import importlib
import logging
import sys
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer

from dollr_desktop import paths
from dollr_desktop.ui import hub as events
from dollr_desktop.ui.dialogs.async_dialogs import run_dialog
from dollr_desktop.ui.errors import show_error
from dollr_desktop.ui.features import BaseFeature, FeatureContext
from dollr_desktop.ui.wording import words_for

log = logging.getLogger(__name__)
PASSWORD_KEY = "backup_password"
FIRST_CHECK_MS = 60_000          # the first daily check waits for start-up and the first sync
CHECK_EVERY_MS = 3_600_000       # then hourly: a backup is made once the last is a day old
STATE_DELAY_MS = 1_500           # the box's state (it reads the keyring) waits for the first paint


SERVICE = "dollr_desktop.services.backup_restore"   # and, through it, services.backups


async def load_service() -> None:
    """The backup service loads `cryptography` (~20–30 ms): imported on a worker thread the first
    time, never on the GUI thread in the middle of a backup's start."""
    if SERVICE not in sys.modules:
        await asyncio.to_thread(importlib.import_module, SERVICE)


class BackupsFeature(BaseFeature):
    name = "backups"

    def __init__(self, ctx: FeatureContext) -> None:
        super().__init__(ctx)
        self.credentials = ctx.extras.get("credentials")
        self.box = ctx.hub.call(events.BACKUP_BOX)
        self.task: asyncio.Task | None = None
        self._cancel: threading.Event | None = None
        self._password: str | None = None
        self.restore_dialog: Any = None
        self.timer = QTimer(ctx.window)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check_due)
        # One-shot timers of the open account, stopped when it closes (a closed app runs nothing).
        self.first_check = QTimer(ctx.window, singleShot=True, interval=FIRST_CHECK_MS)
        self.first_check.timeout.connect(self.check_due)
        self.state_soon = QTimer(ctx.window, singleShot=True, interval=STATE_DELAY_MS)
        self.state_soon.timeout.connect(lambda: ctx.runner.spawn(self.show_state(), name="backup-state"))
        ctx.hub.subscribe(events.RESTORE_BACKUP, self.restore)
        ctx.hub.subscribe(events.APP_CLOSING, self.at_close)
        if self.box is not None:
            self.box.sig_backup_requested.connect(lambda: self.start_backup(automatic=False))
            self.box.sig_restore_requested.connect(lambda: ctx.runner.spawn(self.restore(), name="restore"))
            self.box.sig_password_requested.connect(lambda: ctx.runner.spawn(self.choose_password(), name="backup-password"))
            self.box.sig_cancel_requested.connect(self.cancel)
            self.box.sig_changed.connect(lambda: ctx.runner.spawn(self.show_state(), name="backup-state"))

    @property
    def data_dir(self) -> Path:
        return paths.data_dir()

    @property
    def running(self) -> bool:
        return self.task is not None and not self.task.done()

    async def attach(self, session: Any) -> None:
        await super().attach(session)
        self.timer.start()
        self.first_check.start()
        self.state_soon.start()

    async def detach(self) -> None:
        for timer in (self.timer, self.first_check, self.state_soon):
            timer.stop()
        await super().detach()

    async def wait_idle(self, timeout: float) -> bool:
        if self.running:
            await asyncio.wait({self.task}, timeout=timeout)
        return not self.running

    # the password -------------------------------------------------------------------------------
    async def password(self) -> str | None:
        if self._password is None and self.credentials is not None:
            self._password = await asyncio.to_thread(self.credentials.load, PASSWORD_KEY)
        return self._password or None

    async def choose_password(self) -> bool:
        from dollr_desktop.ui.dialogs.backup_password_dialog import BackupPasswordDialog

        dialog = BackupPasswordDialog(self.ctx.window)
        if await run_dialog(dialog) != BackupPasswordDialog.DialogCode.Accepted:
            return False
        self._password = dialog.password
        if self.credentials is not None:
            await asyncio.to_thread(self.credentials.save, PASSWORD_KEY, dialog.password)
        await self.show_state()
        return True

    # backing up ---------------------------------------------------------------------------------
    def check_due(self) -> None:
        """The daily backup, when automatic backups are on and the last one is a day old."""
        self.ctx.runner.spawn(self._backup_if_due(), name="backup-check")

    async def _backup_if_due(self) -> None:
        await load_service()
        from dollr_desktop.services import backups

        settings = self.ctx.settings
        if (not settings.backup_automatic or self.running or self.restore_dialog is not None
                or await self.password() is None):
            return
        if await asyncio.to_thread(backups.is_due, backups.automatic_folder(self.data_dir)):
            await self.start_backup(automatic=True)

    async def at_close(self) -> None:
        """The app is closing (the account closed): one more backup, so the day's work is kept."""
        if self.running:
            await asyncio.wait({self.task})
        if self.ctx.settings.backup_automatic and await self.password() is not None:
            await self.start_backup(automatic=True, quiet=True)

    def start_backup(self, *, automatic: bool, quiet: bool = False) -> asyncio.Task:
        if not self.running:
            self.task = self.ctx.runner.spawn(self._backup(automatic, quiet), name="backup")
        return self.task

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    async def _backup(self, automatic: bool, quiet: bool) -> Any:
        await load_service()
        from dollr_desktop.services import backups
        from dollr_desktop.services.backup_file import BackupError

        password = await self.password()
        if password is None:
            if automatic or not await self.choose_password():
                return None
            password = await self.password()
        settings = self.ctx.settings
        cancel = self._cancel = threading.Event()
        report = self._progress_reporter()
        self._show_progress(0.0)
        try:
            result = await backups.in_background(
                backups.run_automatic, self.data_dir, password, extra_folder=settings.backup_folder,
                keep=settings.backup_keep, progress=report, cancel=cancel)
        except asyncio.CancelledError:
            cancel.set()   # the worker thread stops at its next chunk; its partial file is removed
            raise
        except backups.BackupCancelled:
            self._show_status(QCoreApplication.translate("BackupsFeature", "Backup cancelled."))
            return None
        except BackupError as exc:
            log.warning("backup failed: %s", exc.code)
            self._show_status(words_for(exc))
            if not quiet:
                if automatic:
                    self.ctx.hub.emit(events.NOTICE, words_for(exc))
                else:
                    show_error(self.ctx.window, words_for(exc))
            return None
        finally:
            self._cancel = None
            self._show_progress(None)
        await self.show_state(problems=result.problems)
        if result.problems and not quiet:
            self.ctx.hub.emit(events.NOTICE, words_for(result.problems[0]))
        return result

    def _progress_reporter(self) -> Any:
        """Progress from the worker thread, passed to the GUI thread only when the percent moves."""
        loop = asyncio.get_running_loop()
        last = [-1]

        def report(fraction: float) -> None:
            percent = int(fraction * 100)
            if percent != last[0]:
                last[0] = percent
                loop.call_soon_threadsafe(self._show_progress, fraction)

        return report

    def _show_progress(self, fraction: float | None) -> None:
        if self.box is not None:
            try:
                self.box.show_progress(fraction)
            except RuntimeError:
                pass   # the window is gone (closing)

    def _show_status(self, text: str) -> None:
        if self.box is not None:
            try:
                self.box.show_status(text)
            except RuntimeError:
                pass

    async def show_state(self, problems: list[Any] | None = None) -> None:
        await load_service()
        from dollr_desktop.services import backups
        from dollr_desktop.ui.i18n import format_datetime

        if self.box is None:
            return
        folder = backups.automatic_folder(self.data_dir)
        last = await asyncio.to_thread(backups.last_backup_time, folder)
        known = await self.password() is not None
        try:
            self.box.load()
            self.box.set_password_known(known)
        except RuntimeError:
            return
        if not known:
            text = QCoreApplication.translate(
                "BackupsFeature", "No backup password yet: set one to turn on backups.")
        elif last is None:
            text = QCoreApplication.translate("BackupsFeature", "No backup yet. Backups go to {folder}.").format(
                folder=folder)
        else:
            text = QCoreApplication.translate("BackupsFeature", "Last backup: {date}, in {folder}.").format(
                date=format_datetime(last), folder=folder)
        if known and self.credentials is not None and not self.credentials.persistent:
            text += " " + QCoreApplication.translate(
                "BackupsFeature", "This computer has no password store: the backup password is kept until "
                "the app closes, and automatic backups stop after that until you set it again.")
        for problem in problems or ():
            text += " " + words_for(problem)
        self._show_status(text)

    # restoring ----------------------------------------------------------------------------------
    async def restore(self) -> bool:
        """The restore dialog; True once a backup replaced the data (the app then reopens it)."""
        await load_service()
        from dollr_desktop.services import backups
        from dollr_desktop.ui.dialogs.restore_dialog import RestoreDialog

        if self.running:
            self.cancel()
            await asyncio.wait({self.task})
        dialog = self.restore_dialog = RestoreDialog(self._open_backup, self._restore_files,
                                                     backups.automatic_folder(self.data_dir), self.ctx.window)
        await run_dialog(dialog)
        self.restore_dialog = None
        return dialog.restored

    async def _open_backup(self, path: Path, password: str) -> Any:
        from dollr_desktop.services import backup_restore, backups

        return await backups.in_background(backup_restore.read_info, path, password)

    async def _restore_files(self, path: Path, password: str, progress: Any) -> None:
        from dollr_desktop.services import backup_restore, backups
        from dollr_desktop.store.migrations import LATEST_VERSION

        cancel = threading.Event()
        loop = asyncio.get_running_loop()
        work = asyncio.ensure_future(backups.in_background(
            backup_restore.prepare_restore, path, password, self.data_dir, cancel=cancel, latest_schema=LATEST_VERSION,
            progress=lambda f: loop.call_soon_threadsafe(progress, min(f, 0.99))))
        try:
            prepared = await asyncio.shield(work)
        except asyncio.CancelledError:
            cancel.set()
            try:   # let the worker thread end, and drop what it unpacked
                leftover = await work
            except BaseException:
                pass
            else:
                await asyncio.to_thread(leftover.discard)
            raise
        progress(1.0)
        log.info("restoring a backup made %s (the replaced data is in %s)", prepared.info.created_at,
                 prepared.safety_copy)
        # Never cut: the account closes, the files are swapped, the app reopens.
        await asyncio.shield(self.ctx.hub.ask(events.REPLACE_DATA, prepared.apply))
        from dollr_desktop.ui.i18n import format_datetime

        notice = QCoreApplication.translate("BackupsFeature", "The backup made on {date} is restored.").format(
            date=format_datetime(prepared.info.created_at))
        if prepared.safety_copy is not None:
            notice += " " + QCoreApplication.translate(
                "BackupsFeature", "The data it replaced is kept in {file}.").format(file=prepared.safety_copy)
        self.ctx.hub.emit(events.NOTICE, notice)
