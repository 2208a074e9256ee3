"""The update notice in the window: offered from a signed manifest (a local HTTP file server, real
socket), refused when tampered, never asked for while a payment is pending, at most once a day."""
from __future__ import annotations

import asyncio
import json
import logging
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from dollr_desktop import build_info, paths
from dollr_desktop.settings import Settings
from dollr_desktop.store import PaymentRequest, Store
from dollr_desktop.ui.features import FeatureContext
from dollr_desktop.ui.features.updates import UpdatesFeature
from dollr_desktop.ui.hub import Hub
from dollr_desktop.ui.main_window import MainWindow
from dollr_desktop.ui.runner import OperationRunner
from tests.ui.conftest import credentials, make_app, memory_keyring, qloop, qloop_session  # noqa: F401 (fixtures)
from tests.ui.helpers import run, shoot
from tests.ui.updates.manifest_server import ManifestServer


@pytest.fixture
def server(tmp_path, monkeypatch):
    folder = tmp_path / "www"
    folder.mkdir()
    published = ManifestServer(folder)
    monkeypatch.setenv(build_info.ENV_UPDATE_KEY, published.public_key)
    yield published
    published.stop()


class Session:
    """What the feature asks of the account session: its store (and so its payment journal)."""

    def __init__(self, store):
        self.store = store


@pytest.fixture
def feature(qtbot, qloop, tmp_path):
    window = MainWindow()
    qtbot.addWidget(window)
    runner = OperationRunner(lambda: window)
    ctx = FeatureContext(window, runner, Hub(spawn=runner.spawn), Settings())
    updates = UpdatesFeature(ctx)
    updates.pending_retry_s = 0.05
    window.show()
    with Store.open(tmp_path / "shop.sqlite3") as store:
        yield updates, Session(store)
        run(qtbot, updates.detach())


def test_practice_app_offers_a_signed_update_and_the_merchant_skips_it(qtbot, make_app, sandbox, server,
                                                                        monkeypatch):
    monkeypatch.setenv(build_info.ENV_UPDATE_URL, server.publish("latest.json"))
    app = make_app(sandbox)
    run(qtbot, app.start(practice=True), timeout=30_000)
    banner = app.features.updates.banner
    qtbot.waitUntil(lambda: app.features.updates.last_offer is not None, timeout=10_000)
    app.window.show()
    assert banner.isVisible() and "Dollr Desktop 9.1.0 is available" in banner.label.text()
    assert server.requests == ["/latest.json"]
    shoot(app.window, "update_notice_en")
    qtbot.mouseClick(banner.skip_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    state = json.loads((paths.data_dir() / "update_check.json").read_text())
    assert state["skipped_version"] == "9.1.0" and state["last_checked"]


def test_a_tampered_manifest_offers_nothing_and_is_logged(qtbot, feature, server, monkeypatch, caplog):
    updates, session = feature
    monkeypatch.setenv(build_info.ENV_UPDATE_URL, server.publish("latest.json", tamper=True))
    caplog.set_level(logging.WARNING)
    run(qtbot, updates.attach(session))
    qtbot.waitUntil(updates._task.done, timeout=10_000)
    assert server.requests == ["/latest.json"]
    assert not updates.banner.isVisible() and updates.last_offer is None
    assert "refused (bad_signature)" in caplog.text


def test_never_asked_while_a_payment_is_pending(qtbot, feature, server, monkeypatch):
    updates, session = feature
    monkeypatch.setenv(build_info.ENV_UPDATE_URL, server.publish("latest.json"))
    entry = session.store.journal.begin(PaymentRequest(
        kind="COLLECTION", lock_key="INVOICE:1", amount=Decimal("10"), currency="LRD", party_name="Comfort"))
    run(qtbot, updates.attach(session))
    qtbot.wait(300)   # several postponements (every 50 ms here)
    assert server.requests == [] and not updates.banner.isVisible()
    session.store.journal.record_server_status(entry.reference_id, "SUCCESSFUL", origin="status")
    qtbot.waitUntil(updates.banner.isVisible, timeout=5_000)
    assert server.requests == ["/latest.json"]


def test_at_most_once_a_day_and_nothing_without_a_url(qtbot, feature, server, monkeypatch):
    updates, session = feature
    run(qtbot, updates.attach(session))   # no URL configured (a source checkout, practice): nothing
    assert run(qtbot, updates._task) is not None and updates.last_offer is None
    assert server.requests == [] and not (paths.data_dir() / "update_check.json").exists()
    monkeypatch.setenv(build_info.ENV_UPDATE_URL, server.publish("latest.json"))
    assert run(qtbot, updates.check_when_quiet()).version == "9.1.0"
    assert run(qtbot, updates.check_when_quiet()) is None   # checked today already
    assert server.requests == ["/latest.json"]
