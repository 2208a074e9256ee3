"""Helpers for the editor tests: a practice app, an editor for a customer, typing into cells."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dollr_desktop.ui import hub as events
from tests.ui.helpers import click_message_button, run

SHOTS = Path("/tmp/shots-editor")


def start(qtbot, make_app, sandbox, settings):
    app = make_app(sandbox, settings=settings)
    run(qtbot, app.start(practice=True), timeout=20_000)
    qtbot.waitUntil(lambda: app.session is not None and app.session.is_open, timeout=10_000)
    return app


def new_editor(qtbot, app, name: str, phone: str | None):
    """A new invoice's editor for this customer (made once through the app's service)."""
    contacts = app.__dict__.setdefault("_test_contacts", {})
    if name not in contacts:
        contacts[name] = run(qtbot, app.session.contacts.create_contact(name=name, phone=phone))
    before = len(app.features.documents.editors)
    app.hub.emit(events.NEW_DOCUMENT, "INVOICE", contacts[name])
    qtbot.waitUntil(lambda: len(app.features.documents.editors) > before, timeout=5_000)
    editor = app.features.documents.editors[-1]
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=5_000)
    return editor


def type_cells(qtbot, texts, *, end=Qt.Key.Key_Tab) -> None:
    """Type into the open cell, Tab to the next, and press `end` after the last."""
    for position, text in enumerate(texts):
        cell = QApplication.focusWidget()
        cell.selectAll()
        qtbot.keyClicks(cell, text)
        qtbot.keyClick(cell, end if position == len(texts) - 1 else Qt.Key.Key_Tab)
        QApplication.processEvents()   # Enter commits through a queued call


def type_in_cell(qtbot, editor, row: int, column: int, text: str) -> None:
    editor.items_table.setFocus()
    editor.items_table.start_editing(editor.items_model.index(row, column))
    cell = QApplication.focusWidget()
    cell.selectAll()
    qtbot.keyClicks(cell, text)
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    QApplication.processEvents()


def clicked_answer(qtbot, title: str, button: str) -> None:
    click_message_button(qtbot, title, button)


def shoot_editor(editor, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    editor.resize(1024, 600)
    QApplication.processEvents()
    path = SHOTS / f"{name}.png"
    editor.grab().save(str(path))
    return path
