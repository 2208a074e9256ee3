"""Secrets (client secret, Realtime anon key) in the OS keyring, and nowhere else.

When the OS has no usable keyring the secret is kept in memory for this run only, and
`problem` says so in words the person can act on.
"""
from __future__ import annotations

import logging
from typing import Any

from dollr_desktop.logging_setup import register_secret

log = logging.getLogger(__name__)

SERVICE = "DollrDesktop"
NO_KEYRING_MESSAGE = (
    "This computer has no password store (keyring) that Dollr Desktop can use, so your client "
    "secret is kept for this session only. You will be asked for it again next time."
)


def _usable(backend: Any) -> bool:
    try:
        return backend.priority > 0  # the "fail" and "null" backends have priority 0 or less
    except Exception:
        return False


def _keyring_errors() -> Any:
    import keyring.errors

    return keyring.errors


class CredentialStore:
    """The OS keyring is looked up on first use: importing it costs a third of a second, which
    practice mode (no secrets) should not pay at start-up."""

    def __init__(self, backend: Any = None) -> None:
        self._given_backend = backend
        self._resolved: Any = None
        self._memory: dict[str, str] = {}
        self._problem: str | None = None
        self._checked = False

    @property
    def _backend(self) -> Any:
        if self._resolved is None:
            if self._given_backend is not None:
                self._resolved = self._given_backend
            else:
                import keyring

                self._resolved = keyring.get_keyring()
        return self._resolved

    @property
    def problem(self) -> str | None:
        if not self._checked:
            self._checked = True
            if not _usable(self._backend):
                self._problem = NO_KEYRING_MESSAGE
        return self._problem

    @problem.setter
    def problem(self, value: str | None) -> None:
        self._checked = True
        self._problem = value

    @property
    def persistent(self) -> bool:
        return self.problem is None

    def save(self, name: str, secret: str) -> bool:
        """Keep `secret` under `name`; True when it survives a restart."""
        register_secret(secret)
        self._memory[name] = secret
        if not self.persistent:
            return False
        try:
            self._backend.set_password(SERVICE, name, secret)
            return True
        except _keyring_errors().KeyringError as exc:
            log.warning("Keyring refused to store %s: %s", name, type(exc).__name__)
            self.problem = NO_KEYRING_MESSAGE
            return False

    def load(self, name: str) -> str | None:
        if name in self._memory:
            return self._memory[name]
        if not self.persistent:
            return None
        try:
            secret = self._backend.get_password(SERVICE, name)
        except _keyring_errors().KeyringError as exc:
            log.warning("Keyring could not read %s: %s", name, type(exc).__name__)
            return None
        if secret:
            register_secret(secret)
            self._memory[name] = secret
        return secret

    def delete(self, name: str) -> None:
        self._memory.pop(name, None)
        if self.persistent:
            try:
                self._backend.delete_password(SERVICE, name)
            except _keyring_errors().KeyringError:
                pass  # nothing stored is fine
