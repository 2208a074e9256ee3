"""People on this computer and what each may do (no Qt).

One owner and any number of staff, each with a name and a PIN. A PIN is kept only as a slow
salted hash (`hashlib.scrypt`, its parameters written with each hash) and compared in constant
time; the PIN itself is never stored, logged or put in a setting. The rights are plain strings,
listed once here (`Right`); the UI asks the hub's MAY event, which `PeopleBook.may` answers.

With nobody set up yet (an install from before people existed), everyone may do everything: the
app offers to set up the owner instead of locking a merchant out of their own shop.

The audit log (`store/people.AuditRows`) is written through `PeopleBook.audit`, which names the
person at the computer and drops anything that looks like a secret before it is hashed.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import math
import os
import re
import threading
import time
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from dollr_desktop.services.problems import Problem


class Right(StrEnum):
    SELL = "sell"
    COLLECT = "collect"
    MAKE_INVOICES = "make_invoices"
    PREPARE_PAYOUTS = "prepare_payouts"
    APPROVE_PAYOUTS = "approve_payouts"
    REFUND = "refund"
    CHANGE_SETTINGS = "change_settings"
    MANAGE_USERS = "manage_users"
    CLOSE_CASHUPS = "close_cashups"
    EXPORT = "export"


class Role(StrEnum):
    OWNER = "owner"
    STAFF = "staff"


STAFF_RIGHTS = frozenset({Right.SELL, Right.COLLECT, Right.MAKE_INVOICES, Right.PREPARE_PAYOUTS})

# scrypt: 16 MiB of memory and ~50 ms per try on a counter PC; a stolen file costs that per guess.
SCRYPT_N, SCRYPT_R, SCRYPT_P, SCRYPT_LEN = 2 ** 14, 8, 1, 32
PIN_MIN, PIN_MAX = 4, 8
# After this many wrong PINs in a row the next try waits; the wait doubles, up to the cap.
FREE_TRIES, FIRST_WAIT_S, MAX_WAIT_S = 3, 2.0, 60.0

# A key holding one of these words (as a word: "client_secret", "pinCode", "access-token") is dropped.
SECRET_WORDS = frozenset({"passcode", "passcodes", "pin", "pins", "secret", "secrets", "token", "tokens",
                          "password", "passwords", "otp", "passphrase", "credential", "credentials"})


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    role: Role

    @property
    def is_owner(self) -> bool:
        return self.role is Role.OWNER


def role_may(role: Role, right: str) -> bool:
    return role is Role.OWNER or right in STAFF_RIGHTS


# ---- PIN hashes ----------------------------------------------------------------------------
def hash_pin(pin: str) -> str:
    """`scrypt$N$r$p$salt$hash` (salt and hash in base64): the parameters travel with the hash."""
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
                            dklen=SCRYPT_LEN, maxmem=64 * 1024 * 1024)
    return "$".join(("scrypt", str(SCRYPT_N), str(SCRYPT_R), str(SCRYPT_P),
                     base64.b64encode(salt).decode(), base64.b64encode(digest).decode()))


def pin_matches(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(pin.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r),
                                p=int(p), dklen=len(expected), maxmem=64 * 1024 * 1024)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def check_pin(pin: str, repeat: str | None = None) -> None:
    """Problem("pin_format") / Problem("pin_mismatch") on the field where it was typed."""
    if not (pin.isdigit() and PIN_MIN <= len(pin) <= PIN_MAX):
        raise Problem("pin_format", field="pin", min=PIN_MIN, max=PIN_MAX)
    if repeat is not None and repeat != pin:
        raise Problem("pin_mismatch", field="pin_repeat")


def redact(details: Any) -> Any:
    """Drop every key that looks like a secret (passcode, PIN, token …), at any depth."""
    if isinstance(details, dict):
        return {str(k): redact(v) for k, v in details.items()
                if not _looks_secret(str(k))}
    if isinstance(details, (list, tuple)):
        return [redact(v) for v in details]
    if isinstance(details, (str, int, float, bool)) or details is None:
        return details
    return str(details)   # Decimal amounts and the like: their exact text


def _looks_secret(key: str) -> bool:
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", key).lower()
    return bool(SECRET_WORDS.intersection(re.split(r"[^a-z]+", spaced))) or "passcode" in spaced


class PeopleBook:
    """The people of this computer, who is at it now, and the audit log. Blocking: worker thread."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self._lock = threading.Lock()
        self.people: list[Person] = []
        self.current: Person | None = None
        self.failures = 0
        self.next_try_at = 0.0   # time.monotonic() before which a PIN is not even checked
        self.reload()

    @classmethod
    def open(cls, path: Path | str | None = None) -> PeopleBook:
        """People belong to the computer, not to an account: the main data file keeps them."""
        from dollr_desktop import paths
        from dollr_desktop.store.store import Store

        return cls(Store.open(path or paths.database_path()))

    def close(self) -> None:
        self.store.close()

    def reload(self) -> None:
        self.people = [Person(r.id, r.name, Role(r.role)) for r in self.store.people.all()]
        if self.current is not None:
            self.current = next((p for p in self.people if p.id == self.current.id), None)

    # ---- rights --------------------------------------------------------------------------
    @property
    def set_up(self) -> bool:
        return bool(self.people)

    @property
    def owner(self) -> Person | None:
        return next((p for p in self.people if p.is_owner), None)

    def may(self, right: str) -> bool:
        if not self.people:
            return True   # nobody set up yet: the computer is the owner's
        return self.current is not None and role_may(self.current.role, right)

    def who(self) -> str:
        return self.current.name if self.current is not None else ""

    # ---- PINs ----------------------------------------------------------------------------
    def wait_left(self) -> float:
        return max(0.0, self.next_try_at - time.monotonic())

    def sign_in(self, person_id: int, pin: str) -> Person:
        """The person becomes the one at the computer, or Problem("pin_wrong"/"pin_wait")."""
        wait = self.wait_left()
        if wait > 0:
            raise Problem("pin_wait", field="pin", seconds=math.ceil(wait))
        person = next((p for p in self.people if p.id == person_id), None)
        rows = {r.id: r for r in self.store.people.all()}
        if person is None or person_id not in rows or not pin_matches(pin, rows[person_id].pin_hash):
            with self._lock:
                self.failures += 1
                if self.failures >= FREE_TRIES:
                    delay = min(MAX_WAIT_S, FIRST_WAIT_S * 2 ** (self.failures - FREE_TRIES))
                    self.next_try_at = time.monotonic() + delay
            self.audit("pin_refused", {"person": person.name if person else "", "tries": self.failures},
                       who=person.name if person else "")
            wait = self.wait_left()
            raise Problem("pin_wrong", field="pin", seconds=math.ceil(wait) if wait > 0 else 0)
        with self._lock:
            self.failures = 0
            self.next_try_at = 0.0
        previous = self.current
        self.current = person
        if previous is None:
            self.audit("signed_in", {"person": person.name})
        elif previous.id != person.id:
            self.audit("user_switched", {"from": previous.name, "to": person.name})
        else:
            self.audit("unlocked", {"person": person.name})
        return person

    def lock(self, reason: str = "idle") -> None:
        if self.current is not None:
            self.audit("locked", {"reason": reason})
        # The person stays recorded as the last one at the computer; the lock screen asks again.

    # ---- managing people -----------------------------------------------------------------
    def add_person(self, name: str, role: Role, pin: str, repeat: str | None = None) -> Person:
        name = " ".join(name.split())
        if not name:
            raise Problem("person_name_missing", field="name")
        if any(p.name.casefold() == name.casefold() for p in self.people):
            raise Problem("person_name_taken", field="name", name=name)
        check_pin(pin, repeat)
        if role is Role.OWNER and self.owner is not None:
            raise Problem("owner_exists")
        person_id = self.store.people.add(name, role.value, hash_pin(pin))
        self.reload()
        person = next(p for p in self.people if p.id == person_id)
        if role is Role.OWNER and self.current is None:
            self.current = person   # the owner who just set up is the one at the computer
        self.audit("person_added", {"person": name, "role": role.value})
        return person

    def change_pin(self, person_id: int, pin: str, repeat: str | None = None) -> None:
        check_pin(pin, repeat)
        self.store.people.set_pin_hash(person_id, hash_pin(pin))
        self.audit("pin_changed", {"person": self._name(person_id)})

    def remove_person(self, person_id: int) -> None:
        person = next((p for p in self.people if p.id == person_id), None)
        if person is None:
            return
        if person.is_owner:
            raise Problem("owner_cannot_be_removed")
        self.store.people.remove(person_id)
        self.reload()
        self.audit("person_removed", {"person": person.name})

    def _name(self, person_id: int) -> str:
        return next((p.name for p in self.people if p.id == person_id), "")

    # ---- the audit log -------------------------------------------------------------------
    def audit(self, action: str, details: dict[str, Any] | None = None, *, who: str | None = None) -> Any:
        return self.store.audit.append(self.who() if who is None else who, str(action), redact(details or {}))

    def first_broken(self) -> int | None:
        return self.store.audit.first_broken()


AUDIT_CSV_COLUMNS = ("id", "at", "who", "action", "details", "prev_hash", "hash")


def write_audit_csv(entries: list[Any], path: Path | str) -> Path:
    """The entries as CSV (oldest first), with each hash so the chain can be checked elsewhere."""
    import csv
    import json

    path = Path(path)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(AUDIT_CSV_COLUMNS)
        for entry in sorted(entries, key=lambda e: e.id):
            writer.writerow((entry.id, entry.at, entry.who, entry.action,
                             json.dumps(entry.details, sort_keys=True, ensure_ascii=False),
                             entry.prev_hash, entry.hash))
    return path
