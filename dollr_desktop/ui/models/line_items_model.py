"""The editable line items of an invoice or order, with their discounts, taxes and running total.

A refused value stays in its cell as typed, marked, with the reason (never silently put back);
it goes away as soon as a good value is typed. `sig_errors_changed` tells the editor to say so.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from dollr_desktop.services.invoicing import DraftItem
from dollr_desktop.services.problems import Problem
from dollr_desktop.services.catalogue import MAX_AMOUNT
from dollr_desktop.services.taxes import Breakdown, Discount, DiscountKind, compute, plain, tax_rate
from dollr_desktop.ui.money import format_amount, format_money, parse_amount
from dollr_desktop.ui.theme import error_cell_brush
from dollr_desktop.ui.wording.taxes import tax_names, tax_words


class Columns(IntEnum):
    NAME = 0
    QTY = 1
    AMOUNT = 2
    DISCOUNT = 3
    TAX = 4
    LINE_TOTAL = 5


HEADERS = {Columns.NAME: QT_TRANSLATE_NOOP("LineItemsModel", "Item"), Columns.QTY: QT_TRANSLATE_NOOP("LineItemsModel", "Qty"),
           Columns.AMOUNT: QT_TRANSLATE_NOOP("LineItemsModel", "Unit price"),
           Columns.DISCOUNT: QT_TRANSLATE_NOOP("LineItemsModel", "Discount"),
           Columns.TAX: QT_TRANSLATE_NOOP("LineItemsModel", "Tax"),
           Columns.LINE_TOTAL: QT_TRANSLATE_NOOP("LineItemsModel", "Line total")}
FIELD_OF = {Columns.NAME: "name", Columns.QTY: "qty", Columns.AMOUNT: "amount", Columns.DISCOUNT: "discount",
            Columns.TAX: "tax"}
MAX_QTY = 100_000   # Dollr refuses more (a 422 the sandbox plays too)


def parse_discount(text: str, currency: str) -> Discount | None:
    """`10%` or `10 %` (percent) or an amount; empty for none. ValueError with a sentence."""
    cleaned = text.strip().replace(" ", "")
    if not cleaned:
        return None
    if cleaned.endswith("%"):
        try:
            value = Decimal(cleaned[:-1].replace(",", "."))
        except InvalidOperation:
            value = Decimal(-1)
        if not value.is_finite() or not 0 < value < 100:
            raise ValueError(QCoreApplication.translate("LineItemsModel", "A discount in percent is more than 0 and less than 100, e.g. 10%."))
        return Discount(DiscountKind.PERCENT, value)
    return Discount(DiscountKind.AMOUNT, parse_amount(text, currency))


def discount_text(discount: Discount | None, currency: str) -> str:
    if discount is None:
        return ""
    if discount.kind is DiscountKind.PERCENT:
        return f"{discount.value.normalize():f}%"
    return format_amount(discount.value, currency)


def too_large_words(currency: str) -> str:
    return QCoreApplication.translate("LineItemsModel", "Dollr accepts at most {amount} in one amount.").format(
        amount=format_money(MAX_AMOUNT, currency))


class LineItemsModel(QAbstractTableModel):
    sig_total_changed = Signal(object)    # Decimal
    sig_edit_refused = Signal(str)        # a sentence: why the typed value was not taken
    sig_errors_changed = Signal()         # a cell's mistake was marked or fixed

    def __init__(self, currency: str = "LRD", parent=None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.items: list[DraftItem] = []
        self.locked = False
        self.errors: dict[tuple[int, int], str] = {}
        self.refused: dict[tuple[int, int], str] = {}    # cell -> the text typed and refused, shown as typed
        self.typing: set[tuple[int, int]] = set()         # cells marked while typed, not yet committed
        self.prices_include_tax = False
        self.document_discount: Discount | None = None
        self.default_tax: str | None = None              # the tax a new line gets

    def set_items(self, items: list[DraftItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.errors.clear()
        self.refused.clear()
        self.endResetModel()
        self._changed()

    def set_currency(self, currency: str) -> None:
        self.currency = currency
        self._repaint()
        self._changed()

    def set_pricing(self, *, prices_include_tax: bool | None = None, document_discount: object = ...,
                    tax_for_all: object = ...) -> None:
        """Document-wide pricing: tax inclusive or not, the document's discount, one rate for all lines."""
        if prices_include_tax is not None:
            self.prices_include_tax = prices_include_tax
        if document_discount is not ...:
            self.document_discount = document_discount   # type: ignore[assignment]
        if tax_for_all is not ...:
            self.default_tax = tax_for_all                # type: ignore[assignment]
            for item in self.items:
                if item.tax != tax_for_all:
                    item.tax, item.dirty = tax_for_all, True   # type: ignore[assignment]
        self._repaint()
        self._changed()

    def set_locked(self, locked: bool) -> None:
        self.beginResetModel()
        self.locked = locked
        self.endResetModel()

    # money -------------------------------------------------------------------------------------
    def is_plain(self) -> bool:
        from dollr_desktop.services.taxes import PricedLine

        return plain([PricedLine(i.name, i.qty, i.amount, i.discount, i.tax) for i in self.items],
                     self.document_discount)

    def breakdown(self) -> Breakdown:
        """Raises Problem when a discount eats a line (the editor words it)."""
        from dollr_desktop.services.taxes import PricedLine

        lines = [PricedLine(i.name, i.qty, i.amount, i.discount, i.tax) for i in self.items]
        return compute(lines, self.currency, prices_include_tax=self.prices_include_tax,
                       document_discount=self.document_discount, tax_names=tax_names())

    def total(self) -> Decimal:
        if not self.is_plain():
            try:
                return self.breakdown().total
            except Problem:
                pass
        return sum((item.line_total for item in self.items), Decimal(0))

    def line_total(self, item: DraftItem) -> Decimal:
        """The line after its own discount, as typed (with tax when prices include it)."""
        gross = item.line_total
        if item.discount is None or not gross:
            return gross
        from dollr_desktop.services.catalogue import quantum

        q = quantum(self.currency)
        return gross - item.discount.off(int(gross / q), q) * q

    # rows ----------------------------------------------------------------------------------------
    def add_item(self, name: str = "", qty: int = 1, amount: Decimal = Decimal(0)) -> int:
        row = len(self.items)
        self.beginInsertRows(QModelIndex(), row, row)
        self.items.append(DraftItem(name=name, qty=qty, amount=amount, tax=self.default_tax))
        self.endInsertRows()
        self._changed()
        return row

    def is_blank(self, row: int) -> bool:
        """A line started but nothing typed in it yet (Enter at the end of a row makes one)."""
        item = self.items[row]
        return (not item.name.strip() and not item.amount and item.qty == 1 and item.discount is None
                and item.item_id is None and not any(r == row for r, _c in self.refused))

    def remove_row(self, row: int) -> DraftItem | None:
        if not 0 <= row < len(self.items) or self.locked:
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        item = self.items.pop(row)
        self.endRemoveRows()
        self.errors = {(r - (r > row), c): m for (r, c), m in self.errors.items() if r != row}
        self.refused = {(r - (r > row), c): t for (r, c), t in self.refused.items() if r != row}
        self.sig_errors_changed.emit()
        self._changed()
        return item

    def apply_suggestion(self, row: int, suggestion: object) -> None:
        """A saved item picked while typing a line's name: its name, and its price when in this currency."""
        if not 0 <= row < len(self.items) or self.locked:
            return
        item = self.items[row]
        item.name = str(getattr(suggestion, "name", "") or item.name)
        price = getattr(suggestion, "price", None)
        if price is not None and str(getattr(suggestion, "currency", "")).upper() == self.currency.upper():
            item.amount = Decimal(str(price))
            self._forget(row, Columns.AMOUNT)
        item.dirty = True
        self._forget(row, Columns.NAME)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Columns) - 1))
        self._changed()

    # mistakes ------------------------------------------------------------------------------------
    def set_error(self, row: int, field: str, message: str) -> bool:
        for column, name in FIELD_OF.items():
            if name == field and 0 <= row < len(self.items):
                self.errors[(row, column)] = message
                index = self.index(row, column)
                self.dataChanged.emit(index, index)
                self.sig_errors_changed.emit()
                return True
        return False

    def clear_errors(self) -> None:
        """Forget the checks' marks; a refused value stays marked until it is retyped."""
        self.errors = {cell: m for cell, m in self.errors.items() if cell in self.refused}
        self._repaint()
        self.sig_errors_changed.emit()

    def error_lines(self) -> list[str]:
        return [QCoreApplication.translate("LineItemsModel", "Line {line}: {message}").format(line=row + 1, message=message)
                for (row, _column), message in sorted(self.errors.items())]

    def check_typing(self, index: QModelIndex, text: str) -> str | None:
        """While a cell is typed in: the reason the text would be refused (marked at once), or None."""
        column = Columns(index.column())
        try:
            self._parse(column, text)
        except ValueError as exc:
            message = str(exc)
            if self.errors.get((index.row(), column)) != message:
                self.errors[(index.row(), column)] = message
                self.typing.add((index.row(), column))
                self.sig_errors_changed.emit()
            return message
        if (index.row(), column) in self.errors and (index.row(), column) not in self.refused:
            self.errors.pop((index.row(), column))
            self.sig_errors_changed.emit()
        return None

    def forget_typing(self, row: int, column: int) -> None:
        """The typing was abandoned (Escape): its mark goes, the cell keeps what it had."""
        cell = (row, column)
        if cell in self.typing and cell not in self.refused:
            self.errors.pop(cell, None)
            self.sig_errors_changed.emit()
        self.typing.discard(cell)

    def _forget(self, row: int, column: int) -> None:
        had = self.errors.pop((row, column), None) is not None
        self.refused.pop((row, column), None)
        if had:
            self.sig_errors_changed.emit()

    def _parse(self, column: Columns, text: str) -> object:
        translate = QCoreApplication.translate
        if column == Columns.NAME:
            if not text:
                raise ValueError(translate("LineItemsModel", "An item needs a name."))
            return text
        if column == Columns.QTY:
            if not text.isdigit() or int(text) < 1:
                raise ValueError(translate("LineItemsModel", "Quantity is a whole number, 1 or more."))
            if int(text) > MAX_QTY:
                raise ValueError(translate("LineItemsModel", "Quantity is at most 100,000."))
            return int(text)
        if column == Columns.AMOUNT:
            if not text:
                raise ValueError(translate("LineItemsModel", "Type the unit price."))
            amount = parse_amount(text, self.currency)
            if amount > MAX_AMOUNT:
                raise ValueError(too_large_words(self.currency))
            return amount
        if column == Columns.DISCOUNT:
            return parse_discount(text, self.currency)
        if column == Columns.TAX:
            return text or None
        raise ValueError("")

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
        cell = (index.row(), column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if cell in self.refused:
                return self.refused[cell]    # as typed, marked: never silently put back
            return {
                Columns.NAME: item.name,
                Columns.QTY: str(item.qty),
                Columns.AMOUNT: format_amount(item.amount, self.currency) if item.amount else "",
                Columns.DISCOUNT: discount_text(item.discount, self.currency),
                Columns.TAX: tax_words(item.tax) if tax_rate(item.tax) else "",
                Columns.LINE_TOTAL: format_amount(self.line_total(item), self.currency) if item.amount else "",
            }[column]
        if role == Qt.ItemDataRole.EditRole:
            if cell in self.refused:
                return self.refused[cell]
            return {Columns.NAME: item.name, Columns.QTY: str(item.qty),
                    Columns.AMOUNT: str(item.amount) if item.amount else "",
                    Columns.DISCOUNT: item.discount.code() if item.discount else "",
                    Columns.TAX: item.tax or ""}.get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (Columns.NAME, Columns.TAX):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.errors.get(cell)
        if role == Qt.ItemDataRole.BackgroundRole and cell in self.errors:
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
        row, column = index.row(), Columns(index.column())
        if column == Columns.LINE_TOTAL:
            return False
        item = self.items[row]
        text = str(value if value is not None else "").strip()
        if (row, column) not in self.refused and text == str(self.data(index, Qt.ItemDataRole.EditRole) or ""):
            return False    # left as it was (an empty new line left empty): nothing to take or refuse
        try:
            parsed = self._parse(column, text)
            if column == Columns.DISCOUNT and parsed is not None:
                self._check_discount(item, parsed)   # type: ignore[arg-type]
        except ValueError as exc:
            self.typing.discard((row, column))
            self.errors[(row, column)] = str(exc)
            self.refused[(row, column)] = text
            self.dataChanged.emit(index, index)
            self.sig_errors_changed.emit()
            self.sig_edit_refused.emit(str(exc))
            return False
        setattr(item, {Columns.NAME: "name", Columns.QTY: "qty", Columns.AMOUNT: "amount",
                       Columns.DISCOUNT: "discount", Columns.TAX: "tax"}[column], parsed)
        item.dirty = True
        self.typing.discard((row, column))
        self._forget(row, column)
        self.dataChanged.emit(self.index(row, 0), self.index(row, Columns.LINE_TOTAL))
        self._changed()
        return True

    def _check_discount(self, item: DraftItem, discount: Discount) -> None:
        if discount.kind is DiscountKind.AMOUNT and item.line_total and discount.value >= item.line_total:
            raise ValueError(QCoreApplication.translate("LineItemsModel", "The discount is as large as the line: make it smaller."))

    def _repaint(self) -> None:
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, len(Columns) - 1))

    def _changed(self) -> None:
        self.sig_total_changed.emit(self.total())
