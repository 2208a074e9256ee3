"""A live countdown to a payout session's `expires_at`, in words and mm:ss."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any, Callable

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QWidget

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def remaining_text(seconds: int) -> str:
    minutes, secs = divmod(max(0, seconds), 60)
    return f"{minutes:02d}:{secs:02d}"


def local_expiry(session: Any) -> datetime:
    """When the session expires on this computer's clock, whatever that clock's error.

    The session's lifetime is measured on Dollr's clock (expires_at - created_at) and counted
    from now here, so a PC clock that is minutes off does not shorten or stretch the countdown.
    """
    lifetime = _aware(session.expires_at) - _aware(session.created_at)
    return utc_now() + max(lifetime, timedelta(0))


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)


class SessionCountdown(QLabel):
    """Ticks once a second; emits `sig_expired` once when the time is up."""

    sig_expired = Signal()

    def __init__(self, parent: QWidget | None = None, clock: Clock = utc_now) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Time left to approve"))
        self._clock = clock
        self._expires_at: datetime | None = None
        self.expired = False
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.on_timer_timeout)

    def start(self, expires_at: datetime) -> None:
        if expires_at.tzinfo is None:   # the API's times are UTC
            expires_at = expires_at.replace(tzinfo=timezone.utc)
        self._expires_at = expires_at
        self.expired = False
        self.setProperty("role", "")
        self.timer.start()
        self.on_timer_timeout()

    def stop(self) -> None:
        self.timer.stop()

    def expire_now(self) -> None:
        """Dollr said the session expired (its clock is the one that counts)."""
        self._expires_at = self._clock()
        self.on_timer_timeout()

    def seconds_left(self) -> int:
        if self._expires_at is None:
            return 0
        return int((self._expires_at - self._clock()).total_seconds())

    @Slot()
    def on_timer_timeout(self) -> None:
        left = self.seconds_left()
        if left > 0:
            self.setText(self.tr("Approve within {time} (the session then expires)").format(time=remaining_text(left)))
            return
        self.timer.stop()
        self.setText(self.tr("This payout session has expired. Nothing was paid."))
        self.setProperty("role", "fieldError")
        self.style().unpolish(self)
        self.style().polish(self)
        if not self.expired:
            self.expired = True
            self.sig_expired.emit()
