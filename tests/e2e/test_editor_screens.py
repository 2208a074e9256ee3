"""Screenshots of the editor at 1024×600, in English and French: mistakes marked, tax and discount
lines (saved under /tmp/shots-editor/ and looked at)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dollr_desktop.settings import Settings
from dollr_desktop.ui import i18n
from dollr_desktop.ui.models.line_items_model import Columns
from tests.e2e.editor_kit import new_editor, shoot_editor, start, type_cells, type_in_cell
from tests.ui.conftest import credentials, make_app, memory_keyring, qloop, qloop_session  # noqa: F401 (fixtures)


@pytest.fixture(params=["en", "fr"])
def language(request, qapp):
    i18n.install(request.param, qapp)
    yield request.param
    i18n.install("en", qapp)


def test_editor_screens(qtbot, make_app, sandbox, language):
    app = start(qtbot, make_app, sandbox, Settings(tax_rate="RW_VAT", print_ebm_reference=True, language=language))
    editor = new_editor(qtbot, app, "Uwase Aline", "250788123456")
    editor.currency_combo.setCurrentIndex(editor.currency_combo.findData("RWF"))
    qtbot.mouseClick(editor.add_item_button, Qt.MouseButton.LeftButton)
    type_cells(qtbot, ["Sugar, 1 kg", "3", "1000"], end=Qt.Key.Key_Return)
    type_cells(qtbot, ["Soap", "1", "501"], end=Qt.Key.Key_Tab)
    type_in_cell(qtbot, editor, 0, Columns.DISCOUNT, "10%")
    qtbot.keyClicks(editor.discount_edit, "5%")
    assert editor.items_error_label.text() == ""
    shoot_editor(editor, f"editor_taxes_{language}")
    type_in_cell(qtbot, editor, 1, Columns.QTY, "-2")
    type_in_cell(qtbot, editor, 1, Columns.AMOUNT, "12.5")
    assert editor.items_error_label.text().count("\n") == 1   # two mistakes, each said once
    shoot_editor(editor, f"editor_errors_{language}")
