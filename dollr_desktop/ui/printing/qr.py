"""QR codes as QImage (for documents) and PNG bytes (for sharing), from the `qrcode` matrix."""
from __future__ import annotations

from functools import lru_cache

import qrcode
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QImage


@lru_cache(maxsize=64)
def qr_matrix(text: str, border: int = 4) -> tuple[tuple[bool, ...], ...]:
    """The modules, quiet zone included. Cached: choosing the best mask costs ~40 ms in pure
    Python, and one receipt is previewed, printed and saved from the same link."""
    code = qrcode.QRCode(border=border, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    return tuple(tuple(row) for row in code.get_matrix())


def qr_image(text: str, module_px: int = 8, border: int = 4) -> QImage:
    """A crisp black-on-white QR code; `module_px` pixels per module, `border` quiet modules."""
    matrix = qr_matrix(text, border)
    size = len(matrix) * module_px
    rows = bytearray()
    for row in matrix:
        line = b"".join((b"\x00" if dark else b"\xff") * module_px for dark in row)
        rows += line * module_px
    image = QImage(bytes(rows), size, size, size, QImage.Format.Format_Grayscale8)
    return image.copy()  # own the pixels: the bytes object above is temporary


def qr_png_bytes(text: str, module_px: int = 8) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    qr_image(text, module_px).save(buffer, "PNG")
    return bytes(buffer.data())
