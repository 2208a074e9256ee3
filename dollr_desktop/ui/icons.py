"""Icons by name from resources/icons (SVG). A missing icon is an empty icon, never a crash."""
from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon


def resources_dir() -> Path:
    bundled = getattr(sys, "_MEIPASS", None)  # PyInstaller one-folder bundle
    if bundled:
        return Path(bundled) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


@cache
def icon(name: str) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def stylesheet(name: str = "app") -> str:
    path = resources_dir() / "styles" / f"{name}.qss"
    return path.read_text(encoding="utf-8") if path.exists() else ""
