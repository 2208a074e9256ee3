"""The merchant's saved items (the till's catalogue) and the sales that took them. No Qt.

An item has a name, a price per currency, an optional code (SKU or barcode), a category and an
optional stock count. Archived items are kept (old sales name them) but not offered or searched.
A till sale remembers its lines so the stock goes down once, when the sale is paid.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from dollr_desktop.store.connection import ConnectionPool
from dollr_desktop.store.rows import utc_now
from dollr_desktop.store.search import prefix_query


@dataclass(frozen=True)
class SavedItem:
    id: int
    name: str
    code: str | None
    category: str
    stock: int | None
    archived: bool
    prices: dict[str, Decimal] = field(default_factory=dict)

    def price(self, currency: str) -> Decimal | None:
        return self.prices.get(currency)


@dataclass(frozen=True)
class ItemValues:
    """What is written for one item (a new one when `id` is None)."""

    name: str
    prices: dict[str, Decimal]
    code: str | None = None
    category: str = ""
    stock: int | None = None
    archived: bool = False
    id: int | None = None


@dataclass(frozen=True)
class SaleLine:
    item_id: int | None
    name: str
    qty: int
    price: Decimal


class CodeTakenError(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


_COLUMNS = "i.id, i.name, i.code, i.category, i.stock, i.archived"


class SavedItems:
    """All methods block on disk: from async code, call them through `asyncio.to_thread`."""

    def __init__(self, pool: ConnectionPool) -> None:
        self._pool = pool

    # reading --------------------------------------------------------------------------------------
    def _with_prices(self, conn: sqlite3.Connection, rows: list[tuple]) -> list[SavedItem]:
        if not rows:
            return []
        ids = [row[0] for row in rows]
        prices: dict[int, dict[str, Decimal]] = {i: {} for i in ids}
        marks = ",".join("?" * len(ids))
        for item_id, currency, price in conn.execute(
                f"SELECT item_id, currency, price FROM saved_item_prices WHERE item_id IN ({marks})", ids):
            prices[item_id][currency] = Decimal(price)
        return [SavedItem(r[0], r[1], r[2], r[3] or "", r[4], bool(r[5]), prices[r[0]]) for r in rows]

    def get(self, item_id: int) -> SavedItem | None:
        conn = self._pool.conn()
        rows = conn.execute(f"SELECT {_COLUMNS} FROM saved_items i WHERE i.id = ?", (item_id,)).fetchall()
        found = self._with_prices(conn, rows)
        return found[0] if found else None

    def by_code(self, code: str) -> SavedItem | None:
        """The live item with exactly this code (a barcode scanned), or None."""
        conn = self._pool.conn()
        rows = conn.execute(f"SELECT {_COLUMNS} FROM saved_items i WHERE i.code = ? AND i.archived = 0",
                            (code.strip(),)).fetchall()
        found = self._with_prices(conn, rows)
        return found[0] if found else None

    def list(self, *, category: str | None = None, archived: bool = False, currency: str | None = None,
             limit: int = 500) -> list[SavedItem]:
        """Items by category then name; `currency` keeps only those with a price in it."""
        where, params = ["i.archived = ?"], [int(archived)]
        if category is not None:
            where.append("i.category = ?")
            params.append(category)
        if currency is not None:
            where.append("EXISTS (SELECT 1 FROM saved_item_prices p WHERE p.item_id = i.id AND p.currency = ?)")
            params.append(currency)
        conn = self._pool.conn()
        rows = conn.execute(f"SELECT {_COLUMNS} FROM saved_items i WHERE {' AND '.join(where)} "
                            f"ORDER BY i.category COLLATE NOCASE, i.name COLLATE NOCASE LIMIT ?",
                            [*params, limit]).fetchall()
        return self._with_prices(conn, rows)

    def categories(self) -> list[str]:
        conn = self._pool.conn()
        return [r[0] for r in conn.execute(
            "SELECT DISTINCT category FROM saved_items WHERE archived = 0 ORDER BY category COLLATE NOCASE")]

    def count(self) -> int:
        return int(self._pool.conn().execute("SELECT count(*) FROM saved_items WHERE archived = 0").fetchone()[0])

    def search(self, text: str, *, currency: str | None = None, limit: int = 20) -> list[SavedItem]:
        """Live items whose name, code or category has words starting as typed; an exact code first."""
        query = prefix_query(text)
        if query is None:
            return []
        conn = self._pool.conn()
        price_filter = ("AND EXISTS (SELECT 1 FROM saved_item_prices p WHERE p.item_id = i.id AND p.currency = ?)"
                        if currency else "")
        extra = [currency] if currency else []
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM saved_items_fts f JOIN saved_items i ON i.id = f.rowid "
            f"WHERE saved_items_fts MATCH ? {price_filter} "
            f"ORDER BY (i.code = ?) DESC, f.rank LIMIT ?", [query, *extra, text.strip(), limit]).fetchall()
        return self._with_prices(conn, rows)

    def all_for_export(self) -> list[SavedItem]:
        conn = self._pool.conn()
        rows = conn.execute(f"SELECT {_COLUMNS} FROM saved_items i "
                            f"ORDER BY i.archived, i.category COLLATE NOCASE, i.name COLLATE NOCASE").fetchall()
        return self._with_prices(conn, rows)

    # writing --------------------------------------------------------------------------------------
    def _write(self, conn: sqlite3.Connection, values: ItemValues) -> int:
        now = utc_now()
        code = (values.code or "").strip() or None
        if code is not None:
            taken = conn.execute("SELECT id FROM saved_items WHERE code = ?", (code,)).fetchone()
            if taken is not None and taken[0] != values.id:
                raise CodeTakenError(code)
        if values.id is None:
            cursor = conn.execute(
                "INSERT INTO saved_items (name, code, category, stock, archived, created_at, updated_at) "
                "VALUES (?,?,?,?,?,?,?)",
                (values.name.strip(), code, values.category.strip(), values.stock, int(values.archived), now, now))
            item_id = int(cursor.lastrowid)
        else:
            item_id = values.id
            conn.execute("UPDATE saved_items SET name = ?, code = ?, category = ?, stock = ?, archived = ?, "
                         "updated_at = ? WHERE id = ?",
                         (values.name.strip(), code, values.category.strip(), values.stock, int(values.archived),
                          now, item_id))
            conn.execute("DELETE FROM saved_item_prices WHERE item_id = ?", (item_id,))
        conn.executemany("INSERT INTO saved_item_prices (item_id, currency, price) VALUES (?,?,?)",
                         [(item_id, currency, str(price)) for currency, price in values.prices.items()])
        return item_id

    def save(self, values: ItemValues) -> SavedItem:
        with self._pool.transaction() as conn:
            item_id = self._write(conn, values)
        found = self.get(item_id)
        assert found is not None
        return found

    def save_many(self, rows: Iterable[ItemValues]) -> int:
        """All or nothing: one transaction (an import never stops half-way)."""
        count = 0
        with self._pool.transaction() as conn:
            for values in rows:
                self._write(conn, values)
                count += 1
        return count

    def id_for_code(self, code: str) -> int | None:
        row = self._pool.conn().execute("SELECT id FROM saved_items WHERE code = ?", (code.strip(),)).fetchone()
        return int(row[0]) if row else None

    def id_for_name(self, name: str) -> int | None:
        """An item without a code, matched by its name (an exported file imported again)."""
        row = self._pool.conn().execute("SELECT id FROM saved_items WHERE code IS NULL AND name = ? "
                                        "COLLATE NOCASE ORDER BY archived LIMIT 1", (name.strip(),)).fetchone()
        return int(row[0]) if row else None

    def set_archived(self, item_id: int, archived: bool = True) -> None:
        with self._pool.transaction() as conn:
            conn.execute("UPDATE saved_items SET archived = ?, updated_at = ? WHERE id = ?",
                         (int(archived), utc_now(), item_id))

    # sales ------------------------------------------------------------------------------------------
    def record_sale(self, source_type: str, source_id: int, currency: str, lines: Iterable[SaleLine]) -> None:
        with self._pool.transaction() as conn:
            conn.execute("INSERT OR IGNORE INTO till_sales (source_type, source_id, currency, created_at) "
                         "VALUES (?,?,?,?)", (source_type, source_id, currency, utc_now()))
            conn.execute("DELETE FROM till_sale_lines WHERE source_type = ? AND source_id = ?",
                         (source_type, source_id))
            conn.executemany(
                "INSERT INTO till_sale_lines (source_type, source_id, item_id, name, qty, price) VALUES (?,?,?,?,?,?)",
                [(source_type, source_id, line.item_id, line.name, line.qty, str(line.price)) for line in lines])

    def sale_lines(self, source_type: str, source_id: int) -> list[SaleLine]:
        rows = self._pool.conn().execute(
            "SELECT item_id, name, qty, price FROM till_sale_lines WHERE source_type = ? AND source_id = ? "
            "ORDER BY rowid", (source_type, source_id)).fetchall()
        return [SaleLine(r[0], r[1], int(r[2]), Decimal(r[3])) for r in rows]

    def take_stock(self, source_type: str, source_id: int) -> bool:
        """The sale is paid: its items' stock goes down, once. False when already taken or not a sale."""
        with self._pool.transaction() as conn:
            taken = conn.execute("UPDATE till_sales SET stock_taken_at = ? WHERE source_type = ? AND source_id = ? "
                                 "AND stock_taken_at IS NULL", (utc_now(), source_type, source_id)).rowcount
            if not taken:
                return False
            conn.execute(
                "UPDATE saved_items SET stock = stock - (SELECT sum(l.qty) FROM till_sale_lines l "
                "WHERE l.source_type = ? AND l.source_id = ? AND l.item_id = saved_items.id), updated_at = ? "
                "WHERE stock IS NOT NULL AND id IN (SELECT item_id FROM till_sale_lines "
                "WHERE source_type = ? AND source_id = ?)",
                (source_type, source_id, utc_now(), source_type, source_id))
        return True

    def sale_ids(self) -> set[tuple[str, int]]:
        return {(r[0], int(r[1])) for r in self._pool.conn().execute("SELECT source_type, source_id FROM till_sales")}
