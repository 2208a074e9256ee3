"""Guards against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 on Python 3.11 released one reference to `None` on every Qt call returning
void; after a few thousand calls the interpreter aborts ("none_dealloc"), which for a merchant
is the app vanishing mid-payment. pyproject excludes that release; this test catches the next one.
"""
from __future__ import annotations

import sys

from PySide6.QtGui import QFont


def test_void_qt_calls_leave_none_refcount_alone(qapp):
    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(1000):
        font.setPointSize(11)
    after = sys.getrefcount(None)
    assert abs(after - before) < 50, f"None lost {before - after} references in 1000 Qt calls"
