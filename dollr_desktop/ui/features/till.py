"""The till: the sale screen ("New sale", F2), the saved items (Items), the waiting strip, the
customer display, and the saved-item suggestions other features ask for (`SUGGEST_ITEMS`).

Charge (F9) makes the order with its items in one call (`TillService.charge`) and opens the
app's collect dialog on it: mobile-money push with the customer's number prefilled (operator
detected, quote shown, Enter confirms), or the QR / hosted page. The screen is ready for the next
sale at once; the payment keeps being watched, shown in the waiting strip until it lands.
"""
from __future__ import annotations

import dataclasses
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from shiboken6 import isValid

from dollr_desktop.ui import hub as events
from dollr_desktop.ui.features import BaseFeature, FeatureContext, Page
from dollr_desktop.ui.till.sale_view import SaleView
from dollr_desktop.ui.wording import account_words

log = logging.getLogger(__name__)


class TillFeature(BaseFeature):
    name = "till"

    def __init__(self, ctx: FeatureContext) -> None:
        super().__init__(ctx)
        from dollr_desktop.ui.till.catalogue_view import CatalogueView

        self.view = SaleView(self._items, self._search_contacts, currency=ctx.settings.default_currency)
        self.catalogue = CatalogueView(ctx.runner, self._items)
        self.sales: dict[tuple[str, int], Any] = {}     # this run's sales, by document
        self.paid: set[tuple[str, int]] = set()
        self.dialogs: dict[tuple[str, int], Any] = {}
        self.last_sale: Any = None
        self._charging = False
        self.display: Any = None                         # the customer display, when Settings wants it
        self.open_url = QDesktopServices.openUrl
        hub = ctx.hub
        hub.subscribe(events.SUGGEST_ITEMS, self.suggest_items)
        hub.subscribe(events.SHOW_PAGE, self.on_show_page)
        hub.subscribe(events.DATA_CHANGED, self.refresh)
        hub.subscribe(events.PAYMENT_CHANGED, self.on_payment_changed)
        hub.subscribe(events.DOCUMENT_PAID, self.on_document_paid)
        hub.subscribe(events.SETTINGS_CHANGED, self.on_settings_changed)
        v = self.view
        v.sig_charge_requested.connect(lambda how: ctx.runner.spawn(self.charge(how), name="till-charge"))
        v.sig_quote_wanted.connect(lambda: ctx.runner.spawn(self.quote(), name="till-quote"))
        v.sig_reprint_requested.connect(self.reprint_last)
        v.sig_send_requested.connect(lambda how: ctx.runner.spawn(self.send_last(how), name="till-send"))
        v.sig_phone_changed.connect(lambda digits: ctx.runner.spawn(self._find_contact(digits), name="till-contact"))
        v.sig_basket_changed.connect(self._show_on_display)
        v.waiting.sig_sale_clicked.connect(lambda kind, number: ctx.runner.spawn(
            self.open_collect(self.sales[(kind, number)]), name="till-reopen"))
        self.catalogue.sig_items_changed.connect(lambda: ctx.runner.spawn(self.view.refresh(), name="till-tiles"))
        self.shortcut = QShortcut(QKeySequence(Qt.Key.Key_F2), ctx.window, activated=self.open_sale)

    def pages(self) -> list[Page]:
        return [Page("sale", QCoreApplication.translate("MainWindow", "New sale"), self.view),
                Page("items", QCoreApplication.translate("MainWindow", "Items"), self.catalogue)]

    # the session's pieces ------------------------------------------------------------------------
    def _items(self) -> Any:
        return self.session.items if self.session is not None else None

    async def _search_contacts(self, text: str) -> list[Any]:
        contacts = self.session.contacts if self.session is not None else None
        return await contacts.search(text, 10) if contacts is not None and text.strip() else []

    async def _find_contact(self, digits: str) -> None:
        till = self.session.till if self.session is not None else None
        if till is not None:
            self.view.show_found_contact(digits, await till.find_contact(digits))

    def suggest_items(self, text: str, currency: str) -> list[Any]:
        """SUGGEST_ITEMS: saved items priced in `currency` whose words start as typed (quick)."""
        items = self._items()
        return items.suggest(text, currency) if items is not None and text.strip() else []

    async def attach(self, session: Any) -> None:
        await super().attach(session)
        self.on_settings_changed()

    async def detach(self) -> None:
        for dialog in list(self.dialogs.values()):
            if isValid(dialog):
                dialog.close()
                await dialog.link.stop()
        self.dialogs.clear()
        await super().detach()

    # pages -----------------------------------------------------------------------------------------
    def open_sale(self) -> None:
        self.ctx.hub.emit(events.SHOW_PAGE, "sale")

    def on_show_page(self, key: str) -> None:
        if key == "sale":
            self.view.focus_search()

    async def refresh(self) -> None:
        if self._items() is None:
            return
        await self.view.refresh()
        if self.catalogue.isVisible():
            await self.catalogue.refresh()

    def on_settings_changed(self) -> None:
        self.view.set_currency(self.ctx.settings.default_currency)
        from dollr_desktop.ui.till.customer_display import place_display

        self.display = place_display(self.display, self.ctx.settings.customer_display)
        self._show_on_display()

    # charging ------------------------------------------------------------------------------------------
    async def quote(self) -> None:
        """The operator and what the customer pays for the basket, shown before Charge."""
        from dollr_desktop.ui.wording.catalogue import method_words

        session, view = self.session, self.view
        till = session.till if session is not None else None
        key = view.quote_key()
        if till is None or till.collection is None or not key[2]:
            return
        async def work() -> Any:
            from dollr_desktop.api import errors as api_errors

            try:
                return await till.preview(*key)
            except api_errors.ApiError:   # not a mobile-money number, offline…: said below, no dialog
                return None

        preview = (await self.ctx.runner.run("till-quote", work, quiet_offline=True,
                                             progress=QCoreApplication.translate("TillFeature", "Asking for the fees…"))).value
        if preview is None:
            view.show_preview(key, None, QCoreApplication.translate(
                "TillFeature", "No quote for this number: F9 opens the payment window to choose how the customer pays."))
            return
        view.show_preview(key, preview, QCoreApplication.translate(
            "TillFeature", "{operator} (detected) · customer pays {pays} · you receive {receive}. "
            "F9 sends the request to their phone.").format(
            operator=method_words(preview.detection.payment_method),
            pays=_money(preview.payer_amount, preview.payer_currency),
            receive=_money(preview.payee_amount, preview.payee_currency)))

    async def charge(self, how: str = "push") -> Any:
        """F9: the basket becomes a payable order in one call; with the quote on screen the push
        goes at once, else the collect dialog opens on it. F10: the dialog on its QR / card page."""
        session, view = self.session, self.view
        if session is None or session.till is None or self._charging:
            return None   # (a second F9 while the order is being made must not make a second one)
        self._charging = True
        try:
            return await self._charge(session, view, how)
        finally:
            self._charging = False

    async def _charge(self, session: Any, view: Any, how: str) -> Any:
        if not view.basket.lines:
            view.say(QCoreApplication.translate("TillFeature", "The basket is empty: add an item first."), error=True)
            view.focus_search()
            return None
        phone = view.phone()
        if not phone:
            view.say(QCoreApplication.translate("TillFeature", "Type the customer's phone number, or pick a saved customer."),
                     error=True)
            view.phone_edit.setFocus()
            return None
        preview = view.preview if how == "push" and view.preview is not None \
            and view.quote_key() == (view.preview.total, view.preview.currency, view.preview.phone) else None
        basket = dataclasses.replace(view.basket, lines=[dataclasses.replace(line) for line in view.basket.lines])
        contact = view.contact
        view.say(QCoreApplication.translate("TillFeature", "Making the order…"))
        sale = (await self.ctx.runner.run(
            "till-charge", lambda: session.till.charge(basket, phone=phone, customer_name=getattr(contact, "name", ""),
                                                       counterparty_id=getattr(contact, "id", None)),
            sender=view.charge_button, progress=QCoreApplication.translate("TillFeature", "Making the order…"))).value
        if sale is None:
            view.say(QCoreApplication.translate("TillFeature", "Not charged: nothing was made. The basket is kept."), error=True)
            return None
        key = (sale.source_type, int(sale.source_id))
        self.sales[key] = sale
        self.last_sale = sale
        view.clear_sale()
        view.set_last_sale(sale.source_number, paid=False)
        self._show_waiting(sale, "waiting")
        session.request_sync()   # the order (and a new contact) show in the lists
        entry = None
        if preview is not None:
            entry = (await self.ctx.runner.run(
                f"till-push-{sale.source_id}", lambda: session.till.push(sale, preview),
                progress=QCoreApplication.translate("TillFeature", "Sending the payment request…"))).value
            if entry is None:
                view.say(QCoreApplication.translate("TillFeature", "{number} made, but no request was sent: "
                                                    "check the fees in the payment window and confirm.").format(
                    number=sale.source_number), error=True)
        if entry is not None:
            view.say(QCoreApplication.translate("TillFeature", "{number}: request sent to the customer's phone.").format(
                number=sale.source_number))
        elif preview is None:
            view.say(QCoreApplication.translate("TillFeature", "{number} made: collecting {amount}.").format(
                number=sale.source_number, amount=_money(sale.total, sale.currency)))
        return await self.open_collect(sale, entry=entry, link=how == "link")

    async def open_collect(self, sale: Any, *, entry: Any = None, link: bool = False) -> Any:
        """The collect dialog of this sale (one per sale): push, QR or the hosted card page."""
        from dollr_desktop.ui.collect.collect_dialog import CollectDialog
        from dollr_desktop.ui.collect.target import CollectTarget

        session = self.session
        if session is None or not session.is_open:
            return None
        key = (sale.source_type, int(sale.source_id))
        dialog = self.dialogs.get(key)
        if dialog is not None and isValid(dialog):
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        target = CollectTarget(source_type=sale.source_type, source_id=sale.source_id, source_number=sale.source_number,
                               total=sale.total, currency=sale.currency, counterparty_id=sale.counterparty_id,
                               customer_name=sale.customer_name, phone=sale.phone)
        dialog = CollectDialog(self.ctx.runner, session.collection, session.links, target,
                               receipt_button=self.ctx.hub.call(events.RECEIPT_BUTTON),
                               merchant_name=account_words(session.config), parent=self.ctx.window)
        self.dialogs[key] = dialog
        dialog.finished.connect(lambda _r=0, k=key: self._dialog_closed(k))
        dialog.sig_paid.connect(lambda kind, number, d=dialog: self.on_dialog_paid(kind, number, d))
        momo = dialog.momo
        # Enter in the number confirms once the quote is shown (the panel ignores a second click).
        momo.phone_edit.number_edit.returnPressed.connect(
            lambda: momo.confirm_button.isEnabled() and momo.confirm_button.click())
        if link:
            dialog.tabs.setCurrentIndex(dialog.LINK_TAB)
        dialog.show()
        if entry is not None:
            momo.follow(entry)   # sent from the sale screen: the live timeline takes over
        else:
            momo.phone_edit.setFocus()
            await dialog.start()
        return dialog

    def _dialog_closed(self, key: tuple[str, int]) -> None:
        self.dialogs.pop(key, None)
        if self.dialogs == {}:
            self.view.focus_search()

    # news ----------------------------------------------------------------------------------------------
    def on_dialog_paid(self, source_type: str, source_id: int, dialog: Any) -> None:
        """Paid while its dialog is open (push or QR): everyone hears; a QR payment gets its notice here."""
        from dollr_desktop.store.journal import PaymentState

        momo_entry = dialog.momo.entry if isValid(dialog) else None
        if momo_entry is None or momo_entry.state is not PaymentState.COMPLETED:
            sale = self.sales.get((source_type, int(source_id)))
            number = sale.source_number if sale is not None else str(source_id)
            self.ctx.hub.emit(events.NOTICE, QCoreApplication.translate("TillFeature", "Paid: {number}.").format(number=number))
        self.ctx.hub.emit(events.DOCUMENT_PAID, source_type, int(source_id))
        self.ctx.hub.emit(events.DATA_CHANGED)

    def on_payment_changed(self, event: Any) -> None:
        from dollr_desktop.store.journal import PaymentState

        entry = event.entry
        sale = self.sales.get((entry.source_type, int(entry.source_id or 0)))
        if sale is None or (sale.source_type, int(sale.source_id)) in self.paid:
            return
        if entry.state in (PaymentState.FAILED, PaymentState.NOT_FOUND):
            self._show_waiting(sale, "failed")
        elif entry.state is not PaymentState.COMPLETED:
            self._show_waiting(sale, "waiting")

    async def on_document_paid(self, source_type: str, source_id: int) -> None:
        """Any document paid: a till sale's stock goes down (once), its chip goes, the display thanks."""
        key = (source_type, int(source_id))
        till = self.session.till if self.session is not None else None
        if till is not None:
            await till.take_stock(source_type, int(source_id))   # a no-op for documents not sold here
        if key not in self.sales or key in self.paid:
            return
        self.paid.add(key)
        self.view.waiting.remove(*key)
        if self.last_sale is not None and (self.last_sale.source_type, int(self.last_sale.source_id)) == key:
            self.view.set_last_sale(self.last_sale.source_number, paid=True)
            self.view.say(QCoreApplication.translate("TillFeature", "{number}: paid. Ready for the next sale.").format(
                number=self.last_sale.source_number))
            if self.display is not None:
                self.display.show_paid(self.last_sale)
        await self.view.refresh()   # stock counts on the tiles' tooltips, an item sold out

    def _show_waiting(self, sale: Any, state: str) -> None:
        self.view.waiting.set_sale(sale.source_type, sale.source_id, sale.source_number, sale.total, sale.currency,
                                   state)
        if self.display is not None and sale is self.last_sale and state == "waiting":
            self.display.show_charge(sale)

    def _show_on_display(self) -> None:
        if self.display is not None and self.view.basket.lines:
            self.display.show_basket(self.view.basket)

    # receipts --------------------------------------------------------------------------------------
    def reprint_last(self) -> None:
        """F4: the last sale's receipt, ready to print (the app's receipt dialog)."""
        sale = self.last_sale
        if sale is None or (sale.source_type, int(sale.source_id)) not in self.paid:
            self.view.say(QCoreApplication.translate("TillFeature", "No paid sale yet to print a receipt for."), error=True)
            return
        self.ctx.hub.emit(events.SHOW_RECEIPT, sale.source_type, int(sale.source_id))

    async def send_last(self, how: str) -> None:
        """F6 / F7: the last sale's receipt link by SMS or WhatsApp, to the customer's number."""
        from dollr_desktop.services.payment_links import share_urls
        from dollr_desktop.ui.printing.share import share_message

        sale, receipts = self.last_sale, self.session.receipts if self.session is not None else None
        if sale is None or receipts is None or (sale.source_type, int(sale.source_id)) not in self.paid:
            self.view.say(QCoreApplication.translate("TillFeature", "No paid sale yet to send a receipt for."), error=True)
            return

        async def work() -> Any:
            data = await receipts.fetch(sale.source_type, sale.source_id)
            if not data.receipt_url:
                data = dataclasses.replace(data, receipt_url=await receipts.receipt_link(sale.source_type,
                                                                                          sale.source_number))
            return data

        data = (await self.ctx.runner.run(f"till-send-{sale.source_id}", work,
                                          progress=QCoreApplication.translate("TillFeature", "Getting the receipt…"))).value
        if data is None:
            return
        urls = share_urls(share_message(data), phone=sale.phone)
        self.open_url(QUrl(urls.sms if how == "sms" else urls.whatsapp))


def _money(amount: Any, currency: str) -> str:
    from dollr_desktop.ui.money import format_money

    return format_money(amount, currency)
