"""First run into a live account (validated before anything is saved), keyring only, switching."""
from __future__ import annotations

import asyncio
import json

import keyring.backends.fail
from PySide6.QtCore import Qt

from dollr_desktop import paths
from dollr_desktop.credentials import CredentialStore
from dollr_desktop.settings import Settings
from tests.ui.conftest import credentials, make_app, memory_keyring, qloop, qloop_session  # noqa: F401 (fixtures)
from tests.ui.helpers import shoot


def open_connect_form(qtbot, app):
    start = asyncio.ensure_future(app.start())
    qtbot.waitUntil(lambda: getattr(app, "first_run_dialog", None) is not None
                    and app.first_run_dialog.isVisible(), timeout=5_000)
    dialog = app.first_run_dialog
    qtbot.mouseClick(dialog.live_button, Qt.MouseButton.LeftButton)
    form = dialog.form
    form.base_url_edit.setText("")
    return start, dialog, form


def fill(qtbot, form, sandbox, secret):
    for edit in (form.client_id_edit, form.client_secret_edit, form.base_url_edit):
        edit.clear()
    qtbot.keyClicks(form.client_id_edit, sandbox.info["client_id"])
    qtbot.keyClicks(form.client_secret_edit, secret)
    qtbot.keyClicks(form.base_url_edit, sandbox.base_url)
    form.passcode_phone_edit.set_number(sandbox.info["passcode_phone"])


def test_live_keys_are_checked_before_saving_and_the_secret_goes_to_the_keyring_only(
        qtbot, make_app, sandbox, memory_keyring):
    app = make_app(sandbox)
    start, dialog, form = open_connect_form(qtbot, app)
    fill(qtbot, form, sandbox, "not-the-secret")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    # The field error shows inside the attempt; Connect is enabled again only once it has ended.
    qtbot.waitUntil(lambda: dialog.status_label.text().startswith("Not connected yet"), timeout=10_000)
    assert dialog.connect_button.isEnabled()
    assert "did not accept" in form.errors.message("client_secret")
    assert dialog.isVisible() and not paths.settings_path().exists()
    shoot(dialog, "first_run_connect_refused")

    secret = sandbox.info["client_secret"]
    form.client_secret_edit.clear()
    qtbot.keyClicks(form.client_secret_edit, secret)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(start.done, timeout=15_000)
    start.result()
    assert "LIVE" in app.window.environment_label.text()
    assert not app.window.practice_banner.isVisible()
    saved = paths.settings_path().read_text()
    assert secret not in saved
    assert json.loads(saved)["client_id"] == sandbox.info["client_id"]
    assert secret in memory_keyring.passwords.values()
    qtbot.waitUntil(lambda: app.features.documents.view.model.rowCount() > 0, timeout=10_000)

    # Switching to practice is always possible from Settings.
    app.window.show_page("settings")
    view = app.features.settings.view
    assert not view.practice_button.isVisible()   # a live account connected: the connection is folded away
    qtbot.mouseClick(view.connection_toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(view.practice_button.isVisible, timeout=5_000)
    shoot(app.window, "settings_live")
    qtbot.mouseClick(view.practice_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "PRACTICE" in app.window.environment_label.text(), timeout=10_000)
    assert app.window.practice_banner.isVisible()
    assert Settings.load().environment.value == "practice"

    # … and back to the live account from Settings, checked again before it is used.
    settings_form = app.features.settings.view.form
    fill(qtbot, settings_form, sandbox, secret)
    qtbot.mouseClick(app.features.settings.view.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "LIVE" in app.window.environment_label.text(), timeout=10_000)
    assert not app.window.practice_banner.isVisible()
    assert settings_form.client_secret_edit.text() == ""      # not left lying in the form
    assert Settings.load().environment.value == "live"


def test_a_restart_in_live_mode_reads_the_secret_from_the_keyring(qtbot, make_app, sandbox, credentials):
    first = make_app(sandbox)
    start, dialog, form = open_connect_form(qtbot, first)
    fill(qtbot, form, sandbox, sandbox.info["client_secret"])
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(start.done, timeout=15_000)
    with qtbot.waitSignal(first.window.sig_closed, timeout=20_000):
        first.window.close()

    second = make_app(sandbox, settings=Settings.load())
    restart = asyncio.ensure_future(second.start())
    qtbot.waitUntil(restart.done, timeout=15_000)
    restart.result()
    assert getattr(second, "first_run_dialog", None) is None
    assert "LIVE" in second.window.environment_label.text()
    qtbot.waitUntil(lambda: "Online" in second.window.online_label.text(), timeout=10_000)


def test_without_a_keyring_the_app_says_so_and_keeps_the_secret_for_this_run_only(qtbot, qloop, sandbox):
    from dollr_desktop.app import DollrApp

    no_keyring = CredentialStore(keyring.backends.fail.Keyring())
    app = DollrApp(settings=Settings(), credentials=no_keyring, practice_server=sandbox)
    qtbot.addWidget(app.window)
    start, dialog, form = open_connect_form(qtbot, app)
    assert form.keyring_label.isVisible() and "kept for this session only" in form.keyring_label.text()
    fill(qtbot, form, sandbox, sandbox.info["client_secret"])
    shoot(dialog, "first_run_no_keyring")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(start.done, timeout=15_000)
    assert "LIVE" in app.window.environment_label.text()
    assert sandbox.info["client_secret"] not in paths.settings_path().read_text()
    assert CredentialStore(keyring.backends.fail.Keyring()).load(
        f"client_secret:{sandbox.info['client_id']}") is None   # gone after this run
    with qtbot.waitSignal(app.window.sig_closed, timeout=20_000):
        app.window.close()
