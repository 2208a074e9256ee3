"""Collecting a payment: one collect dialog per document, quick sale, and the notices when a
payment ends, whether or not its dialog is still open. The payment's state is recorded by the
services that learn it; this feature only tells the merchant and asks the others to refresh."""
from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import QCoreApplication
from shiboken6 import isValid

from dollr_desktop.ui import hub as events
from dollr_desktop.ui.features import BaseFeature, FeatureContext
from dollr_desktop.ui.wording.payments import collection_failure_words
from dollr_desktop.ui.wording import account_words


def notice_for(event: Any) -> str:
    from dollr_desktop.store.journal import PaymentState
    from dollr_desktop.ui.money import format_money

    e = event.entry
    who = e.party_name or QCoreApplication.translate("CollectFeature", "the customer")
    what = e.source_number or QCoreApplication.translate("CollectFeature", "the payment")
    if e.state is PaymentState.COMPLETED:
        return QCoreApplication.translate("CollectFeature", "Paid: {what} · {amount} from {who}.").format(
            what=what, amount=format_money(e.amount, e.currency), who=who)
    if e.state is PaymentState.FAILED:
        return QCoreApplication.translate("CollectFeature", "Payment failed: {what} from {who}: {reason}.").format(
            what=what, who=who, reason=collection_failure_words(e.failure_code))
    return QCoreApplication.translate("CollectFeature", "{what}: Dollr has no record of the request, so no money moved. You can try again.").format(what=what)


class CollectFeature(BaseFeature):
    name = "collect"

    def __init__(self, ctx: FeatureContext) -> None:
        super().__init__(ctx)
        self.dialogs: dict[tuple[str, int], Any] = {}   # one collect dialog per document
        self.quick_sale_dialog: Any = None
        hub = ctx.hub
        hub.subscribe(events.COLLECT, self.collect)
        hub.subscribe(events.QUICK_SALE, self.open_quick_sale)
        hub.subscribe(events.PAYMENT_CHANGED, self.on_payment_changed)

    async def detach(self) -> None:
        if self.quick_sale_dialog is not None and isValid(self.quick_sale_dialog):
            self.quick_sale_dialog.reject()
        for dialog in list(self.dialogs.values()):
            if isValid(dialog):
                dialog.close()
                await dialog.link.stop()   # its source watcher writes to the store: stop it first
        self.dialogs.clear()
        await super().detach()

    # dialogs ------------------------------------------------------------------------------------
    async def collect(self, kind: str, document_id: int, draft: Any = None) -> Any:
        """From a list (kind, id) or an editor (its draft): the collect dialog of that document."""
        session = self.session
        if session is None or not session.is_open:
            return None
        if draft is None:
            outcome = await self.ctx.runner.run(f"open-{kind}-{document_id}",
                                                lambda: session.invoicing.load(kind, document_id))
            if not outcome.ok:
                return None
            draft = outcome.value
        return await self.open_dialog(draft)

    async def target_for(self, draft: Any) -> Any:
        from dollr_desktop.ui.collect.target import CollectTarget

        contact = None
        if draft.counterparty_id is not None:
            contact = await self.session.contacts.get(draft.counterparty_id)
        languages = getattr(self.session.store, "customer_languages", None)
        phone = getattr(contact, "phone", None) or ""
        language = await asyncio.to_thread(languages.get, phone) if languages is not None and phone else None
        return CollectTarget(
            source_type=str(draft.kind), source_id=int(draft.id), source_number=draft.number,
            total=draft.total, currency=draft.currency, counterparty_id=draft.counterparty_id,
            party_id=getattr(contact, "party_id", None),
            customer_name=getattr(contact, "name", None) or draft.counterparty_name,
            phone=getattr(contact, "phone", None) or "", email=getattr(contact, "email", None) or "",
            payment_link=bool(draft.as_payment_link), language=language)

    def _new_dialog(self, target: Any) -> Any:
        from dollr_desktop.ui.collect.collect_dialog import CollectDialog

        session = self.session
        dialog = CollectDialog(self.ctx.runner, session.collection, session.links, target,
                               receipt_button=self.ctx.hub.call(events.RECEIPT_BUTTON),
                               merchant_name=account_words(session.config), parent=self.ctx.window)
        key = (target.source_type, int(target.source_id))
        self.dialogs[key] = dialog
        dialog.finished.connect(lambda _r=0, k=key: self.dialogs.pop(k, None))
        dialog.sig_paid.connect(self.on_dialog_paid)
        return dialog

    async def open_dialog(self, draft: Any) -> Any:
        """One dialog per document: a second request raises the open one (no second payment)."""
        if self.session is None or not self.session.is_open or draft.id is None:
            return None
        dialog = self.dialogs.get((str(draft.kind), int(draft.id)))
        if dialog is not None:
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        dialog = self._new_dialog(await self.target_for(draft))
        dialog.show()
        await dialog.start()
        return dialog

    async def open_quick_sale(self) -> Any:
        """Who, what, how much → Dollr makes a payable order → its QR code, watched until paid."""
        from dollr_desktop.ui.collect.target import CollectTarget
        from dollr_desktop.ui.collect.quick_sale_dialog import QuickSaleDialog
        from dollr_desktop.ui.dialogs.async_dialogs import run_dialog

        session = self.session
        if session is None or not session.is_open:
            return None
        sale = QuickSaleDialog(self.ctx.runner, session.links, currency=self.ctx.settings.default_currency,
                               parent=self.ctx.window)
        self.quick_sale_dialog = sale
        await run_dialog(sale)
        self.quick_sale_dialog = None
        link = sale.link   # set only when Dollr made the order
        if link is None or self.session is not session:
            return None
        session.request_sync()   # the new order shows in the lists
        dialog = self._new_dialog(CollectTarget(
            source_type=link.source_type, source_id=link.source_id, source_number=link.source_number,
            total=sale.total, currency=sale.currency, customer_name=sale.customer_name, phone=sale.phone))
        dialog.tabs.blockSignals(True)
        dialog.tabs.setCurrentIndex(dialog.LINK_TAB)
        dialog.tabs.blockSignals(False)
        dialog.link.use_link(link)
        dialog.show()
        return dialog

    def on_dialog_paid(self, source_type: str, source_id: int) -> None:
        self.ctx.hub.emit(events.DOCUMENT_PAID, source_type, int(source_id))
        self.ctx.hub.emit(events.DATA_CHANGED)

    # news ---------------------------------------------------------------------------------------
    def on_payment_changed(self, event: Any) -> None:
        from dollr_desktop.store.journal import PaymentState

        entry = event.entry
        paid = entry.state is PaymentState.COMPLETED and entry.source_type and entry.source_id
        if event.final:
            self.ctx.hub.emit(events.NOTICE, notice_for(event))
        if paid:
            self.ctx.hub.emit(events.DOCUMENT_PAID, entry.source_type, int(entry.source_id))
        if paid or event.final:
            self.ctx.hub.emit(events.DATA_CHANGED)
