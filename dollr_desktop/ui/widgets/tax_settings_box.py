"""Settings → "Taxes and publishing": the tax rate new documents get, per document or per item,
prices typed with or without tax, the business's TIN and EBM field on receipts, and whether
publishing asks first. Every change is saved at once (the next editor opened uses it)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QLineEdit, QWidget

from dollr_desktop.services.taxes import TAX_RATES
from dollr_desktop.settings import Settings
from dollr_desktop.ui.widgets.settings_form import WrappedLabel, WrappingCheck, settings_form
from dollr_desktop.ui.wording.taxes import tax_choice_words


class TaxSettingsBox(QGroupBox):
    sig_changed = Signal()

    def __init__(self, settings: Callable[[], Settings | None], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Taxes and publishing"), parent)
        self._settings = settings
        self._loading = False
        self.rate_combo = QComboBox()
        self.rate_combo.setAccessibleName(self.tr("Tax rate"))
        self.rate_combo.addItem(tax_choice_words(None), "")
        for code in TAX_RATES:
            self.rate_combo.addItem(tax_choice_words(code), code)
        self.scope_combo = QComboBox()
        self.scope_combo.setAccessibleName(self.tr("Tax applies"))
        self.scope_combo.addItem(self.tr("The whole document"), False)
        self.scope_combo.addItem(self.tr("Each item (its own rate)"), True)
        self.inclusive_row = WrappingCheck(self.tr("The prices I type include tax"))
        self.inclusive_check = self.inclusive_row.check
        self.tin_edit = QLineEdit()
        self.tin_edit.setAccessibleName(self.tr("Tax identification number (TIN)"))
        self.tin_edit.setPlaceholderText(self.tr("Printed on receipts when filled in"))
        self.ebm_row = WrappingCheck(self.tr("Print an EBM receipt reference field (Rwanda)"))
        self.ebm_check = self.ebm_row.check
        self.confirm_row = WrappingCheck(self.tr("Ask before publishing an invoice or order"))
        self.confirm_check = self.confirm_row.check
        hint = WrappedLabel(self.tr("Dollr holds only the lines: the tax is sent as a line of its own and discounts "
                              "lower the prices, so the customer pays exactly the total shown."))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        form = settings_form(self)
        form.addRow(self.tr("Tax"), self.rate_combo)
        form.addRow(self.tr("Applies to"), self.scope_combo)
        form.addRow("", self.inclusive_row)
        form.addRow(self.tr("Tax number (TIN)"), self.tin_edit)
        form.addRow("", self.ebm_row)
        form.addRow("", self.confirm_row)
        form.addRow("", hint)
        self.rate_combo.currentIndexChanged.connect(lambda: self._save(tax_rate=self.rate_combo.currentData()))
        self.scope_combo.currentIndexChanged.connect(lambda: self._save(tax_per_item=bool(self.scope_combo.currentData())))
        self.inclusive_check.toggled.connect(lambda on: self._save(prices_include_tax=on))
        self.tin_edit.editingFinished.connect(lambda: self._save(tax_id=self.tin_edit.text().strip()))
        self.ebm_check.toggled.connect(lambda on: self._save(print_ebm_reference=on))
        self.confirm_check.toggled.connect(lambda on: self._save(confirm_publish=on))

    def load(self) -> None:
        settings = self._settings()
        if settings is None:
            return
        self._loading = True
        try:
            self.rate_combo.setCurrentIndex(max(0, self.rate_combo.findData(settings.tax_rate)))
            self.scope_combo.setCurrentIndex(1 if settings.tax_per_item else 0)
            self.inclusive_check.setChecked(settings.prices_include_tax)
            self.tin_edit.setText(settings.tax_id)
            self.ebm_check.setChecked(settings.print_ebm_reference)
            self.confirm_check.setChecked(settings.confirm_publish)
        finally:
            self._loading = False

    def _save(self, **changes: object) -> None:
        settings = self._settings()
        if settings is None or self._loading:
            return
        if all(getattr(settings, name) == value for name, value in changes.items()):
            return
        for name, value in changes.items():
            setattr(settings, name, value)
        settings.save()
        self.sig_changed.emit()
