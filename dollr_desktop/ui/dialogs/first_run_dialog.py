"""First run: practise with demo money, connect a live Dollr account (validated first), or restore
a backup from another computer ("I have a backup": the app then opens the restore dialog)."""
from __future__ import annotations

from collections.abc import Awaitable, Callable

from PySide6.QtWidgets import (
    QCommandLinkButton, QDialog, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from dollr_desktop.services.account import AccountConfig
from dollr_desktop.ui.dialogs.lifetime import delete_when_closed
from dollr_desktop.ui.runner import OperationRunner
from dollr_desktop.ui.wording import words_for
from dollr_desktop.ui.widgets.account_form import AccountForm


class FirstRunDialog(QDialog):
    PRACTICE = 1
    LIVE = 2
    RESTORE = 3

    def __init__(self, runner: OperationRunner, validate: Callable[[AccountConfig], Awaitable[None]],
                 keyring_problem: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        delete_when_closed(self, lambda: runner.busy)
        self.setWindowTitle(self.tr("Welcome to Dollr Desktop"))
        self.setAccessibleName(self.tr("Welcome to Dollr Desktop"))
        self.setMinimumWidth(560)
        self.runner = runner
        self._validate = validate
        self.choice: int | None = None
        self.config: AccountConfig | None = None

        self.pages = QStackedWidget()
        choose = QWidget()
        title = QLabel(self.tr("Welcome! How would you like to start?"))
        title.setProperty("role", "pageTitle")
        title.setWordWrap(True)
        self.practice_button = QCommandLinkButton(
            self.tr("Practice with demo data"),
            self.tr("Try invoices, payments and payouts with demo money. Nothing real moves, and you "
                    "can connect your account later from Settings."))
        self.practice_button.setAccessibleName(self.tr("Practice with demo data"))
        self.live_button = QCommandLinkButton(
            self.tr("Connect my Dollr account"),
            self.tr("Use your API keys from the Dollr merchant portal to take real payments."))
        self.live_button.setAccessibleName(self.tr("Connect my Dollr account"))
        self.restore_button = QCommandLinkButton(
            self.tr("I have a backup"),
            self.tr("Bring back your journal, documents, contacts and settings from a Dollr Desktop "
                    "backup file (for example on a USB stick)."))
        self.restore_button.setAccessibleName(self.tr("I have a backup"))
        layout = QVBoxLayout(choose)
        layout.addWidget(title)
        layout.addWidget(self.practice_button)
        layout.addWidget(self.live_button)
        layout.addWidget(self.restore_button)

        connect = QWidget()
        self.form = AccountForm(keyring_problem)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back to the choice"))
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.setAccessibleName(self.tr("Connect and check the keys"))
        self.connect_button.setDefault(True)
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Connection check result"))
        self.status_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.connect_button)
        connect_layout = QVBoxLayout(connect)
        connect_layout.addWidget(self.form)
        connect_layout.addLayout(buttons)

        self.pages.addWidget(choose)
        self.pages.addWidget(connect)
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages)

        self.practice_button.clicked.connect(self.on_practice_button_clicked)
        self.live_button.clicked.connect(lambda: self._show_page(1))
        self.restore_button.clicked.connect(self.on_restore_button_clicked)
        self.back_button.clicked.connect(lambda: self._show_page(0))
        self.connect_button.clicked.connect(self.on_connect_button_clicked)

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.adjustSize()

    def on_practice_button_clicked(self) -> None:
        self.choice = self.PRACTICE
        self.accept()

    def on_restore_button_clicked(self) -> None:
        self.choice = self.RESTORE
        self.accept()

    @asyncSlot()
    async def on_connect_button_clicked(self) -> None:
        config = self.form.check()
        if config is None:
            return
        self.status_label.setText(self.tr("Checking your keys with Dollr…"))

        from dollr_desktop.api import errors as api_errors

        async def check() -> bool:
            try:
                await self._validate(config)
            except api_errors.AuthenticationError:
                self.form.show_keys_refused()
                return False
            except api_errors.ApiConnectionError as exc:
                self.form.show_field_errors({"base_url": words_for(exc)})
                return False
            return True

        ok = (await self.runner.run("first-run-connect", check, sender=self.connect_button, fields=self.form)).value
        if ok:
            self.status_label.setText(self.tr("Connected."))
            self.choice = self.LIVE
            self.config = config
            self.accept()
        else:
            self.status_label.setText(self.tr("Not connected yet: see the messages above."))
            self.adjustSize()
