"""Payment link / QR: Dollr's hosted page as a big QR code, copy / open / share, watched until PAID."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QUrl, Qt, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
from qasync import asyncSlot

from dollr_desktop.services.payment_links import (
    PaymentLink, PaymentLinksService, SourceUpdate, SourceWatcher, share_urls,
)
from dollr_desktop.ui import i18n
from dollr_desktop.ui.collect.target import CollectTarget
from dollr_desktop.ui.wording.payments import share_message
from dollr_desktop.ui.collect.qr_widget import QrWidget
from dollr_desktop.ui.money import format_money


class LinkPanel(QWidget):
    sig_paid = Signal(object)   # SourceUpdate

    def __init__(self, runner: Any, links: PaymentLinksService, target: CollectTarget, *,
                 merchant_name: str = "us", open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.links, self.target = runner, links, target
        self.merchant_name = merchant_name
        self._open_url = open_url
        self.link: PaymentLink | None = None
        self.watcher: SourceWatcher | None = None
        self.paid = False
        self.opened_urls: list[str] = []

        self.qr = QrWidget()
        self.url_edit = QLineEdit()
        self.url_edit.setReadOnly(True)
        self.url_edit.setAccessibleName(self.tr("Payment link"))
        self.copy_button = QPushButton(self.tr("Copy link"))
        self.open_button = QPushButton(self.tr("Open in browser"))
        self.whatsapp_button = QPushButton(self.tr("WhatsApp"))
        self.sms_button = QPushButton(self.tr("SMS"))
        self.email_button = QPushButton(self.tr("Email"))
        for button, name in ((self.copy_button, self.tr("Copy the payment link")),
                             (self.open_button, self.tr("Open the payment page in the browser")),
                             (self.whatsapp_button, self.tr("Share the link by WhatsApp")),
                             (self.sms_button, self.tr("Share the link by SMS")),
                             (self.email_button, self.tr("Share the link by email"))):
            button.setAccessibleName(name)
            button.setEnabled(False)
        self.status_label = QLabel(self.tr("Preparing the payment link…"))
        self.status_label.setAccessibleName(self.tr("Payment link status"))
        self.status_label.setWordWrap(True)
        self.status_label.setProperty("role", "total")
        self.hint_label = QLabel(self.tr("The customer scans the code with their phone's camera and pays by "
                                 "mobile money or card on Dollr's page."))
        self.hint_label.setWordWrap(True)
        self.hint_label.setProperty("role", "hint")

        url_row = QHBoxLayout()
        url_row.addWidget(self.url_edit, 1)
        url_row.addWidget(self.copy_button)
        url_row.addWidget(self.open_button)
        share_row = QHBoxLayout()
        share_row.addWidget(QLabel(self.tr("Share:")))
        share_row.addWidget(self.whatsapp_button)
        share_row.addWidget(self.sms_button)
        share_row.addWidget(self.email_button)
        share_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.qr, 1, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.status_label)
        layout.addWidget(self.hint_label)
        layout.addLayout(url_row)
        layout.addLayout(share_row)

        self.copy_button.clicked.connect(self.on_copy_button_clicked)
        self.open_button.clicked.connect(lambda: self._open(self.url_edit.text()))
        self.whatsapp_button.clicked.connect(lambda: self._open(self.share().whatsapp))
        self.sms_button.clicked.connect(lambda: self._open(self.share().sms))
        self.email_button.clicked.connect(lambda: self._open(self.share().email))

    # the link ------------------------------------------------------------------------------------
    @asyncSlot()
    async def prepare(self) -> None:
        """Fetch the hosted page's link (once) and start watching the document."""
        if self.link is not None or self.paid:
            return
        t = self.target
        if not t.payment_link:
            self.status_label.setText(self.tr("{number} was not made as a payment link, so Dollr has no "
                                              "payment page for it. Use mobile money push instead.").format(
                number=t.source_number))
            return
        link = (await self.runner.run(f"link-{t.source_type}-{t.source_id}-{id(self)}",
                                     lambda: self.links.pay_link(t.source_type, t.source_id, t.source_number),
                                     quiet_offline=True, progress=self.tr("Getting the payment link…"))).value
        if link is None:
            self.status_label.setText(self.tr("The payment link could not be fetched. Check the connection and try again."))
            return
        self.use_link(link)

    def use_link(self, link: PaymentLink) -> None:
        """Show this link (e.g. a quick sale's checkout page) and watch its document until PAID."""
        self.show_link(link)
        if self.watcher is None:
            self.watcher = SourceWatcher(self.links, link, on_update=self.on_watcher_update)
            self.watcher.start()

    def show_link(self, link: PaymentLink) -> None:
        self.link = link
        self.qr.set_text(link.url)
        self.url_edit.setText(link.url)
        self.url_edit.setCursorPosition(0)
        for button in (self.copy_button, self.open_button, self.whatsapp_button, self.sms_button,
                       self.email_button):
            button.setEnabled(True)
        if not self.paid:
            self.status_label.setText(self.tr("Waiting for the customer to pay {amount} on the page…").format(
                amount=format_money(self.target.total, self.target.currency)))

    def share(self):
        t = self.target
        with i18n.speaking(t.language):   # the customer's language, whatever the app's
            message = share_message(merchant=self.merchant_name, customer=t.customer_name, number=t.source_number,
                                    amount=format_money(t.total, t.currency), url=self.url_edit.text())
            subject = self.tr("Payment for {number}").format(number=t.source_number)
        return share_urls(message, phone=t.phone, email=t.email, subject=subject)

    def _open(self, url: str) -> None:
        if url:
            self.opened_urls.append(url)
            self._open_url(QUrl(url))

    @Slot()
    def on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.url_edit.text())
        self.hint_label.setText(self.tr("Link copied. Paste it into any message to the customer."))

    # watching --------------------------------------------------------------------------------------
    def on_watcher_update(self, update: SourceUpdate) -> None:
        if update.link is not None and update.link.url != self.url_edit.text():
            self.show_link(update.link)
            self.hint_label.setText(self.tr("The old link expired; this is a new one."))
        if update.status == "PAID":
            self.paid = True
            self.qr.set_paid(True)
            self.status_label.setText("✔ " + self.tr("Paid. {number} is settled.").format(number=self.target.source_number))
            self.hint_label.setText(self.tr("The receipt is ready."))
            self.sig_paid.emit(update)
        elif update.status == "PROCESSING":
            self.status_label.setText(self.tr("The customer is paying now…"))
        elif update.status == "CANCELED":
            self.status_label.setText(self.tr("{number} was canceled; it can no longer be paid.").format(
                number=self.target.source_number))
        elif update.status == "ACTIVE" and self.link is not None:
            self.show_link(self.link)

    async def stop(self) -> None:
        if self.watcher is not None:
            await self.watcher.stop()
