"""Before Qt starts: missing xcb libraries are named with their packages and the install command."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dollr_desktop import platform_check

LDD_TWO_MISSING = """\
\tlinux-vdso.so.1 (0x00007ffc1e3f2000)
\tlibQt6XcbQpa.so.6 => /opt/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f)
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f)
"""
LDD_ALL_FOUND = "\n".join(line for line in LDD_TWO_MISSING.splitlines() if "not found" not in line)


@pytest.mark.parametrize(("env", "expected"), [
    ({}, True),
    ({"QT_QPA_PLATFORM": "xcb"}, True),
    ({"QT_QPA_PLATFORM": "xcb:nograb"}, True),
    ({"QT_QPA_PLATFORM": "offscreen"}, False),
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, False),
    ({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, False),
    ({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland", "QT_QPA_PLATFORM": "xcb"}, True),
])
def test_the_check_runs_only_when_qt_would_load_xcb(env, expected):
    assert platform_check.wants_xcb(env, platform="linux") is expected
    assert platform_check.wants_xcb(env, platform="win32") is False


def test_missing_libraries_are_named_with_their_packages_and_one_command(tmp_path):
    text = platform_check.check(env={}, ldd=lambda _: LDD_TWO_MISSING, plugin=tmp_path / "libqxcb.so")
    assert text is not None
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in text
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1\n" in text


def test_nothing_to_say_when_every_library_loads(tmp_path):
    assert platform_check.check(env={"DISPLAY": ":0"}, ldd=lambda _: LDD_ALL_FOUND,
                                plugin=tmp_path / "libqxcb.so") is None


def test_no_display_at_all_is_said_plainly(tmp_path):
    text = platform_check.check(env={}, ldd=lambda _: LDD_ALL_FOUND, plugin=tmp_path / "libqxcb.so")
    assert text == platform_check.NO_DISPLAY and "DISPLAY is not set" in text


def test_a_library_outside_the_table_gets_debians_usual_package_name():
    assert platform_check.packages_for(["libxcb-cursor.so.0", "libxcb-ewmh.so.2", "libfoo6.so.1"]) == [
        "libxcb-cursor0", "libxcb-ewmh2", "libfoo6-1"]


def fake_ldd(folder: Path, output: str) -> dict[str, str]:
    """A real `ldd` on PATH that prints `output`: the loader as a minimal Debian machine sees it."""
    folder.mkdir()
    (folder / "report.txt").write_text(output)
    script = folder / "ldd"
    script.write_text(f"#!/bin/sh\ncat '{folder / 'report.txt'}'\n")
    script.chmod(0o755)
    env = dict(os.environ, PATH=f"{folder}{os.pathsep}{os.environ['PATH']}", QT_QPA_PLATFORM="xcb",
               DISPLAY=":99")
    env.pop("WAYLAND_DISPLAY", None)
    return env


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_the_app_exits_with_the_message_instead_of_qts_abort(tmp_path):
    env = fake_ldd(tmp_path / "bin", LDD_TWO_MISSING + "\tlibxcb-cursor.so.0 => not found\n")
    env["DOLLR_DATA_DIR"] = str(tmp_path / "data")
    result = subprocess.run([sys.executable, "-m", "dollr_desktop"], env=env, capture_output=True,
                            text=True, timeout=60, cwd=Path(__file__).resolve().parents[3])
    assert result.returncode == 3
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1\n" in result.stderr
    assert "Could not load the Qt platform plugin" not in result.stderr
    log = (tmp_path / "data" / "logs").rglob("*.log")
    assert any("libxcb-icccm.so.4" in path.read_text() for path in log)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_make_runs_check_is_silent_when_all_is_there(tmp_path):
    env = fake_ldd(tmp_path / "bin", LDD_ALL_FOUND)
    result = subprocess.run([sys.executable, "-m", "dollr_desktop.platform_check"], env=env,
                            capture_output=True, text=True, timeout=60,
                            cwd=Path(__file__).resolve().parents[3])
    assert (result.returncode, result.stderr) == (0, "")
    env = fake_ldd(tmp_path / "bin2", LDD_TWO_MISSING)
    result = subprocess.run([sys.executable, "-m", "dollr_desktop.platform_check"], env=env,
                            capture_output=True, text=True, timeout=60,
                            cwd=Path(__file__).resolve().parents[3])
    assert result.returncode == 1 and "libxcb-keysyms1" in result.stderr
