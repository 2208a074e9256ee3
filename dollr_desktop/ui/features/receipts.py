"""Receipts: preview, print, save and share; batch export; "print automatically when paid".
The printer preferences and the exporter live as long as the app (one `ReceiptActions`)."""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication
from shiboken6 import isValid

from dollr_desktop.ui import hub as events
from dollr_desktop.ui.features import BaseFeature, FeatureContext
from dollr_desktop.ui.wording import account_words

log = logging.getLogger(__name__)


def no_printer_text() -> str:
    return QCoreApplication.translate("CollectFeature", "The receipt was not printed: no printer is chosen. "
               "Choose one in Settings → Business details and receipts.")


class ReceiptsFeature(BaseFeature):
    name = "receipts"

    def __init__(self, ctx: FeatureContext) -> None:
        super().__init__(ctx)
        from dollr_desktop.ui.printing.receipt_actions import ReceiptActions

        self.receipt_actions = ReceiptActions()
        self.receipt_actions.sig_status.connect(lambda text: self.show_status(text, 15_000))
        self.receipt_dialog: Any = None
        self.export_dialog: Any = None
        self._auto_printed: set[tuple[str, int]] = set()
        hub = ctx.hub
        hub.subscribe(events.SHOW_RECEIPT, self.show_receipt)
        hub.subscribe(events.EXPORT_RECEIPTS, self.open_batch_export)
        hub.subscribe(events.RECEIPT_BUTTON, self.receipt_button)
        hub.subscribe(events.DOCUMENT_PAID, self.auto_print)
        hub.subscribe(events.SETTINGS_CHANGED, self.on_settings_changed)
        hub.subscribe(events.PRINTER_PREFERENCES, lambda: self.receipt_actions.prefs)

    def merchant(self) -> Any:
        """Who the receipts are from: Settings' business details, else the account's name."""
        from dollr_desktop.ui.printing.receipt_settings_box import merchant_profile

        config = self.session.config if self.session is not None else None
        return merchant_profile(self.ctx.settings, account_words(config))

    async def detach(self) -> None:
        for dialog in (self.receipt_dialog, self.export_dialog):
            if dialog is not None and isValid(dialog):
                dialog.close()
        await super().detach()

    def on_settings_changed(self) -> None:
        self.service()

    def service(self) -> Any:
        """The open account's receipt service, issuing receipts as Settings' business details say."""
        receipts = self.session.receipts if self.session is not None else None
        if receipts is not None:
            receipts.merchant = self.merchant()
        return receipts

    def close(self) -> None:
        self.receipt_actions.close()

    def receipt_button(self) -> Any:
        from dollr_desktop.ui.printing.receipt_actions import ReceiptButton

        receipts = self.service()
        return ReceiptButton(receipts, self.receipt_actions, self.ctx.runner) if receipts is not None else None

    async def show_receipt(self, kind: str, document_id: int) -> Any:
        from dollr_desktop.ui.printing.receipt_actions import show_receipt

        receipts = self.service()
        if receipts is None:
            return None
        self.receipt_dialog = await show_receipt(self.ctx.window, receipts, kind, document_id,
                                                 actions=self.receipt_actions, runner=self.ctx.runner)
        if self.receipt_dialog is not None and hasattr(self.receipt_dialog, "refund_button"):
            self.receipt_dialog.refund_button.setVisible(True)
            self.receipt_dialog.refund_button.clicked.connect(
                lambda: self.ctx.hub.emit(events.REFUND_PAYMENT, (str(kind), int(document_id))))
        return self.receipt_dialog

    def open_batch_export(self) -> Any:
        """Payments → "Export receipts…": a date range of receipts to PDFs in a folder."""
        from dollr_desktop.ui.printing.batch_export_dialog import BatchExportDialog

        receipts = self.service()
        if receipts is None:
            return None
        if self.ctx.hub.call(events.MAY, "export") is False:   # people: exports are the owner's
            self.ctx.hub.emit(events.NOTICE, QCoreApplication.translate("People", "Only the owner can do this."))
            return None
        self.ctx.hub.emit(events.AUDIT, "export", {"what": "receipts"})
        if self.export_dialog is not None and isValid(self.export_dialog) and self.export_dialog.isVisible():
            self.export_dialog.raise_()
            return self.export_dialog
        self.export_dialog = BatchExportDialog(receipts, self.receipt_actions, self.ctx.window)
        self.export_dialog.show()
        return self.export_dialog

    async def auto_print(self, source_type: str, source_id: int) -> bool:
        """"Print automatically when paid": once per document, on the remembered printer."""
        from dollr_desktop.ui.printing.receipt_actions import print_when_paid

        key = (source_type, int(source_id))
        receipts = self.service()
        if receipts is None or not self.ctx.settings.print_when_paid or key in self._auto_printed:
            return False
        self._auto_printed.add(key)
        if not self.receipt_actions.has_remembered_printer():
            self.ctx.hub.emit(events.NOTICE, QCoreApplication.translate("CollectFeature", "Paid:") + " " + no_printer_text())
            return False
        try:
            return await print_when_paid(receipts, source_type, source_id, self.receipt_actions)
        except Exception as exc:   # a paid payment stays paid: say what went wrong with the paper
            log.warning("Automatic receipt printing failed: %s", type(exc).__name__)
            self.ctx.hub.emit(events.NOTICE, QCoreApplication.translate("CollectFeature", "Paid, but the receipt could not be printed. "
                                                 "Open it from Payments to print it again."))
            return False
