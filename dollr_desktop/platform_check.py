"""Before Qt starts on Linux: can the X11 (xcb) platform plugin load? If not, say which system
packages are missing and the one command that installs them, instead of Qt's abort
("Could not load the Qt platform plugin "xcb" … no Qt platform plugin could be initialized").

Runs when QT_QPA_PLATFORM is unset (and no Wayland session would be tried first) or names xcb.
No Qt is loaded here beyond finding the plugin's path. The message is plain English on the terminal
and in the log: Qt (and so the translations) is exactly what cannot start.

    python -m dollr_desktop.platform_check      # `make run` does this first; exit 1 if something is missing
"""
from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

log = logging.getLogger(__name__)

# Shared library (soname) -> the Debian/Ubuntu package that provides it: what the xcb plugin and
# Qt Gui link against beyond a bare X server.
DEBIAN_PACKAGES: dict[str, str] = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s*=>\s*not found", re.MULTILINE)
_DLOPEN_ERROR = re.compile(r"(\S+\.so[.\d]*): cannot open shared object file")


def wants_xcb(env: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Would Qt try the xcb plugin first?"""
    env = os.environ if env is None else env
    if not (platform or sys.platform).startswith("linux"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen == "xcb"
    # Unset: Qt tries Wayland first in a Wayland session and falls back to xcb on its own.
    return not (env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE") == "wayland")


def xcb_plugin() -> Path | None:
    from PySide6.QtCore import QLibraryInfo   # QtCore loads without any display library

    plugin = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def run_ldd(library: Path) -> str:
    result = subprocess.run(["ldd", str(library)], capture_output=True, text=True, timeout=30)
    return result.stdout + result.stderr


def missing_libraries(plugin: Path, ldd: Callable[[Path], str] | None = None) -> list[str]:
    """Sonames the plugin needs that the loader cannot find (ldd; without ldd, one dlopen try)."""
    if ldd is None and shutil.which("ldd") is None:
        import ctypes

        try:
            ctypes.CDLL(str(plugin))
        except OSError as exc:
            found = _DLOPEN_ERROR.search(str(exc))
            return [found[1]] if found else [str(exc)]
        return []
    output = (ldd or run_ldd)(plugin)
    return sorted(set(_NOT_FOUND.findall(output)))


def packages_for(libraries: list[str]) -> list[str]:
    packages = []
    for soname in libraries:
        package = DEBIAN_PACKAGES.get(soname)
        if package is None:   # libfoo-bar.so.2 -> libfoo-bar2, Debian's usual naming
            stem, _, version = soname.partition(".so")
            major = version.strip(".").split(".")[0]
            package = (stem.lower() + ("-" if stem[-1:].isdigit() else "") + major) if major else stem.lower()
        if package not in packages:
            packages.append(package)
    return packages


NO_DISPLAY = ("Dollr Desktop cannot open its window: there is no graphical display (DISPLAY is not set). "
              "Start it from the desktop, or over SSH with X forwarding (ssh -X). "
              "`dollr-desktop --self-test` checks an installation without a screen.")


def message(libraries: list[str]) -> str:
    packages = packages_for(libraries)
    return (
        "Dollr Desktop cannot open its window: the X11 display plugin (xcb) needs system libraries "
        f"that are missing: {', '.join(libraries)}.\n"
        "On Debian or Ubuntu, install them with:\n\n"
        f"    sudo apt-get install {' '.join(packages)}\n\n"
        "then start Dollr Desktop again. (Other distributions name these packages differently; "
        "see 'Linux' in the README.)"
    )


def check(env: Mapping[str, str] | None = None, ldd: Callable[[Path], str] | None = None,
          plugin: Path | None = None) -> str | None:
    """None when Qt can start (or this check does not apply), else the message to show."""
    if not wants_xcb(env):
        return None
    plugin = plugin or xcb_plugin()
    if plugin is None:
        return None   # a Qt without the xcb plugin: Qt's own message says it best
    libraries = missing_libraries(plugin, ldd)
    if libraries:
        return message(libraries)
    env = os.environ if env is None else env
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return NO_DISPLAY
    return None


def report(text: str) -> int:
    """Tell the person (terminal) and the log; the exit status `main()` returns."""
    log.error("%s", text)
    print(text, file=sys.stderr)
    return 3


def main() -> int:
    problem = check()
    return report(problem) if problem else 0


if __name__ == "__main__":
    sys.exit(main() and 1)
