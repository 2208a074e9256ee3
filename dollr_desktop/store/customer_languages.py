"""Each customer's preferred language for receipts and share messages (local only: Dollr has no
such field). Keyed by the phone number in international digits, so a walk-in customer typed by
phone at the till gets the same language as the saved contact."""
from __future__ import annotations

import re

from dollr_desktop.store.connection import ConnectionPool
from dollr_desktop.store.rows import utc_now


def phone_key(phone: str | None) -> str:
    return re.sub(r"\D", "", phone or "")


class CustomerLanguages:
    def __init__(self, pool: ConnectionPool) -> None:
        self._pool = pool

    def set(self, phone: str | None, language: str | None) -> None:
        """`language` None (or "") forgets it: the app's language is used."""
        key = phone_key(phone)
        if not key:
            return
        with self._pool.transaction() as conn:
            if language:
                conn.execute("INSERT OR REPLACE INTO customer_languages (phone, language, updated_at) "
                             "VALUES (?, ?, ?)", (key, language, utc_now()))
            else:
                conn.execute("DELETE FROM customer_languages WHERE phone = ?", (key,))

    def get(self, phone: str | None) -> str | None:
        key = phone_key(phone)
        if not key:
            return None
        row = self._pool.conn().execute("SELECT language FROM customer_languages WHERE phone = ?",
                                        (key,)).fetchone()
        return row[0] if row else None
