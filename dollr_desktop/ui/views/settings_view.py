"""Settings: the business first, then language and look, people and backups, and the Dollr connection."""
from __future__ import annotations

from collections.abc import Awaitable, Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QStackedLayout, QToolButton, QVBoxLayout, QWidget)
from qasync import asyncSlot

from dollr_desktop import paths
from dollr_desktop.services.account import AccountConfig
from dollr_desktop.settings import Settings
from dollr_desktop.ui.people.owner_only_panel import OwnerOnlyPanel
from dollr_desktop.ui.printing.receipt_settings_box import ReceiptSettingsBox
from dollr_desktop.ui.runner import OperationRunner
from dollr_desktop.ui.wording import words_for
from dollr_desktop.ui.theme import set_icon
from dollr_desktop.ui.widgets.about_settings_box import AboutSettingsBox
from dollr_desktop.ui.widgets.account_form import AccountForm
from dollr_desktop.ui.widgets.backup_settings_box import BackupSettingsBox
from dollr_desktop.ui.widgets.language_appearance_box import LanguageAppearanceBox
from dollr_desktop.ui.widgets.tax_settings_box import TaxSettingsBox
from dollr_desktop.ui.widgets.flow_row import flow_row
from dollr_desktop.ui.widgets.people_settings_box import PeopleSettingsBox
from dollr_desktop.ui.widgets.settings_form import align_label_columns, section, section_heading
from dollr_desktop.ui.widgets.till_settings_box import TillSettingsBox


class SettingsView(QWidget):
    """One scrolling page in sections, the business first: "Your business" (details, receipts, taxes, the
    till), "Language and appearance", "People and security" (people, backups), then "Dollr connection
    (advanced)" (the account in use, practice mode, the keys, the data folder: folded away until asked for, or
    open when no account is connected) and "About"."""

    sig_practice_requested = Signal()
    sig_live_connected = Signal(object)    # AccountConfig, validated
    sig_sync_requested = Signal()

    def __init__(self, runner: OperationRunner, validate: Callable[[AccountConfig], Awaitable[None]],
                 keyring_problem: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._validate = validate
        self._settings: Settings | None = None
        self.language_box = LanguageAppearanceBox(lambda: self._settings)
        self.language_box.setTitle("")      # the section's heading says it
        self.receipts_box = ReceiptSettingsBox(lambda: self._settings)
        self.about_box = AboutSettingsBox()
        self.about_box.setTitle("")
        self.tax_box = TaxSettingsBox(lambda: self._settings)
        self.backup_box = BackupSettingsBox(lambda: self._settings)
        self.people_box = PeopleSettingsBox()
        self.till_box = TillSettingsBox(lambda: self._settings)
        title = QLabel(self.tr("Settings"))
        title.setProperty("role", "pageTitle")

        # Dollr connection (advanced) ----------------------------------------------------------------
        self.current_label = QLabel()
        self.current_label.setAccessibleName(self.tr("Current account"))
        self.current_label.setWordWrap(True)
        self.practice_button = QPushButton(self.tr("Switch to practice mode"))
        self.practice_button.setAccessibleName(self.tr("Switch to practice mode"))
        self.sync_button = QPushButton(self.tr("Sync now"))
        set_icon(self.sync_button, "sync")
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        now_box = QGroupBox(self.tr("Account in use"))
        now_layout = QVBoxLayout(now_box)
        now_layout.addWidget(self.current_label)
        now_layout.addWidget(flow_row(self.sync_button, self.practice_button))

        live_box = QGroupBox(self.tr("Connect my Dollr account"))
        self.form = AccountForm(keyring_problem)
        self.connect_button = QPushButton(self.tr("Check and connect"))
        self.connect_button.setAccessibleName(self.tr("Check the keys and connect"))
        self.connect_result = QLabel()
        self.connect_result.setAccessibleName(self.tr("Connection check result"))
        self.connect_result.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.connect_result, 1)
        buttons.addWidget(self.connect_button)
        live_layout = QVBoxLayout(live_box)
        live_layout.addWidget(self.form)
        live_layout.addLayout(buttons)

        data_label = QLabel(self.tr("Your data is kept in {folder}").format(folder=paths.data_dir()))
        data_label.setProperty("role", "hint")
        data_label.setAccessibleName(self.tr("Data folder"))
        data_label.setWordWrap(True)
        data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        connection_hint = QLabel(self.tr("The keys and addresses this app uses to reach Dollr, practice mode and "
                                         "where your data is kept. You set these up once."))
        connection_hint.setProperty("role", "hint")
        connection_hint.setWordWrap(True)
        self.connection_toggle = QToolButton()
        self.connection_toggle.setCheckable(True)
        self.connection_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.connection_panel = QWidget()
        panel_layout = QVBoxLayout(self.connection_panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        panel_layout.addWidget(now_box)
        panel_layout.addWidget(live_box)
        panel_layout.addWidget(data_label)

        # The page: headings a person reads, in the order the issue asks for -------------------------
        self.headings = {
            "business": section_heading(self.tr("Your business")),
            "language": section_heading(self.tr("Language and appearance")),
            "people": section_heading(self.tr("People and security")),
            "connection": section_heading(self.tr("Dollr connection (advanced)")),
            "about": section_heading(self.tr("About")),
        }
        self.connection_section = section(self.headings["connection"], connection_hint, self.connection_toggle,
                                          self.connection_panel)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(section(self.headings["business"], self.receipts_box, self.tax_box, self.till_box))
        align_label_columns(self.receipts_box, self.tax_box, self.till_box)
        layout.addWidget(section(self.headings["language"], self.language_box))
        layout.addWidget(section(self.headings["people"], self.people_box, self.backup_box))
        layout.addWidget(self.connection_section)
        layout.addWidget(section(self.headings["about"], self.about_box))
        layout.addStretch(1)
        # Scrolls down (the page is taller than a small screen), never sideways.
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        self.owner_only = OwnerOnlyPanel(self.tr("Settings and keys are the owner's. Switch to the owner to "
                                                 "change them."), self.tr("Settings"))
        outer = QStackedLayout(self)   # staff see why it is closed instead of the settings
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        outer.addWidget(self.owner_only)
        self._outer = outer
        self.show_connection(False)
        self.practice_button.clicked.connect(self.sig_practice_requested)
        self.sync_button.clicked.connect(self.sig_sync_requested)
        self.connect_button.clicked.connect(self.on_connect_button_clicked)
        self.connection_toggle.toggled.connect(self.on_connection_toggle_toggled)

    def show_connection(self, shown: bool) -> None:
        """Open or fold the Dollr connection section (its button says which)."""
        if self.connection_toggle.isChecked() != shown:
            self.connection_toggle.setChecked(shown)   # comes back here through toggled
            return
        self.connection_panel.setVisible(shown)
        self.connection_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        text = (self.tr("Hide the Dollr connection settings") if shown
                else self.tr("Show the Dollr connection settings"))
        self.connection_toggle.setText(text)
        self.connection_toggle.setAccessibleName(text)

    @property
    def connection_shown(self) -> bool:
        return self.connection_toggle.isChecked()

    def on_connection_toggle_toggled(self, shown: bool) -> None:
        self.show_connection(shown)
        if shown:   # what was asked for comes into view: the section from its heading down
            QTimer.singleShot(0, self, self._scroll_to_connection)

    def _scroll_to_connection(self) -> None:
        self.scroll.verticalScrollBar().setValue(self.connection_section.y())

    def set_locked(self, locked: bool) -> None:
        """Staff at the computer: the settings are replaced by a notice (and a way to switch user)."""
        self._outer.setCurrentIndex(1 if locked else 0)

    @property
    def locked(self) -> bool:
        return self._outer.currentIndex() == 1

    def show_account(self, settings: Settings, config: AccountConfig | None) -> None:
        self.form.load(settings)
        self._settings = settings
        self.language_box.load()
        self.receipts_box.load()
        self.tax_box.load()
        self.backup_box.load()
        self.till_box.load()
        if config is None:   # nothing connected: the person came here to connect
            self.current_label.setText(self.tr("Not connected."))
            self.show_connection(True)
        elif config.is_practice:
            self.current_label.setText(self.tr("Now: <b>Practice mode</b> with demo money on this computer."))
        else:
            self.current_label.setText(self.tr("Now: <b>Live</b> account {client_id} at {url}.").format(
                client_id=config.client_id, url=config.base_url))
        self.practice_button.setEnabled(config is None or not config.is_practice)

    @asyncSlot()
    async def on_connect_button_clicked(self) -> None:
        config = self.form.check()
        if config is None:
            return
        self.connect_result.setText(self.tr("Checking your keys with Dollr…"))

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

        if (await self.runner.run("settings-connect", check, sender=self.connect_button, fields=self.form)).value:
            self.connect_result.setText(self.tr("Connected."))
            self.form.client_secret_edit.clear()
            self.sig_live_connected.emit(config)
        else:
            self.connect_result.setText(self.tr("Not connected: see the messages above."))
