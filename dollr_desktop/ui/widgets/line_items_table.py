"""The line items table of the document editor: typed from the keyboard, row after row.

- Enter or Tab at the end of a row (its price, or a later cell) starts the next line: no click.
- A cell is checked as it is typed (an RWF price with decimals is refused at once, with why).
- A line's name offers saved items as it is typed (`suggest(text)` -> suggestions with
  item_id, name, currency, price, code); picking one fills the name and the price.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QPen, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemDelegate, QAbstractItemView, QComboBox, QCompleter, QLineEdit,
                               QStyledItemDelegate, QTableView, QWidget)

from dollr_desktop.services.taxes import TAX_RATES
from dollr_desktop.ui.models.line_items_model import Columns, LineItemsModel
from dollr_desktop.ui.money import format_money
from dollr_desktop.ui.widgets.field_errors import set_invalid
from dollr_desktop.ui.wording.taxes import tax_words

SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 1
Hint = QAbstractItemDelegate.EndEditHint


class LineItemsDelegate(QStyledItemDelegate):
    def __init__(self, table: "LineItemsTable") -> None:
        super().__init__(table)
        self.table = table

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex | QPersistentModelIndex) -> QWidget:  # noqa: N802
        model: LineItemsModel = index.model()   # type: ignore[assignment]
        column = Columns(index.column())
        if column == Columns.TAX:
            combo = QComboBox(parent)
            combo.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Tax of this line"))
            combo.addItem(tax_words(None), "")
            for code in TAX_RATES:
                combo.addItem(tax_words(code), code)
            return combo
        edit = QLineEdit(parent)
        edit.setAccessibleName({
            Columns.NAME: QCoreApplication.translate("DocumentEditor", "Item name"),
            Columns.QTY: QCoreApplication.translate("DocumentEditor", "Quantity"),
            Columns.AMOUNT: QCoreApplication.translate("DocumentEditor", "Unit price"),
            Columns.DISCOUNT: QCoreApplication.translate("DocumentEditor", "Line discount"),
        }.get(column, ""))
        persistent = QPersistentModelIndex(index)
        edit.textEdited.connect(lambda text, e=edit: set_invalid(e, model.check_typing(QModelIndex(persistent), text) is not None))
        if column == Columns.NAME:
            self._offer_suggestions(edit, model, persistent)
        elif column == Columns.DISCOUNT:
            edit.setPlaceholderText(QCoreApplication.translate("DocumentEditor", "10% or amount"))
        return edit

    def _offer_suggestions(self, edit: QLineEdit, model: LineItemsModel, index: QPersistentModelIndex) -> None:
        choices = QStandardItemModel(edit)
        completer = QCompleter(choices, edit)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.popup().setAccessibleName(QCoreApplication.translate("DocumentEditor", "Saved items"))
        edit.setCompleter(completer)
        edit.completer_model = choices   # type: ignore[attr-defined]  (tests read what is offered)

        def refresh(text: str) -> None:
            choices.clear()
            for suggestion in (self.table.suggest(text.strip(), model.currency) if text.strip() else []):
                price = getattr(suggestion, "price", None)
                label = str(getattr(suggestion, "name", ""))
                if price is not None:
                    label += f"  ·  {format_money(price, str(getattr(suggestion, 'currency', '')))}"
                entry = QStandardItem(label)
                entry.setData(suggestion, SUGGESTION_ROLE)
                entry.setEditable(False)
                choices.appendRow(entry)
            if choices.rowCount():
                completer.complete()
            else:
                completer.popup().hide()

        def picked(chosen: QModelIndex) -> None:
            suggestion = chosen.data(SUGGESTION_ROLE)
            if suggestion is None or not index.isValid():
                return
            model.apply_suggestion(index.row(), suggestion)
            edit.setText(str(getattr(suggestion, "name", "")))
            set_invalid(edit, False)

        edit.textEdited.connect(refresh)
        completer.activated[QModelIndex].connect(picked)

    def paint(self, painter: Any, option: Any, index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        if (index.row(), index.column()) in getattr(index.model(), "errors", {}):
            # Marked even on a selected row (the selection colour hides the cell's background).
            painter.save()
            painter.setPen(QPen(QColor("#d93025"), 2))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
            painter.restore()

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")))
            return
        if isinstance(editor, QLineEdit) and editor.completer() is not None and editor.completer().popup().isVisible():
            return   # a suggestion is being chosen: keep what is typed
        super().setEditorData(editor, index)
        if isinstance(editor, QLineEdit):
            set_invalid(editor, (index.row(), index.column()) in index.model().errors)   # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
            return
        super().setModelData(editor, model, index)


class LineItemsTable(QTableView):
    sig_new_line_requested = Signal()   # Enter or Tab at the end of the last row

    def __init__(self, suggest: Callable[[str, str], list[Any]] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suggest: Callable[[str, str], list[Any]] = suggest or (lambda _text, _currency: [])
        self.setItemDelegate(LineItemsDelegate(self))

    def last_typed_column(self) -> int:
        """The row's end for Enter and Tab: the price, or the last visible cell after it."""
        return max((c for c in (Columns.AMOUNT, Columns.DISCOUNT, Columns.TAX) if not self.isColumnHidden(c)),
                   default=Columns.AMOUNT)

    def closeEditor(self, editor: QWidget, hint: Hint) -> None:  # noqa: N802 (Qt name)
        index = self.currentIndex()
        model: LineItemsModel = self.model()   # type: ignore[assignment]
        at_end = (index.isValid() and index.row() == model.rowCount() - 1 and not model.locked
                  and index.column() >= Columns.AMOUNT)
        if hint in (Hint.EditNextItem, Hint.SubmitModelCache) and at_end:
            super().closeEditor(editor, Hint.NoHint)
            if any(row == index.row() for row, _c in model.refused):
                return   # its mistake first: the line stays, marked, with the reason under the table
            self.sig_new_line_requested.emit()
            return
        super().closeEditor(editor, hint)
        if hint == Hint.RevertModelCache and index.isValid():
            model.forget_typing(index.row(), index.column())

    def start_editing(self, index: QModelIndex) -> None:
        """Edit `index`, opening its editor once (a second edit() of an open cell is what made Qt
        print `edit: editing failed`)."""
        if self.currentIndex() != index:
            self.setCurrentIndex(index)      # the CurrentChanged trigger opens the editor
        if self.state() != QAbstractItemView.State.EditingState:
            self.edit(index)

    def close_cell_editors(self) -> None:
        """Close an open cell editor now (before the window goes): one left open when its table
        is deleted crashed PySide while the editor's wrapper was torn down."""
        for editor in self.viewport().findChildren(QWidget):
            if editor.parent() is not self.viewport():
                continue
            if self.state() == QAbstractItemView.State.EditingState:
                super().closeEditor(editor, Hint.NoHint)
            else:   # one the view no longer tracks (its row went in a model reset)
                editor.hide()
                editor.deleteLater()
