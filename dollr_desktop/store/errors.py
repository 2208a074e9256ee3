"""Errors the store raises, each with a sentence a merchant (or support) can act on."""
from __future__ import annotations


class StoreError(Exception):
    """Base class for store problems."""


class StoreClosedError(StoreError, RuntimeError):
    """The store was closed (the app is shutting down); work still queued should just stop."""

    def __init__(self) -> None:
        super().__init__("the store is closed")


class StoreTooNewError(StoreError):
    """The data file was written by a newer version of the app; opening it could damage it."""

    def __init__(self, path: str, file_version: int, known_version: int) -> None:
        self.path = path
        self.file_version = file_version
        self.known_version = known_version
        super().__init__(
            f"The data file {path} was created by a newer version of Dollr Desktop "
            f"(data format {file_version}; this version understands up to {known_version}). "
            "Install the latest Dollr Desktop to open it. Nothing was changed."
        )


class PaymentAlreadyPendingError(StoreError):
    """A payment for this document (or payout account) is still in flight."""

    def __init__(self, lock_key: str, reference_id: str | None) -> None:
        self.lock_key = lock_key
        self.reference_id = reference_id  # None while the other attempt is still being set up
        reference = f" (reference {reference_id})" if reference_id else ""
        super().__init__(
            f"A payment for this is already in progress{reference}. "
            "Wait for it to finish before starting another."
        )


class UnknownPaymentError(StoreError):
    """A journal entry that does not exist was asked for."""

    def __init__(self, reference_id: str) -> None:
        self.reference_id = reference_id
        super().__init__(f"No payment with reference {reference_id} is recorded on this computer.")
