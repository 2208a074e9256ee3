"""Which Dollr the app talks to: the embedded practice sandbox or the merchant's live account.

Builds the client from settings + keyring, validates new credentials by obtaining a token before
anything is saved, and owns the in-process sandbox in practice mode. No Qt.
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dollr_desktop import paths
from dollr_desktop.credentials import CredentialStore
from dollr_desktop.logging_setup import register_secret
from dollr_desktop.settings import Environment, Settings

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.heydollr.app"
SECRET_NAME = "client_secret:{client_id}"
ANON_KEY_NAME = "realtime_anon_key:{client_id}"


@dataclass
class AccountConfig:
    environment: Environment
    base_url: str
    client_id: str
    client_secret: str = field(repr=False)
    realtime_url: str = ""
    anon_key: str = field(default="", repr=False)
    passcode_phone: str = ""
    account_name: str = ""
    practice_passcode: str = field(default="", repr=False)   # practice mode only: shown in the banner

    def __post_init__(self) -> None:
        register_secret(self.client_secret)
        register_secret(self.anon_key)

    @property
    def is_practice(self) -> bool:
        return self.environment is Environment.PRACTICE

    @property
    def display_name(self) -> str:
        return self.account_name or (PRACTICE_ACCOUNT_NAME if self.is_practice else self.client_id)

    def database_path(self) -> Path:
        """Practice data never mixes with a live account's cache and payment journal."""
        return practice_database_path() if self.is_practice else paths.database_path()


# The practice account's name as stored; the UI words it in the merchant's language (ui/wording).
PRACTICE_ACCOUNT_NAME = "Practice merchant"


def practice_database_path() -> Path:
    return paths.data_dir() / "practice.sqlite3"


def practice_config(info: dict[str, Any]) -> AccountConfig:
    return AccountConfig(
        environment=Environment.PRACTICE,
        base_url=info["base_url"],
        client_id=info["client_id"],
        client_secret=info["client_secret"],
        realtime_url=info.get("realtime_url") or info["base_url"],
        anon_key=info.get("anon_key", ""),
        passcode_phone=info.get("passcode_phone", ""),
        account_name=PRACTICE_ACCOUNT_NAME,
        practice_passcode=str(info.get("passcode", "")),
    )


def live_config_from_settings(settings: Settings, credentials: CredentialStore) -> AccountConfig | None:
    """The saved live account, or None when something needed is missing (e.g. no keyring)."""
    if not settings.client_id or not settings.base_url:
        return None
    secret = credentials.load(SECRET_NAME.format(client_id=settings.client_id))
    if not secret:
        return None
    return AccountConfig(
        environment=Environment.LIVE,
        base_url=settings.base_url,
        client_id=settings.client_id,
        client_secret=secret,
        realtime_url=settings.realtime_url,
        anon_key=credentials.load(ANON_KEY_NAME.format(client_id=settings.client_id)) or "",
        passcode_phone=settings.passcode_phone,
        account_name=settings.account_name,
    )


def save_live_config(config: AccountConfig, settings: Settings, credentials: CredentialStore) -> bool:
    """Secrets to the keyring, the rest to settings. True when the secret survives a restart."""
    persisted = credentials.save(SECRET_NAME.format(client_id=config.client_id), config.client_secret)
    if config.anon_key:
        credentials.save(ANON_KEY_NAME.format(client_id=config.client_id), config.anon_key)
    settings.environment = Environment.LIVE
    settings.base_url = config.base_url
    settings.client_id = config.client_id
    settings.realtime_url = config.realtime_url
    settings.passcode_phone = config.passcode_phone
    settings.account_name = config.account_name
    settings.save()
    return persisted


def build_client(config: AccountConfig, **kwargs: Any):
    from dollr_desktop.api import DollrClient

    return DollrClient(config.base_url, config.client_id, config.client_secret, **kwargs)


async def validate(config: AccountConfig) -> None:
    """Obtain a token with these credentials; raises the client's ApiError when refused."""
    client = build_client(config, max_retries=1)
    try:
        await client.auth.obtain_token()
    finally:
        await client.aclose()


class PracticeSandbox:
    """The embedded sandbox, started in-process (in its own thread) for practice mode.

    Its state is kept in the data folder so demo invoices survive a restart of the app.
    """

    def __init__(self, server: Any = None, *, settle_delay: float | None = None) -> None:
        self.server = server
        self._owned = server is None
        self._settle_delay = settle_delay

    @property
    def running(self) -> bool:
        return self.server is not None

    async def start(self) -> dict[str, Any]:
        if self.server is None:
            self.server = await asyncio.to_thread(self._start_server)
        return dict(self.server.info)

    def _start_server(self) -> Any:
        from dollr_desktop.sandbox.server import SandboxServer

        kwargs: dict[str, Any] = {"state_file": paths.data_dir() / "practice-sandbox.json"}
        if self._settle_delay is not None:
            kwargs["settle_delay"] = self._settle_delay
        return SandboxServer(**kwargs).start()

    async def stop(self) -> None:
        if self.server is not None and self._owned:
            server, self.server = self.server, None
            await asyncio.to_thread(server.stop)


def _iso_to_datetime(value: Any) -> Any:
    from datetime import datetime

    return datetime.fromisoformat(str(value)) if value else None


class SessionSync:
    """One "sync now": send the drafts saved offline first, then refresh the cache, then fetch
    the receipts of documents paid since the last sync.

    The work is the store's side (`services.outbox`, `services.sync`); this only orders it and
    answers "when was the last complete sync?" for the status bar.
    """

    RESOURCES = ("counterparties", "invoices", "orders")

    def __init__(self, client: Any, store: Any) -> None:
        from dollr_desktop.services.outbox import OutboxService
        from dollr_desktop.services.receipt_backfill import ReceiptBackfill
        from dollr_desktop.services.sync import SyncService

        self.store = store
        self.outbox = OutboxService(client, store)
        self.sync = SyncService(client, store)
        self.receipts = ReceiptBackfill(client, store)
        self.newly_paid: tuple[tuple[str, int], ...] = ()   # documents whose receipt the last run fetched
        self.previous_sync: Any = None   # when the sync before the last run completed (None: first ever)

    def last_synced_at(self) -> Any:
        rows = [self.store.last_sync(r) for r in self.RESOURCES]
        times = [r["last_synced_at"] for r in rows if r and r.get("last_synced_at")]
        return _iso_to_datetime(min(times)) if len(times) == len(self.RESOURCES) else None

    async def run(self) -> Any:
        """Raises the client's ApiConnectionError when Dollr cannot be reached."""
        self.previous_sync = await asyncio.to_thread(self.last_synced_at)
        report = await self.outbox.send_all()
        await self.sync.sync_all()
        self.newly_paid = (await self.receipts.run()).keys
        return report


def make_sync(client: Any, store: Any) -> Any:
    return SessionSync(client, store)
