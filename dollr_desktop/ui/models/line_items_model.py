"""The editable line items of an invoice or order, with the running total."""
from __future__ import annotations

from decimal import Decimal
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from dollr_desktop.services.invoicing import DraftItem
from dollr_desktop.ui.money import format_amount, parse_amount
from dollr_desktop.ui.theme import error_cell_brush



class Columns(IntEnum):
    NAME = 0
    QTY = 1
    AMOUNT = 2
    LINE_TOTAL = 3


HEADERS = {Columns.NAME: QT_TRANSLATE_NOOP("LineItemsModel", "Item"), Columns.QTY: QT_TRANSLATE_NOOP("LineItemsModel", "Qty"),
           Columns.AMOUNT: QT_TRANSLATE_NOOP("LineItemsModel", "Unit price"),
           Columns.LINE_TOTAL: QT_TRANSLATE_NOOP("LineItemsModel", "Line total")}
FIELD_OF = {Columns.NAME: "name", Columns.QTY: "qty", Columns.AMOUNT: "amount"}


class LineItemsModel(QAbstractTableModel):
    sig_total_changed = Signal(object)    # Decimal
    sig_edit_refused = Signal(str)        # a sentence: why the typed value was not taken

    def __init__(self, currency: str = "LRD", parent=None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.items: list[DraftItem] = []
        self.locked = False
        self.errors: dict[tuple[int, int], str] = {}

    def set_items(self, items: list[DraftItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.errors.clear()
        self.endResetModel()
        self.sig_total_changed.emit(self.total())

    def set_currency(self, currency: str) -> None:
        self.currency = currency
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, len(Columns) - 1))
        self.sig_total_changed.emit(self.total())

    def set_locked(self, locked: bool) -> None:
        self.beginResetModel()
        self.locked = locked
        self.endResetModel()

    def total(self) -> Decimal:
        return sum((item.line_total for item in self.items), Decimal(0))

    def add_item(self, name: str = "", qty: int = 1, amount: Decimal = Decimal(0)) -> int:
        row = len(self.items)
        self.beginInsertRows(QModelIndex(), row, row)
        self.items.append(DraftItem(name=name, qty=qty, amount=amount))
        self.endInsertRows()
        self.sig_total_changed.emit(self.total())
        return row

    def remove_row(self, row: int) -> DraftItem | None:
        if not 0 <= row < len(self.items) or self.locked:
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        item = self.items.pop(row)
        self.endRemoveRows()
        self.errors = {(r - (r > row), c): m for (r, c), m in self.errors.items() if r != row}
        self.sig_total_changed.emit(self.total())
        return item

    def set_error(self, row: int, field: str, message: str) -> bool:
        for column, name in FIELD_OF.items():
            if name == field and 0 <= row < len(self.items):
                self.errors[(row, column)] = message
                index = self.index(row, column)
                self.dataChanged.emit(index, index)
                return True
        return False

    def clear_errors(self) -> None:
        self.errors.clear()
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, len(Columns) - 1))

    # Qt model API ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(Columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("LineItemsModel", HEADERS[Columns(section)])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = Columns(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return {
                Columns.NAME: item.name,
                Columns.QTY: str(item.qty),
                Columns.AMOUNT: format_amount(item.amount, self.currency),
                Columns.LINE_TOTAL: format_amount(item.line_total, self.currency),
            }[column]
        if role == Qt.ItemDataRole.EditRole:
            return {Columns.NAME: item.name, Columns.QTY: str(item.qty),
                    Columns.AMOUNT: str(item.amount) if item.amount else ""}.get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != Columns.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.errors.get((index.row(), column))
        if role == Qt.ItemDataRole.BackgroundRole and (index.row(), column) in self.errors:
            return error_cell_brush()   # with the message under the table; readable light or dark
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.locked and index.column() != Columns.LINE_TOTAL:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.locked:
            return False
        item = self.items[index.row()]
        column = Columns(index.column())
        text = str(value).strip()
        try:
            if column == Columns.NAME:
                if not text:
                    raise ValueError("An item needs a name.")
                item.name = text
            elif column == Columns.QTY:
                if not text.isdigit() or int(text) < 1:
                    raise ValueError("Quantity is a whole number, 1 or more.")
                item.qty = int(text)
            elif column == Columns.AMOUNT:
                item.amount = parse_amount(text, self.currency)
            else:
                return False
        except ValueError as exc:
            self.errors[(index.row(), column)] = str(exc)
            self.dataChanged.emit(index, index)
            self.sig_edit_refused.emit(str(exc))
            return False
        item.dirty = True
        self.errors.pop((index.row(), column), None)
        self.dataChanged.emit(index, self.index(index.row(), Columns.LINE_TOTAL))
        self.sig_total_changed.emit(self.total())
        return True
