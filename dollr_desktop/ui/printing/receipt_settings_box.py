"""Settings → "Business details and receipts": who the receipt is from, its paper and printer.

The business details and "Print automatically when paid" live in `Settings`; the paper and the
printer in `PrinterPreferences` (the same place the Print dialog remembers them). Every change is
saved at once and announced with `sig_changed`, so the next receipt already shows it.
"""
from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QWidget)

from qasync import asyncSlot

from dollr_desktop import paths
from dollr_desktop.settings import Settings
from dollr_desktop.ui.printing.layouts import ReceiptLayout
from dollr_desktop.ui.printing.logo import LOGO_FILE, logo_path, remove_logo, store_logo
from dollr_desktop.ui.printing.printer_prefs import PDF_FOLDER_PRINTER, PrinterPreferences
from dollr_desktop.ui.widgets.flow_row import flow_row
from dollr_desktop.ui.widgets.settings_form import WrappingCheck, settings_form

PREVIEW = QSize(160, 48)

# ReceiptLayout.label values, listed so pyside6-lupdate collects them.
LAYOUT_WORDS = (QT_TRANSLATE_NOOP("ReceiptLayout", "A4 page"), QT_TRANSLATE_NOOP("ReceiptLayout", "Letter page"),
                QT_TRANSLATE_NOOP("ReceiptLayout", "Till receipt, 80 mm"),
                QT_TRANSLATE_NOOP("ReceiptLayout", "Till receipt, 58 mm"))
BUSINESS_FIELDS = ("business_name", "business_phone", "business_email", "business_address")


def merchant_name(settings: Settings | None, fallback_name: str = "") -> str:
    """Who the merchant is on paper (receipts, refund receipts, cash-ups): the business name from
    Settings; the account's name until the merchant types one."""
    name = (settings.business_name.strip() or fallback_name or settings.account_name) if settings is not None \
        else fallback_name
    return name or QCoreApplication.translate("ReceiptSettingsBox", "Merchant")


def merchant_profile(settings: Settings | None, fallback_name: str = "") -> "MerchantProfile":
    """The receipt's issuer from Settings (`merchant_name`, then the business's details)."""
    from dollr_desktop.services.receipts import MerchantProfile   # with the API models: after start-up

    if settings is None:
        return MerchantProfile(name=merchant_name(None, fallback_name))
    return MerchantProfile(
        name=merchant_name(settings, fallback_name),
        phone=settings.business_phone.strip() or None,
        email=settings.business_email.strip() or None,
        address=settings.business_address.strip() or None,
        tax_id=settings.tax_id.strip() or None, ebm_field=settings.print_ebm_reference,
        logo_path=str(logo) if (logo := logo_path(settings)) is not None else None)


class ReceiptSettingsBox(QGroupBox):
    sig_changed = Signal()

    def __init__(self, settings: Callable[[], Settings | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Business details and receipts"))
        self.setObjectName("receiptSettingsBox")
        self._settings = settings
        self._prefs: PrinterPreferences | None = None
        self._loading = False
        self.name_edit = QLineEdit(objectName="businessNameEdit")
        self.phone_edit = QLineEdit(objectName="businessPhoneEdit")
        self.email_edit = QLineEdit(objectName="businessEmailEdit")
        self.address_edit = QLineEdit(objectName="businessAddressEdit")
        self.name_edit.setPlaceholderText(self.tr("The name your customers know"))
        self.address_edit.setPlaceholderText(self.tr("Street, town"))
        self.layout_combo = QComboBox(objectName="receiptPaperCombo")
        for layout in ReceiptLayout:
            self.layout_combo.addItem(QCoreApplication.translate("ReceiptLayout", layout.label),
                                      layout.value)
        self.printer_combo = QComboBox(objectName="receiptPrinterCombo")
        self.folder_edit = QLineEdit(objectName="printFolderEdit")
        self.folder_edit.setPlaceholderText(self.tr("Folder for PDF receipts"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.on_browse_clicked)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        self.folder_row = QWidget()
        self.folder_row.setLayout(folder_row)
        folder_row.setContentsMargins(0, 0, 0, 0)
        self.logo_preview = QLabel()
        self.logo_preview.setAccessibleName(self.tr("Logo on receipts"))
        self.logo_preview.setProperty("role", "hint")
        self.logo_button = QPushButton(self.tr("Choose…"))
        self.logo_button.setAccessibleName(self.tr("Choose a logo for receipts"))
        self.logo_remove_button = QPushButton(self.tr("Remove"))
        self.logo_remove_button.setAccessibleName(self.tr("Remove the logo"))
        self.logo_error = QLabel()
        self.logo_error.setProperty("role", "fieldError")
        self.logo_error.setWordWrap(True)
        self.logo_error.setAccessibleName(self.tr("Logo problem"))
        self.logo_error.hide()
        self.auto_print_row = WrappingCheck(self.tr("Print automatically when paid"), object_name="printWhenPaidCheck")
        self.auto_print_check = self.auto_print_row.check
        self.setToolTip(self.tr("Printed on every receipt. Paper and printer apply to Print and to "
                                "automatic printing."))
        form = settings_form(self)
        for edit, accessible in ((self.name_edit, self.tr("Business name")),
                                 (self.phone_edit, self.tr("Business phone")),
                                 (self.email_edit, self.tr("Business email")),
                                 (self.address_edit, self.tr("Business address"))):
            edit.setAccessibleName(accessible)
        form.addRow(self.tr("Business name"), self.name_edit)
        form.addRow(self.tr("Address"), self.address_edit)
        form.addRow(self.tr("Phone"), self.phone_edit)
        form.addRow(self.tr("Email"), self.email_edit)
        form.addRow(self.tr("Logo"), flow_row(self.logo_preview, self.logo_button, self.logo_remove_button))
        form.addRow("", self.logo_error)
        form.addRow(self.tr("Receipt paper"), self.layout_combo)
        form.addRow(self.tr("Printer"), self.printer_combo)
        form.addRow("", self.folder_row)
        form.addRow("", self.auto_print_row)
        self.layout_combo.setAccessibleName(self.tr("Receipt paper"))
        self.folder_edit.setAccessibleName(self.tr("Folder for PDF receipts"))
        browse.setAccessibleName(self.tr("Choose the folder for PDF receipts"))
        self.printer_combo.setAccessibleName(self.tr("Receipt printer"))
        for edit in (self.name_edit, self.phone_edit, self.email_edit, self.address_edit,
                     self.folder_edit):
            edit.editingFinished.connect(self.save)
        self.layout_combo.currentIndexChanged.connect(self.save)
        self.printer_combo.currentIndexChanged.connect(self.save)
        self.auto_print_check.toggled.connect(self.save)
        self.logo_button.clicked.connect(self.on_logo_button_clicked)
        self.logo_remove_button.clicked.connect(self.on_logo_remove_button_clicked)

    def use_printer_preferences(self, prefs: PrinterPreferences) -> None:
        """The app's one PrinterPreferences (shared with the Print dialog's memory)."""
        self._prefs = prefs
        self.load()

    def load(self) -> None:
        self._loading = True
        try:
            settings = self._settings()
            if settings is not None:
                for name, edit in zip(BUSINESS_FIELDS, self._edits(), strict=True):
                    edit.setText(getattr(settings, name))
                self.auto_print_check.setChecked(settings.print_when_paid)
            self._show_logo()
            prefs = self._prefs or PrinterPreferences.load()
            self.layout_combo.setCurrentIndex(list(ReceiptLayout).index(prefs.receipt_layout))
            self.printer_combo.clear()
            self.printer_combo.addItem(self.tr("Ask every time (no printer chosen)"), "")
            self.printer_combo.addItem(self.tr("Save as PDF in a folder"), PDF_FOLDER_PRINTER)
            for name in QPrinterInfo.availablePrinterNames():
                self.printer_combo.addItem(name, name)
            if prefs.printer_name and self.printer_combo.findData(prefs.printer_name) < 0:
                self.printer_combo.addItem(self.tr("{name} (not connected)").format(
                    name=prefs.printer_name), prefs.printer_name)
            self.printer_combo.setCurrentIndex(max(0, self.printer_combo.findData(prefs.printer_name)))
            self.folder_edit.setText(prefs.print_folder or str(paths.data_dir() / "printed receipts"))
            self.folder_row.setVisible(self.printer_combo.currentData() == PDF_FOLDER_PRINTER)
        finally:
            self._loading = False

    def _show_logo(self) -> None:
        """The logo as it will print (small), or words saying there is none."""
        path = logo_path(self._settings())
        pixmap = QPixmap()
        if path is not None:
            reader = QImageReader(str(path))   # a small PNG the app wrote: decoded at preview size
            size = reader.size()
            if size.isValid() and not size.isEmpty():
                reader.setScaledSize(size.scaled(PREVIEW, Qt.AspectRatioMode.KeepAspectRatio))
            pixmap = QPixmap.fromImage(reader.read())
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
        else:
            self.logo_preview.setText("")
            self.logo_preview.setPixmap(pixmap)
        self.logo_remove_button.setEnabled(not pixmap.isNull())
        self.logo_preview.setMinimumHeight(0 if pixmap.isNull() else min(PREVIEW.height(), pixmap.height()))

    @asyncSlot()
    async def on_logo_button_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Logo for receipts"), str(Path.home()))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif)"))
        from dollr_desktop.ui.printing.receipt_actions import await_dialog

        accepted = await await_dialog(dialog) == QDialog.DialogCode.Accepted
        chosen = dialog.selectedFiles()
        dialog.deleteLater()
        if accepted and chosen:
            await self.use_logo(chosen[0])

    async def use_logo(self, source: str) -> bool:
        """Copy the picture into the data folder and print it on receipts from now on."""
        settings = self._settings()
        if settings is None:
            return False
        self.logo_button.setEnabled(False)
        try:
            stored = await asyncio.to_thread(store_logo, source)
        finally:
            self.logo_button.setEnabled(True)
        self.logo_error.setVisible(not stored)
        if not stored:
            self.logo_error.setText(self.tr("Dollr Desktop cannot read this file as a picture. Choose a PNG or "
                                            "JPEG file."))
            return False
        settings.business_logo = LOGO_FILE
        settings.save()
        self._show_logo()
        self.sig_changed.emit()
        return True

    @asyncSlot()
    async def on_logo_remove_button_clicked(self) -> None:
        settings = self._settings()
        if settings is None:
            return
        settings.business_logo = ""
        settings.save()
        await asyncio.to_thread(remove_logo)
        self.logo_error.hide()
        self._show_logo()
        self.sig_changed.emit()

    def _edits(self) -> tuple[QLineEdit, ...]:
        return (self.name_edit, self.phone_edit, self.email_edit, self.address_edit)

    def save(self, *_: object) -> None:
        if self._loading:
            return
        settings = self._settings()
        if settings is not None:
            for name, edit in zip(BUSINESS_FIELDS, self._edits(), strict=True):
                setattr(settings, name, edit.text().strip())
            settings.print_when_paid = self.auto_print_check.isChecked()
            settings.save()
        prefs = self._prefs or PrinterPreferences.load()
        prefs.layout = self.layout_combo.currentData()
        prefs.printer_name = self.printer_combo.currentData() or ""
        prefs.print_folder = self.folder_edit.text().strip()
        prefs.save()
        self.folder_row.setVisible(prefs.printer_name == PDF_FOLDER_PRINTER)
        self.sig_changed.emit()

    @asyncSlot()
    async def on_browse_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Folder for PDF receipts"), self.folder_edit.text())
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        from dollr_desktop.ui.printing.receipt_actions import await_dialog

        accepted = await await_dialog(dialog) == QDialog.DialogCode.Accepted
        chosen = dialog.selectedFiles()
        dialog.deleteLater()   # parented to a page that lives all day: one chooser per click would stay
        if accepted and chosen:
            self.folder_edit.setText(chosen[0])
            self.save()
