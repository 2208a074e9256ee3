"""Features plug into the app behind one small protocol (Spyder's plugin registry, without its
machinery). Each adds its pages and actions, hears `attach(session)` when an account opens and
`detach()` before it closes, and talks to the others only through the hub."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget


@dataclass
class Page:
    key: str                  # "home", "contacts", …
    title: str                # already translated
    widget: QWidget
    under: str | None = None  # a sub-page shown with this sidebar entry selected
    hidden: bool = False      # not in the sidebar (reached from another page)


@dataclass
class FeatureContext:
    """What every feature is given: the window to parent its dialogs, the runner for actions,
    the hub to ask and hear, the settings. Nothing else of the app."""

    window: Any
    runner: Any
    hub: Any
    settings: Any
    extras: dict[str, Any] = field(default_factory=dict)   # e.g. the credential store for Settings


class Feature(Protocol):
    name: str

    def pages(self) -> list[Page]: ...

    def actions(self) -> list[QAction]: ...

    async def attach(self, session: Any) -> None: ...

    async def detach(self) -> None: ...


class BaseFeature:
    """Defaults for the protocol: no pages, no actions, remembers the session."""

    name = ""

    def __init__(self, ctx: FeatureContext) -> None:
        self.ctx = ctx
        self.session: Any = None

    def pages(self) -> list[Page]:
        return []

    def actions(self) -> list[QAction]:
        return []

    async def attach(self, session: Any) -> None:
        self.session = session

    async def detach(self) -> None:
        self.session = None

    async def wait_idle(self, timeout: float) -> bool:
        """Closing the app: work that must be recorded (an approval on its way) finishes first."""
        return True

    def show_status(self, text: str, ms: int = 4000) -> None:
        self.ctx.window.statusBar().showMessage(text, ms)
