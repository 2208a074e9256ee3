"""Is a newer release out? A signed release manifest, checked at most once a day, never while a
payment is pending; the merchant decides what to do with the answer. No Qt.

The manifest is a small JSON file published with each release:

    {"signed": {"app": "dollr-desktop", "version": "0.2.0", "released": "2026-12-20",
                "url": "https://…/dollr-desktop-0.2.0", "expires": "2027-01-20T00:00:00Z"},
     "signature": "<base64 Ed25519 signature of the canonical JSON of `signed`>"}

Canonical JSON: keys sorted, no spaces, UTF-8 (`canonical()`). It is accepted only if the signature
verifies with the public key fixed at build time (`build_info`), names this app, has not expired
(an old manifest replayed by a network in the middle cannot hide a release for ever) and its version
is newer than the running one. Anything else is refused, logged, and nothing is offered. Why not
TUF/tufup: see docs/ARCHITECTURE.md ("Update notice").
"""
from __future__ import annotations

import base64
import json
import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from dollr_desktop import USER_AGENT, __version__, json_files

log = logging.getLogger(__name__)

APP_ID = "dollr-desktop"
CHECK_EVERY = timedelta(days=1)
MAX_MANIFEST_BYTES = 64 * 1024
STATE_FILE = "update_check.json"


class ManifestRefused(Exception):
    """The manifest is not one to trust; `code` says why (logged, never shown as an offer)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code


@dataclass(frozen=True)
class UpdateOffer:
    version: str
    url: str
    released: str = ""


def canonical(signed: dict[str, Any]) -> bytes:
    return json.dumps(signed, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def version_key(version: str) -> tuple[int, ...]:
    numbers = re.findall(r"\d+", version.split("+")[0])
    return tuple(int(n) for n in numbers[:4]) or (0,)


def verify(raw: bytes, public_key_b64: str, *, now: datetime | None = None) -> dict[str, Any]:
    """The manifest's signed part if it is genuine, current and for this app; else ManifestRefused."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        document = json.loads(raw)
        signed, signature = document["signed"], base64.b64decode(document["signature"], validate=True)
    except (ValueError, KeyError, TypeError) as exc:
        raise ManifestRefused("malformed", str(exc)) from None
    if not isinstance(signed, dict):
        raise ManifestRefused("malformed", "signed is not an object")
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key_b64, validate=True))
    except ValueError as exc:
        raise ManifestRefused("bad_public_key", str(exc)) from None
    try:
        key.verify(signature, canonical(signed))
    except InvalidSignature:
        raise ManifestRefused("bad_signature") from None
    if signed.get("app") != APP_ID:
        raise ManifestRefused("other_app", str(signed.get("app")))
    try:
        expires = datetime.fromisoformat(str(signed["expires"]).replace("Z", "+00:00"))
    except (KeyError, ValueError):
        raise ManifestRefused("malformed", "no expiry") from None
    if (now or datetime.now(timezone.utc)) > expires:
        raise ManifestRefused("expired", str(signed["expires"]))
    if not isinstance(signed.get("version"), str) or not str(signed.get("url", "")).startswith("https://"):
        raise ManifestRefused("malformed", "version or https url missing")
    return signed


def offer_from(signed: dict[str, Any], current: str = __version__) -> UpdateOffer | None:
    if version_key(signed["version"]) <= version_key(current):
        return None
    return UpdateOffer(version=signed["version"], url=signed["url"], released=str(signed.get("released", "")))


async def fetch_offer(url: str, public_key_b64: str, *, current: str = __version__,
                      timeout_s: float = 15.0) -> UpdateOffer | None:
    """Download and verify the manifest. None: nothing newer, or the manifest was refused (logged).
    Network trouble is logged too and simply means "ask again tomorrow"."""
    import httpx

    try:
        async with httpx.AsyncClient(timeout=timeout_s, follow_redirects=True,
                                     headers={"User-Agent": USER_AGENT}) as client:
            response = await client.get(url)
            response.raise_for_status()
            raw = response.content[:MAX_MANIFEST_BYTES + 1]
        if len(raw) > MAX_MANIFEST_BYTES:
            raise ManifestRefused("too_big")
        return offer_from(verify(raw, public_key_b64), current)
    except ManifestRefused as exc:
        log.warning("update manifest from %s refused (%s); no update offered", url, exc)
        return None
    except httpx.HTTPError as exc:
        log.info("update manifest not reachable (%s): %s", url, type(exc).__name__)
        return None


class CheckState:
    """When the manifest was last read and which version the merchant chose to skip (a JSON file
    in the data folder, written atomically)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        raw = json_files.read_object(path, "Update check state") or {}
        self.last_checked = _parse(raw.get("last_checked"))
        self.skipped_version = raw.get("skipped_version") if isinstance(raw.get("skipped_version"), str) else None

    def is_due(self, now: datetime) -> bool:
        return self.last_checked is None or now - self.last_checked >= CHECK_EVERY or now < self.last_checked

    def save(self) -> None:
        json_files.write_atomically(self.path, {
            "last_checked": self.last_checked.isoformat() if self.last_checked else None,
            "skipped_version": self.skipped_version})


def _parse(text: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        return None


def has_pending_payment(session: Any) -> bool:
    """Any open journal entry (a payment, payout or refund not yet settled) of the open account?
    Blocking (SQLite): call it on a worker thread. A journal not open yet counts as pending: the
    check waits until it can ask."""
    if session is None:
        return False
    journal = getattr(getattr(session, "store", None), "journal", None)
    return journal is None or bool(journal.open_entries())
