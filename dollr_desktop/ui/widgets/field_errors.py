"""Inline messages under form fields, keyed by the API's field names (422 `loc` paths)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget


def set_invalid(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class FieldErrors:
    """Register each field once; `show()` puts each message under its field, returns the rest."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def add_row(self, form: QFormLayout, label: str, widget: QWidget, *names: str) -> QLabel:
        """Add `widget` to `form` with an (initially hidden) error label below it."""
        error = QLabel()
        error.setProperty("role", "fieldError")
        error.setWordWrap(True)
        error.setAccessibleName(QCoreApplication.translate("FieldErrors", "{field} error").format(
            field=label.rstrip(": \u00a0")))
        error.hide()
        if not widget.accessibleName():
            widget.setAccessibleName(label.rstrip(": \u00a0"))
        form.addRow(label, widget)
        form.addRow("", error)
        for name in names:
            self._fields[name] = (widget, error)
        return error

    def register(self, name: str, widget: QWidget, error: QLabel) -> None:
        self._fields[name] = (widget, error)

    def clear(self) -> None:
        for widget, error in self._fields.values():
            error.clear()
            error.hide()
            set_invalid(widget, False)

    def show(self, field_errors: dict[str, str]) -> dict[str, str]:
        leftover: dict[str, str] = {}
        focused = False
        for name, message in field_errors.items():
            target = self._fields.get(name) or self._fields.get(name.split(".")[-1])
            if target is None:
                leftover[name] = message
                continue
            widget, error = target
            error.setText(message)
            error.show()
            set_invalid(widget, True)
            if not focused:
                widget.setFocus()
                focused = True
        return leftover

    def message(self, name: str) -> str:
        target = self._fields.get(name)
        return target[1].text() if target and not target[1].isHidden() else ""
