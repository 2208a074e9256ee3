"""Items: the saved items the till sells (add, edit, archive), imported and exported as CSV."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QFileDialog, QHeaderView, QLabel, QLineEdit, QListWidget,
    QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)
from qasync import asyncSlot

from dollr_desktop.services.saved_items import ImportRefused
from dollr_desktop.store.saved_items import SavedItem
from dollr_desktop.ui.dialogs.async_dialogs import run_dialog
from dollr_desktop.ui.money import CURRENCIES, format_amount
from dollr_desktop.ui.widgets.empty_state import EmptyState, NoMatches
from dollr_desktop.ui.widgets.flow_row import flow_row
from dollr_desktop.ui.wording import words_for
from dollr_desktop.ui.wording.till import field_words


class CatalogueView(QWidget):
    sig_items_changed = Signal()

    def __init__(self, runner: Any, items: Callable[[], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self._items = runner, items
        self.rows: list[SavedItem] = []
        self.item_dialog: Any = None
        # Replaced in tests; a person picks the file in the system's dialog.
        self.ask_import_path: Callable[[], str] = lambda: QFileDialog.getOpenFileName(
            self, self.tr("Import items"), "", self.tr("CSV files (*.csv);;All files (*)"))[0]
        self.ask_export_path: Callable[[], str] = lambda: QFileDialog.getSaveFileName(
            self, self.tr("Export items"), "items.csv", self.tr("CSV files (*.csv)"))[0]
        title = QLabel(self.tr("Items"))
        title.setProperty("role", "pageTitle")
        hint = QLabel(self.tr("What you sell at the counter: tap them on the New sale screen or scan their code."))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleName(self.tr("Search saved items"))
        self.search_edit.setPlaceholderText(self.tr("Search by name, code or category"))
        self.search_edit.setClearButtonEnabled(True)
        self.archived_check = QCheckBox(self.tr("Archived"))
        self.archived_check.setAccessibleName(self.tr("Show archived items"))
        self.new_button = QPushButton(self.tr("New item…"))
        self.new_button.setAccessibleName(self.tr("New item"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected item"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.archive_button.setAccessibleName(self.tr("Archive or restore the selected item"))
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.import_button.setAccessibleName(self.tr("Import items from a CSV file"))
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setAccessibleName(self.tr("Export items to a CSV file"))
        self.table = QTableWidget(0, 4 + len(CURRENCIES))
        self.table.setAccessibleName(self.tr("Saved items list"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Category"), self.tr("Code"), self.tr("In stock"),
                                              *CURRENCIES])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.table.columnCount()):   # headers whole ("Ibiri mu bubiko" was cut to "ri mu bubi")
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Import and export result"))
        self.import_errors = QListWidget()
        self.import_errors.setAccessibleName(self.tr("Rows to fix"))
        self.import_errors.setMaximumHeight(120)
        self.import_errors.hide()
        # Rows that wrap: in Kinyarwanda, with a 150 % font, the buttons in one line were wider than a 1024 px screen.
        tools = flow_row(self.search_edit, self.archived_check, stretch=(self.search_edit,))
        buttons = flow_row(self.new_button, self.edit_button, self.archive_button, self.import_button,
                           self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        layout.addWidget(tools)
        self.no_matches = NoMatches(self.tr("No item matches this search."), self.tr("Clear the item filters"),
                                    (self.search_edit, self.archived_check),
                                    lambda: self.runner.spawn(self.refresh(), name="items-cleared"))
        self.empty_state = EmptyState(self.tr("No saved items yet. Add what you sell, or import a spreadsheet."),
                                      self.tr("New item…"), self.tr("New item (no items yet)"))
        self.empty_state.sig_action.connect(self.new_button.click)
        layout.addWidget(self.no_matches)
        layout.addWidget(self.empty_state)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.import_errors)
        self.search_edit.textChanged.connect(lambda _t: self.runner.spawn(self.refresh(), name="items-search"))
        self.archived_check.toggled.connect(lambda _c: self.runner.spawn(self.refresh(), name="items-archived"))
        self.new_button.clicked.connect(lambda: self.runner.spawn(self.edit_item(None), name="item-new"))
        self.edit_button.clicked.connect(lambda: self.runner.spawn(self.edit_item(self.selected()), name="item-edit"))
        self.table.doubleClicked.connect(lambda _i: self.runner.spawn(self.edit_item(self.selected()), name="item-edit"))
        self.archive_button.clicked.connect(self.on_archive_button_clicked)
        self.import_button.clicked.connect(self.on_import_button_clicked)
        self.export_button.clicked.connect(self.on_export_button_clicked)
        self.table.itemSelectionChanged.connect(self._enable)
        self._enable()

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self.runner.spawn(self.refresh(), name="items-refresh")

    def focus_search(self) -> None:
        self.search_edit.setFocus()

    def selected(self) -> SavedItem | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.table.selectedItems() else None

    def _enable(self) -> None:
        item = self.selected()
        self.edit_button.setEnabled(item is not None)
        self.archive_button.setEnabled(item is not None)
        self.archive_button.setText(self.tr("Restore") if item is not None and item.archived else self.tr("Archive"))

    async def refresh(self) -> None:
        service = self._items()
        if service is None:
            return
        text = self.search_edit.text().strip()
        archived = self.archived_check.isChecked()
        if text and not archived:
            rows = await service.search(text, limit=500)
        else:
            rows = await service.list(archived=archived, limit=2000)
        self.rows = rows
        self.table.setRowCount(len(rows))
        self.no_matches.show_for(len(rows))
        self.empty_state.setVisible(not rows and not self.no_matches.filtering())
        for r, item in enumerate(rows):
            cells = [item.name, item.category, item.code or "", "" if item.stock is None else str(item.stock),
                     *(format_amount(item.prices[c], c) if c in item.prices else "" for c in CURRENCIES)]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column >= 3:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, column, cell)
        self._enable()

    async def edit_item(self, item: SavedItem | None) -> None:
        from dollr_desktop.ui.till.item_dialog import ItemDialog

        service = self._items()
        if service is None:
            return
        dialog = self.item_dialog = ItemDialog(self.runner, service, item, await service.categories(), self)
        await run_dialog(dialog)
        self.item_dialog = None
        if dialog.saved is not None:
            await self._changed()

    async def _changed(self) -> None:
        await self.refresh()
        self.sig_items_changed.emit()

    @asyncSlot()
    async def on_archive_button_clicked(self) -> None:
        item, service = self.selected(), self._items()
        if item is None or service is None:
            return
        await self.runner.run("item-archive", lambda: service.archive(item.id, not item.archived),
                              sender=self.archive_button)
        await self._changed()

    @asyncSlot()
    async def on_import_button_clicked(self) -> None:
        service = self._items()
        path = self.ask_import_path()
        if not path or service is None:
            return
        self.import_errors.clear()
        self.import_errors.hide()
        refused: list[ImportRefused] = []

        async def work() -> int | None:
            try:
                return await service.import_csv(Path(path))
            except ImportRefused as exc:
                refused.append(exc)
                return None

        count = (await self.runner.run("items-import", work, sender=self.import_button,
                                       progress=self.tr("Importing items…"))).value
        if refused:
            self.show_refusal(refused[0])
        elif count is not None:
            self.message_label.setText(self.tr("{count} item(s) imported from {file}.").format(
                count=count, file=Path(path).name))
            await self._changed()

    def show_refusal(self, refusal: ImportRefused) -> None:
        self.message_label.setText(words_for(refusal))
        for problem in refusal.rows:
            self.import_errors.addItem(self.tr("Row {row}, {field}: {problem}").format(
                row=problem.row, field=field_words(problem.field), problem=words_for(problem.problem)))
        self.import_errors.show()

    @asyncSlot()
    async def on_export_button_clicked(self) -> None:
        service = self._items()
        path = self.ask_export_path()
        if not path or service is None:
            return
        count = (await self.runner.run("items-export", lambda: service.export_csv(Path(path)),
                                       sender=self.export_button, progress=self.tr("Exporting items…"))).value
        if count is not None:
            self.message_label.setText(self.tr("{count} item(s) exported to {file}.").format(count=count, file=path))
