"""The payout passcode for one run, held in memory only. No Qt."""
from __future__ import annotations

from dollr_desktop.logging_setup import forget_secret, register_secret
from dollr_desktop.services.payout_problems import PayoutProblem


class RunPasscode:
    """The payout passcode for one run, in memory only: never written, masked in logs while held,
    dropped by `wipe()` (run finished, paused, cancelled, app closing). Python cannot overwrite a
    str in place; wiping drops every reference this object holds."""

    def __init__(self, code: str, phone: str = "", user_id: str = "") -> None:
        self._code: str | None = code
        self.phone = phone
        self.user_id = user_id
        register_secret(code)

    @property
    def wiped(self) -> bool:
        return self._code is None

    def code(self) -> str:
        if self._code is None:
            raise PayoutProblem("payout_run.passcode_needed")
        return self._code

    def still_secret(self) -> None:
        """The single payout's approve forgets the code after each request: keep masking it."""
        register_secret(self._code)

    def wipe(self) -> None:
        if self._code is not None:
            forget_secret(self._code)
        self._code = None
        self.phone = self.user_id = ""
