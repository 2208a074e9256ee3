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
    text_size: int = 100         # per cent of the computer's text size: 100, 125 or 150 (ui/text_size.py)
    # Business details printed on every receipt (plain contact details, not secrets).
    business_name: str = ""
    business_phone: str = ""
    business_email: str = ""
    business_address: str = ""
    business_logo: str = ""         # "logo.png" in the data folder once a logo is chosen (ui/printing/logo.py)
    print_when_paid: bool = False   # print each paid collection's receipt on the remembered printer
    # Taxes and publishing (ui/widgets/tax_settings_box.py; services/taxes.py)
    tax_rate: str = ""              # a TAX_RATES code ("RW_VAT", "LR_GST"), "" for no tax
    tax_per_item: bool = False      # each line its own rate (else one rate for the whole document)
    prices_include_tax: bool = False
    tax_id: str = ""                # the business's TIN, printed on receipts
    print_ebm_reference: bool = False   # Rwanda: an EBM receipt reference field on receipts
    confirm_publish: bool = True    # ask before publishing an invoice or order
    # Automatic backups (services/backups.py): daily and at close, once a backup password is set
    # (kept in the keyring, never here); also copied to `backup_folder` (a USB stick) when set.
    backup_automatic: bool = True
    backup_folder: str = ""
    backup_keep: int = 7            # days: the newest backup of each of the last 7 days
    lock_after_minutes: str = "10"   # with people set up, lock after this idle time ("0": never)
    people_offer_answered: bool = False   # the offer to set up the owner was answered (or skipped)
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
        kinds = {f.name: bool if f.type in (bool, "bool") else int if f.type in (int, "int") else str
                 for f in fields(cls)}
        values = {k: v for k, v in raw.items() if k in known and type(v) is kinds[k]}
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
