"""`dollr-desktop --practice --data-dir DIR` end to end, as a separate process."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import asyncio, sys
import dollr_desktop.app as app_module

real_start = app_module.DollrApp.start

async def start(self, **kwargs):
    await real_start(self, **kwargs)
    for _ in range(600):   # synced with the sandbox and listed (or 30 s)
        if "Online" in self.window.online_label.text() and self.features.documents.view.model.rowCount():
            break
        await asyncio.sleep(0.05)
    print("environment:", self.window.environment_label.text().strip(), flush=True)
    print("invoices:", self.features.documents.view.model.rowCount(), flush=True)
    self.window.close()          # the app finishes its work, then main() returns

app_module.DollrApp.start = start
from dollr_desktop.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def test_practice_flag_and_data_dir_keep_everything_in_that_folder(tmp_path):
    data = tmp_path / "try-it"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("DOLLR_DATA_DIR", None)
    done = subprocess.run([sys.executable, "-c", CHILD, "--practice", "--data-dir", str(data)],
                          capture_output=True, text=True, timeout=90, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "environment: PRACTICE" in done.stdout
    assert int(done.stdout.split("invoices:")[1].split()[0]) > 0
    assert (data / "practice.sqlite3").exists()
    assert (data / "logs" / "dollr-desktop.log").exists()
    settings = json.loads((data / "settings.json").read_text())
    assert settings["environment"] == "practice"
    assert "secret" not in json.dumps(settings).lower()


def test_version_flag():
    done = subprocess.run([sys.executable, "-m", "dollr_desktop", "--version"], capture_output=True, text=True,
                          timeout=60, cwd=ROOT)
    assert done.returncode == 0 and "Dollr Desktop" in done.stdout
