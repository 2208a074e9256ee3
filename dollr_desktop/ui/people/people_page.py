"""Settings → People: the owner and staff of this computer, their PINs, and when the app locks."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QStackedLayout, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from dollr_desktop.ui.people.owner_only_panel import OwnerOnlyPanel
from dollr_desktop.ui.wording.people import role_words

LOCK_CHOICES = ("1", "5", "10", "30", "60", "0")


class PeoplePage(QWidget):
    sig_setup_owner = Signal()
    sig_add_staff = Signal()
    sig_change_pin = Signal(int)
    sig_remove = Signal(int)
    sig_lock_after_changed = Signal(str)
    sig_audit_requested = Signal()
    sig_switch_requested = Signal()
    sig_back_requested = Signal()
    sig_shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people: list[Any] = []
        content = QWidget()
        title = QLabel(self.tr("People on this computer"))
        title.setProperty("role", "pageTitle")
        self.back_button = QPushButton(self.tr("← Settings"))
        self.back_button.setAccessibleName(self.tr("Back to Settings"))
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.back_button)
        self.hint_label = QLabel(self.tr(
            "The owner approves payouts, refunds, changes settings and keys, and manages people. Staff sell, "
            "collect, make invoices and prepare payouts for the owner to approve. Each person has a PIN; "
            "the Dollr passcode is still asked at each payout."))
        self.hint_label.setWordWrap(True)
        self.hint_label.setProperty("role", "hint")
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("People"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("At the computer")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(220)
        self.owner_button = QPushButton(self.tr("Set up the owner…"))
        self.owner_button.setAccessibleName(self.tr("Set up the owner"))
        self.add_button = QPushButton(self.tr("Add staff…"))
        self.add_button.setAccessibleName(self.tr("Add a member of staff"))
        self.pin_button = QPushButton(self.tr("Change PIN…"))
        self.pin_button.setAccessibleName(self.tr("Change the chosen person's PIN"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen person"))
        buttons = QHBoxLayout()
        for button in (self.owner_button, self.add_button, self.pin_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        people_box = QGroupBox(self.tr("People"))
        box_layout = QVBoxLayout(people_box)
        box_layout.addWidget(self.hint_label)
        box_layout.addWidget(self.table)
        box_layout.addLayout(buttons)

        lock_box = QGroupBox(self.tr("Lock"))
        self.lock_combo = QComboBox()
        self.lock_combo.setAccessibleName(self.tr("Lock after"))
        for minutes in LOCK_CHOICES:
            text = self.tr("never") if minutes == "0" else self.tr("{n} min without use").format(n=minutes)
            self.lock_combo.addItem(text, minutes)
        lock_hint = QLabel(self.tr("Ctrl+L locks at once; Ctrl+Shift+U switches user."))
        lock_hint.setProperty("role", "hint")
        lock_form = QFormLayout(lock_box)
        lock_form.addRow(self.tr("Lock the app after:"), self.lock_combo)
        lock_form.addRow("", lock_hint)

        audit_box = QGroupBox(self.tr("Audit log"))
        self.audit_button = QPushButton(self.tr("Open the audit log…"))
        self.audit_button.setAccessibleName(self.tr("Open the audit log"))
        audit_hint = QLabel(self.tr("Who did what and when: sign-ins, payouts prepared and approved, "
                                    "settings changed. Each entry is chained to the one before, so an "
                                    "edited or deleted entry shows."))
        audit_hint.setWordWrap(True)
        audit_hint.setProperty("role", "hint")
        audit_layout = QVBoxLayout(audit_box)
        audit_layout.addWidget(audit_hint)
        audit_layout.addWidget(self.audit_button, 0, Qt.AlignmentFlag.AlignLeft)

        layout = QVBoxLayout(content)
        layout.addLayout(header)
        layout.addWidget(people_box)
        layout.addWidget(lock_box)
        layout.addWidget(audit_box)
        layout.addStretch(1)

        self.owner_only = OwnerOnlyPanel(self.tr("People and the audit log are the owner's. Switch to the owner "
                                                 "to add staff, change PINs or read the log."), self.tr("People"))
        self.stack = QStackedLayout(self)
        self.stack.addWidget(content)
        self.stack.addWidget(self.owner_only)

        self.owner_button.clicked.connect(self.sig_setup_owner)
        self.add_button.clicked.connect(self.sig_add_staff)
        self.pin_button.clicked.connect(lambda: self._with_chosen(self.sig_change_pin))
        self.remove_button.clicked.connect(lambda: self._with_chosen(self.sig_remove))
        self.audit_button.clicked.connect(self.sig_audit_requested)
        self.back_button.clicked.connect(self.sig_back_requested)
        self.owner_only.sig_switch_requested.connect(self.sig_switch_requested)
        self.lock_combo.currentIndexChanged.connect(
            lambda _i: self.sig_lock_after_changed.emit(self.lock_combo.currentData()))
        self.table.itemSelectionChanged.connect(self.on_table_item_selection_changed)

    def show_people(self, people: list[Any], current: Any, lock_after: str, allowed: bool) -> None:
        self.people = list(people)
        self.stack.setCurrentIndex(0 if allowed else 1)
        chosen = self.chosen()
        self.table.setRowCount(len(people))
        for row, person in enumerate(people):
            here = current is not None and current.id == person.id
            for column, text in enumerate((person.name, role_words(person.role), "●" if here else "")):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                self.table.setItem(row, column, item)
            if chosen is not None and chosen.id == person.id:
                self.table.selectRow(row)
        has_owner = any(p.is_owner for p in people)
        self.owner_button.setVisible(not has_owner)
        self.add_button.setEnabled(has_owner)
        self.lock_combo.blockSignals(True)
        self.lock_combo.setCurrentIndex(max(0, self.lock_combo.findData(lock_after)))
        self.lock_combo.blockSignals(False)
        self.lock_combo.setEnabled(has_owner)
        self.on_table_item_selection_changed()

    def chosen(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.people):
            return None
        return self.people[rows[0].row()]

    def select(self, person_id: int) -> None:
        index = next((i for i, p in enumerate(self.people) if p.id == person_id), -1)
        if index >= 0:
            self.table.selectRow(index)

    @Slot()
    def on_table_item_selection_changed(self) -> None:
        chosen = self.chosen()
        self.pin_button.setEnabled(chosen is not None)
        self.remove_button.setEnabled(chosen is not None and not chosen.is_owner)

    def _with_chosen(self, signal: Any) -> None:
        chosen = self.chosen()
        if chosen is not None:
            signal.emit(chosen.id)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name): read again each time it is opened
        super().showEvent(event)
        self.sig_shown.emit()
