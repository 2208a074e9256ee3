"""Collect payment for a published invoice or order: mobile-money push, or payment link / QR.

Closing the dialog never stops a payment: the app-wide PaymentMonitor keeps watching it and the
app tells the merchant when it ends.
"""
from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from dollr_desktop.services.payment_links import PaymentLinksService
from dollr_desktop.services.collection import CollectionService
from dollr_desktop.ui.widgets.fit import fit_to_screen, scrolling
from dollr_desktop.ui.collect.target import CollectTarget
from dollr_desktop.ui.collect.link_panel import LinkPanel
from dollr_desktop.ui.collect.momo_panel import MomoPanel
from dollr_desktop.ui.dialogs.lifetime import delete_when_closed
from dollr_desktop.ui.money import format_money


class CollectDialog(QDialog):
    sig_paid = Signal(str, int)   # source_type, source_id

    MOMO_TAB, LINK_TAB = 0, 1

    def __init__(self, runner: Any, collection: CollectionService, links: PaymentLinksService,
                 target: CollectTarget, *, receipt_button: QPushButton | None = None,
                 merchant_name: str = "us", open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        delete_when_closed(self, lambda: runner.busy)
        self.target = target
        self.setWindowTitle(self.tr("Collect payment · {number}").format(number=target.source_number))
        self.setAccessibleName(self.tr("Collect payment"))
        title = QLabel(self.tr("Collect {amount}").format(amount=format_money(target.total, target.currency)))
        title.setProperty("role", "pageTitle")
        who = QLabel(f"{target.source_number}" + (f" · {target.customer_name}" if target.customer_name else ""))
        who.setAccessibleName(self.tr("Document and customer"))
        self.momo = MomoPanel(runner, collection, target)
        self.link = LinkPanel(runner, links, target, merchant_name=merchant_name, open_url=open_url)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("How the customer pays"))
        self.tabs.addTab(self.momo, self.tr("Mobile money push"))
        self.tabs.addTab(self.link, self.tr("Payment link / QR"))
        # A small screen (1024x600) gets a shorter dialog that scrolls; long tab names (Kinyarwanda) a wider one,
        # so both tabs show without the tab bar's arrows.
        fit_to_screen(self, max(620, self.tabs.tabBar().sizeHint().width() + 60), 640)
        self.receipt_button = receipt_button
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close (a payment in progress keeps being watched)"))
        buttons = QHBoxLayout()
        if receipt_button is not None:
            receipt_button.setParent(self)
            receipt_button.setEnabled(False)
            buttons.addWidget(receipt_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(who)
        layout.addWidget(scrolling(self.tabs), 1)
        layout.addLayout(buttons)

        self.tabs.currentChanged.connect(self.on_tabs_current_changed)
        self.momo.sig_paid.connect(lambda _entry: self._paid())
        self.momo.sig_hosted_page_wanted.connect(self.on_momo_hosted_page_wanted)
        self.link.sig_paid.connect(lambda _update: (self.momo.mark_paid_elsewhere(), self._paid()))
        self.close_button.clicked.connect(self.close)
        self.finished.connect(self.on_finished)
        self._tasks: set[asyncio.Task] = set()

    async def start(self) -> None:
        """Show the payment already in flight for this document, if any (other window, restart)."""
        pending = await self.momo.collection.pending_for(self.target.source_type, self.target.source_id)
        if pending is not None:
            self.momo.notice_label.setText(self.tr("A payment request for this document is already under way; "
                                           "it is shown here. No second request will be sent."))
            self.momo.follow(pending)

    @Slot(int)
    def on_tabs_current_changed(self, index: int) -> None:
        if index == self.LINK_TAB:
            self.link.prepare()

    @Slot()
    def on_momo_hosted_page_wanted(self) -> None:
        self.tabs.setCurrentIndex(self.LINK_TAB)

    def _paid(self) -> None:
        # Paid: nothing more to collect, so no payment link / QR is offered (Dollr would refuse it).
        self.link.paid = True
        if self.tabs.currentIndex() != self.LINK_TAB:
            self.tabs.setTabEnabled(self.LINK_TAB, False)
            self.tabs.setTabToolTip(self.LINK_TAB, self.tr("Already paid: there is nothing more to collect."))
        if self.receipt_button is not None and hasattr(self.receipt_button, "set_document"):
            self.receipt_button.set_document(self.target.source_type, self.target.source_id, "PAID")
        self.sig_paid.emit(self.target.source_type, self.target.source_id)

    @Slot(int)
    def on_finished(self, _result: int) -> None:
        self.momo.detach()
        task = asyncio.ensure_future(self.link.stop())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
