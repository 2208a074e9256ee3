"""A page that reads when it is shown: news while it is hidden only marks it dirty, and a
refresh already running is replaced by the newer one (cash-up, reports)."""
from __future__ import annotations

import asyncio
from typing import Any


class RefreshWhenShown:
    """Mixin for a QWidget page with `service` and `async refresh()`."""

    service: Any = None
    _dirty = False
    _refresh_task: asyncio.Task | None = None

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._dirty:
            self.schedule_refresh()

    def schedule_refresh(self, *_args: Any) -> asyncio.Task | None:
        if self.service is None:
            return None
        if not self.isVisible():   # a hidden page waits: it loads when shown
            self._dirty = True
            return None
        self._dirty = False
        if self._refresh_task is not None and not self._refresh_task.done():
            self._refresh_task.cancel()
        self._refresh_task = asyncio.ensure_future(self.refresh())
        return self._refresh_task

    async def refresh_now(self) -> None:
        """Refresh and wait for it (a feature's refresh); a newer refresh replacing it is not a failure."""
        task = self.schedule_refresh()
        if task is None:
            return
        try:
            await task
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if task.cancelled() and not (current is not None and current.cancelling()):
                return
            raise
