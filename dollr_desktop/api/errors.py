"""What can go wrong talking to Dollr, each with a code the UI words for the merchant.

`code` names what happened (`ui/wording/api.py` turns it into words in the merchant's language);
`user_message` is the same in English, for logs and support; `details` is for an engineer
(method, path, status, server text). None ever contains a secret: the client never puts tokens or
the client secret into an error.
"""
from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """Base of every error the Dollr client raises."""

    code = "api.error"
    default_user_message = "Something went wrong while talking to Dollr. Please try again."

    def __init__(
        self,
        user_message: str | None = None,
        *,
        details: str = "",
        status_code: int | None = None,
        method: str | None = None,
        path: str | None = None,
        body: Any = None,
    ) -> None:
        self.user_message = user_message or self.default_user_message
        self.details = details
        self.status_code = status_code
        self.method = method
        self.path = path
        self.body = body
        super().__init__(self.user_message)

    @property
    def server_text(self) -> str:
        """What Dollr itself said (its `detail`, or each refused field and its message), without our
        wording around it: for "Details" and the journal, never the main message."""
        field_errors = getattr(self, "field_errors", None)
        if field_errors:
            return "; ".join(f"{name}: {message}" for name, message in field_errors.items())
        detail = self.body.get("detail") if isinstance(self.body, dict) else None
        return detail if isinstance(detail, str) else self.details

    def __str__(self) -> str:
        where = f"{self.method} {self.path}" if self.method and self.path else ""
        status = f" [{self.status_code}]" if self.status_code is not None else ""
        extra = f" ({self.details})" if self.details else ""
        prefix = f"{where}{status}: " if where or status else ""
        return f"{prefix}{self.user_message}{extra}"


class ApiConnectionError(ApiError):
    """Dollr could not be reached (offline, DNS, refused, dropped connection)."""

    code = "api.connection"
    default_user_message = (
        "Can't reach Dollr. Check the internet connection, then try again."
    )


class ApiTimeoutError(ApiConnectionError):
    """Dollr did not answer in time."""

    code = "api.timeout"
    default_user_message = (
        "Dollr is taking too long to answer. Check the internet connection, then try again."
    )


class AuthenticationError(ApiError):
    """401: the API keys were refused, or the session could not be renewed."""

    code = "api.authentication"
    default_user_message = (
        "Dollr did not accept this app's API keys. Check the client ID and secret in "
        "Settings, then sign in again."
    )


class ForbiddenError(ApiError):
    """403: the account is not allowed to do this (often: merchant not verified yet)."""

    code = "api.forbidden"
    default_user_message = (
        "Your Dollr account is not allowed to do this yet. Payouts, payment links and refunds "
        "need a verified merchant account: contact Dollr support to finish verification."
    )


class NotFoundError(ApiError):
    """404: the invoice, contact or payment does not exist (or belongs to another merchant)."""

    code = "api.not_found"
    default_user_message = (
        "Dollr could not find this record. It may have been removed; refresh the list and "
        "try again."
    )


class ValidationError(ApiError):
    """422: Dollr refused the data. `field_errors` maps a field path to its message."""

    code = "api.validation"
    default_user_message = "Dollr could not accept these details. Please correct them and try again."

    def __init__(self, user_message: str | None = None, *, field_errors: dict[str, str] | None = None, **kw: Any) -> None:
        self.field_errors: dict[str, str] = dict(field_errors or {})
        super().__init__(user_message, **kw)


class RateLimitedError(ApiError):
    """429 after the client's own waiting: too many requests in a short time."""

    code = "api.rate_limited"
    default_user_message = (
        "Dollr is receiving too many requests from this account right now. Wait a minute, "
        "then try again."
    )

    def __init__(self, user_message: str | None = None, *, retry_after: float | None = None, **kw: Any) -> None:
        self.retry_after = retry_after
        super().__init__(user_message, **kw)


class ServerError(ApiError):
    """5xx (including a proxy's HTML error page), or a reply this app cannot understand."""

    code = "api.server"
    default_user_message = (
        "Dollr is having trouble right now. Your data is safe; please try again in a few minutes."
    )


class OutcomeUnknownError(ApiError):
    """A payment request may have reached Dollr but no answer came back.

    Money may or may not be moving. Never execute again: check the status with the same
    `reference_id` (``client.status.<kind>(reference_id)``).
    """

    code = "api.outcome_unknown"
    default_user_message = (
        "The connection dropped while sending this payment, so it is not yet known whether it "
        "went through. Do not pay again: the app will check its status."
    )

    def __init__(self, reference_id: str, user_message: str | None = None, *, operation_type: str | None = None, **kw: Any) -> None:
        self.reference_id = reference_id
        self.operation_type = operation_type
        super().__init__(user_message, **kw)


def field_errors_from_detail(detail: Any) -> dict[str, str]:
    """FastAPI's `detail[]` → {"phone": "...", "items.0.amount": "..."} (loc minus its first part)."""
    errors: dict[str, str] = {}
    if not isinstance(detail, list):
        return errors
    for entry in detail:
        if not isinstance(entry, dict):
            continue
        loc = entry.get("loc") or []
        if not isinstance(loc, list):
            loc = [loc]
        parts = [str(p) for p in (loc[1:] if len(loc) > 1 else loc)]
        key = ".".join(parts) or "body"
        message = str(entry.get("msg") or entry.get("type") or "invalid value")
        errors[key] = f"{errors[key]}; {message}" if key in errors else message
    return errors
