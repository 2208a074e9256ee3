"""Settings → The till: the currency a new sale starts in, and the customer display's screen."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QWidget

from dollr_desktop.settings import Settings
from dollr_desktop.ui.money import CURRENCIES
from dollr_desktop.ui.till.customer_display import screens
from dollr_desktop.ui.widgets.settings_form import WrappedLabel, settings_form


class TillSettingsBox(QGroupBox):
    sig_changed = Signal()

    def __init__(self, settings: Callable[[], Settings | None], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("The till"), parent)
        self._settings = settings
        self.currency_combo = QComboBox()
        self.currency_combo.setAccessibleName(self.tr("Default currency"))
        for code in CURRENCIES:
            self.currency_combo.addItem(code, code)
        self.display_combo = QComboBox()
        self.display_combo.setAccessibleName(self.tr("Customer display"))
        hint = WrappedLabel(self.tr("A second window for a screen facing the customer: the basket, the total, "
                              "the QR code to scan, and “Paid, thank you”."))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        form = settings_form(self)
        form.addRow(self.tr("Default currency"), self.currency_combo)
        form.addRow(self.tr("Customer display"), self.display_combo)
        form.addRow("", hint)
        self.load()
        self.currency_combo.currentIndexChanged.connect(self.on_combo_changed)
        self.display_combo.currentIndexChanged.connect(self.on_combo_changed)

    def load(self) -> None:
        settings = self._settings()
        self.currency_combo.blockSignals(True)
        self.display_combo.blockSignals(True)
        self.display_combo.clear()
        self.display_combo.addItem(self.tr("None"), "")
        for number, (name, _screen) in enumerate(screens(), start=1):
            self.display_combo.addItem(self.tr("Screen {number}: {name}").format(number=number, name=name), name)
        if settings is not None:
            self.currency_combo.setCurrentIndex(max(0, self.currency_combo.findData(settings.default_currency)))
            wanted = settings.customer_display
            index = self.display_combo.findData(wanted)
            if index < 0 and wanted:   # a screen not plugged in now: keep the choice visible
                self.display_combo.addItem(self.tr("{name} (not connected)").format(name=wanted), wanted)
                index = self.display_combo.count() - 1
            self.display_combo.setCurrentIndex(max(0, index))
        self.currency_combo.blockSignals(False)
        self.display_combo.blockSignals(False)

    def on_combo_changed(self, _index: int) -> None:
        settings = self._settings()
        if settings is None:
            return
        settings.default_currency = self.currency_combo.currentData()
        settings.customer_display = self.display_combo.currentData() or ""
        settings.save()
        self.sig_changed.emit()
