"""Typed settings kept as JSON in the data folder. Secrets never live here (see credentials.py)."""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from enum import StrEnum
from pathlib import Path

from dollr_desktop import json_files, paths


class Environment(StrEnum):
    PRACTICE = "practice"
    LIVE = "live"


@dataclass
class Settings:
    environment: Environment | None = None   # None until the first-run choice is made
    base_url: str = ""
    client_id: str = ""
    realtime_url: str = ""
    passcode_phone: str = ""
    account_name: str = ""
    default_currency: str = "LRD"
    language: str = "en"
    appearance: str = "system"   # system (follow the computer), light or dark
    # Business details printed on every receipt (plain contact details, not secrets).
    business_name: str = ""
    business_phone: str = ""
    business_email: str = ""
    business_address: str = ""
    print_when_paid: bool = False   # print each paid collection's receipt on the remembered printer
    customer_display: str = ""      # the till's customer display: "" off, else the screen's name

    @property
    def first_run(self) -> bool:
        return self.environment is None

    @classmethod
    def load(cls, path: Path | None = None) -> "Settings":
        raw = json_files.read_object(path or paths.settings_path(), "Settings")
        if raw is None:
            return cls()
        known = {f.name for f in fields(cls)}
        flags = {f.name for f in fields(cls) if f.type in (bool, "bool")}
        values = {k: v for k, v in raw.items()
                  if k in known and isinstance(v, bool if k in flags else str)}
        env = values.pop("environment", None)
        settings = cls(**values)
        settings.environment = Environment(env) if env in set(Environment) else None
        return settings

    def save(self, path: Path | None = None) -> None:
        """Write atomically so a crash mid-save never leaves half a file."""
        path = path or paths.settings_path()
        data = asdict(self)
        data["environment"] = self.environment.value if self.environment else None
        json_files.write_atomically(path, data)
