"""Contacts: counterparties with their party's name, phone and email, plus bare parties."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from dollr_desktop.store.connection import ConnectionPool
from dollr_desktop.store.rows import as_mapping, mark_unreturned_gone, noting_ids, plain, utc_now
from dollr_desktop.store.search import hits_cte, prefix_query

NOT_YET_SENT = "NOT_YET_SENT"  # local_state of a draft waiting in the outbox
SEND_FAILED = "SEND_FAILED"    # the server refused the draft; local_error says why


@dataclass(frozen=True)
class Contact:
    id: int
    party_id: int | None
    name: str
    phone: str | None
    email: str | None
    country_code: str | None
    relationship_type: str | None
    confirmed_at: str | None
    gone_at: str | None
    local_state: str | None
    local_error: str | None

    @property
    def is_draft(self) -> bool:
        """Saved on this computer only, not yet on the server."""
        return self.id < 0


_COLUMNS = (
    "id, party_id, name, phone, email, country_code, relationship_type, confirmed_at, gone_at, "
    "local_state, local_error"
)

_UPSERT_COUNTERPARTY = """
INSERT INTO counterparties (id, party_id, relationship_type, owner_party_type, owner_party_id,
    name, phone, email, country_code, created_at, updated_at, confirmed_at)
VALUES (:id, :party_id, :relationship_type, :owner_party_type, :owner_party_id,
    :name, :phone, :email, :country_code, :created_at, :updated_at, :confirmed_at)
ON CONFLICT (id) DO UPDATE SET party_id = excluded.party_id,
    relationship_type = excluded.relationship_type, owner_party_type = excluded.owner_party_type,
    owner_party_id = excluded.owner_party_id, name = excluded.name, phone = excluded.phone,
    email = excluded.email, country_code = excluded.country_code,
    created_at = excluded.created_at, updated_at = excluded.updated_at,
    confirmed_at = excluded.confirmed_at, gone_at = NULL, local_state = NULL, local_error = NULL
"""

_UPSERT_PARTY = """
INSERT INTO parties (id, fullname, phone, email, country_code, created_at, updated_at, confirmed_at)
VALUES (:id, :fullname, :phone, :email, :country_code, :created_at, :updated_at, :confirmed_at)
ON CONFLICT (id) DO UPDATE SET fullname = excluded.fullname, phone = excluded.phone,
    email = excluded.email, country_code = excluded.country_code,
    created_at = excluded.created_at, updated_at = excluded.updated_at,
    confirmed_at = excluded.confirmed_at, gone_at = NULL, local_state = NULL, local_error = NULL
"""

# A party seen embedded in a counterparty: keep its own timestamps from parties/list.
_UPSERT_EMBEDDED_PARTY = """
INSERT INTO parties (id, fullname, phone, email, country_code, confirmed_at)
VALUES (:id, :fullname, :phone, :email, :country_code, :confirmed_at)
ON CONFLICT (id) DO UPDATE SET fullname = excluded.fullname, phone = excluded.phone,
    email = excluded.email, country_code = excluded.country_code,
    confirmed_at = excluded.confirmed_at, gone_at = NULL
"""


def party_row(party: Any, confirmed_at: str) -> dict[str, Any]:
    data = as_mapping(party)
    return {
        "id": data["id"], "fullname": data.get("fullname") or "", "phone": plain(data.get("phone")),
        "email": data.get("email"), "country_code": data.get("country_code"),
        "created_at": plain(data.get("created_at")), "updated_at": plain(data.get("updated_at")),
        "confirmed_at": confirmed_at,
    }


def counterparty_row(counterparty: Any, confirmed_at: str) -> dict[str, Any]:
    data = as_mapping(counterparty)
    party = data.get("party") or {}
    party = as_mapping(party) if party else {}
    return {
        "id": data["id"], "party_id": party.get("id", data.get("party_id")),
        "relationship_type": plain(data.get("relationship_type")),
        "owner_party_type": plain(data.get("owner_party_type")),
        "owner_party_id": data.get("owner_party_id"),
        "name": party.get("fullname") or "", "phone": plain(party.get("phone")),
        "email": party.get("email"), "country_code": party.get("country_code"),
        "created_at": plain(data.get("created_at")), "updated_at": plain(data.get("updated_at")),
        "confirmed_at": confirmed_at,
    }


class Contacts:
    def __init__(self, pool: ConnectionPool) -> None:
        self._pool = pool

    # --- written by sync -------------------------------------------------------------------
    def upsert_counterparties(
        self, counterparties: Iterable[Any], *, complete: bool = False, confirmed_at: str | None = None
    ) -> int:
        """Cache counterparties (with their embedded party) in one transaction.

        complete=True means this is everything the server has: rows it did not return are marked
        gone (kept, so documents and payments still show a name).
        """
        confirmed_at = confirmed_at or utc_now()
        ids: list[int] = []
        parties: list[dict[str, Any]] = []

        def rows() -> Iterator[dict[str, Any]]:
            for counterparty in counterparties:
                row = counterparty_row(counterparty, confirmed_at)
                if row["party_id"] is not None:
                    parties.append({"id": row["party_id"], "fullname": row["name"], "phone": row["phone"],
                                    "email": row["email"], "country_code": row["country_code"],
                                    "confirmed_at": confirmed_at})
                yield row

        with self._pool.transaction() as conn:
            conn.executemany(_UPSERT_COUNTERPARTY, noting_ids(rows(), ids))
            conn.executemany(_UPSERT_EMBEDDED_PARTY, parties)
            if complete:
                mark_unreturned_gone(conn, "counterparties", ids, confirmed_at)
            conn.execute(
                "UPDATE documents SET counterparty_name = c.name FROM counterparties AS c "
                "WHERE c.id = documents.counterparty_id AND documents.counterparty_name IS NOT c.name"
            )
        return len(ids)

    def upsert_parties(
        self, parties: Iterable[Any], *, complete: bool = False, confirmed_at: str | None = None
    ) -> int:
        confirmed_at = confirmed_at or utc_now()
        ids: list[int] = []
        with self._pool.transaction() as conn:
            conn.executemany(_UPSERT_PARTY, noting_ids((party_row(p, confirmed_at) for p in parties), ids))
            if complete:
                mark_unreturned_gone(conn, "parties", ids, confirmed_at)
        return len(ids)

    # --- read by the UI ----------------------------------------------------------------------
    def get(self, counterparty_id: int) -> Contact | None:
        row = self._pool.conn().execute(
            f"SELECT {_COLUMNS} FROM counterparties WHERE id = ?", (counterparty_id,)
        ).fetchone()
        return Contact(*row) if row else None

    def party(self, party_id: int) -> dict[str, Any] | None:
        rows = list(self._pool.db().query("SELECT * FROM parties WHERE id = ?", [party_id]))
        return rows[0] if rows else None

    def search(self, text: str, limit: int = 50) -> list[Contact]:
        """Contacts whose name, phone or email words start with what was typed, best first
        (rows a sync found gone are kept, but not searched)."""
        gone = "AND c.gone_at IS NULL"
        query = prefix_query(text)
        conn = self._pool.conn()
        if query is None:
            sql = (f"SELECT {_COLUMNS} FROM counterparties AS c WHERE 1 {gone} "
                   "ORDER BY c.name COLLATE NOCASE LIMIT ?")
            return [Contact(*row) for row in conn.execute(sql, (limit,))]
        columns = ", ".join(f"c.{name.strip()}" for name in _COLUMNS.split(","))
        conditions = "AND d.gone_at IS NULL"
        sql = (hits_cte("contacts_fts", "counterparties", "id", conditions, limit=limit)
               + f"SELECT {columns} FROM hits JOIN counterparties AS c ON c.id = hits.hit "
               "ORDER BY hits.rank LIMIT ?")
        return [Contact(*row) for row in conn.execute(sql, (query, limit))]

    def count(self) -> int:
        return self._pool.conn().execute(
            "SELECT count(*) FROM counterparties WHERE gone_at IS NULL"
        ).fetchone()[0]

    # --- offline drafts ----------------------------------------------------------------------
    def add_draft(
        self, *, name: str, phone: str, email: str | None = None, country_code: str | None = None,
        relationship_type: str = "CUSTOMER",
    ) -> Contact:
        """Save a contact made offline; it shows as "not yet sent" until the outbox sends it."""
        with self._pool.transaction() as conn:
            local_id = min(conn.execute("SELECT min(id) FROM counterparties").fetchone()[0] or 0, 0) - 1
            now = utc_now()
            conn.execute(
                "INSERT INTO counterparties (id, party_id, relationship_type, name, phone, email, "
                "country_code, created_at, updated_at, local_state) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (local_id, None, relationship_type, name, phone, email, country_code, now, now,
                 NOT_YET_SENT),
            )
        contact = self.get(local_id)
        assert contact is not None
        return contact

    def set_local_state(self, counterparty_id: int, state: str | None, error: str | None = None) -> None:
        with self._pool.transaction() as conn:
            conn.execute(
                "UPDATE counterparties SET local_state = ?, local_error = ? WHERE id = ?",
                (state, error, counterparty_id),
            )

    def replace_draft(self, local_id: int, counterparty: Any) -> Contact:
        """The server accepted the draft: swap the local row for the server's, repoint documents."""
        confirmed_at = utc_now()
        row = counterparty_row(counterparty, confirmed_at)
        with self._pool.transaction() as conn:
            conn.execute("DELETE FROM counterparties WHERE id = ?", (local_id,))
            conn.execute(_UPSERT_COUNTERPARTY, row)
            if row["party_id"] is not None:
                conn.execute(_UPSERT_EMBEDDED_PARTY, {
                    "id": row["party_id"], "fullname": row["name"], "phone": row["phone"],
                    "email": row["email"], "country_code": row["country_code"],
                    "created_at": None, "updated_at": None, "confirmed_at": confirmed_at,
                })
            conn.execute(
                "UPDATE documents SET counterparty_id = ?, counterparty_name = ? WHERE counterparty_id = ?",
                (row["id"], row["name"], local_id),
            )
        contact = self.get(row["id"])
        assert contact is not None
        return contact
