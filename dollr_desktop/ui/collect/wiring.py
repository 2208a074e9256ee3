"""Collecting payments, wired into the app: services per account, dialogs, live updates, notices.

`app.py` holds one `CollectFeature`; it builds the Payments view, makes the collection services
when an account is opened (and resumes watching every pending payment from the journal), opens
one collect dialog per document, and tells the merchant when a payment ends, whether or not its
dialog is still open.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from shiboken6 import isValid

from dollr_desktop.services.activity import ActivityService, TodaySummary, method_label
from dollr_desktop.services.collection import CollectionService
from dollr_desktop.services.payment_links import PaymentLinksService
from dollr_desktop.services.payment_monitor import PaymentEvent, PaymentMonitor
from dollr_desktop.services.receipts import ReceiptService
from dollr_desktop.store.journal import PaymentState
from dollr_desktop.ui.collect.backend import CollectBackend, CollectTarget
from dollr_desktop.ui.collect.collect_dialog import CollectDialog
from dollr_desktop.ui.collect.quick_sale_dialog import QuickSaleDialog
from dollr_desktop.ui.dialogs.async_dialogs import run_dialog
from dollr_desktop.ui.money import format_money
from dollr_desktop.ui.printing.batch_export_dialog import BatchExportDialog
from dollr_desktop.ui.printing.receipt_actions import (ReceiptActions, ReceiptButton, print_when_paid,
                                                       show_receipt)
from dollr_desktop.ui.printing.receipt_settings_box import merchant_profile
from dollr_desktop.ui.views.payments_view import PaymentsView

log = logging.getLogger(__name__)


def today_text(summary: TodaySummary) -> str:
    if summary.empty:
        return QCoreApplication.translate("CollectFeature", "No payments yet today.")
    lines = []
    for (method, currency), amount in sorted(summary.collected.items()):
        lines.append(QCoreApplication.translate("CollectFeature", "{amount} collected by {method}").format(
            amount=format_money(amount, currency), method=method_label(method) or QCoreApplication.translate("CollectFeature", "other means")))
    if not lines:
        lines.append(QCoreApplication.translate("CollectFeature", "Nothing collected yet"))
    if summary.fees:
        lines.append(QCoreApplication.translate("CollectFeature", "Fees") + " " + " · ".join(format_money(v, c) for c, v in sorted(summary.fees.items())))
    tail = [QCoreApplication.translate("CollectFeature", "{count} pending").format(count=summary.pending_count)]
    if summary.failed_count:
        tail.append(QCoreApplication.translate("CollectFeature", "{count} failed").format(count=summary.failed_count))
    if summary.paid_out:
        tail.append(QCoreApplication.translate("CollectFeature", "paid out") + " " + " · ".join(format_money(v, c) for c, v in sorted(summary.paid_out.items())))
    lines.append(" · ".join(tail))
    return "\n".join(lines)


def notice_for(event: PaymentEvent) -> str:
    e = event.entry
    who = e.party_name or QCoreApplication.translate("CollectFeature", "the customer")
    what = e.source_number or QCoreApplication.translate("CollectFeature", "the payment")
    if e.state is PaymentState.COMPLETED:
        return QCoreApplication.translate("CollectFeature", "Paid: {what} · {amount} from {who}.").format(
            what=what, amount=format_money(e.amount, e.currency), who=who)
    if e.state is PaymentState.FAILED:
        return QCoreApplication.translate("CollectFeature", "Payment failed: {what} from {who}: {reason}.").format(
            what=what, who=who, reason=e.server_message or QCoreApplication.translate("CollectFeature", "declined"))
    return QCoreApplication.translate("CollectFeature", "{what}: Dollr has no record of the request, so no money moved. You can try again.").format(what=what)


def no_printer_text() -> str:
    return QCoreApplication.translate(
        "CollectFeature", "The receipt was not printed: no printer is chosen. "
        "Choose one in Settings → Business details and receipts.")


class CollectFeature(QObject):
    sig_payment_changed = Signal(object)   # PaymentEvent, on the GUI thread
    sig_notice = Signal(str)

    def __init__(self, app: Any) -> None:
        super().__init__(app)
        self.app = app
        self.store: Any = None
        self.monitor: PaymentMonitor | None = None
        self.collection: CollectionService | None = None
        self.links: PaymentLinksService | None = None
        self.activity: ActivityService | None = None
        self.backend: CollectBackend | None = None
        self.receipts: ReceiptService | None = None
        self.receipt_actions: ReceiptActions | None = None
        self.receipt_dialog: Any = None
        self.quick_sale_dialog: QuickSaleDialog | None = None
        self.dialogs: dict[tuple[str, int], CollectDialog] = {}
        self.notices: list[str] = []
        self.view = PaymentsView(lambda f: self.activity.query(f),
                                 lambda: self.activity.methods_and_currencies() if self.activity else ([], []))
        self.view.sig_quick_sale_requested.connect(lambda: self.spawn(self.open_quick_sale()))
        self.view.sig_document_opened.connect(lambda kind, doc_id: self.app.on_document_opened(kind, doc_id))
        self.view.sig_receipt_requested.connect(
            lambda kind, doc_id: self.spawn(self.show_receipt_for(kind, doc_id)))
        self.view.sig_export_receipts_requested.connect(self.open_batch_export)
        self.export_dialog: BatchExportDialog | None = None
        self.receipt_actions = getattr(app, "receipt_actions", None) or ReceiptActions()
        self.receipt_actions.sig_status.connect(self._show_status)
        self._auto_printed: set[tuple[str, int]] = set()
        settings_view = getattr(app, "settings_view", None)
        if settings_view is not None and hasattr(settings_view, "receipts_box"):
            settings_view.receipts_box.use_printer_preferences(self.receipt_actions.prefs)
            settings_view.receipts_box.sig_changed.connect(self.on_receipt_settings_changed)
        self.sig_payment_changed.connect(self.on_payment_changed)
        documents = getattr(app, "documents_view", None)
        if documents is not None and hasattr(documents, "sig_collect_requested"):
            documents.sig_collect_requested.connect(
                lambda kind, doc_id: self.spawn(self.open_dialog_for(kind, doc_id)))
            documents.sig_receipt_requested.connect(
                lambda kind, doc_id: self.spawn(self.show_receipt_for(kind, doc_id)))
        self._tasks: set[asyncio.Task] = set()
        self._sync: asyncio.Future | None = None
        self._tray: QSystemTrayIcon | None = None

    # account lifecycle ---------------------------------------------------------------------------
    async def use_account(self, client: Any, store: Any, config: Any) -> None:
        await self.close()
        self.store = store
        self.collection = CollectionService(client, store)
        self.monitor = PaymentMonitor(client, store, realtime_url=getattr(config, "realtime_url", None),
                                      anon_key=getattr(config, "anon_key", None))
        self.monitor.add_listener(self.sig_payment_changed.emit)
        self.links = PaymentLinksService(client, store)
        self.activity = ActivityService(store)
        self.backend = CollectBackend(store, self.collection, self.monitor)
        self.view.set_active(True)
        # The app's receipt service when it has one, else ours (same class, same cache).
        self.receipts = getattr(self.app, "receipts", None) or ReceiptService(
            client, self.merchant(config), store=store)
        self.receipts.merchant = self.merchant(config)
        await self.monitor.resume()
        await self.refresh()

    async def close(self) -> None:
        self.view.set_active(False)
        if self._sync is not None and not self._sync.done():
            self._sync.cancel()
        if self.quick_sale_dialog is not None and isValid(self.quick_sale_dialog):   # deleted once closed
            self.quick_sale_dialog.reject()
        for dialog in list(self.dialogs.values()):
            dialog.close()
            await dialog.link.stop()   # its source watcher writes to the store: stop it first
        self.dialogs.clear()
        if self.monitor is not None:
            await self.monitor.stop()
        if self._tasks:   # short cache reads/writes after a payment change: let them end first
            await asyncio.wait(list(self._tasks), timeout=5)
        self.monitor = self.collection = self.links = self.activity = self.backend = self.receipts = None
        self.store = None

    def merchant(self, config: Any = None) -> Any:
        """Who the receipts are from: Settings' business details, else the account's name."""
        config = config if config is not None else getattr(self.app, "config", None)
        return merchant_profile(getattr(self.app, "settings", None),
                                getattr(config, "display_name", "") or "")

    def on_receipt_settings_changed(self) -> None:
        if self.receipts is not None:
            self.receipts.merchant = self.merchant()

    def open_batch_export(self) -> BatchExportDialog | None:
        """Payments → "Export receipts…": a date range of receipts to PDFs in a folder."""
        if self.receipts is None:
            return None
        if self.export_dialog is not None and isValid(self.export_dialog) and self.export_dialog.isVisible():
            self.export_dialog.raise_()
            return self.export_dialog
        self.export_dialog = BatchExportDialog(self.receipts, self.receipt_actions, self.app.window)
        self.export_dialog.show()
        return self.export_dialog

    def _printer_missing_for(self, source_type: str, source_id: int) -> bool:
        """Auto-print is on but there is no printer: True once per document (then it is said)."""
        key = (source_type, int(source_id))
        if not getattr(getattr(self.app, "settings", None), "print_when_paid", False) \
                or key in self._auto_printed or self.receipt_actions.has_remembered_printer():
            return False
        self._auto_printed.add(key)
        return True

    def _show_status(self, text: str) -> None:
        window = getattr(self.app, "window", None)
        if window is not None:
            window.statusBar().showMessage(text, 15_000)

    async def auto_print(self, source_type: str, source_id: int) -> bool:
        """"Print automatically when paid": once per document, on the remembered printer."""
        settings = getattr(self.app, "settings", None)
        key = (source_type, int(source_id))
        if self.receipts is None or not getattr(settings, "print_when_paid", False) \
                or key in self._auto_printed:
            return False
        self._auto_printed.add(key)
        if not self.receipt_actions.has_remembered_printer():
            self._notify(QCoreApplication.translate("CollectFeature", "Paid:") + " " + no_printer_text())
            return False
        try:
            return await print_when_paid(self.receipts, source_type, source_id, self.receipt_actions)
        except Exception as exc:   # a paid payment stays paid: say what went wrong with the paper
            log.warning("Automatic receipt printing failed: %s", type(exc).__name__)
            self._notify(QCoreApplication.translate(
                "CollectFeature", "Paid, but the receipt could not be printed. "
                "Open it from Payments to print it again."))
            return False

    def shutdown(self) -> None:
        if self.receipt_actions is not None and getattr(self.app, "receipt_actions", None) is None:
            self.receipt_actions.close()
        self.receipt_actions = None

    async def refresh(self) -> None:
        if self.activity is None:
            return
        await self.view.refresh()
        summary = await asyncio.to_thread(self.activity.today)
        self.app.home_view.today_tile.value.setText(today_text(summary))

    # dialogs ------------------------------------------------------------------------------------
    async def target_for(self, draft: Any) -> CollectTarget:
        contact = None
        if draft.counterparty_id is not None and self.app.contacts is not None:
            contact = await self.app.contacts.get(draft.counterparty_id)
        return CollectTarget(
            source_type=str(draft.kind), source_id=int(draft.id), source_number=draft.number,
            total=draft.total, currency=draft.currency, counterparty_id=draft.counterparty_id,
            party_id=getattr(contact, "party_id", None),
            customer_name=getattr(contact, "name", None) or draft.counterparty_name,
            phone=getattr(contact, "phone", None) or "", email=getattr(contact, "email", None) or "",
            payment_link=bool(draft.as_payment_link))

    async def open_dialog(self, draft: Any) -> CollectDialog | None:
        """One dialog per document: a second request raises the open one (no second payment)."""
        if self.backend is None or draft.id is None:
            return None
        key = (str(draft.kind), int(draft.id))
        dialog = self.dialogs.get(key)
        if dialog is not None:
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        target = await self.target_for(draft)
        dialog = CollectDialog(self.app.runner, self.backend, self.links, target,
                               receipt_button=self._receipt_button(),
                               merchant_name=getattr(self.app.config, "display_name", "us"),
                               parent=self.app.window)
        self.dialogs[key] = dialog
        dialog.finished.connect(lambda _r=0, k=key: self.dialogs.pop(k, None))
        dialog.sig_paid.connect(self.on_dialog_paid)
        dialog.show()
        await dialog.start()
        return dialog

    async def open_quick_sale(self) -> CollectDialog | None:
        """Who, what, how much → Dollr makes a payable order → its QR code, watched until paid."""
        if self.links is None:
            return None
        currency = getattr(getattr(self.app, "settings", None), "default_currency", "LRD")
        sale = QuickSaleDialog(self.app.runner, self.links, currency=currency, parent=self.app.window)
        self.quick_sale_dialog = sale
        await run_dialog(sale)
        if sale.link is None:   # set only when Dollr made the order
            return None
        link = sale.link
        self._sync = asyncio.ensure_future(self.app.sync_now())   # the new order shows in the lists
        target = CollectTarget(source_type=link.source_type, source_id=link.source_id,
                               source_number=link.source_number, total=sale.total, currency=sale.currency,
                               customer_name=sale.customer_name, phone=sale.phone)
        dialog = CollectDialog(self.app.runner, self.backend, self.links, target,
                               receipt_button=self._receipt_button(),
                               merchant_name=getattr(self.app.config, "display_name", "us"), parent=self.app.window)
        key = (link.source_type, link.source_id)
        self.dialogs[key] = dialog
        dialog.finished.connect(lambda _r=0, k=key: self.dialogs.pop(k, None))
        dialog.sig_paid.connect(self.on_dialog_paid)
        dialog.tabs.blockSignals(True)
        dialog.tabs.setCurrentIndex(dialog.LINK_TAB)
        dialog.tabs.blockSignals(False)
        dialog.link.use_link(link)
        dialog.show()
        return dialog

    def _receipt_button(self) -> Any:
        if self.receipts is None:
            return None
        return ReceiptButton(self.receipts, self.receipt_actions, self.app.runner)

    async def show_receipt(self, draft: Any) -> None:
        if draft.id is not None:
            await self.show_receipt_for(str(draft.kind), int(draft.id))

    async def show_receipt_for(self, kind: str, document_id: int) -> None:
        if self.receipts is not None:
            self.receipt_dialog = await show_receipt(self.app.window, self.receipts, kind, document_id,
                                                     actions=self.receipt_actions, runner=self.app.runner)

    async def open_dialog_for(self, kind: str, document_id: int) -> CollectDialog | None:
        """From the list: the document fresh from Dollr (or the cache), then its collect dialog."""
        if self.backend is None or self.app.invoicing is None:
            return None
        draft = await self.app.runner.run(f"open-{kind}-{document_id}",
                                          lambda: self.app.invoicing.load(kind, document_id))
        return await self.open_dialog(draft) if draft is not None else None

    # live updates -------------------------------------------------------------------------------
    def on_payment_changed(self, event: PaymentEvent) -> None:
        self.view.mark_dirty()
        self.spawn(self._after_change(event))

    def on_dialog_paid(self, source_type: str, source_id: int) -> None:
        self.spawn(self._document_paid(source_type, source_id))
        self.spawn(self._auto_print_unjournaled(source_type, source_id))

    async def _auto_print_unjournaled(self, source_type: str, source_id: int) -> None:
        """A payment-link payment has no journal entry, so no monitor event prints it: print here.
        A push payment is printed (or its missing printer announced) with its "Paid" notice."""
        store = self.store
        if store is None:
            return
        entries = await asyncio.to_thread(store.journal.for_source, source_type, source_id)
        if not any(e.state is PaymentState.COMPLETED for e in entries):
            await self.auto_print(source_type, source_id)

    async def _after_change(self, event: PaymentEvent) -> None:
        if self.activity is not None:
            summary = await asyncio.to_thread(self.activity.today)
            self.app.home_view.today_tile.value.setText(today_text(summary))
        entry = event.entry
        paid = entry.state is PaymentState.COMPLETED and entry.source_type and entry.source_id
        if event.final:
            text = notice_for(event)
            if paid and self._printer_missing_for(entry.source_type, entry.source_id):
                text += " " + no_printer_text()   # one notice, so the status bar keeps both
            self._notify(text)
        if paid:
            await self._document_paid(entry.source_type, entry.source_id)
            if event.final:
                await self.auto_print(entry.source_type, entry.source_id)
        elif event.final:
            await self.app.refresh_views()

    async def _document_paid(self, source_type: str, source_id: int) -> None:
        """Paid everywhere: the cache, the lists, Home and any open editor of this document."""
        if self.store is not None:
            await asyncio.to_thread(self.store.documents.set_status, source_type, source_id, "PAID")
        await self.app.refresh_views()
        for editor in list(getattr(self.app, "editors", [])):
            draft = editor.draft
            if draft.id == source_id and str(draft.kind) == source_type and draft.status != "PAID":
                fresh = await self.app.runner.run(f"reload-{source_type}-{source_id}",
                                                  lambda: self.app.invoicing.load(source_type, source_id),
                                                  quiet_offline=True)
                if fresh is not None:
                    editor.set_draft(fresh)

    def _notify(self, text: str) -> None:
        self.notices.append(text)
        self.sig_notice.emit(text)
        self.app.window.statusBar().showMessage(text, 30_000)
        tray_icon = self.app.window.windowIcon()
        if tray_icon.isNull():
            tray_icon = QApplication.windowIcon()
        if QSystemTrayIcon.isSystemTrayAvailable() and not tray_icon.isNull():
            if self._tray is None:
                self._tray = QSystemTrayIcon(tray_icon, self)
                self._tray.show()
            self._tray.showMessage("Dollr", text)

    def spawn(self, coro: Any) -> None:
        """Run a coroutine in the background, keeping a reference and logging its failure."""
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("collect feature task failed", exc_info=task.exception())
