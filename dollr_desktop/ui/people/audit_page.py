"""Settings → Audit log: every entry, newest first, filtered by who, what and date; CSV export.

The chain check's verdict is said plainly above the list: intact, or broken at which entry.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QPushButton, QStackedLayout,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from dollr_desktop.ui.people.owner_only_panel import OwnerOnlyPanel
from dollr_desktop.ui.wording.people import action_words, details_text

ANY_DATE = QDate(2000, 1, 1)


def local_time(iso: str) -> str:
    try:
        when = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.astimezone().strftime("%Y-%m-%d %H:%M:%S")


class AuditPage(QWidget):
    sig_filters_changed = Signal()
    sig_export_requested = Signal()
    sig_switch_requested = Signal()
    sig_back_requested = Signal()
    sig_shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[Any] = []
        content = QWidget()
        title = QLabel(self.tr("Audit log"))
        title.setProperty("role", "pageTitle")
        self.back_button = QPushButton(self.tr("← People"))
        self.back_button.setAccessibleName(self.tr("Back to People"))
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setAccessibleName(self.tr("Export the audit log as CSV"))
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.export_button)
        header.addWidget(self.back_button)
        self.chain_label = QLabel()
        self.chain_label.setAccessibleName(self.tr("Audit log check"))
        self.chain_label.setWordWrap(True)
        self.who_combo = QComboBox()
        self.who_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.who_combo.setAccessibleName(self.tr("Filter by person"))
        self.action_combo = QComboBox()
        self.action_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.action_combo.setAccessibleName(self.tr("Filter by action"))
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for edit, name in ((self.from_edit, self.tr("From date")), (self.to_edit, self.tr("To date"))):
            edit.setAccessibleName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMinimumDate(ANY_DATE)
            edit.setSpecialValueText(self.tr("any date"))
            edit.setDate(ANY_DATE)
            edit.dateChanged.connect(lambda _d: self.sig_filters_changed.emit())
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Who:")))
        filters.addWidget(self.who_combo)
        filters.addWidget(QLabel(self.tr("What:")))
        filters.addWidget(self.action_combo)
        filters.addWidget(QLabel(self.tr("From:")))
        filters.addWidget(self.from_edit)
        filters.addWidget(QLabel(self.tr("To:")))
        filters.addWidget(self.to_edit)
        filters.addStretch(1)
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Audit entries"))
        self.table.setHorizontalHeaderLabels([self.tr("No."), self.tr("When"), self.tr("Who"), self.tr("What"),
                                              self.tr("Details")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setStretchLastSection(True)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Entries shown"))
        self.count_label.setProperty("role", "hint")
        layout = QVBoxLayout(content)
        layout.addLayout(header)
        layout.addWidget(self.chain_label)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.owner_only = OwnerOnlyPanel(self.tr("The audit log is the owner's. Switch to the owner to read it."),
                                         self.tr("Audit log"))
        self.stack = QStackedLayout(self)
        self.stack.addWidget(content)
        self.stack.addWidget(self.owner_only)
        self.who_combo.currentIndexChanged.connect(lambda _i: self.sig_filters_changed.emit())
        self.action_combo.currentIndexChanged.connect(lambda _i: self.sig_filters_changed.emit())
        self.export_button.clicked.connect(self.sig_export_requested)
        self.back_button.clicked.connect(self.sig_back_requested)
        self.owner_only.sig_switch_requested.connect(self.sig_switch_requested)
        self.show_chain(None, checked=False)

    def set_allowed(self, allowed: bool) -> None:
        self.stack.setCurrentIndex(0 if allowed else 1)

    def filters(self) -> dict[str, str]:
        since = self.from_edit.date()
        until = self.to_edit.date()
        return {"who": self.who_combo.currentData() or "", "action": self.action_combo.currentData() or "",
                "since": "" if since == ANY_DATE else since.toString("yyyy-MM-dd"),
                "until": "" if until == ANY_DATE else until.toString("yyyy-MM-dd")}

    def set_choices(self, people: list[str], actions: list[str]) -> None:
        for combo, values, words in ((self.who_combo, people, str), (self.action_combo, actions, action_words)):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("everyone") if combo is self.who_combo else self.tr("everything"), "")
            for value in values:
                combo.addItem(words(value), value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def show_entries(self, entries: list[Any]) -> None:
        self.entries = list(entries)
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = (str(entry.id), local_time(entry.at), entry.who or "—", action_words(entry.action),
                     details_text(entry.details))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 4:
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.count_label.setText(self.tr("{n} entries").format(n=len(entries)))

    def show_chain(self, broken_at: int | None, *, checked: bool = True) -> None:
        if not checked:
            self.chain_label.setText(self.tr("Checking the chain of entries…"))
            self.chain_label.setProperty("role", "hint")
        elif broken_at is None:
            self.chain_label.setText(self.tr("✓ The chain of entries is intact: nothing was edited or deleted."))
            self.chain_label.setProperty("role", "lockedNotice")
        else:
            self.chain_label.setText(self.tr(
                "✗ The audit log was changed outside the app: entry no. {id} (or the one before it) was "
                "edited or deleted. Entries from there on cannot be trusted.").format(id=broken_at))
            self.chain_label.setProperty("role", "fieldError")
        self.chain_label.style().unpolish(self.chain_label)
        self.chain_label.style().polish(self.chain_label)

    def row_text(self, row: int) -> list[str]:
        return [self.table.item(row, c).text() for c in range(self.table.columnCount())]

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name): read again each time it is opened
        super().showEvent(event)
        self.sig_shown.emit()
