"""Every view and dialog fits a small laptop (1024x600) with a 150 % font, in English, French and Kinyarwanda,
including the dialogs and states reached only by doing something first (packaging/walk_states.py): no window's
least size is larger than the screen, no page needs sideways scrolling, no visible button lies outside its
window (issue 18, "Every screen fits")."""
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
import walk_states  # noqa: E402

# The size: a 1024x600 screen with a 150 % font, in each language (the looser 1024x600 at 100 % and
# 1366x768 at 150 % fit whenever this does).
SCREENS = [("en", "1024x600", "1.5"), ("fr", "1024x600", "1.5"), ("rw", "1024x600", "1.5")]
DIALOGS = set(walk_states.STATES) | {
    "editor", "collect", "receipt", "new-payout", "approval", "contact", "first-run", "about", "person-owner",
    "person-staff", "person-pin", "switch-user", "backup-password", "restore", "pick-contacts",
    "opening-balance", "quick-sale", "item", "export"}


@pytest.fixture(scope="module")
def runs():
    """The checks run side by side (one process per language and size, as at a real start)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    def start(language, size, scale):
        return subprocess.Popen([sys.executable, str(ROOT / "packaging" / "screenshots.py"), language, "light", "--all",
                                 "--check", "--no-images", "--screen", size, "--scale", scale],
                                cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    started = {screen: start(*screen) for screen in SCREENS}
    return {screen: (process.wait(timeout=400), *process.communicate()) for screen, process in started.items()}


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


def test_a_filter_row_wraps_instead_of_widening_the_window(qtbot):
    from PySide6.QtWidgets import QComboBox, QWidget

    from dollr_desktop.ui.widgets.flow_row import flow_row

    holder = QWidget()
    qtbot.addWidget(holder)
    combos = []
    for text in ("Encaissements et versements", "Tous les moyens de paiement", "Toutes les devises"):
        combo = QComboBox()
        combo.addItem(text)
        combos.append(combo)
    row = flow_row(*combos)
    layout = QVBoxLayout(holder)
    layout.addWidget(row)
    one_line = row.layout().heightForWidth(2000)
    assert row.layout().minimumSize().width() <= max(c.sizeHint().width() for c in combos) + 1   # one control wide
    assert row.layout().heightForWidth(300) >= 3 * combos[0].sizeHint().height() > one_line   # three lines
    holder.resize(300, 200)
    holder.show()
    qtbot.waitUntil(lambda: combos[2].y() > combos[0].y())
    assert all(c.geometry().right() <= 300 for c in combos)


def test_a_dialog_opens_at_its_contents_size_not_two_thirds_of_a_small_screen(qtbot, qapp):
    """Qt opens a window at most 2/3 of the screen wide (682 px on 1024x600): a long tick box was cut and the
    wrapped words lost their last lines. The app's dialog fitter opens it at what its contents need."""
    from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit

    from dollr_desktop.ui.widgets.fit import contents_size, install_dialog_fitter

    install_dialog_fitter(qapp)
    room = qapp.primaryScreen().availableGeometry()
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setMinimumWidth(300)
    words = QLabel("Vérifiez le versement, puis approuvez-le avec votre code Dollr. Rien n’est payé avant cela. " * 3)
    words.setWordWrap(True)
    tick = QCheckBox("Mon code est lié à mon identifiant utilisateur Dollr, pas à un téléphone " * 2)
    form = QFormLayout()
    form.addRow("Code :", QLineEdit())
    form.addRow("", tick)
    layout = QVBoxLayout(dialog)
    layout.addWidget(words)
    layout.addLayout(form)
    layout.addWidget(QPushButton("Approuver"))
    assert tick.sizeHint().width() > room.width() * 2 // 3   # wider than Qt would open it
    dialog.show()
    need_w, need_h = contents_size(dialog)
    assert dialog.width() >= min(need_w, room.width()) and dialog.height() >= min(need_h, room.height() - 40)
    assert dialog.width() > room.width() * 2 // 3
