"""Settings → About: version, build date, data folder, logs folder, the libraries' licences; the
desktop file name Linux desktops match the window with."""
from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from dollr_desktop import __version__, licences, paths
from tests.ui.conftest import credentials, make_app, memory_keyring, qloop, qloop_session  # noqa: F401 (fixtures)
from tests.ui.helpers import shoot

ROOT = Path(__file__).resolve().parents[3]


class OpenedUrls(QObject):
    def __init__(self):
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url):
        self.urls.append(url)


def open_about(qtbot, app):
    app.window.show_page("settings")
    box = app.features.settings.view.about_box
    assert box.version_label.text() == f"Dollr Desktop version {__version__}"
    qtbot.mouseClick(box.about_button, Qt.MouseButton.LeftButton)

    def shown():
        return [w for w in QApplication.topLevelWidgets()
                if isValid(w) and w.isVisible() and w.accessibleName() == "About Dollr Desktop"]

    qtbot.waitUntil(lambda: bool(shown()))
    return shown()[0]


def test_about_box_tells_version_folders_and_licences(qtbot, make_app):
    app = make_app()
    app.window.show()
    dialog = open_about(qtbot, app)
    qtbot.waitUntil(lambda: dialog.libraries.rowCount() > 10, timeout=10_000)
    assert dialog.version_label.text() == __version__
    assert "source code" in dialog.built_label.text()          # not a packaged build
    assert dialog.data_label.text() == str(paths.data_dir())
    rows = {dialog.libraries.item(r, 0).text(): dialog.libraries.item(r, 2).text()
            for r in range(dialog.libraries.rowCount())}
    assert rows["Python"] == "PSF-2.0"
    assert "LGPL-3.0" in rows["PySide6_Essentials"]
    assert "pytest" not in rows and "hypothesis" not in rows    # test tools are not in the app
    shoot(dialog, "about_box_en")

    opened = OpenedUrls()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        qtbot.mouseClick(dialog.logs_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [url.toLocalFile() for url in opened.urls] == [str(paths.log_dir())]
    dialog.close()
    qtbot.waitUntil(lambda: not isValid(dialog))


def test_a_bundle_shows_its_build_date_and_shipped_licences(qtbot, make_app, tmp_path, monkeypatch):
    resources = tmp_path / "resources"
    resources.mkdir()
    (resources / "build.json").write_text(json.dumps({"built_at": "2026-12-02T10:30:00+00:00"}))
    (resources / "licences.json").write_text(json.dumps(
        [{"name": "Shipped", "version": "1.0", "licence": "MIT", "home": ""}]))
    monkeypatch.setattr(paths, "resources_dir", lambda: resources)
    assert licences.load() == [{"name": "Shipped", "version": "1.0", "licence": "MIT", "home": ""}]
    app = make_app()
    app.window.show()
    dialog = open_about(qtbot, app)
    qtbot.waitUntil(lambda: dialog.libraries.rowCount() == 1)
    assert "2026" in dialog.built_label.text() and "Dec" in dialog.built_label.text()
    dialog.close()


def test_the_window_matches_the_desktop_entry(qapp):
    from dollr_desktop.__main__ import DESKTOP_FILE_NAME, identify

    identify(qapp)
    assert QGuiApplication.desktopFileName() == DESKTOP_FILE_NAME
    entry = (ROOT / "packaging" / "linux" / f"{DESKTOP_FILE_NAME}.desktop").read_text()
    assert f"StartupWMClass={DESKTOP_FILE_NAME}" in entry and "Exec=dollr-desktop" in entry
