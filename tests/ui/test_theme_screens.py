"""The main views drawn in French and dark, as a merchant in Kigali might start the app."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def test_french_dark_screens_show_french_words_on_a_dark_window():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "screenshots.py"), "fr", "dark"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    titles = dict(line.split(": ", 1) for line in done.stdout.splitlines() if ": " in line)
    assert titles == {"home": "Accueil", "sale": "Nouvelle vente", "items": "Articles", "contacts": "Contacts",
                      "invoices": "Factures et commandes", "bills": "Factures récurrentes", "payments": "Paiements", "payouts": "Versements",
                      "payout_runs": "Versements groupés", "cashup": "Clôture de caisse", "reports": "Rapports",
                      "settings": "Paramètres"}
    for key in titles:
        image = QImage(str(ROOT / "test-artifacts" / f"screen-fr-dark-{key}.png"))
        assert not image.isNull() and image.width() >= 1000
        # A dark window: the bottom-right corner (page background) is dark, whatever the view shows.
        assert image.pixelColor(image.width() - 30, image.height() - 60).lightnessF() < 0.3, key
