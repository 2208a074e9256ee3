"""Contacts: the list, a contact's page, and the new-contact dialog."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from shiboken6 import isValid

from dollr_desktop.ui import hub as events
from dollr_desktop.ui.dialogs.async_dialogs import run_dialog
from dollr_desktop.ui.features import BaseFeature, FeatureContext, Page
from dollr_desktop.ui.views.contact_page import ContactPage
from dollr_desktop.ui.views.contacts_view import ContactsView


def still_connecting() -> str:
    return QCoreApplication.translate("DollrApp", "Still connecting to Dollr… try again in a moment.")


class _SessionContacts:
    """The contacts service of whichever account is open when a page asks."""

    def __init__(self, feature: ContactsFeature) -> None:
        self._feature = feature

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._feature.session.contacts, attr)


class ContactsFeature(BaseFeature):
    name = "contacts"

    def __init__(self, ctx: FeatureContext) -> None:
        super().__init__(ctx)
        self.view = ContactsView(lambda **kw: self.session.contacts.query(**kw))
        self.page = ContactPage(ctx.runner, _SessionContacts(self))
        self.contact_dialog: Any = None
        hub = ctx.hub
        self.view.sig_new_contact_requested.connect(lambda: hub.emit(events.NEW_CONTACT))
        self.view.sig_contact_opened.connect(lambda cid: hub.emit(events.SHOW_CONTACT, cid))
        self.page.sig_back_requested.connect(lambda: hub.emit(events.SHOW_PAGE, "contacts"))
        self.page.sig_new_invoice_requested.connect(lambda c: hub.emit(events.NEW_DOCUMENT, "INVOICE", c))
        self.page.sig_document_opened.connect(lambda kind, doc_id: hub.emit(events.OPEN_DOCUMENT, kind, doc_id))
        hub.subscribe(events.NEW_CONTACT, self.new_contact)
        hub.subscribe(events.SHOW_CONTACT, self.show_contact)
        hub.subscribe(events.DATA_CHANGED, self.refresh)

    def pages(self) -> list[Page]:
        return [Page("contacts", QCoreApplication.translate("MainWindow", "Contacts"), self.view),
                Page("contact", QCoreApplication.translate("MainWindow", "Contact"), self.page,
                     under="contacts", hidden=True)]

    async def refresh(self) -> None:
        if self.session is not None and self.session.contacts is not None:
            await self.view.refresh()

    async def detach(self) -> None:
        if self.contact_dialog is not None and isValid(self.contact_dialog):
            self.contact_dialog.reject()
        self.view.model.detach()
        if self.page.documents_view is not None:
            self.page.documents_view.model.detach()
        await super().detach()

    async def new_contact(self) -> None:
        if self.session is None or not self.session.is_open:
            self.show_status(still_connecting())
            return
        from dollr_desktop.ui.dialogs.contact_dialog import ContactDialog

        languages = getattr(self.session.store, "customer_languages", None)
        dialog = ContactDialog(self.ctx.runner, self.session.contacts.create_contact, parent=self.ctx.window,
                               save_language=languages.set if languages is not None else None)
        self.contact_dialog = dialog
        await run_dialog(dialog)
        created = dialog.contact
        self.contact_dialog = None
        if created is not None:
            self.ctx.hub.emit(events.DATA_CHANGED)

    async def show_contact(self, counterparty_id: int) -> None:
        if self.session is None or not self.session.is_open:
            self.show_status(still_connecting())
            return
        self.ctx.hub.emit(events.SHOW_PAGE, "contact")
        await self.page.show_contact(counterparty_id)
