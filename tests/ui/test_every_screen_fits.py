"""Every view and dialog fits a small laptop (1024x600) and a 1366x768 screen with a 150 % font, in English
and French: no window's least size is larger than the screen, no page needs sideways scrolling, no visible
button lies outside its window (issue 18, "Every screen fits")."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import screenshots  # noqa: E402

SCREENS = [("en", "1024x600", "1"), ("fr", "1024x600", "1"), ("en", "1366x768", "1.5"), ("fr", "1366x768", "1.5")]
DIALOGS = {"editor", "collect", "receipt", "new-payout", "approval", "contact", "first-run", "about", "person-owner",
           "person-staff", "person-pin", "switch-user", "backup-password", "restore", "approve-run", "pick-contacts",
           "opening-balance", "quick-sale", "item", "export"}


@pytest.fixture(scope="module")
def runs():
    """The four checks run side by side (one process per language and size, as at a real start)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = {screen: subprocess.Popen([sys.executable, str(ROOT / "packaging" / "screenshots.py"), screen[0], "light",
                                         "--all", "--check", "--no-images", "--screen", screen[1], "--scale", screen[2]],
                                        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for screen in SCREENS}
    return {screen: (process.wait(timeout=240), *process.communicate()) for screen, process in started.items()}


@pytest.mark.parametrize("screen", SCREENS, ids=["-".join(s) for s in SCREENS])
def test_every_view_and_dialog_fits(runs, screen):
    code, out, err = runs[screen]
    unfit = [line for line in out.splitlines() if line.startswith("UNFIT")]
    assert not unfit, "\n".join(unfit)
    assert code == 0, err[-3000:]
    opened = {line.split(":")[0].removeprefix("dialog ") for line in out.splitlines() if line.startswith("dialog ")}
    assert opened == DIALOGS
    pages = [line for line in out.splitlines() if ": " in line and not line.startswith(("dialog", "UNFIT"))]
    assert len(pages) >= 11, out


def test_the_check_finds_a_dialog_taller_than_the_screen_and_a_button_off_its_edge(qtbot):
    tall = QDialog()
    qtbot.addWidget(tall)
    tall.setMinimumSize(620, 640)
    assert screenshots.fit_problems(tall, 1024, 600) == [
        "needs at least 620x640, the screen leaves 1024x560"]

    wide = QDialog()
    qtbot.addWidget(wide)
    row = QHBoxLayout()
    far = QPushButton("Far away", wide)
    far.move(900, 10)
    row.addWidget(QPushButton("Fine"))
    layout = QVBoxLayout(wide)
    layout.addLayout(row)
    wide.show()
    problems = screenshots.fit_problems(wide, 1024, 600)
    assert any("button 'Far away'" in problem for problem in problems), problems
