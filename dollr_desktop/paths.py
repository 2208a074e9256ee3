"""Where the app keeps its database, logs and settings.

`DOLLR_DATA_DIR` (or `--data-dir`, which sets it) overrides the platform's user data folder so a
person can try the app, and tests can run it, without touching real data.
"""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_DATA_DIR = "DOLLR_DATA_DIR"


def data_dir() -> Path:
    override = os.environ.get(ENV_DATA_DIR)
    path = Path(override) if override else Path(platformdirs.user_data_dir("DollrDesktop", "Dollr"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def crash_log_path() -> Path:
    """Where `faulthandler` writes the Python stacks of a native crash (segfault, abort)."""
    return log_dir() / "native-crashes.log"


def database_path() -> Path:
    return data_dir() / "dollr.sqlite3"


def settings_path() -> Path:
    return data_dir() / "settings.json"


def resources_dir() -> Path:
    """The `resources/` folder: beside the package in a checkout, inside a PyInstaller bundle."""
    import sys

    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:
        return Path(bundled) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
