"""Restart the app (after a language change): the window closes the way a person closes it
(in-flight work finishes, the single-instance lock is let go), then a fresh process starts."""
from __future__ import annotations

import sys

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QWidget


def restart_command() -> tuple[str, list[str]]:
    """How this process was started: the frozen executable, or `python -m dollr_desktop`."""
    if getattr(sys, "frozen", False):
        return sys.executable, sys.argv[1:]
    return sys.executable, ["-m", "dollr_desktop", *sys.argv[1:]]


def start_detached(program: str, arguments: list[str]) -> bool:
    return QProcess.startDetached(program, arguments)[0]


def restart(window: QWidget) -> None:
    program, arguments = restart_command()
    closed = getattr(window, "sig_closed", None) or window.destroyed
    closed.connect(lambda *_: start_detached(program, arguments))
    window.close()
