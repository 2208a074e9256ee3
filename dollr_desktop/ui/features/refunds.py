"""Refunds: the Refund dialog, opened from a paid payment's row in Payments, its receipt or its
document (hub event REFUND_PAYMENT). Owner only (the hub's MAY "refund"); every refund is
written to the audit log."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from dollr_desktop.services.problems import Problem
from dollr_desktop.services.payment_rows import MoneyRow
from dollr_desktop.ui import hub as events
from dollr_desktop.ui.features import BaseFeature, FeatureContext
from dollr_desktop.ui.wording import account_words, words_for


class RefundsFeature(BaseFeature):
    name = "refunds"

    def __init__(self, ctx: FeatureContext) -> None:
        super().__init__(ctx)
        self.service: Any = None   # services.refunds.RefundService
        self.dialog: Any = None
        ctx.hub.subscribe(events.REFUND_PAYMENT, self.open_refund)

    async def attach(self, session: Any) -> None:
        await super().attach(session)
        self.service = getattr(session, "refunds", None)   # the account session owns it

    async def detach(self) -> None:
        self.service = None
        await super().detach()

    def may_refund(self) -> bool:
        return self.ctx.hub.call(events.MAY, "refund") is not False

    def _say(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("Refunds", "Refund"), text,
                          QMessageBox.StandardButton.Ok, self.ctx.window)
        box.setAccessibleName(QCoreApplication.translate("Refunds", "Refund message"))
        box.open()
        self.message = box

    async def open_refund(self, what: Any) -> Any:
        """`what`: a payment list row (dict), a MoneyRow, or (source type, source id)."""
        if not self.may_refund():
            self._say(QCoreApplication.translate("Refunds", "Only the owner can give refunds. Ask the owner to sign in."))
            return None
        if self.service is None:
            return None
        if isinstance(what, tuple):
            row = await self.service.row_for(*what)
        elif isinstance(what, dict):
            row = MoneyRow.from_row(dict(what))
        else:
            row = what
        try:
            if row is None:
                raise Problem("refund.not_paid")
            target = await self.service.target(row)
        except Problem as problem:
            self._say(words_for(problem))
            return None
        from dollr_desktop.ui.refunds.refund_dialog import RefundDialog

        from dollr_desktop.ui.printing.receipt_settings_box import merchant_name

        merchant = merchant_name(self.ctx.settings, account_words(getattr(self.session, "config", None)))
        dialog = RefundDialog(self.service, target, merchant=merchant, parent=self.ctx.window)
        dialog.sig_refunded.connect(self._refunded)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _refunded(self, entry: Any) -> None:
        self.ctx.hub.emit(events.AUDIT, "refund", {
            "reference_id": entry.reference_id, "refund_of": entry.refund_of, "amount": str(entry.amount),
            "currency": entry.currency, "state": entry.state.value})
        self.ctx.hub.emit(events.DATA_CHANGED)
