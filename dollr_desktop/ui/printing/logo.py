"""The business's logo on its receipts: a copy of the picture the merchant chose, kept in the data folder.

The copy (`logo.png`, at most 900x450 pixels) travels with the backups; the original file may be moved or
deleted afterwards. Reading and writing pictures happens on a worker thread (`QImage` is safe off the GUI
thread; a `QPixmap` is made only for the preview in Settings).
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from dollr_desktop import paths
from dollr_desktop.settings import Settings

LOGO_FILE = "logo.png"
LOGO_RESOURCE = "dollr-receipt:logo"
MOST = QSize(900, 450)   # sharp on a 300 dpi page at the size it prints, small in a backup


def logo_path(settings: Settings | None) -> Path | None:
    """The logo's copy when one was chosen and is still there."""
    if settings is None or not settings.business_logo:
        return None
    path = paths.data_dir() / Path(settings.business_logo).name   # only ever a name in the data folder
    return path if path.is_file() else None


def store_logo(source: str) -> bool:
    """Copy the picture at `source` into the data folder as the logo (scaled down when large): False when it is
    not a picture Qt can read or the copy could not be written. Runs on a worker thread."""
    image = QImage(source)
    if image.isNull():
        return False
    if image.width() > MOST.width() or image.height() > MOST.height():
        image = image.scaled(MOST, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    target = paths.data_dir() / LOGO_FILE
    partial = target.with_name(LOGO_FILE + ".partial")
    if not image.save(str(partial), "PNG"):
        partial.unlink(missing_ok=True)
        return False
    os.replace(partial, target)   # never half a logo
    return True


def remove_logo() -> None:
    (paths.data_dir() / LOGO_FILE).unlink(missing_ok=True)


def fitted_size(path: str, most_w: int, most_h: int) -> tuple[int, int] | None:
    """The logo's size within most_w x most_h, its shape kept (from the file's header only)."""
    size = QImageReader(path).size()
    if not size.isValid() or size.isEmpty():
        return None
    scale = min(most_w / size.width(), most_h / size.height())
    return max(1, round(size.width() * scale)), max(1, round(size.height() * scale))
