"""The signed release manifest, fetched from a local HTTP file server over a real socket."""
from __future__ import annotations

import asyncio
import logging

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from dollr_desktop.services import update_check
from tests.ui.updates.manifest_server import ManifestServer


@pytest.fixture
def server(tmp_path):
    folder = tmp_path / "www"
    folder.mkdir()
    published = ManifestServer(folder)
    yield published
    published.stop()


def fetch(url, key, current="0.1.0"):
    return asyncio.run(update_check.fetch_offer(url, key, current=current, timeout_s=5))


def test_a_signed_manifest_with_a_newer_version_is_offered(server, caplog):
    offer = fetch(server.publish("latest.json"), server.public_key)
    assert offer == update_check.UpdateOffer(version="9.1.0", url="https://downloads.example/dollr-desktop-9.1.0",
                                             released="2026-12-20")
    assert server.requests == ["/latest.json"]
    assert "refused" not in caplog.text


def test_a_tampered_manifest_is_refused_logged_and_nothing_offered(server, caplog):
    caplog.set_level(logging.WARNING, logger="dollr_desktop.services.update_check")
    assert fetch(server.publish("latest.json", tamper=True), server.public_key) is None
    assert "refused (bad_signature)" in caplog.text


@pytest.mark.parametrize(("changes", "code"), [
    ({"key": Ed25519PrivateKey.generate()}, "bad_signature"),
    ({"expires": "2020-01-01T00:00:00Z"}, "expired"),
    ({"app": "someone-else"}, "other_app"),
])
def test_other_keys_old_manifests_and_other_apps_are_refused(server, caplog, changes, code):
    assert fetch(server.publish("latest.json", **changes), server.public_key) is None
    assert f"refused ({code}" in caplog.text


def test_the_same_or_an_older_version_offers_nothing_and_warns_of_nothing(server, caplog):
    caplog.set_level(logging.INFO)
    assert fetch(server.publish("latest.json", version="0.1.0"), server.public_key) is None
    assert fetch(server.publish("latest.json", version="0.0.9"), server.public_key) is None
    assert fetch(server.publish("latest.json", version="0.1.10"), server.public_key, current="0.1.9").version == "0.1.10"
    assert "refused" not in caplog.text


def test_garbage_and_a_missing_file_offer_nothing(server, caplog):
    (server.folder / "junk.json").write_text("<html>not json</html>")
    assert fetch(server.url("junk.json"), server.public_key) is None
    assert "refused (malformed" in caplog.text
    assert fetch(server.url("missing.json"), server.public_key) is None


def test_checked_at_most_once_a_day(tmp_path):
    from datetime import datetime, timedelta, timezone

    now = datetime(2026, 12, 2, 9, 0, tzinfo=timezone.utc)
    state = update_check.CheckState(tmp_path / "state.json")
    assert state.is_due(now)
    state.last_checked = now
    state.save()
    again = update_check.CheckState(tmp_path / "state.json")
    assert not again.is_due(now + timedelta(hours=23))
    assert again.is_due(now + timedelta(hours=24))
    assert again.is_due(now - timedelta(hours=1))   # the clock went back: ask, rather than never
