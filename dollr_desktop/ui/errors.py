"""How errors reach a person: a short message, details behind a toggle, a Copy button.

Bugs reach the crash dialog through `sys.excepthook`, which `CrashReporter` replaces with one
that logs the traceback (redacted) and hands it to the GUI thread through a queued signal, so a
crash in any thread or task still ends in one calm dialog.
"""
from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QStyle,
    QVBoxLayout, QWidget,
)

from dollr_desktop.logging_setup import redact

log = logging.getLogger(__name__)


class ErrorDialog(QDialog):
    """Message on top; details (redacted) hidden until asked for; Copy puts them on the clipboard."""

    def __init__(self, title: str, message: str, details: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(460)
        self.details_text = redact(details or "")

        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        self.message_label = QLabel(message)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setAccessibleName(self.tr("Error message"))
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.message_label, 1)

        self.details_view = QPlainTextEdit(self.details_text)
        self.details_view.setReadOnly(True)
        self.details_view.setAccessibleName(self.tr("Error details"))
        self.details_view.setVisible(False)
        self.details_view.setMinimumHeight(160)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.toggle_button = QPushButton(self.tr("Show details"))
        self.toggle_button.setAccessibleName(self.tr("Show or hide error details"))
        self.toggle_button.setCheckable(True)
        self.toggle_button.toggled.connect(self.on_toggle_button_toggled)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy error details"))
        self.copy_button.clicked.connect(self.on_copy_button_clicked)
        if not self.details_text:
            self.toggle_button.hide()
        buttons.addButton(self.toggle_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details_view)
        layout.addWidget(buttons)

    @Slot(bool)
    def on_toggle_button_toggled(self, shown: bool) -> None:
        self.details_view.setVisible(shown)
        self.toggle_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self.adjustSize()

    @Slot()
    def on_copy_button_clicked(self) -> None:
        text = self.message_label.text()
        if self.details_text:
            text += "\n\n" + self.details_text
        QGuiApplication.clipboard().setText(text)


def show_error(parent: QWidget | None, message: str, details: str = "",
               title: str = "Dollr Desktop") -> ErrorDialog:
    """Non-blocking: the event loop (and every pending request) keeps running underneath."""
    dialog = ErrorDialog(title, message, details, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class CrashReporter(QObject):
    """Installs an excepthook whose dialog is shown on the GUI thread via a queued signal."""

    sig_crashed = Signal(str)

    def __init__(self, parent_widget_getter=None) -> None:
        super().__init__()
        self._parent_widget_getter = parent_widget_getter or (lambda: None)
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self.dialogs: list[ErrorDialog] = []
        self.sig_crashed.connect(self.on_crash, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = lambda args: self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook

    def excepthook(self, exc_type: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_hook(exc_type, exc, tb)
            return
        text = redact("".join(traceback.format_exception(exc_type, exc, tb)))
        log.error("Unhandled exception:\n%s", text)
        self.sig_crashed.emit(text)

    @Slot(str)
    def on_crash(self, details: str) -> None:
        message = self.tr("Something unexpected went wrong in Dollr Desktop. Your saved data is safe; "
                          "no payment was repeated. Please copy the details and send them to support.")
        dialog = show_error(self._parent_widget_getter(), message, details,
                            title=self.tr("Dollr Desktop ran into a problem"))
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _=0, d=dialog: self.dialogs.remove(d) if d in self.dialogs else None)
