"""Icons by name from resources/icons (SVG). A missing icon is an empty icon, never a crash."""
from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

from dollr_desktop.paths import resources_dir


LINE_COLOUR = "#3b4a5a"        # the icon set's stroke colour (light appearance)
LINE_COLOUR_DARK = "#c5ccd4"   # the same icons drawn for the dark appearance


def icon(name: str) -> QIcon:
    from dollr_desktop.ui.theme import is_dark

    return _icon(name, is_dark())


@cache
def _icon(name: str, dark: bool) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.svg"
    if not path.exists():
        return QIcon()
    if dark:
        path = _recoloured(path)
    return QIcon(str(path))


def _recoloured(path: Path) -> Path:
    """A light-stroke copy for dark backgrounds (Qt's SVG icon engine reads files, not bytes)."""
    from dollr_desktop import paths

    folder = paths.data_dir() / "cache" / "icons-dark"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / path.name
    text = path.read_text(encoding="utf-8").replace(LINE_COLOUR, LINE_COLOUR_DARK)
    if not target.exists() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")
    return target


def stylesheet(name: str = "app") -> str:
    path = resources_dir() / "styles" / f"{name}.qss"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    return text.replace("@icons@", (resources_dir() / "icons").as_posix())   # qss images: url(@icons@/x.svg)
