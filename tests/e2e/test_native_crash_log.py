"""A native crash (segfault) in the running app leaves the Python stacks in the logs folder."""
from __future__ import annotations

import signal
import subprocess
import sys

from tests.e2e.test_two_copies import ROOT, child_env

CRASHING_APP = """
import faulthandler, sys
import dollr_desktop.app as app_module

async def start(self, **kwargs):
    faulthandler._sigsegv()   # what a crash inside Qt or another C extension looks like

app_module.DollrApp.start = start
from dollr_desktop.__main__ import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def test_a_segfault_leaves_a_traceback_in_the_crash_log(tmp_path):
    data = tmp_path / "shop"
    child = subprocess.run([sys.executable, "-c", CRASHING_APP, str(data)], cwd=ROOT, env=child_env(),
                           capture_output=True, text=True, timeout=120)
    assert child.returncode == -signal.SIGSEGV, child.stderr[-2000:]
    text = (data / "logs" / "native-crashes.log").read_text(encoding="utf-8")
    assert "--- process " in text   # which run crashed, and when
    assert "Fatal Python error: Segmentation fault" in text
    assert 'line 6 in start' in text and "__main__.py" in text   # the stack reaches the app's start-up

