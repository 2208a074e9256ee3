"""The editor's line items: running totals in Decimal, refused edits explained, locking."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from dollr_desktop.ui.models.line_items_model import Columns, LineItemsModel


def test_totals_run_as_items_are_added_edited_and_removed(qtbot):
    model = LineItemsModel("LRD")
    totals = []
    model.sig_total_changed.connect(totals.append)
    row = model.add_item("Rice", 2, Decimal("12.50"))
    model.add_item("Oil", 1, Decimal("7.25"))
    assert model.total() == Decimal("32.25")
    assert model.setData(model.index(row, Columns.QTY), "3")
    assert model.data(model.index(row, Columns.LINE_TOTAL)) == "37.50"
    assert model.total() == Decimal("44.75") and totals[-1] == Decimal("44.75")
    model.remove_row(0)
    assert model.total() == Decimal("7.25")
    assert isinstance(model.total(), Decimal)


def test_a_refused_edit_keeps_the_old_value_and_says_why(qtbot):
    model = LineItemsModel("RWF")
    refused = []
    model.sig_edit_refused.connect(refused.append)
    model.add_item("Soap", 1, Decimal("500"))
    assert not model.setData(model.index(0, Columns.AMOUNT), "499.5")
    assert refused == ["RWF amounts have no decimals."]
    assert model.items[0].amount == Decimal("500")
    assert model.data(model.index(0, Columns.AMOUNT), Qt.ItemDataRole.ToolTipRole) == refused[0]
    assert not model.setData(model.index(0, Columns.QTY), "0")
    assert model.items[0].qty == 1


def test_a_locked_document_cannot_be_edited(qtbot):
    model = LineItemsModel("USD")
    model.add_item("Consultation", 1, Decimal("20"))
    model.set_locked(True)
    assert not model.flags(model.index(0, Columns.NAME)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, Columns.NAME), "Changed")
    assert model.remove_row(0) is None and len(model.items) == 1


def test_server_errors_land_on_the_named_cell(qtbot):
    model = LineItemsModel("USD")
    model.add_item("A", 1, Decimal("1"))
    model.add_item("B", 1, Decimal("1"))
    assert model.set_error(1, "qty", "Too many")
    assert not model.set_error(1, "colour", "no such column")
    assert model.data(model.index(1, Columns.QTY), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(0, Columns.QTY), Qt.ItemDataRole.BackgroundRole) is None
