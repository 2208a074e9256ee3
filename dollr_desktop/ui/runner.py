"""One user action → one service call, run the same way everywhere (STYLE.md, "From a click").

    outcome = await self.runner.run("save-invoice", lambda: service.save(draft),
                                    sender=self.save_button, fields=self)
    if outcome.ok:
        use(outcome.value)

`run()` ends in one `Outcome`: done (with its value), cancelled, or failed (the error was already
shown the way its kind asks). `spawn()` runs background work (no sender, no progress) through
the same error routing, keeping a reference to the task.

- a newer run of the same key cancels the older one;
- the sender is disabled while it runs and re-enabled in `finally:`;
- progress (with Cancel) appears only when the work outlasts `PROGRESS_DELAY`;
- errors are routed: cancelled → nothing; 422 → on the fields; 401 → sign in again;
  offline → the banner with Retry; other API errors → message + details + Copy;
  anything else is a bug → `sys.excepthook` (the crash dialog; a failed test under pytest-qt).
"""
from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from dollr_desktop.ui.errors import show_error

log = logging.getLogger(__name__)
T = TypeVar("T")
PROGRESS_DELAY = 0.4


def _api_errors() -> Any:
    from dollr_desktop.api import errors

    return errors


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """How an action ended: "done" (with `value`), "cancelled", or "failed" (with `error`)."""

    state: str
    value: Any = None
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        return self.state == "done"

    @property
    def cancelled(self) -> bool:
        return self.state == "cancelled"

    @property
    def failed(self) -> bool:
        return self.state == "failed"


class FieldErrorTarget(Protocol):
    def show_field_errors(self, field_errors: dict[str, str]) -> dict[str, str]:
        """Show what belongs to a field next to it; return what matched no field."""


class OperationRunner(QObject):
    sig_offline = Signal(str)            # a sentence for the banner
    sig_online = Signal()
    sig_sign_in_needed = Signal(str)
    sig_busy_changed = Signal(bool)

    def __init__(self, window_getter: Callable[[], QWidget | None] = lambda: None) -> None:
        super().__init__()
        self._window_getter = window_getter
        self._running: dict[str, asyncio.Task] = {}
        self._background: set[asyncio.Task] = set()
        self.offline = False
        self.last_error_dialog = None
        self.progress_dialogs: dict[str, QProgressDialog] = {}   # shown only while slow work runs

    @property
    def busy(self) -> bool:
        return any(not t.done() for t in self._running.values())

    def cancel(self, key: str) -> None:
        task = self._running.get(key)
        if task and not task.done():
            task.cancel()

    async def wait_idle(self, timeout: float) -> bool:
        pending = [t for t in self._running.values() if not t.done()]
        if not pending:
            return True
        done, not_done = await asyncio.wait(pending, timeout=timeout)
        return not not_done

    def spawn(self, work: Awaitable[Any], *, name: str = "background") -> asyncio.Task:
        """Background work (a dialog opening, a refresh after news): referenced until it ends,
        its failure routed like any action's (offline → banner, API error → message, bug → crash)."""
        task = asyncio.ensure_future(self._routed(work))
        task.set_name(name)
        self._background.add(task)
        task.add_done_callback(self._background.discard)
        return task

    async def _routed(self, work: Awaitable[Any]) -> Outcome:
        try:
            return Outcome("done", await work)
        except asyncio.CancelledError:
            return Outcome("cancelled")
        except Exception as exc:
            if _closed_under_it(exc):   # background reading an account that closed meanwhile
                log.info("Background work ended: the account closed under it (%s)", type(exc).__name__)
                return Outcome("cancelled")
            self._route(exc, None, quiet_offline=False)
            return Outcome("failed", error=exc)

    async def wait_background(self, timeout: float) -> bool:
        pending = [t for t in self._background if not t.done()]
        if not pending:
            return True
        _, not_done = await asyncio.wait(pending, timeout=timeout)
        return not not_done

    async def run(self, key: str, work: Callable[[], Awaitable[T]], *,
                  sender: QWidget | None = None, fields: FieldErrorTarget | None = None,
                  progress: str = QT_TRANSLATE_NOOP("OperationRunner", "Working…"), quiet_offline: bool = False) -> Outcome:
        older = self._running.get(key)
        if older and not older.done():
            older.cancel()
        task = asyncio.ensure_future(work())
        task.set_name(key)
        self._running[key] = task
        self.sig_busy_changed.emit(True)
        if sender is not None:
            sender.setEnabled(False)
        dialog: QProgressDialog | None = None
        try:
            done, _ = await asyncio.wait({task}, timeout=PROGRESS_DELAY)
            if not done:
                dialog = self.progress_dialogs[key] = self._progress_dialog(progress, task)
            result = await task
            self.mark_online()
            return Outcome("done", result)
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if current is not None and current.cancelling():
                raise  # our caller is being cancelled (window closing): let it unwind
            return Outcome("cancelled")
        except Exception as exc:
            self._route(exc, fields, quiet_offline=quiet_offline)
            return Outcome("failed", error=exc)
        finally:
            if dialog is not None:
                if self.progress_dialogs.get(key) is dialog:
                    del self.progress_dialogs[key]
                dialog.reset()
                dialog.deleteLater()
            if self._running.get(key) is task:
                del self._running[key]
            if sender is not None:
                try:
                    sender.setEnabled(True)
                except RuntimeError:
                    pass  # the widget was closed while we worked
            self.sig_busy_changed.emit(self.busy)

    def _route(self, exc: Exception, fields: FieldErrorTarget | None, *, quiet_offline: bool) -> None:
        """Cancelled → nothing; 422 → fields; 401 → sign in; offline → banner; API error → message
        with details; a problem code → its words; anything else is a bug → the crash dialog.
        Offline never keeps the action to replay it: Retry reconnects and refreshes, no more."""
        from dollr_desktop.services.problems import Problem

        from dollr_desktop.ui.wording import words_for

        api_errors = _api_errors()   # imported here: the client loads after the window shows
        if isinstance(exc, Problem) and exc.field and fields is not None \
                and not fields.show_field_errors({exc.field: words_for(exc)}):
            return   # said next to its field
        if isinstance(exc, api_errors.ValidationError):
            self._show_validation(exc, fields)
        elif isinstance(exc, api_errors.AuthenticationError):
            self.sig_sign_in_needed.emit(words_for(exc))
        elif isinstance(exc, api_errors.ApiConnectionError):   # timeouts included
            self.offline = True
            if not quiet_offline:
                self.sig_offline.emit(self.tr("Offline — showing saved data.") + " " + words_for(exc))
        elif isinstance(exc, api_errors.ApiError):
            self.last_error_dialog = show_error(self._window_getter(), words_for(exc), exc.details or "")
        elif isinstance(exc, Problem):
            self.last_error_dialog = show_error(self._window_getter(), words_for(exc), exc.code)
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def mark_online(self) -> None:
        if self.offline:
            self.offline = False
            self.sig_online.emit()

    def _progress_dialog(self, label: str, task: asyncio.Task) -> QProgressDialog:
        label = self.tr(label)   # the default "Working…"; callers pass words already translated
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self._window_getter())
        dialog.setWindowTitle(self.tr("Please wait"))
        dialog.setAccessibleName(label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(task.cancel)
        dialog.show()
        return dialog

    def _show_validation(self, exc: Any, fields: FieldErrorTarget | None) -> None:
        leftover = dict(exc.field_errors or {})
        if fields is not None:
            leftover = fields.show_field_errors(leftover)
        if leftover or not exc.field_errors:
            # The merchant reads our words; Dollr's field names and sentences go under "Details".
            lines = "\n".join(f"• {name or 'request'}: {msg}" for name, msg in leftover.items())
            from dollr_desktop.ui.wording import words_for

            details = "\n\n".join(part for part in (lines, exc.details or "") if part)
            self.last_error_dialog = show_error(self._window_getter(), words_for(exc), details)


def _closed_under_it(exc: BaseException) -> bool:
    """Background work (a refresh, a list reading the cache) that found the account's store closed:
    the window is closing or the account switching, nothing for the merchant to hear about."""
    from dollr_desktop.services.list_queries import CacheClosedError
    from dollr_desktop.store.errors import StoreClosedError

    return isinstance(exc, (StoreClosedError, CacheClosedError))
