"""The read-only, sortable, whole-row table every list screen shows its LazyTableModel in.

A refresh (the model reset after a sync or a payment landing) keeps the person's place: the
selected row, found again by its key, and the scroll position.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from dollr_desktop.ui.models.lazy_table_model import ROW_ROLE

ROW_HEIGHT = 26


def row_key(row: dict[str, Any] | None) -> Any:
    """What identifies a list row across refreshes: a payment by its reference, else kind + id."""
    if not row:
        return None
    return row.get("reference_id") or (row.get("kind"), row.get("id"))


class PlaceKeeper:
    """Remembers the selected row's key and the scroll position before a model reset; puts
    them back after it."""

    def __init__(self, table: QTableView) -> None:
        self.table = table
        self._key: Any = None
        self._scroll = 0
        model = table.model()
        model.modelAboutToBeReset.connect(self.remember)
        model.modelReset.connect(self.restore)

    def remember(self) -> None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        self._key = row_key(self.table.model().data(rows[0], ROW_ROLE)) if rows else None
        self._scroll = self.table.verticalScrollBar().value()

    def restore(self) -> None:
        model = self.table.model()
        key, self._key = self._key, None
        if key is not None and hasattr(model, "find_loaded"):
            found = model.find_loaded(key, row_key)
            if found is not None:
                self.table.selectionModel().select(
                    model.index(found, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self.table.selectionModel().setCurrentIndex(model.index(found, 0),
                                                            QItemSelectionModel.SelectionFlag.NoUpdate)
        self.table.verticalScrollBar().setValue(self._scroll)


def list_table(model: QAbstractItemModel, accessible_name: str, parent: QWidget | None = None) -> QTableView:
    table = QTableView(parent)
    table.setAccessibleName(accessible_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSortingEnabled(True)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.place_keeper = PlaceKeeper(table)
    return table
