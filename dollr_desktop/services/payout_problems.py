"""Why a payout cannot go ahead, as codes with parameters (worded in ui/wording/payouts.py).

Besides its code and parameters a `PayoutProblem` says what may happen next: `field` names the
input it belongs to, `retry_allowed` whether the passcode may be typed again, `pause_seconds` how
long to wait first, `expired` that the session is gone (a new one needs the person's OK), `link`
a page to open (verification in the portal).
"""
from __future__ import annotations

import re
from typing import Any

from dollr_desktop.api import errors as api_errors
from dollr_desktop.services.catalogue import PORTAL_URL
from dollr_desktop.services.problems import Problem

PORTAL_VERIFICATION_URL = PORTAL_URL   # verification happens in the merchant portal
FREE_PASSCODE_TRIES = 3       # wrong passcodes before the first pause
FIRST_PAUSE_S = 30            # then 30 s, 60 s, 120 s … (capped)
MAX_PAUSE_S = 300


class PayoutProblem(Problem):
    def __init__(self, code: str, /, *, field: str | None = None, link: str | None = None,
                 retry_allowed: bool = True, pause_seconds: int = 0, expired: bool = False,
                 **params: Any) -> None:
        if " " in code:
            raise ValueError(f"a problem is a code, not a sentence: {code!r}")
        super().__init__(code, field=field, **params)
        self.link = link
        self.retry_allowed = retry_allowed
        self.pause_seconds = pause_seconds
        self.expired = expired

    @property
    def kind(self) -> str:
        """The code's last part: "wrong_passcode", "pending", "expired" …"""
        return self.code.rpartition(".")[2]


def refusal_params(exc: api_errors.ApiError) -> dict[str, str]:
    """Why Dollr said no, as codes: `fields` names the inputs it refused (comma-separated; their
    words live in ui/), `detail` is Dollr's own text, for "Details" only (the requester has already
    dropped any input the server echoed, so no passcode is in it)."""
    fields = sorted({name.split(".")[0] for name in getattr(exc, "field_errors", {}) if name})
    return {"fields": ",".join(fields), "detail": exc.server_text}


def invalid_number(phone: str, exc: api_errors.ApiError, **how: Any) -> PayoutProblem:
    return PayoutProblem("payout.invalid_number", phone=phone, detail=exc.server_text, **how)


def refusal_problem(exc: api_errors.ValidationError, phone: str, wrong_passcodes: int) -> PayoutProblem:
    """A 422 on the payout execute: nothing was paid; which input was at fault decides the words."""
    fields = exc.field_errors
    if any(key.startswith("passcode.token.code") for key in fields):
        pause = 0
        if wrong_passcodes >= FREE_PASSCODE_TRIES:
            pause = min(MAX_PAUSE_S, FIRST_PAUSE_S * 2 ** (wrong_passcodes - FREE_PASSCODE_TRIES))
        return PayoutProblem("payout.wrong_passcode", field="passcode", pause_seconds=pause,
                             tries=wrong_passcodes, paused=bool(pause))
    if any(key.startswith("passcode.token.user_id") for key in fields):
        return PayoutProblem("payout.passcode_owner_user_id", field="user_id")
    if any(key.startswith("passcode.token.phone") for key in fields):
        return PayoutProblem("payout.passcode_owner_phone", field="passcode_phone")
    if "expired" in fields.get("session_id", "").lower():
        return PayoutProblem("payout.expired", retry_allowed=False, expired=True)
    if "payout_account_id" in fields or "insensitive_account_number" in fields:
        return invalid_number(phone, exc, retry_allowed=False)
    return PayoutProblem("payout.refused", retry_allowed=False, **refusal_params(exc))


def forbidden_problem(exc: api_errors.ApiError) -> PayoutProblem:
    """403 means one of two things for a payout: a passcode lock, or an unverified account."""
    detail = exc.body.get("detail") if isinstance(exc.body, dict) else None
    text = detail if isinstance(detail, str) else exc.details
    if "passcode" in text.lower() or "locked" in text.lower():
        minutes = re.search(r"(\d+)\s*minute", text)
        pause = int(minutes.group(1)) * 60 if minutes else FIRST_PAUSE_S
        return PayoutProblem("payout.locked", pause_seconds=pause, detail=text)
    return not_verified_problem(exc)


def not_verified_problem(exc: api_errors.ApiError | None = None) -> PayoutProblem:
    return PayoutProblem("payout.not_verified", link=PORTAL_VERIFICATION_URL, retry_allowed=False)
