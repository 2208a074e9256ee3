"""Everything the sandbox remembers: records, counters, its clock, and who to tell about payments.

The state is owned by the server's event loop thread: request handlers and the settlement ticker
mutate it there, one at a time. Records are plain dicts (money as Decimal, times as epoch
seconds) so that the optional state file is a straightforward JSON dump.
"""
from __future__ import annotations

import json
import logging
import os
import secrets
import time
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

from dollr_desktop.sandbox import jwt_hs256

log = logging.getLogger(__name__)

# The merchant the sandbox plays: a small pharmacy in Monrovia.
MERCHANT = {
    "id": 4127,
    "name": "Mamba Point Pharmacy",
    "type": "MICRO_ORGANIZATION",
    "email": "accounts@mambapointpharmacy.lr",
    "phone": "231886401275",
}
DEMO_CLIENT_ID = "sbx_mamba_point_pharmacy"
DEMO_CLIENT_SECRET = "sbx_practice_secret_not_for_real_money"
DEMO_PASSCODE = "246810"
DEMO_PASSCODE_PHONE = MERCHANT["phone"]
WALLET_CURRENCIES = ("USD", "LRD", "RWF")

TABLES = (
    "parties", "counterparties", "invoices", "orders", "items", "sessions",
    "payment_accounts", "executions", "hosted_links", "checkout_configs",
)

ExecutionListener = Callable[[dict], None]


class SandboxState:
    """In-memory Dollr for one merchant."""

    def __init__(self, *, settle_delay: float = 3.0, verified: bool = True,
                 token_ttl_minutes: float = 60, state_file: str | os.PathLike | None = None) -> None:
        self.settle_delay = float(settle_delay)
        self.verified = verified
        self.token_ttl_minutes = float(token_ttl_minutes)
        self.state_file = Path(state_file) if state_file else None
        self.client_id = DEMO_CLIENT_ID
        self.client_secret = DEMO_CLIENT_SECRET
        self.passcode = DEMO_PASSCODE
        self.passcode_phone = DEMO_PASSCODE_PHONE
        self.merchant = dict(MERCHANT)
        self.base_url = ""
        self.jwt_secret = secrets.token_urlsafe(32)
        self.clock_offset = 0.0
        self.token_epoch = 0
        self.faults: list[dict] = []
        self._listeners: list[ExecutionListener] = []
        self.clear()
        if self.state_file and self.state_file.exists():
            self.load()

    # ---- identity -------------------------------------------------------------------------
    @property
    def anon_key(self) -> str:
        # Far-future expiry: the anon key is a public project key, not a session credential.
        return jwt_hs256.encode({"role": "anon", "iss": "dollr-sandbox", "exp": 4102444800,
                                 "iat": 1767225600}, self.jwt_secret)

    @property
    def realtime_url(self) -> str:
        return self.base_url

    def info(self) -> dict:
        return {
            "base_url": self.base_url,
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "passcode": self.passcode,
            "passcode_phone": self.passcode_phone,
            "realtime_url": self.realtime_url,
            "anon_key": self.anon_key,
            "verified": self.verified,
            "settle_delay": self.settle_delay,
            "merchant_id": self.merchant["id"],
            "merchant_type": self.merchant["type"],
            "merchant_name": self.merchant["name"],
        }

    # ---- clock ----------------------------------------------------------------------------
    def now(self) -> float:
        return time.time() + self.clock_offset

    def advance_clock(self, seconds: float) -> None:
        self.clock_offset += float(seconds)

    # ---- records --------------------------------------------------------------------------
    def clear(self) -> None:
        """Forget every record; credentials, secret and clock stay."""
        for table in TABLES:
            setattr(self, table, {})
        self.wallets: dict[str, dict] = {
            cur: {"id": i + 1, "currency": cur, "balance": Decimal("0.00")}
            for i, cur in enumerate(WALLET_CURRENCIES)
        }
        self.counters: dict[str, int] = {}
        self.fault_log: list[dict] = []

    def next_id(self, kind: str, start: int = 1) -> int:
        value = self.counters.get(kind, start - 1) + 1
        self.counters[kind] = value
        return value

    def table(self, name: str) -> dict:
        return getattr(self, name)

    # ---- listeners ------------------------------------------------------------------------
    def add_execution_listener(self, fn: ExecutionListener) -> None:
        self._listeners.append(fn)

    def remove_execution_listener(self, fn: ExecutionListener) -> None:
        if fn in self._listeners:
            self._listeners.remove(fn)

    def notify_execution(self, execution: dict) -> None:
        """Tell listeners about a collection's new status (called on the server loop thread)."""
        if execution["operation_type"] != "COLLECTION":
            return
        from dollr_desktop.sandbox.serializers import iso

        row = {
            "reference_id": execution["reference_id"],
            "session_id": execution.get("session_id"),
            "source_type": execution.get("source_type"),
            "status": execution["status"],
            "gateway_message": execution.get("gateway_message"),
            "updated_at": iso(execution["updated_at"]),
        }
        for fn in list(self._listeners):
            try:
                fn(dict(row))
            except Exception:  # a listener's bug must not break a payment
                log.exception("sandbox execution listener failed")

    # ---- persistence ----------------------------------------------------------------------
    def snapshot(self) -> dict:
        data = {table: list(getattr(self, table).values()) for table in TABLES}
        data.update(wallets=list(self.wallets.values()), counters=self.counters,
                    jwt_secret=self.jwt_secret, clock_offset=self.clock_offset,
                    token_epoch=self.token_epoch)
        return data

    def save(self) -> None:
        if not self.state_file:
            return
        tmp = self.state_file.with_suffix(self.state_file.suffix + ".tmp")
        tmp.write_text(json.dumps(self.snapshot(), default=_encode, indent=1))
        os.replace(tmp, self.state_file)

    def load(self) -> None:
        assert self.state_file is not None
        try:
            data = json.loads(self.state_file.read_text(), object_hook=_decode)
        except (OSError, ValueError):
            log.warning("sandbox state file %s unreadable; starting empty", self.state_file)
            return
        for table in TABLES:
            key = "reference_id" if table == "executions" else ("token" if table == "hosted_links" else "id")
            setattr(self, table, {row[key]: row for row in data.get(table, [])})
        self.wallets = {w["currency"]: w for w in data.get("wallets", [])} or self.wallets
        self.counters = data.get("counters", {})
        self.jwt_secret = data.get("jwt_secret", self.jwt_secret)
        self.clock_offset = float(data.get("clock_offset", 0.0))
        self.token_epoch = int(data.get("token_epoch", 0))


def _encode(value: Any) -> Any:
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    raise TypeError(f"cannot store {type(value).__name__}")


def _decode(obj: dict) -> Any:
    if set(obj) == {"$decimal"}:
        return Decimal(obj["$decimal"])
    return obj
