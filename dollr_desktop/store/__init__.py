"""SQLite cache, search and payment journal (no Qt). Start with `Store.open()`."""
from dollr_desktop.store.errors import (
    PaymentAlreadyPendingError,
    StoreClosedError,
    StoreError,
    StoreTooNewError,
    UnknownPaymentError,
)
from dollr_desktop.store.journal import (
    FINAL_STATES,
    OPEN_STATES,
    JournalEntry,
    PaymentRequest,
    PaymentState,
)
from dollr_desktop.store.store import Store

__all__ = [
    "FINAL_STATES", "OPEN_STATES", "JournalEntry", "PaymentAlreadyPendingError", "PaymentRequest",
    "PaymentState", "Store", "StoreClosedError", "StoreError", "StoreTooNewError", "UnknownPaymentError",
]
