"""Invoices & orders: the list and the editors (one window per document, deleted when closed)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from shiboken6 import isValid

from dollr_desktop.services.invoicing import DocumentDraft, DocumentKind
from dollr_desktop.ui import hub as events
from dollr_desktop.ui.features import BaseFeature, FeatureContext, Page
from dollr_desktop.ui.features.contacts import still_connecting
from dollr_desktop.ui.views.documents_view import DocumentsView


class DocumentsFeature(BaseFeature):
    name = "documents"

    def __init__(self, ctx: FeatureContext) -> None:
        super().__init__(ctx)
        self.view = DocumentsView(lambda **kw: self.session.invoicing.query(**kw))
        self.editors: list[Any] = []   # the open editor windows
        hub = ctx.hub
        self.view.sig_new_document_requested.connect(lambda kind: hub.emit(events.NEW_DOCUMENT, kind, None))
        self.view.sig_document_opened.connect(lambda kind, doc_id: hub.emit(events.OPEN_DOCUMENT, kind, doc_id))
        self.view.sig_collect_requested.connect(lambda kind, doc_id: hub.emit(events.COLLECT, kind, doc_id, None))
        self.view.sig_receipt_requested.connect(lambda kind, doc_id: hub.emit(events.SHOW_RECEIPT, kind, doc_id))
        hub.subscribe(events.NEW_DOCUMENT, self.new_document)
        hub.subscribe(events.OPEN_DOCUMENT, self.open_document)
        hub.subscribe(events.SHOW_DOCUMENTS, self.show_documents)
        hub.subscribe(events.DATA_CHANGED, self.refresh)
        hub.subscribe(events.DOCUMENT_PAID, self.on_document_paid)

    def pages(self) -> list[Page]:
        return [Page("invoices", QCoreApplication.translate("MainWindow", "Invoices & orders"), self.view)]

    async def refresh(self) -> None:
        if self.session is not None and self.session.invoicing is not None:
            await self.view.refresh()

    async def detach(self) -> None:
        for editor in list(self.editors):
            if isValid(editor):
                editor.force_close()
        self.editors.clear()
        self.view.model.detach()
        await super().detach()

    def show_documents(self, status_label: str) -> None:
        self.ctx.hub.emit(events.SHOW_PAGE, "invoices")
        self.view.set_status_filter(status_label)

    def new_document(self, kind: str, contact: Any = None) -> Any:
        if self.session is None or not self.session.is_open:   # the cache shows; the client is not up yet
            self.show_status(still_connecting())
            return None
        draft = DocumentDraft(kind=DocumentKind(kind), currency=self.ctx.settings.default_currency)
        editor = self.open_editor(draft)
        if contact is not None:
            editor.customer_picker.set_contact(contact)
        return editor

    async def open_document(self, kind: str, document_id: int) -> Any:
        session = self.session
        if session is None or not session.is_open:
            self.show_status(still_connecting())
            return None
        outcome = await self.ctx.runner.run(f"open-{kind}-{document_id}",
                                            lambda: session.invoicing.load(kind, document_id))
        if not outcome.ok:
            return None
        draft = outcome.value
        editor = self.open_editor(draft)
        if draft.counterparty_id is not None:
            contact = await session.contacts.get(draft.counterparty_id)
            if contact is not None and isValid(editor):
                editor.customer_picker.contact = contact
                editor.set_draft(draft)
        return editor

    def open_editor(self, draft: DocumentDraft) -> Any:
        from dollr_desktop.ui.dialogs.document_editor import DocumentEditor

        session, hub = self.session, self.ctx.hub
        editor = DocumentEditor(self.ctx.runner, session.invoicing, session.contacts, draft, parent=self.ctx.window,
                                settings=self.ctx.settings, hub=hub)
        editor.sig_saved.connect(lambda _draft: hub.emit(events.DATA_CHANGED))
        editor.sig_collect_requested.connect(lambda d: hub.emit(events.COLLECT, str(d.kind), d.id, d))
        editor.sig_receipt_requested.connect(lambda d: hub.emit(events.SHOW_RECEIPT, str(d.kind), d.id))
        editor.sig_refund_requested.connect(lambda d: hub.emit(events.REFUND_PAYMENT, (str(d.kind), d.id)))
        editor.finished.connect(lambda _=0, e=editor: self.editors.remove(e) if e in self.editors else None)
        self.editors.append(editor)
        editor.show()
        return editor

    async def on_document_paid(self, source_type: str, source_id: int) -> None:
        """An open editor of a document just paid shows it paid (fresh from Dollr or the cache)."""
        session = self.session
        for editor in list(self.editors):
            draft = editor.draft if isValid(editor) else None
            if draft is None or draft.id != source_id or str(draft.kind) != source_type or draft.status == "PAID":
                continue
            outcome = await self.ctx.runner.run(f"reload-{source_type}-{source_id}",
                                                lambda: session.invoicing.load(source_type, source_id),
                                                quiet_offline=True)
            if outcome.ok and isValid(editor):
                editor.set_draft(outcome.value)
