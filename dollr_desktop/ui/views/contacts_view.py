"""Contacts: a searchable, sortable list over the local cache (instant on 100,000 rows)."""
from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)
from qasync import asyncSlot

from dollr_desktop.services.list_queries import ContactsQuery
from dollr_desktop.services.list_queries import NOT_YET_SENT
from dollr_desktop.ui.i18n import format_number
from dollr_desktop.ui.formatting import RELATIONSHIPS, country_label, phone_label, relationship_label
from dollr_desktop.ui.widgets.empty_state import NoMatches
from dollr_desktop.ui.widgets.list_table import list_table
from dollr_desktop.ui.theme import set_icon
from dollr_desktop.ui.models.lazy_table_model import KEY_ROLE, Column, LazyTableModel


class Columns(IntEnum):
    NAME = 0
    PHONE = 1
    EMAIL = 2
    COUNTRY = 3
    RELATIONSHIP = 4


def _name(row: dict) -> str:
    name = row.get("name") or ""
    if row.get("local_state") == NOT_YET_SENT:
        return QCoreApplication.translate("ContactsView", "{name} (not yet sent)").format(name=name)
    return name


COLUMNS = {
    Columns.NAME: Column(QCoreApplication.translate("ContactsView", "Name"), "name", _name),
    Columns.PHONE: Column(QCoreApplication.translate("ContactsView", "Phone"), "phone", lambda r: phone_label(r.get("phone"))),
    Columns.EMAIL: Column(QCoreApplication.translate("ContactsView", "Email"), "email", lambda r: r.get("email") or ""),
    Columns.COUNTRY: Column(QCoreApplication.translate("ContactsView", "Country"), "country", lambda r: country_label(r.get("country_code"))),
    Columns.RELATIONSHIP: Column(QCoreApplication.translate("ContactsView", "Relationship"), "relationship", lambda r: relationship_label(r.get("relationship_type"))),
}


class ContactsView(QWidget):
    sig_contact_opened = Signal(int)
    sig_new_contact_requested = Signal()

    def __init__(self, query_factory: Callable[..., ContactsQuery], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._query_factory = query_factory
        title = QLabel(self.tr("Contacts"))
        title.setProperty("role", "pageTitle")
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search name, phone or email  (Ctrl+F)"))
        self.search_edit.setAccessibleName(self.tr("Search contacts"))
        self.search_edit.setClearButtonEnabled(True)
        self.relationship_combo = QComboBox()
        self.relationship_combo.setAccessibleName(self.tr("Filter by relationship"))
        self.relationship_combo.addItem(self.tr("All relationships"), None)
        for value in RELATIONSHIPS:
            self.relationship_combo.addItem(relationship_label(value), value)
        self.new_button = QPushButton(self.tr("New contact"))
        set_icon(self.new_button, "new-contact")
        self.new_button.setAccessibleName(self.tr("New contact"))
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of contacts shown"))

        self.model = LazyTableModel([COLUMNS[c] for c in Columns], self)
        self.table = list_table(self.model, self.tr("Contacts list"))
        self.table.horizontalHeader().setSectionResizeMode(Columns.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSortIndicator(Columns.NAME, Qt.SortOrder.AscendingOrder)
        char = self.table.fontMetrics().horizontalAdvance("0")   # widths follow the font; the name takes the rest
        # "+231 77 935 2816" whole (15 cut it at a 150 % font)
        self._column_chars = {Columns.PHONE: 18, Columns.COUNTRY: 9, Columns.RELATIONSHIP: 12}
        for column, chars in self._column_chars.items():
            self.table.setColumnWidth(column, chars * char)
        # the name and the email share what is left (a long email no longer squeezes the name to "Abraham …");
        # on a narrow list the email steps aside so the names stay readable
        self.table.horizontalHeader().setSectionResizeMode(Columns.EMAIL, QHeaderView.ResizeMode.Stretch)
        self.table.viewport().installEventFilter(self)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.relationship_combo)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        self.no_matches = NoMatches(self.tr("No contact matches this search."), self.tr("Clear the contact filters"),
                                    (self.search_edit, self.relationship_combo), self.refresh)
        layout.addWidget(self.no_matches)
        layout.addWidget(self.table, 1)

        self.search_edit.textChanged.connect(self.refresh)
        self.search_edit.returnPressed.connect(self.on_search_edit_return_pressed)
        self.relationship_combo.currentIndexChanged.connect(self.refresh)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self.refresh)
        self.table.activated.connect(self.on_table_activated)
        self.new_button.clicked.connect(self.sig_new_contact_requested)

    def eventFilter(self, watched: object, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            char = self.table.fontMetrics().horizontalAdvance("0")
            fixed = sum(self._column_chars.values()) * char
            self.table.setColumnHidden(Columns.EMAIL, fixed + 2 * 22 * char > event.size().width())
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def current_query(self) -> ContactsQuery:
        header = self.table.horizontalHeader()
        column = COLUMNS[Columns(max(0, header.sortIndicatorSection()))]
        return self._query_factory(
            search=self.search_edit.text(), sort=column.sort_key or "name",
            descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
            relationship=self.relationship_combo.currentData(),
        )

    @asyncSlot()
    async def refresh(self, *_: object) -> None:
        count = await self.model.set_query(self.current_query())
        text = self.tr("{count} contact") if count == 1 else self.tr("{count} contacts")
        self.count_label.setText(text.format(count=format_number(count)))
        self.no_matches.show_for(count)

    @Slot()
    def on_search_edit_return_pressed(self) -> None:
        if self.model.rowCount() > 0:
            self.table.setFocus()
            self.table.selectRow(0)

    @Slot(QModelIndex)
    def on_table_activated(self, index: QModelIndex) -> None:
        key = self.model.data(index, KEY_ROLE)
        if key is not None:
            self.sig_contact_opened.emit(int(key))

    def sort(self, column: int, order: Qt.SortOrder) -> None:
        self.table.horizontalHeader().setSortIndicator(column, order)
