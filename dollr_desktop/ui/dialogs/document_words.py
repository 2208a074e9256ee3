"""The document editor's sentences, one literal per kind (an invoice and an order are said
differently in French: "cette facture" / "cette commande"), so no English noun is slotted into a
translated sentence."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dollr_desktop.services.invoicing import DocumentStatus




def locked_words(status: DocumentStatus | None, invoice: bool) -> str:
    if status is DocumentStatus.ACTIVE:
        return (QCoreApplication.translate("DocumentWords", "Published: this invoice is locked. Its customer, items and amounts can no longer "
                   "change. The customer can pay it now.") if invoice else
                QCoreApplication.translate("DocumentWords", "Published: this order is locked. Its customer, items and amounts can no longer "
                   "change. The customer can pay it now."))
    if status is DocumentStatus.PROCESSING:
        return (QCoreApplication.translate("DocumentWords", "A payment is being processed for this invoice. It cannot be changed or canceled.")
                if invoice else
                QCoreApplication.translate("DocumentWords", "A payment is being processed for this order. It cannot be changed or canceled."))
    if status is DocumentStatus.PAID:
        return (QCoreApplication.translate("DocumentWords", "Paid. This invoice is closed.") if invoice else
                QCoreApplication.translate("DocumentWords", "Paid. This order is closed."))
    if status is DocumentStatus.CANCELED:
        return (QCoreApplication.translate("DocumentWords", "Canceled. The customer can no longer pay this invoice.") if invoice else
                QCoreApplication.translate("DocumentWords", "Canceled. The customer can no longer pay this order."))
    return ""


def queued_words() -> str:
    return QCoreApplication.translate("DocumentWords", "Saved on this computer; not yet sent. It will be sent to "
                                      "Dollr automatically when the connection is back.")


def editor_name(invoice: bool) -> str:
    return (QCoreApplication.translate("DocumentWords", "Invoice editor") if invoice else
            QCoreApplication.translate("DocumentWords", "Order editor"))


def cancel_button_text(invoice: bool) -> str:
    return (QCoreApplication.translate("DocumentWords", "Cancel invoice…") if invoice else
            QCoreApplication.translate("DocumentWords", "Cancel order…"))


def publish_question(invoice: bool) -> tuple[str, str]:
    if invoice:
        return (QCoreApplication.translate("DocumentWords", "Publish this invoice?"),
                QCoreApplication.translate("DocumentWords", "Once published, the invoice is locked: its customer, items and amounts can no "
                   "longer change. The customer can then pay it. You can still cancel it while it is unpaid."))
    return (QCoreApplication.translate("DocumentWords", "Publish this order?"),
            QCoreApplication.translate("DocumentWords", "Once published, the order is locked: its customer, items and amounts can no "
               "longer change. The customer can then pay it. You can still cancel it while it is unpaid."))


def published_words(invoice: bool) -> str:
    return (QCoreApplication.translate("DocumentWords", "Published. The invoice is locked and ready to be paid.")
            if invoice else
            QCoreApplication.translate("DocumentWords", "Published. The order is locked and ready to be paid."))


def cancel_question(invoice: bool, number: str | None) -> tuple[str, str, str, str]:
    """(title, text, yes, no) for canceling a sent document."""
    text = (QCoreApplication.translate("DocumentWords", "The customer will no longer be able to pay {number}. This cannot be undone.")
            .format(number=number) if number else
            QCoreApplication.translate("DocumentWords", "The customer will no longer be able to pay it. This cannot be undone."))
    if invoice:
        return (QCoreApplication.translate("DocumentWords", "Cancel this invoice?"), text, QCoreApplication.translate("DocumentWords", "Cancel invoice"),
                QCoreApplication.translate("DocumentWords", "Keep the invoice"))
    return (QCoreApplication.translate("DocumentWords", "Cancel this order?"), text, QCoreApplication.translate("DocumentWords", "Cancel order"),
            QCoreApplication.translate("DocumentWords", "Keep the order"))
