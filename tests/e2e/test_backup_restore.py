"""Backups clicked through as a merchant does, against the sandbox over a socket.

1. A payout is in flight (PROCESSING) when Settings → "Back up now" runs; it then completes at
   Dollr; the computer is wiped; on the new computer the first run's "I have a backup" restores
   the file (password, preview, confirm); the app opens and the reconciler settles the payout
   from Dollr's answer; the sandbox saw exactly one execute request for it.
2. Settings → "Restore from a backup…" over an open account: a wrong password is refused beside
   the field with nothing replaced; the right one shows what the backup holds, then replaces the
   data (the current data saved first) and the account opens again on it.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dollr_desktop import paths
from dollr_desktop.services import backup_restore, backups
from dollr_desktop.settings import Settings
from dollr_desktop.store import Store
from dollr_desktop.store.journal import PaymentState
from dollr_desktop.ui.dialogs.backup_password_dialog import BackupPasswordDialog
from tests.e2e.test_app_reconcile import held_payout
from tests.ui.collect.helpers import executions_for, sandbox_post, start_practice
from tests.ui.conftest import credentials, make_app, memory_keyring, qloop, qloop_session  # noqa: F401 (fixtures)
from tests.ui.helpers import run

PASSWORD = "shop backup 2026"


def click(qtbot, widget) -> None:
    qtbot.waitUntil(lambda: widget.isVisible() and widget.isEnabled(), timeout=10_000)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def visible(kind):
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[0] if found else None


def set_password(qtbot, app) -> None:
    box = app.features.settings.view.backup_box
    click(qtbot, box.password_button)
    qtbot.waitUntil(lambda: visible(BackupPasswordDialog) is not None, timeout=5_000)
    dialog = visible(BackupPasswordDialog)
    qtbot.keyClicks(dialog.password_edit, "short")
    qtbot.keyClicks(dialog.again_edit, "short")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and "at least 8" in dialog.error_label.text()   # said where it was typed
    dialog.password_edit.clear()
    dialog.again_edit.clear()
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.keyClicks(dialog.again_edit, PASSWORD)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: box.password_button.text().startswith("Change"), timeout=5_000)


def back_up_now(qtbot, app) -> Path:
    box = app.features.settings.view.backup_box
    folder = paths.data_dir() / "backups"
    before = set(folder.glob("dollr-backup-*")) if folder.exists() else set()
    click(qtbot, box.backup_button)
    qtbot.waitUntil(lambda: "Last backup" in box.status_label.text() and not box.progress_row.isVisible(),
                    timeout=20_000)
    made = set(folder.glob("dollr-backup-*")) - before
    assert len(made) == 1
    return made.pop()


def fill_restore_dialog(qtbot, dialog, path: Path, password: str) -> None:
    dialog.file_edit.setText(str(path))
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, password)
    click(qtbot, dialog.open_button)


def test_a_backup_taken_with_a_payout_in_flight_restores_and_settles_with_one_execute(qtbot, make_app, sandbox, tmp_path):
    first = start_practice(qtbot, make_app, sandbox)
    payout = held_payout(qtbot, first, sandbox, "Kpelle Hardware")
    first.window.show_page("settings")
    set_password(qtbot, first)
    made = back_up_now(qtbot, first)
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    backup = Path(shutil.copy(made, stick))
    peek = tmp_path / "peek"
    peek.mkdir()
    backup_restore.prepare_restore(backup, PASSWORD, peek).apply()
    with Store.open(peek / "practice.sqlite3") as store:   # the backup holds the payout still open
        assert store.journal.get(payout).state is PaymentState.PROCESSING

    sandbox_post(sandbox, f"/_sandbox/executions/{payout}/settle")   # Dollr finishes it meanwhile
    with qtbot.waitSignal(first.window.sig_closed, timeout=20_000):
        first.window.close()
    data = paths.data_dir()
    shutil.rmtree(data)          # the computer dies
    data.mkdir()

    app = make_app(sandbox, settings=Settings(), reconcile_interval_s=0.2)
    started = run(qtbot, _start_soon(app), timeout=5_000)
    qtbot.waitUntil(lambda: app.first_run_dialog is not None and app.first_run_dialog.isVisible(), timeout=10_000)
    click(qtbot, app.first_run_dialog.restore_button)
    qtbot.waitUntil(lambda: app.features.backups.restore_dialog is not None, timeout=5_000)
    dialog = app.features.backups.restore_dialog
    fill_restore_dialog(qtbot, dialog, backup, PASSWORD)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    summary = dialog.summary_label.text()
    assert "Practice mode:" in summary and "1 payment journal entries" in summary, summary
    click(qtbot, dialog.replace_button)

    qtbot.waitUntil(lambda: app.session is not None and app.session.is_open, timeout=20_000)
    assert app.settings.environment is not None and app.settings.environment.value == "practice"
    qtbot.waitUntil(lambda: app.session.store.journal.get(payout).state is PaymentState.COMPLETED, timeout=15_000)
    assert len(executions_for(sandbox, payout)) == 1      # settled by a status check, never a second execute
    assert started.done()


async def _start_soon(app):
    import asyncio

    return asyncio.ensure_future(app.start())


def test_restore_from_settings_refuses_a_wrong_password_then_replaces_the_data(qtbot, make_app, sandbox):
    app = start_practice(qtbot, make_app, sandbox)
    contacts = app.session.contacts
    run(qtbot, contacts.create_contact(name="Before Backup", phone="231770000011"))
    app.window.show_page("settings")
    set_password(qtbot, app)
    backup = back_up_now(qtbot, app)
    run(qtbot, contacts.create_contact(name="After Backup", phone="231770000012"))

    def names() -> set[str]:
        conn = app.session.store.connection()
        return {row[0] for row in conn.execute("SELECT name FROM counterparties")}

    assert {"Before Backup", "After Backup"} <= names()
    box = app.features.settings.view.backup_box
    click(qtbot, box.restore_button)
    qtbot.waitUntil(lambda: app.features.backups.restore_dialog is not None, timeout=5_000)
    dialog = app.features.backups.restore_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)

    fill_restore_dialog(qtbot, dialog, backup, "not the password")
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=10_000)
    assert "Wrong backup password" in dialog.error_label.text() and dialog.pages.currentIndex() == 0
    assert "After Backup" in names()     # nothing replaced

    fill_restore_dialog(qtbot, dialog, backup, PASSWORD)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    assert "Made on" in dialog.summary_label.text()
    old_session = app.session
    click(qtbot, dialog.replace_button)
    qtbot.waitUntil(lambda: app.session is not None and app.session is not old_session and app.session.is_open,
                    timeout=20_000)
    assert "Before Backup" in names() and "After Backup" not in names()
    safety = list((paths.data_dir() / "backups").glob("dollr-before-restore-*"))
    assert len(safety) == 1   # the data it replaced, kept
    qtbot.waitUntil(lambda: any("is restored" in n and safety[0].name in n for n in app.notifier.notices), timeout=5_000)


def test_back_up_now_shows_progress_and_cancel_leaves_no_file(qtbot, make_app, monkeypatch):
    from benchmarks.backup import fill_store

    fill_store(paths.data_dir() / "dollr.sqlite3", invoices=4000, journal=5, contacts=20)   # a few MiB: several reads
    real_read = backups._Counting.read

    def slow_read(self, size=-1):   # a slow disk: the backup lasts long enough to be cancelled
        import time

        time.sleep(0.3)
        return real_read(self, size)

    monkeypatch.setattr(backups._Counting, "read", slow_read)
    app = make_app(None)
    app.window.show()
    app.window.show_page("settings")
    set_password(qtbot, app)
    box = app.features.settings.view.backup_box
    click(qtbot, box.backup_button)
    qtbot.waitUntil(lambda: box.progress_row.isVisible() and box.progress_bar.value() > 5, timeout=10_000)
    assert not box.backup_button.isEnabled() and not box.restore_button.isEnabled()
    click(qtbot, box.cancel_button)
    qtbot.waitUntil(lambda: "Backup cancelled." in box.status_label.text(), timeout=10_000)
    assert not box.progress_row.isVisible() and box.backup_button.isEnabled()
    folder = paths.data_dir() / "backups"
    assert not [p for p in folder.iterdir() if not p.name.startswith("dollr-before")]


def test_i_have_a_backup_given_up_goes_back_to_the_first_choice(qtbot, make_app):
    app = make_app(None, settings=Settings())
    run(qtbot, _start_soon(app), timeout=5_000)
    qtbot.waitUntil(lambda: app.first_run_dialog is not None and app.first_run_dialog.isVisible(), timeout=10_000)
    first = app.first_run_dialog
    click(qtbot, first.restore_button)
    qtbot.waitUntil(lambda: app.features.backups.restore_dialog is not None, timeout=5_000)
    dialog = app.features.backups.restore_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    click(qtbot, dialog.open_button)                      # nothing chosen: said beside the field
    qtbot.waitUntil(lambda: "Choose the backup file first." in dialog.error_label.text(), timeout=5_000)
    click(qtbot, dialog.cancel_button)
    qtbot.waitUntil(lambda: app.first_run_dialog is not first and app.first_run_dialog.isVisible(), timeout=10_000)
    assert app.session is None and app.settings.first_run
    app.first_run_dialog.reject()
