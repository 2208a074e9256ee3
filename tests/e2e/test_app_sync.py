"""The status bar's "last synced" through a sync, an outage and a restart while offline."""
from __future__ import annotations

from PySide6.QtCore import Qt

from dollr_desktop.ui.i18n import format_datetime
from dollr_desktop.services.outbox import OutboxService
from dollr_desktop.services.sync import SyncService
from tests.ui.collect.helpers import start_practice
from tests.ui.conftest import credentials, make_app, memory_keyring, qloop, qloop_session  # noqa: F401 (fixtures)

NEVER = "Last synced: never"


def synced(app) -> bool:
    return app.session.sync_task is not None and app.session.sync_task.done()


def test_last_synced_survives_an_outage_and_a_restart_offline(qtbot, make_app, sandbox):
    app = start_practice(qtbot, make_app, sandbox)
    # One "sync now" is the store's own services (lists parsed off the loop thread).
    assert isinstance(app.session.sync.sync, SyncService) and isinstance(app.session.sync.outbox, OutboxService)
    qtbot.waitUntil(lambda: synced(app), timeout=15_000)
    assert app.session.sync_task.result() is True
    shown = app.window.synced_label.text()
    assert shown.startswith("Last synced: ") and shown != NEVER
    stored = app.session.sync.last_synced_at()
    assert stored is not None

    sandbox.stop()
    qtbot.mouseClick(app.features.settings.view.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.window.offline_banner.isVisible(), timeout=30_000)
    assert "Offline" in app.window.online_label.text()
    assert app.window.synced_label.text() == shown      # the last good sync, not "never"
    with qtbot.waitSignal(app.window.sig_closed, timeout=20_000):
        app.window.close()

    # Started again with Dollr still away: the saved time shows, and the app says it is offline.
    again = start_practice(qtbot, make_app, sandbox)
    qtbot.waitUntil(lambda: synced(again), timeout=30_000)
    assert again.session.sync_task.result() is False
    assert again.window.offline_banner.isVisible()
    assert again.window.synced_label.toolTip() == "Last synced: " + format_datetime(stored)   # today: the time shows
    assert again.window.synced_label.text() == "Last synced: " + format_datetime(stored).split(" ", 3)[3]

    sandbox.start()
    qtbot.mouseClick(again.window.offline_banner.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not again.window.offline_banner.isVisible(), timeout=30_000)
    assert "Online" in again.window.online_label.text()
    assert again.window.synced_label.text() != NEVER
