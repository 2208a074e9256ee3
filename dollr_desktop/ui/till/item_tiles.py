"""The till's item tiles: one button per saved item (name and price), by category."""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QWidget

from dollr_desktop.store.saved_items import SavedItem
from dollr_desktop.ui.money import format_money

COLUMNS = 3
MAX_TILES = 60   # a category's first tiles; the search box finds the rest

TILE_STYLE = ("QPushButton[role=\"tile\"] { text-align: left; padding: 8px; min-height: 58px; "
              "border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }"
              "QPushButton[role=\"tile\"]:hover { border-color: palette(highlight); }"
              "QPushButton[role=\"tile\"]:focus { border: 2px solid palette(highlight); }")


class ItemTiles(QScrollArea):
    sig_item_clicked = Signal(object)   # SavedItem

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Saved items"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._content = QWidget()
        self._content.setStyleSheet(TILE_STYLE)
        self._grid = QGridLayout(self._content)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._grid.setSpacing(6)
        self.setWidget(self._content)
        self.tiles: list[QPushButton] = []
        self.empty_label = QLabel()
        self.empty_label.setProperty("role", "hint")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAccessibleName(self.tr("No saved items"))

    def show_items(self, items: Iterable[SavedItem], currency: str, empty_text: str = "") -> None:
        for tile in self.tiles:
            self._grid.removeWidget(tile)
            tile.deleteLater()
        self.tiles = []
        self._grid.removeWidget(self.empty_label)
        self.empty_label.hide()
        for n, item in enumerate(list(items)[:MAX_TILES]):
            price = item.price(currency)
            text = f"{item.name}\n{format_money(price, currency) if price is not None else '—'}"
            if item.stock is not None:
                text += "\n" + self.tr("{count} in stock").format(count=item.stock)
            tile = QPushButton(text)
            tile.setProperty("role", "tile")
            tile.setAccessibleName(item.name)
            tile.setToolTip(item.code or item.name)
            tile.setEnabled(price is not None)
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            tile.setMinimumWidth(90)   # a long name is cut on a narrow screen, never the grid
            tile.clicked.connect(lambda _checked=False, i=item: self.sig_item_clicked.emit(i))
            self._grid.addWidget(tile, n // COLUMNS, n % COLUMNS)
            self.tiles.append(tile)
        if not self.tiles and empty_text:
            self.empty_label.setText(empty_text)
            self._grid.addWidget(self.empty_label, 0, 0, 1, COLUMNS)
            self.empty_label.show()
            self._fit_empty_label()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._fit_empty_label()

    def _fit_empty_label(self) -> None:
        """The grid gives a spanning wrapped label one line's height: give it the lines its words need."""
        if self.empty_label.isVisibleTo(self):
            margins = self._grid.contentsMargins()
            width = self.viewport().width() - margins.left() - margins.right()
            self.empty_label.setMinimumHeight(max(0, self.empty_label.heightForWidth(width)))

    def tile(self, name: str) -> QPushButton | None:
        return next((t for t in self.tiles if t.accessibleName() == name), None)
