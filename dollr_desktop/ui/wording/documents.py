"""Words for the invoice and order codes (services/invoicing.py)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


WORDS = {
    "document.not_cached": lambda **_: QCoreApplication.translate("DocumentWording", "This document is not on this computer yet; sync and try again."),
    "document.customer_missing": lambda **_: QCoreApplication.translate("DocumentWording", "Choose a customer first."),
}
