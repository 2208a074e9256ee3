"""The operation runner routes every outcome the way STYLE.md says."""
from __future__ import annotations

import asyncio
import sys

import pytest
from PySide6.QtWidgets import QPushButton

from dollr_desktop.api import errors
from dollr_desktop.services.problems import Problem
from dollr_desktop.ui import runner as runner_module
from dollr_desktop.ui.errors import ErrorDialog
from dollr_desktop.ui.runner import OperationRunner
from tests.ui.helpers import run


class Fields:
    def __init__(self):
        self.shown = None

    def show_field_errors(self, field_errors):
        self.shown = {k: v for k, v in field_errors.items() if k == "phone"}
        return {k: v for k, v in field_errors.items() if k != "phone"}


@pytest.fixture
def runner(qloop):
    return OperationRunner()


def test_success_disables_the_sender_while_running_and_reenables_it(qtbot, runner):
    button = QPushButton()
    qtbot.addWidget(button)
    seen = []

    async def work():
        seen.append(button.isEnabled())
        return 7

    outcome = run(qtbot, runner.run("a", work, sender=button))
    assert outcome.ok and outcome.value == 7
    assert seen == [False] and button.isEnabled()


def test_a_newer_run_cancels_the_older_one_silently(qtbot, runner):
    async def slow():
        await asyncio.sleep(10)
        return "old"

    async def fast():
        return "new"

    older = asyncio.ensure_future(runner.run("same", slow))
    qtbot.wait(20)
    assert run(qtbot, runner.run("same", fast)).value == "new"
    qtbot.waitUntil(older.done)
    assert older.result().cancelled and older.result().value is None and runner.last_error_dialog is None


def test_progress_appears_only_when_slow_and_cancel_stops_the_work(qtbot, runner, monkeypatch):
    monkeypatch.setattr(runner_module, "PROGRESS_DELAY", 0.05)
    cancelled = asyncio.Event()

    async def slow():
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            cancelled.set()
            raise

    task = asyncio.ensure_future(runner.run("slow", slow, progress="Thinking…"))
    qtbot.waitUntil(lambda: bool(runner.progress_dialogs), timeout=3_000)
    dialog = list(runner.progress_dialogs.values())[0]
    assert dialog.labelText() == "Thinking…"
    dialog.findChild(QPushButton).click()   # the dialog's Cancel button
    qtbot.waitUntil(task.done, timeout=3_000)
    assert task.result().cancelled and cancelled.is_set()


def test_fast_work_never_flashes_a_progress_dialog(qtbot, runner):
    async def fast():
        return 1

    run(qtbot, runner.run("fast", fast))
    assert runner.progress_dialogs == {}


def test_422_goes_to_the_fields_and_the_rest_to_a_message(qtbot, runner):
    fields = Fields()

    async def refused():
        raise errors.ValidationError(field_errors={"phone": "Bad number", "items.0.qty": "Too many"})

    outcome = run(qtbot, runner.run("v", refused, fields=fields))
    assert outcome.failed and isinstance(outcome.error, errors.ValidationError)
    assert fields.shown == {"phone": "Bad number"}
    dialog = runner.last_error_dialog
    # The merchant reads plain words; Dollr's field name and sentence wait under "Details".
    assert isinstance(dialog, ErrorDialog) and "items.0.qty" not in dialog.message_label.text()
    assert "Dollr could not accept these details" in dialog.message_label.text()
    assert "items.0.qty: Too many" in dialog.details_text
    dialog.close()


def test_offline_raises_the_banner_and_keeps_no_action_to_replay(qtbot, runner):
    attempts = []

    async def flaky():
        attempts.append(1)
        if len(attempts) == 1:
            raise errors.ApiConnectionError()
        return "ok"

    with qtbot.waitSignal(runner.sig_offline) as offline:
        outcome = run(qtbot, runner.run("f", flaky))
    assert outcome.failed and offline.args[0].startswith("Offline — showing saved data")
    assert not hasattr(runner, "retry") and runner.offline   # Retry reconnects; it never replays
    with qtbot.waitSignal(runner.sig_online):   # the next action that reaches Dollr says so
        assert run(qtbot, runner.run("g", flaky)).value == "ok"
    assert len(attempts) == 2 and not runner.offline


def test_spawned_work_goes_through_the_same_error_routing(qtbot, runner):
    async def offline():
        raise errors.ApiConnectionError()

    with qtbot.waitSignal(runner.sig_offline):
        task = runner.spawn(offline())
    qtbot.waitUntil(task.done)
    assert task.result().failed and runner.offline


def test_401_asks_to_sign_in_again(qtbot, runner):
    async def refused():
        raise errors.AuthenticationError()

    with qtbot.waitSignal(runner.sig_sign_in_needed):
        run(qtbot, runner.run("auth", refused))


def test_other_api_errors_show_message_and_redacted_details_with_copy(qtbot, runner, qapp):
    async def broken():
        raise errors.ServerError(details="POST /v1/x 502 Authorization: Bearer abc.def.ghi")

    run(qtbot, runner.run("s", broken))
    dialog = runner.last_error_dialog
    assert "Dollr is having trouble" in dialog.message_label.text()
    assert "abc.def.ghi" not in dialog.details_text and "[REDACTED]" in dialog.details_text
    dialog.copy_button.click()
    assert "Dollr is having trouble" in qapp.clipboard().text()
    dialog.close()


def test_bugs_go_to_the_excepthook(qtbot, runner, monkeypatch):
    caught = []
    monkeypatch.setattr(sys, "excepthook", lambda *exc: caught.append(exc[1]))

    async def bug():
        raise KeyError("oops")

    outcome = run(qtbot, runner.run("b", bug))
    assert outcome.failed and isinstance(caught[0], KeyError) and caught[0] is outcome.error


def test_the_crash_hook_shows_one_calm_dialog_with_redacted_details(qtbot, qloop):
    from dollr_desktop.ui.errors import CrashReporter

    reporter = CrashReporter()
    try:
        raise RuntimeError("boom client_secret=sk_live_123456 Bearer abc.def.ghi")
    except RuntimeError as exc:
        error = exc
    reporter.excepthook(RuntimeError, error, error.__traceback__)
    assert reporter.dialogs == []                 # queued: shown by the GUI thread's event loop
    qtbot.waitUntil(lambda: len(reporter.dialogs) == 1)
    dialog = reporter.dialogs[0]
    assert "Your saved data is safe" in dialog.message_label.text()
    assert "RuntimeError" in dialog.details_text
    assert "sk_live_123456" not in dialog.details_text and "abc.def.ghi" not in dialog.details_text
    assert not dialog.details_view.isVisible()
    dialog.toggle_button.click()
    assert dialog.details_view.isVisibleTo(dialog)
    dialog.close()


def test_every_api_error_and_problem_code_has_words(qapp):
    from dollr_desktop.ui.wording import knows, words_for

    classes = [errors.ApiError, *errors.ApiError.__subclasses__(), errors.ApiTimeoutError]
    assert all(knows(cls.code) for cls in classes)
    assert words_for(errors.ServerError()).startswith("Dollr is having trouble")
    assert "Something went wrong (no.such_code)" in words_for(Problem("no.such_code"))


def test_a_problem_for_a_field_is_said_next_to_it(qtbot, runner):
    fields = Fields()

    async def missing():
        raise Problem("document.customer_missing", field="phone")

    outcome = run(qtbot, runner.run("p", missing, fields=fields))
    assert outcome.failed and fields.shown == {"phone": "Choose a customer first."}
    assert runner.last_error_dialog is None
