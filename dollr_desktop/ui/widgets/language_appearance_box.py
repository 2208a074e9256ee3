"""Settings → Language and appearance: English, French or Kinyarwanda; light, dark or like the computer; the text
size (the computer's, or 125 % / 150 % of it).

A new language applies at once to new windows, amounts and dates; screens already built keep their
words, so the box says a restart is needed and offers a button that restarts the app."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QPushButton, QWidget

from dollr_desktop.ui import i18n
from dollr_desktop.settings import Settings
from dollr_desktop.ui import theme
from dollr_desktop.ui.text_size import SIZES, apply_text_size, current_text_size
from dollr_desktop.ui.widgets.settings_form import settings_form


class LanguageAppearanceBox(QGroupBox):
    sig_language_changed = Signal(str)
    sig_appearance_changed = Signal(str)

    def __init__(self, settings: Callable[[], Settings | None], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Language and appearance"), parent)
        self._settings = settings
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Language"))
        for code in i18n.available_languages():
            self.language_combo.addItem(i18n.language_name(code), code)
        self.appearance_combo = QComboBox()
        self.appearance_combo.setAccessibleName(self.tr("Appearance"))
        for value, label in ((theme.Appearance.SYSTEM, self.tr("Like this computer")),
                             (theme.Appearance.LIGHT, self.tr("Light")),
                             (theme.Appearance.DARK, self.tr("Dark"))):
            self.appearance_combo.addItem(label, value.value)
        self.text_size_combo = QComboBox()
        self.text_size_combo.setAccessibleName(self.tr("Text size"))
        for size, label in zip(SIZES, (self.tr("Normal (100 %)"), self.tr("Large (125 %)"),
                                       self.tr("Larger (150 %)")), strict=True):
            self.text_size_combo.addItem(label, size)
        self.restart_label = QLabel()
        self.restart_label.setProperty("role", "hint")
        self.restart_label.setWordWrap(True)
        self.restart_label.setAccessibleName(self.tr("Language note"))
        self.restart_label.setVisible(False)   # until a new language is chosen
        form = settings_form(self)
        form.addRow(self.tr("Language"), self.language_combo)
        form.addRow(self.tr("Appearance"), self.appearance_combo)
        form.addRow(self.tr("Text size"), self.text_size_combo)
        self.restart_button = QPushButton(self.tr("Restart now"))
        self.restart_button.setAccessibleName(self.tr("Restart Dollr Desktop now"))
        self.restart_button.setVisible(False)
        self.restart_button.clicked.connect(self.on_restart_button_clicked)
        form.addRow(self.restart_label)
        form.addRow(self.restart_button)
        self.load()
        self.language_combo.currentIndexChanged.connect(self.on_language_combo_current_index_changed)
        self.appearance_combo.currentIndexChanged.connect(self.on_appearance_combo_current_index_changed)
        self.text_size_combo.currentIndexChanged.connect(self.on_text_size_combo_current_index_changed)

    def load(self) -> None:
        """Show what is in use now (start-up applied the saved choice, or the system's)."""
        settings = self._settings()
        language = i18n.current_language()
        manager = theme.current_manager()
        appearance = (manager.appearance.value if manager is not None else
                      settings.appearance if settings is not None else theme.Appearance.SYSTEM.value)
        for combo, value in ((self.language_combo, language), (self.appearance_combo, appearance),
                             (self.text_size_combo, current_text_size())):
            index = combo.findData(value)
            combo.blockSignals(True)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def _save(self, **changes: object) -> None:
        settings = self._settings()
        if settings is None:
            return
        for name, value in changes.items():
            setattr(settings, name, value)
        settings.save()

    def on_language_combo_current_index_changed(self, _index: int) -> None:
        code = self.language_combo.currentData()
        i18n.install(code)
        self._save(language=code)
        # Screens already built keep their words until the next start; new windows and every
        # amount and date follow the new language at once.
        self.restart_label.setText(restart_note(code))
        self.restart_label.setVisible(True)
        self.restart_button.setText(QCoreApplication.translate("LanguageAppearanceBox", "Restart now"))
        self.restart_button.setVisible(True)
        self.sig_language_changed.emit(code)

    def on_restart_button_clicked(self) -> None:
        from dollr_desktop.ui.restart import restart

        restart(self.window())

    def on_text_size_combo_current_index_changed(self, _index: int) -> None:
        size = apply_text_size(self.text_size_combo.currentData())
        self._save(text_size=size)
        # The words that follow the app's font change at once; headings sized on their own at the next start.
        self.restart_label.setText(self.tr("Restart Dollr Desktop to see every screen at this size."))
        self.restart_label.setVisible(True)
        self.restart_button.setVisible(True)

    def on_appearance_combo_current_index_changed(self, _index: int) -> None:
        value = self.appearance_combo.currentData()
        theme.apply_appearance(value)
        self._save(appearance=value)
        self.sig_appearance_changed.emit(value)


def restart_note(code: str) -> str:
    """Said in the language just chosen (its catalogue is already installed)."""
    return QCoreApplication.translate(
        "LanguageAppearanceBox", "Restart Dollr Desktop to see every screen in {language}.").format(
        language=i18n.language_name(code))
