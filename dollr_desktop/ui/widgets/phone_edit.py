"""A phone number field with its country, and the operator detected as the person types."""
from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from dollr_desktop.services.phones import COUNTRIES, PhoneInfo, describe
from dollr_desktop.ui.formatting import country_label, phone_label
from dollr_desktop.ui.wording.catalogue import method_words
from dollr_desktop.ui.wording.phones import phone_words


class PhoneEdit(QWidget):
    sig_changed = Signal(object)   # PhoneInfo

    def __init__(self, default_country: str = "LR", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.country_combo = QComboBox()
        self.country_combo.setAccessibleName(self.tr("Phone country"))
        for country in COUNTRIES.values():
            self.country_combo.addItem(f"{country_label(country.iso)} (+{country.calling_code})", country.iso)
        self.country_combo.setCurrentIndex(max(0, self.country_combo.findData(default_country)))
        self.number_edit = QLineEdit()
        self.number_edit.setAccessibleName(self.tr("Phone number"))
        self.number_edit.setPlaceholderText(self.tr("e.g. 0771234567"))
        self.detected_label = QLabel()
        self.detected_label.setAccessibleName(self.tr("Detected country and operator"))
        self.detected_label.setProperty("role", "hint")
        self.detected_label.setWordWrap(True)   # a narrow panel or a large font: the hint wraps, never cut
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.country_combo)
        row.addWidget(self.number_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.detected_label)
        self.number_edit.textChanged.connect(self.on_number_edit_text_changed)
        self.country_combo.currentIndexChanged.connect(self.on_number_edit_text_changed)
        self.setFocusProxy(self.number_edit)
        self.info = describe("", default_country)
        self.on_number_edit_text_changed()

    def set_number(self, digits: str) -> None:
        self.number_edit.setText(("+" + digits) if digits and not digits.startswith("+") else digits)

    def digits(self) -> str:
        return self.info.digits

    @Slot()
    def on_number_edit_text_changed(self, *_: object) -> None:
        self.info: PhoneInfo = describe(self.number_edit.text(), self.country_combo.currentData())
        if self.number_edit.text().strip() and self.info.country:
            # Follow the number: typing +250… moves the country to Rwanda.
            index = self.country_combo.findData(self.info.country.iso)
            if index >= 0 and index != self.country_combo.currentIndex() and self.number_edit.text().strip().startswith("+"):
                self.country_combo.blockSignals(True)
                self.country_combo.setCurrentIndex(index)
                self.country_combo.blockSignals(False)
        if not self.number_edit.text().strip():
            text = self.tr("Type the number the way you would dial it.")
        elif self.info.valid and self.info.problem is None:
            where = (method_words(self.info.operator.payment_method) if self.info.operator   # names its country
                     else country_label(self.info.country.iso) if self.info.country else "")
            text = f"✓ {where} · {phone_label(self.info.digits)}" if where else f"✓ {phone_label(self.info.digits)}"
        else:
            text = ("⚠ " if not self.info.valid else "ℹ ") + phone_words(self.info)
        self.detected_label.setText(text)
        self.sig_changed.emit(self.info)
