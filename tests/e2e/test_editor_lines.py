"""The invoice editor, clicked against the sandbox: lines typed row after row, mistakes said where
they were typed and gone once fixed, the unsaved-close question, saved-item suggestions."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest
from PySide6.QtCore import QtMsgType, Qt, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from dollr_desktop.services.invoicing import DocumentStatus
from dollr_desktop.settings import Settings
from dollr_desktop.ui import hub as events
from dollr_desktop.ui.models.line_items_model import Columns
from tests.e2e.editor_kit import (clicked_answer, new_editor, shoot_editor, start, type_cells,
                                  type_in_cell)
from tests.ui.conftest import credentials, make_app, memory_keyring, qloop, qloop_session  # noqa: F401 (fixtures)
from tests.ui.helpers import message_box
from shiboken6 import isValid


def gone(window) -> bool:
    return not isValid(window) or not window.isVisible()


@pytest.fixture
def qt_messages():
    seen: list[str] = []

    def handler(kind, _context, text):
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg):
            seen.append(text)

    previous = qInstallMessageHandler(handler)
    yield seen
    qInstallMessageHandler(previous)


def test_lines_row_after_row_and_mistakes_said_where_typed(qtbot, make_app, sandbox, qt_messages):
    app = start(qtbot, make_app, sandbox, Settings())
    editor = new_editor(qtbot, app, "Musu Kollie", "231886401275")
    model = editor.items_model
    qtbot.mouseClick(editor.add_item_button, Qt.MouseButton.LeftButton)
    type_cells(qtbot, ["Rice", "2", "150"], end=Qt.Key.Key_Return)
    assert model.rowCount() == 2, "Enter at the end of the row starts the next line"
    assert QApplication.focusWidget().accessibleName() == "Item name"
    type_cells(qtbot, ["Oil", "-2"], end=Qt.Key.Key_Tab)
    # Refused, kept as typed, and said where it was typed: never silently back to 1.
    assert model.data(model.index(1, Columns.QTY)) == "-2"
    assert model.items[1].qty == 1
    assert "Line 2: Quantity is a whole number, 1 or more." in editor.items_error_label.text()
    type_cells(qtbot, ["7.25"], end=Qt.Key.Key_Tab)
    assert model.rowCount() == 2, "a line with a mistake is fixed before the next one starts"
    type_in_cell(qtbot, editor, 1, Columns.QTY, "3")
    assert model.items[1].qty == 3 and editor.items_error_label.text() == ""
    assert editor.total_label.text() == "Total: 321.75 LRD"

    # A line without a price blocks publishing, with the reason, before any question.
    qtbot.mouseClick(editor.add_item_button, Qt.MouseButton.LeftButton)
    type_cells(qtbot, ["Delivery"], end=Qt.Key.Key_Tab)
    qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Line 3: Type the unit price" in editor.items_error_label.text(), timeout=2_000)
    assert message_box("Publish") is None and editor.draft.status == DocumentStatus.IDLE
    # "An item needs a name." goes as soon as the name is typed.
    model.set_error(2, "name", "An item needs a name.")
    editor._show_item_errors()
    type_in_cell(qtbot, editor, 2, Columns.NAME, "Delivery to Sinkor")
    assert "needs a name" not in editor.items_error_label.text()
    shoot_editor(editor, "editor_errors_en")
    type_in_cell(qtbot, editor, 2, Columns.AMOUNT, "0")
    assert "more than zero" in editor.items_error_label.text()
    type_in_cell(qtbot, editor, 2, Columns.AMOUNT, "5")
    assert editor.items_error_label.text() == ""

    # RWF has no decimals: refused as it is typed, before Enter.
    editor.currency_combo.setCurrentIndex(editor.currency_combo.findData("RWF"))
    index = model.index(0, Columns.AMOUNT)
    editor.items_table.setFocus()
    editor.items_table.start_editing(index)
    cell = QApplication.focusWidget()
    cell.selectAll()
    qtbot.keyClicks(cell, "150.5")
    assert "Line 1: RWF amounts have no decimals." in editor.items_error_label.text()
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert model.data(index) == "150.5" and model.items[0].amount == Decimal(150)
    type_in_cell(qtbot, editor, 0, Columns.AMOUNT, "151")
    assert editor.items_error_label.text() == ""
    # Typing abandoned with Escape: the cell keeps its value and the mark goes with the typing.
    editor.items_table.start_editing(model.index(0, Columns.AMOUNT))
    cell = QApplication.focusWidget()
    qtbot.keyClicks(cell, ".5")
    assert "no decimals" in editor.items_error_label.text()
    qtbot.keyClick(cell, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert editor.items_error_label.text() == "" and model.items[0].amount == Decimal(151) and editor.isVisible()
    assert not [m for m in qt_messages if "editing failed" in m], qt_messages


def test_closing_an_unsaved_editor_asks(qtbot, make_app, sandbox):
    app = start(qtbot, make_app, sandbox, Settings())
    documents_before = len(sandbox.state.invoices)
    editor = new_editor(qtbot, app, "Musu Kollie", "231886401275")
    qtbot.mouseClick(editor.add_item_button, Qt.MouseButton.LeftButton)
    type_cells(qtbot, ["Rice", "1", "100"], end=Qt.Key.Key_Tab)

    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    clicked_answer(qtbot, "Save your changes?", "Keep editing")
    qtbot.wait(50)
    assert editor.isVisible() and editor.items_model.items[0].name == "Rice"

    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    clicked_answer(qtbot, "Save your changes?", "Save draft")
    qtbot.waitUntil(lambda: gone(editor), timeout=10_000)
    assert editor.draft.number.startswith("INV-")
    saved = sandbox.state.invoices[editor.draft.id]
    if saved is not None:
        assert saved["status"] == "IDLE"

    other = new_editor(qtbot, app, "Musu Kollie", None)
    qtbot.mouseClick(other.add_item_button, Qt.MouseButton.LeftButton)
    type_cells(qtbot, ["Beans", "1", "40"], end=Qt.Key.Key_Tab)
    qtbot.keyClick(other, Qt.Key.Key_Escape)
    clicked_answer(qtbot, "Save your changes?", "Discard")
    qtbot.waitUntil(lambda: gone(other), timeout=5_000)
    assert other.draft.id is None
    if documents_before is not None:
        assert len(sandbox.state.invoices) == documents_before + 1   # only the saved one

    # Nothing typed: closing asks nothing.
    empty = new_editor(qtbot, app, "Musu Kollie", None)
    empty.close()
    qtbot.waitUntil(lambda: gone(empty), timeout=2_000)
    assert message_box("Save your changes?") is None


@dataclass
class Suggestion:
    item_id: int
    name: str
    currency: str
    price: Decimal
    code: str | None = None


def test_saved_items_are_offered_as_a_name_is_typed(qtbot, make_app, sandbox):
    app = start(qtbot, make_app, sandbox, Settings())
    editor = new_editor(qtbot, app, "Musu Kollie", "231886401275")
    qtbot.mouseClick(editor.add_item_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(QApplication.focusWidget(), "Ri")
    assert QApplication.focusWidget().completer_model.rowCount() == 0   # nobody answers: nothing offered
    QApplication.focusWidget().clear()

    asked = []

    def suggest(text, currency):
        asked.append((text, currency))
        catalogue = [Suggestion(1, "Rice, 25 kg bag", "LRD", Decimal("1500.00"), "RICE25"),
                     Suggestion(2, "Rice, 5 kg bag", "LRD", Decimal("320.00"))]
        return [s for s in catalogue if s.name.lower().startswith(text.lower())]

    app.hub.subscribe(events.SUGGEST_ITEMS, suggest)
    cell = QApplication.focusWidget()
    qtbot.keyClicks(cell, "Ri")
    assert asked[-1] == ("Ri", "LRD")
    popup = cell.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2_000)
    assert cell.completer_model.rowCount() == 2
    assert "1,500.00 LRD" in cell.completer_model.item(0).text()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    item = editor.items_model.items[0]
    assert (item.name, item.amount) == ("Rice, 5 kg bag", Decimal("320.00"))
    assert editor.total_label.text() == "Total: 320.00 LRD"
    app.hub.unsubscribe(events.SUGGEST_ITEMS, suggest)


def test_amounts_over_the_contract_limit_are_refused_and_block_publishing(qtbot, make_app, sandbox):
    app = start(qtbot, make_app, sandbox, Settings())
    editor = new_editor(qtbot, app, "Musu Kollie", "231886401275")
    qtbot.mouseClick(editor.add_item_button, Qt.MouseButton.LeftButton)
    type_cells(qtbot, ["Land", "1", "2000000000"], end=Qt.Key.Key_Tab)
    assert "Line 1: Dollr accepts at most 1,000,000,000.00 LRD in one amount." in editor.items_error_label.text()
    type_in_cell(qtbot, editor, 0, Columns.AMOUNT, "600000000")
    type_in_cell(qtbot, editor, 0, Columns.QTY, "2")
    assert editor.items_error_label.text() == ""
    qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Dollr accepts at most" in editor.items_error_label.text(), timeout=2_000)
    assert message_box("Publish") is None and editor.draft.id is None
