"""Words for the cash-up, reports and exports: column headers, coded values, ageing buckets."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from dollr_desktop.ui.wording.catalogue import carrier_words, method_words


def export_headers() -> dict[str, str]:
    """Column code (services/export.py) -> the header a person reads."""
    t = QCoreApplication.translate
    return {
        "time": t("Export", "Time"), "kind": t("Export", "Type"), "state": t("Export", "Status"),
        "party": t("Export", "Customer or recipient"), "document": t("Export", "Document"),
        "method": t("Export", "Method"), "provider": t("Export", "Operator"), "account": t("Export", "Account"),
        "amount": t("Export", "Amount"), "currency": t("Export", "Currency"),
        "received": t("Export", "Received"), "received_currency": t("Export", "Received currency"),
        "fee_dollr": t("Export", "Dollr fee"), "fee_operator": t("Export", "Operator fee"),
        "fee_exchange": t("Export", "Exchange fee"), "fee_currency": t("Export", "Fee currency"),
        "fee_bearer": t("Export", "Fees paid by"), "fees": t("Export", "Fees"),
        "reference_id": t("Export", "Reference"), "provider_transaction_id": t("Export", "Operator reference"),
        "created": t("Export", "Created"), "number": t("Export", "Number"), "status": t("Export", "Status"),
        "total": t("Export", "Total"), "due": t("Export", "Due"), "paid": t("Export", "Paid"),
        "since": t("Export", "From"), "until": t("Export", "To"), "shift": t("Export", "Shift"),
        "version": t("Export", "Version"), "closed": t("Export", "Closed"), "cashup_state": t("Export", "State"),
        "count": t("Export", "Payments"), "gross": t("Export", "Gross"),
        "fees_customer": t("Export", "Fees paid by customers"), "fees_merchant": t("Export", "Fees paid by you"),
        "net": t("Export", "Net"), "paid_out": t("Export", "Paid out"),
        "cash_expected": t("Export", "Cash expected"), "cash_counted": t("Export", "Cash counted"),
        "cash_difference": t("Export", "Cash difference"),
    }


def kind_words(kind: str) -> str:
    t = QCoreApplication.translate
    return {"COLLECTION": t("Export", "Payment received"), "PAYOUT": t("Export", "Payout"),
            "INVOICE": t("Export", "Invoice"), "ORDER": t("Export", "Order")}.get(kind, kind)


def document_status_words(status: str) -> str:
    t = QCoreApplication.translate
    return {"IDLE": t("Export", "Draft"), "ACTIVE": t("Export", "Waiting for payment"),
            "PROCESSING": t("Export", "Payment in progress"), "PAID": t("Export", "Paid"),
            "CANCELED": t("Export", "Cancelled")}.get(status, status)


def bearer_words(bearer: str) -> str:
    t = QCoreApplication.translate
    return {"PAYER": t("Export", "Customer"), "PAYEE": t("Export", "You")}.get(bearer, bearer)


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
    t = QCoreApplication.translate
    return {"payments": t("Export", "Payments"), "documents": t("Export", "Invoices and orders"),
            "payouts": t("Export", "Payouts"), "cashups": t("Export", "Cash-ups")}


def grain_words() -> dict[str, str]:
    t = QCoreApplication.translate
    return {"day": t("Reports", "By day"), "week": t("Reports", "By week"), "month": t("Reports", "By month")}


def ageing_words(bucket: str) -> str:
    t = QCoreApplication.translate
    return {"not_due": t("Reports", "Not due yet"), "0-30": t("Reports", "0–30 days late"),
            "31-60": t("Reports", "31–60 days late"), "61-90": t("Reports", "61–90 days late"),
            "90+": t("Reports", "More than 90 days late")}.get(bucket, bucket)


def fee_kind_words(kind: str) -> str:
    from dollr_desktop.ui.wording.catalogue import fee_words

    return fee_words(kind)
