"""The lock screen: covers the whole window after the idle time (or Ctrl+L) until a PIN is typed.

It is a child of the main window kept over everything in it; while it shows, the window's
shortcuts are off and the app's other windows are hidden (they come back as they were).
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

from dollr_desktop.ui.people.sign_in_panel import SignIn, SignInPanel


class LockScreen(QWidget):
    sig_unlocked = Signal(object)   # the Person who unlocked

    def __init__(self, window: QWidget, sign_in: SignIn) -> None:
        super().__init__(window)
        self.setObjectName("lockScreen")
        self.setAccessibleName(self.tr("Locked"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAutoFillBackground(True)
        self._window = window
        self._disabled: list[Any] = []
        self._hidden_windows: list[QWidget] = []
        card = QFrame()
        card.setObjectName("lockCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setFixedWidth(max(400, self.fontMetrics().averageCharWidth() * 46))   # follows the text size
        self.card = card
        title = QLabel(self.tr("Locked"))
        title.setProperty("role", "pageTitle")
        self.hint_label = QLabel(self.tr("This computer was left alone for a while. Type your PIN to go on."))
        self.hint_label.setAccessibleName(self.tr("Why it is locked"))
        self.hint_label.setWordWrap(True)
        self.hint_label.setProperty("role", "hint")
        self.panel = SignInPanel(sign_in, self.tr("Unlock"), card)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 24, 24, 24)
        inner.addWidget(title)
        inner.addWidget(self.hint_label)
        inner.addWidget(self.panel)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.panel.sig_signed_in.connect(self.on_panel_signed_in)
        window.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self._window and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self._window.rect())
        return False

    @property
    def locked(self) -> bool:
        return self.isVisible()

    def lock(self, people: list[Any], last: Any, reason: str = "idle") -> None:
        self.panel.set_people(people, preselect=last)
        if reason == "manual":
            self.hint_label.setText(self.tr("Locked by hand. Type your PIN to go on."))
        elif reason == "start":
            self.hint_label.setText(self.tr("Who is at the computer? Choose your name and type your PIN."))
        else:
            self.hint_label.setText(self.tr("This computer was left alone for a while. Type your PIN to go on."))
        if not self.isVisible():
            # Covered is not enough: Tab must not reach the widgets underneath either.
            for part in self._covered():
                part.setEnabled(False)
            for item in self._window.findChildren(QShortcut) + self._window.findChildren(QAction):
                if item.isEnabled():
                    item.setEnabled(False)
                    self._disabled.append(item)
            for widget in QApplication.topLevelWidgets():
                if widget is not self._window and widget.isVisible() and widget.isWindow() \
                        and widget.windowType() in (Qt.WindowType.Dialog, Qt.WindowType.Window):
                    widget.hide()
                    self._hidden_windows.append(widget)
        self.setGeometry(self._window.rect())
        inner = self.card.layout()   # a word-wrapped card: give it the height its width needs
        self.card.setMinimumHeight(inner.heightForWidth(self.card.width()) if inner.hasHeightForWidth()
                                   else inner.sizeHint().height())
        self.show()
        self.raise_()
        self.panel.pin_edit.setFocus()

    def _covered(self) -> list[QWidget]:
        window = self._window
        parts = [window.centralWidget()] if hasattr(window, "centralWidget") else []
        if hasattr(window, "statusBar"):
            parts.append(window.statusBar())
        return [p for p in parts if p is not None]

    def on_panel_signed_in(self, person: Any) -> None:
        self.hide()
        for part in self._covered():
            part.setEnabled(True)
        for item in self._disabled:
            try:
                item.setEnabled(True)
            except RuntimeError:   # deleted meanwhile
                pass
        self._disabled.clear()
        for widget in self._hidden_windows:
            try:
                widget.show()
            except RuntimeError:
                pass
        self._hidden_windows.clear()
        self.sig_unlocked.emit(person)
