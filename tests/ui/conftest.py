"""pytest-qt + qasync: one QEventLoop on pytest-qt's QApplication, marked running, pumped by qtbot."""
from __future__ import annotations

import asyncio

import keyring
import pytest
from qasync import QEventLoop
from shiboken6 import isValid

from dollr_desktop.credentials import CredentialStore
from dollr_desktop.settings import Settings
from tests.ui.helpers import MemoryKeyring, run


@pytest.fixture(scope="session")
def qloop_session(qapp):
    """One qasync loop for the whole session: a second QEventLoop on the same QApplication does
    not dispatch. Closed at the end so its worker threads stop before Qt goes away."""
    loop = QEventLoop(qapp, already_running=True)
    asyncio.events._set_running_loop(None)
    yield loop
    asyncio.events._set_running_loop(loop)
    loop.stop()
    asyncio.events._set_running_loop(None)
    loop.close()


@pytest.fixture
def qloop(qapp, qloop_session):
    """The session loop, marked running only during a test, so pytest-asyncio tests elsewhere in
    the suite still get loops of their own."""
    from dollr_desktop.ui.icons import stylesheet

    qapp.setStyleSheet(stylesheet())
    loop = qloop_session
    asyncio.events._set_running_loop(loop)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in pending:
            task.cancel()
        for _ in range(200):
            if all(t.done() for t in pending):
                break
            qapp.processEvents()
        asyncio.events._set_running_loop(None)
        asyncio.set_event_loop(None)


@pytest.fixture
def memory_keyring(monkeypatch):
    backend = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    return backend


@pytest.fixture
def credentials(memory_keyring):
    return CredentialStore(memory_keyring)


@pytest.fixture
def make_app(qtbot, qloop, credentials):
    """Build DollrApp instances against a given sandbox; shut them down after the test.

    The windows are not handed to qtbot.addWidget: pytest-qt would close and deleteLater them
    before this teardown runs, cutting the app's shutdown short (or deleting the window under it).
    Teardown is idempotent: a window the test already closed (or is closing) is waited for, not
    closed a second time.
    """
    from dollr_desktop.app import DollrApp

    apps = []

    def make(sandbox=None, settings=None, **kwargs):
        kwargs.setdefault("sync_interval_ms", 3_600_000)
        app = DollrApp(settings=settings or Settings.load(), credentials=credentials,
                       practice_server=sandbox, **kwargs)
        apps.append(app)
        return app

    yield make
    for app in apps:
        window = app.window
        if not isValid(window):
            continue
        if getattr(window, "_closing", False) and not window.closed:   # closing already: wait for it
            qtbot.waitUntil(lambda w=window: w.closed, timeout=20_000)
        elif not window.closed:
            # Close the way a person does: the window finishes in-flight work, then really closes.
            with qtbot.waitSignal(window.sig_closed, timeout=20_000):
                window.close()
        window.deleteLater()
