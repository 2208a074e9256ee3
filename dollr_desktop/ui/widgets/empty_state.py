"""Empty states that say what to do next, with the action right there (issue 18).

`NoMatches`: a list whose search or filters hide every row offers "Clear filters".
`EmptyState`: a list with nothing in it yet offers the one action that fills it ("New payout…").
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

Control = QLineEdit | QComboBox | QCheckBox


class EmptyState(QFrame):
    """A sentence and a button, shown in place of (or above) an empty list."""
    sig_action = Signal()

    def __init__(self, text: str, action_text: str, action_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setProperty("role", "hint")
        self.button = QPushButton(action_text)
        self.button.setAccessibleName(action_name)
        self.button.clicked.connect(self.sig_action)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.setVisible(False)


def _is_default(control: Control) -> bool:
    if isinstance(control, QLineEdit):
        return not control.text().strip()
    if isinstance(control, QComboBox):
        return control.currentIndex() <= 0
    return not control.isChecked()


def _reset(control: Control) -> None:
    if isinstance(control, QLineEdit):
        control.clear()
    elif isinstance(control, QComboBox):
        control.setCurrentIndex(0)
    else:
        control.setChecked(False)


class NoMatches(EmptyState):
    """Shown when `controls` (search box, filter combos and checks) hide every row; the button puts each back
    to its first choice (empty search, "All …", unticked) and refreshes once."""

    def __init__(self, text: str, action_name: str, controls: Sequence[Control], refresh: Callable[[], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(text, self.tr("Clear filters"), action_name, parent)
        self.controls, self._refresh = list(controls), refresh
        self.sig_action.connect(self.clear_filters)

    def filtering(self) -> bool:
        return not all(_is_default(control) for control in self.controls)

    def show_for(self, count: int) -> None:
        self.setVisible(count == 0 and self.filtering())

    def clear_filters(self) -> None:
        for control in self.controls:
            blocked = control.blockSignals(True)
            try:
                _reset(control)
            finally:
                control.blockSignals(blocked)
        self.setVisible(False)
        self._refresh()
