"""Shared helpers for the pytest-qt tests of the desktop app (qasync on pytest-qt's QApplication)."""
from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import keyring.backend
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in the test: the real OS keyring is never touched."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


def run(qtbot: Any, coro: Any, timeout: int = 15_000) -> Any:
    """Run a coroutine on the qasync loop while Qt processes events; return its result."""
    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=timeout)
    return task.result()


def shoot(widget: QWidget, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    QApplication.processEvents()   # let pending layouts settle before the picture
    widget.grab().save(str(path))
    return path


def message_box(title_part: str) -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible() and title_part in widget.windowTitle():
            return widget
    return None


def click_message_button(qtbot: Any, title_part: str, button_text: str) -> None:
    qtbot.waitUntil(lambda: message_box(title_part) is not None, timeout=5_000)
    box = message_box(title_part)
    assert box is not None
    for button in box.buttons():
        if button.text() == button_text:
            button.click()
            return
    raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.buttons()]}")
