"""Screenshots of every main view in one language and appearance, for review and the help pages.

    .venv/bin/python packaging/screenshots.py fr dark      # -> test-artifacts/screen-fr-dark-<view>.png

A fresh process per language (the language is chosen before the first widget exists, as at a real
start), offscreen, on the embedded practice sandbox with its demo shop, in a throw-away data folder.
Prints one `view: sidebar title` line per page so a test can check the words.
"""
from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"


def main(language: str, appearance: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["DOLLR_DATA_DIR"] = tempfile.mkdtemp(prefix="dollr-screens-")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    from qasync import QEventLoop

    from dollr_desktop.ui import i18n
    from dollr_desktop.ui import theme

    qt_app = QApplication(sys.argv[:1])
    i18n.install(language, qt_app)
    theme.install(qt_app, appearance)
    loop = QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    from dollr_desktop.app import DollrApp
    from dollr_desktop.credentials import CredentialStore

    class NoKeyring:
        priority = 0

    app = DollrApp(credentials=CredentialStore(NoKeyring()))
    ARTIFACTS.mkdir(exist_ok=True)

    async def shoot() -> None:
        await app.start(practice=True)
        await app.session.sync_now()
        window = app.window
        window.resize(1180, 760)
        for row in range(window.sidebar.count()):
            item = window.sidebar.item(row)
            if item.isHidden():
                continue
            key = item.data(Qt.ItemDataRole.UserRole)
            window.show_page(key)
            await asyncio.sleep(0.3)
            QApplication.processEvents()
            window.grab().save(str(ARTIFACTS / f"screen-{language}-{appearance}-{key}.png"))
            print(f"{key}: {item.text()}", flush=True)
        await app.shutdown()

    with loop:
        loop.run_until_complete(shoot())
    return 0


if __name__ == "__main__":
    sys.exit(main(*(sys.argv[1:3] if len(sys.argv) >= 3 else ("en", "light"))))
