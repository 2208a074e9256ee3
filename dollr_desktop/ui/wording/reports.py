"""Words for the cash-up, reports and exports: column headers, coded values, ageing buckets."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from dollr_desktop.ui.wording.catalogue import carrier_words, method_words


def export_headers() -> dict[str, str]:
    """Column code (services/export.py) -> the header a person reads."""
    return {
        "time": QCoreApplication.translate("Export", "Time"), "kind": QCoreApplication.translate("Export", "Type"), "state": QCoreApplication.translate("Export", "Status"),
        "party": QCoreApplication.translate("Export", "Customer or recipient"), "document": QCoreApplication.translate("Export", "Document"),
        "method": QCoreApplication.translate("Export", "Method"), "provider": QCoreApplication.translate("Export", "Operator"), "account": QCoreApplication.translate("Export", "Account"),
        "amount": QCoreApplication.translate("Export", "Amount"), "currency": QCoreApplication.translate("Export", "Currency"),
        "received": QCoreApplication.translate("Export", "Received"), "received_currency": QCoreApplication.translate("Export", "Received currency"),
        "fee_dollr": QCoreApplication.translate("Export", "Dollr fee"), "fee_operator": QCoreApplication.translate("Export", "Operator fee"),
        "fee_exchange": QCoreApplication.translate("Export", "Exchange fee"), "fee_currency": QCoreApplication.translate("Export", "Fee currency"),
        "fee_bearer": QCoreApplication.translate("Export", "Fees paid by"), "fees": QCoreApplication.translate("Export", "Fees"),
        "reference_id": QCoreApplication.translate("Export", "Reference"), "provider_transaction_id": QCoreApplication.translate("Export", "Operator reference"),
        "created": QCoreApplication.translate("Export", "Created"), "number": QCoreApplication.translate("Export", "Number"), "status": QCoreApplication.translate("Export", "Status"),
        "total": QCoreApplication.translate("Export", "Total"), "due": QCoreApplication.translate("Export", "Due"), "paid": QCoreApplication.translate("Export", "Paid"),
        "since": QCoreApplication.translate("Export", "From"), "until": QCoreApplication.translate("Export", "To"), "shift": QCoreApplication.translate("Export", "Shift"),
        "version": QCoreApplication.translate("Export", "Version"), "closed": QCoreApplication.translate("Export", "Closed"), "cashup_state": QCoreApplication.translate("Export", "State"),
        "count": QCoreApplication.translate("Export", "Payments"), "gross": QCoreApplication.translate("Export", "Gross"),
        "fees_customer": QCoreApplication.translate("Export", "Fees paid by customers"), "fees_merchant": QCoreApplication.translate("Export", "Fees paid by you"),
        "net": QCoreApplication.translate("Export", "Net"), "paid_out": QCoreApplication.translate("Export", "Paid out"),
        "cash_expected": QCoreApplication.translate("Export", "Cash expected"), "cash_counted": QCoreApplication.translate("Export", "Cash counted"),
        "cash_difference": QCoreApplication.translate("Export", "Cash difference"),
    }


def kind_words(kind: str) -> str:
    return {"COLLECTION": QCoreApplication.translate("Export", "Payment received"), "PAYOUT": QCoreApplication.translate("Export", "Payout"),
            "REFUND": QCoreApplication.translate("Export", "Refund"), "INVOICE": QCoreApplication.translate("Export", "Invoice"), "ORDER": QCoreApplication.translate("Export", "Order")}.get(kind, kind)


def document_status_words(status: str) -> str:
    return {"IDLE": QCoreApplication.translate("Export", "Draft"), "ACTIVE": QCoreApplication.translate("Export", "Waiting for payment"),
            "PROCESSING": QCoreApplication.translate("Export", "Payment in progress"), "PAID": QCoreApplication.translate("Export", "Paid"),
            "CANCELED": QCoreApplication.translate("Export", "Cancelled")}.get(status, status)


def bearer_words(bearer: str) -> str:
    return {"PAYER": QCoreApplication.translate("Export", "Customer"), "PAYEE": QCoreApplication.translate("Export", "You")}.get(bearer, bearer)


def value_words(code: str, value: Any) -> str:
    """Words for a coded export value (called on the export's worker thread: translate is
    thread-safe)."""
    from dollr_desktop.ui.models.activity_model import state_label

    text = str(value)
    if code == "kind":
        return kind_words(text)
    if code == "state":
        try:
            return state_label("COLLECTION", text)
        except ValueError:
            return text
    if code == "status":
        return document_status_words(text)
    if code == "method":
        return method_words(text)
    if code == "provider":
        return carrier_words(None, text)
    if code == "fee_bearer":
        return bearer_words(text)
    if code == "cashup_state":
        return QCoreApplication.translate("Export", "Reopened") if text == "REOPENED" else \
            QCoreApplication.translate("Export", "Closed")
    return text


def dataset_words() -> dict[str, str]:
    return {"payments": QCoreApplication.translate("Export", "Payments"), "documents": QCoreApplication.translate("Export", "Invoices and orders"),
            "payouts": QCoreApplication.translate("Export", "Payouts"), "cashups": QCoreApplication.translate("Export", "Cash-ups")}


def grain_words() -> dict[str, str]:
    return {"day": QCoreApplication.translate("Reports", "By day"), "week": QCoreApplication.translate("Reports", "By week"), "month": QCoreApplication.translate("Reports", "By month")}


def ageing_words(bucket: str) -> str:
    return {"not_due": QCoreApplication.translate("Reports", "Not due yet"), "0-30": QCoreApplication.translate("Reports", "0–30 days late"),
            "31-60": QCoreApplication.translate("Reports", "31–60 days late"), "61-90": QCoreApplication.translate("Reports", "61–90 days late"),
            "90+": QCoreApplication.translate("Reports", "More than 90 days late")}.get(bucket, bucket)


def fee_kind_words(kind: str) -> str:
    from dollr_desktop.ui.wording.catalogue import fee_words

    return fee_words(kind)
