"""The receipt window: a preview of the receipt and what can be done with it."""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QComboBox, QDialog, QHBoxLayout, QLabel, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)
from qasync import asyncSlot
from shiboken6 import isValid

from dollr_desktop.services.receipts import ReceiptData
from dollr_desktop.ui.widgets.fit import fit_to_screen
from dollr_desktop.ui.errors import show_error
from dollr_desktop.ui.printing.layouts import ReceiptLayout
from dollr_desktop.ui.printing.receipt_actions import ReceiptActions

log = logging.getLogger(__name__)
PREVIEW_WIDTH = {True: 360, False: 640}   # till / full page, in screen pixels


class ReceiptDialog(QDialog):
    def __init__(self, data: ReceiptData, actions: ReceiptActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data, self.actions = data, actions
        self.setObjectName("receiptDialog")
        self.setWindowTitle(self.tr("Receipt {number}").format(number=data.document_number))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        self.layout_combo = QComboBox(objectName="receiptLayoutCombo")
        for layout in ReceiptLayout:
            self.layout_combo.addItem(layout.label, layout.value)
        self.layout_combo.setCurrentIndex(list(ReceiptLayout).index(actions.layout))
        self.layout_combo.setAccessibleName(self.tr("Receipt paper"))
        self.preview_label = QLabel(self.tr("Preparing the receipt…"), objectName="receiptPreview")
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidget(self.preview_label)
        scroll.setWidgetResizable(True)
        scroll.setMinimumSize(320, 200)
        fit_to_screen(self, 720, 640)   # roomy where the screen allows, never taller than it
        self.status_label = QLabel("", objectName="receiptStatus")
        self.status_label.setAccessibleName(self.tr("Receipt status"))
        self.preview_label.setAccessibleName(self.tr("Receipt preview"))
        self.status_label.setWordWrap(True)
        actions.sig_status.connect(self.status_label.setText)

        self.print_button = self._button(self.tr("Print…"), "printButton")
        self.preview_button = self._button(self.tr("Print preview…"), "previewButton")
        self.pdf_button = self._button(self.tr("Save as PDF…"), "savePdfButton")
        self.email_button = self._button(self.tr("Email"), "emailButton")
        self.whatsapp_button = self._button(self.tr("WhatsApp"), "whatsappButton")
        close_button = self._button(self.tr("Close"), "closeButton")
        self.refund_button = QPushButton(self.tr("Refund…"), objectName="refundButton")
        self.refund_button.setAccessibleName(self.tr("Refund this payment"))
        self.refund_button.setVisible(False)   # shown when someone handles it (receipts feature)
        self.email_button.setToolTip(self.tr("Open the mail client with the receipt link; "
                                     "the PDF is saved for attaching"))
        self.whatsapp_button.setEnabled(bool(data.customer_phone))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Paper:")))
        top.addWidget(self.layout_combo)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.print_button, self.preview_button, self.pdf_button,
                       self.email_button, self.whatsapp_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.refund_button)
        buttons.addWidget(close_button)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(scroll, 1)
        box.addWidget(self.status_label)
        box.addLayout(buttons)

        self.layout_combo.currentIndexChanged.connect(self.on_layout_combo_changed)
        self.print_button.clicked.connect(self.on_print_button_clicked)
        self.preview_button.clicked.connect(self.on_preview_button_clicked)
        self.pdf_button.clicked.connect(self.on_pdf_button_clicked)
        self.email_button.clicked.connect(lambda: self.on_share("email"))
        self.whatsapp_button.clicked.connect(lambda: self.on_share("whatsapp"))
        close_button.clicked.connect(self.reject)
        self.on_layout_combo_changed()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.setAccessibleName(text.rstrip("…"))
        return button

    @property
    def chosen_layout(self) -> ReceiptLayout:
        return ReceiptLayout(self.layout_combo.currentData())

    def on_layout_combo_changed(self, *_args) -> None:
        self.actions.remember_layout(self.chosen_layout)
        self.refresh_preview()

    @asyncSlot()
    async def refresh_preview(self) -> None:
        """Render the preview image on the worker thread, then show it.

        The dialog deletes itself on close, possibly before (or while) the image renders: then
        there is nothing left to show it in, and that is fine.
        """
        if not self._alive():
            return
        layout = self.chosen_layout
        image = await self.actions.exporter.render_image(self.data, layout,
                                                         PREVIEW_WIDTH[layout.is_till])
        if self._alive() and self.chosen_layout is layout:   # not switched again meanwhile
            self.preview_label.setPixmap(QPixmap.fromImage(image))

    def _alive(self) -> bool:
        return isValid(self) and isValid(self.layout_combo) and isValid(self.preview_label)

    async def _guarded(self, button: QPushButton, work) -> None:
        button.setEnabled(False)
        try:
            await work
        except OSError as exc:
            log.warning("Receipt action failed: %s", exc)
            show_error(self, self.tr("The receipt could not be written. Check the folder or printer, "
                                     "then try again."), str(exc))
        finally:
            button.setEnabled(True)

    @asyncSlot()
    async def on_print_button_clicked(self) -> None:
        await self._guarded(self.print_button,
                            self.actions.print_receipt(self, self.data, self.chosen_layout))

    @asyncSlot()
    async def on_preview_button_clicked(self) -> None:
        await self._guarded(self.preview_button,
                            self.actions.preview(self, self.data, self.chosen_layout))

    @asyncSlot()
    async def on_pdf_button_clicked(self) -> None:
        await self._guarded(self.pdf_button,
                            self.actions.save_pdf(self, self.data, self.chosen_layout))

    @asyncSlot()
    async def on_share(self, channel: str) -> None:
        button = self.email_button if channel == "email" else self.whatsapp_button
        await self._guarded(button, self.actions.share(self.data, channel, self.chosen_layout))
