"""Saved items: the till's catalogue, kept on this computer (Dollr has no catalogue). No Qt.

`SavedItemsService` adds, edits, archives, searches and suggests items, and imports / exports
them as CSV (UTF-8 with a BOM so Excel reads accents; `,` or `;` separated on import). An import
is checked whole first: any bad row refuses the file with every row's problem, and nothing is
written; a good file is written in one transaction.
"""
from __future__ import annotations

import asyncio
import csv
import io
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from dollr_desktop.services.catalogue import DOLLR_CURRENCIES, fits_minor_units
from dollr_desktop.services.problems import Problem
from dollr_desktop.store.saved_items import CodeTakenError, ItemValues, SavedItem

CSV_COLUMNS = ("name", "category", "code", "stock", *(f"price_{c}" for c in DOLLR_CURRENCIES), "archived")
SUGGEST_LIMIT = 8


@dataclass(frozen=True)
class SavedItemSuggestion:
    """A saved item offered while a line's name is typed (the editor's completer)."""

    item_id: int
    name: str
    currency: str
    price: Decimal
    code: str | None


@dataclass(frozen=True)
class RowProblem:
    """One problem of one CSV row (`row` counts the header as row 1, as a spreadsheet shows it)."""

    row: int
    field: str
    problem: Problem


class ImportRefused(Problem):
    """The file was not imported; `rows` says what to fix, row by row."""

    def __init__(self, rows: list[RowProblem]) -> None:
        super().__init__("items.import_refused", count=len(rows))
        self.rows = rows


def parse_price(text: str, currency: str) -> Decimal:
    """A price as typed in a spreadsheet: '1 234.50', '1234,5' (a lone comma is the decimal point)."""
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if cleaned.upper().endswith(currency):
        cleaned = cleaned[: -len(currency)]
    if "," in cleaned and "." not in cleaned and cleaned.count(",") == 1:
        cleaned = cleaned.replace(",", ".")
    else:
        cleaned = cleaned.replace(",", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise Problem("items.price_invalid", field=f"price_{currency}", currency=currency, text=text) from None
    if not value.is_finite() or value <= 0:
        raise Problem("items.price_not_positive", field=f"price_{currency}", currency=currency)
    if not fits_minor_units(value, currency):
        raise Problem("items.price_decimals", field=f"price_{currency}", currency=currency)
    return value


def check_values(values: ItemValues) -> ItemValues:
    """Raises a Problem naming its field when the item cannot be saved as it is."""
    if not values.name.strip():
        raise Problem("items.name_missing", field="name")
    if not values.prices:
        raise Problem("items.price_missing", field="prices")
    for currency, price in values.prices.items():
        if price <= 0:
            raise Problem("items.price_not_positive", field=f"price_{currency}", currency=currency)
        if not fits_minor_units(price, currency):
            raise Problem("items.price_decimals", field=f"price_{currency}", currency=currency)
    if values.stock is not None and values.stock < 0:
        raise Problem("items.stock_invalid", field="stock", text=str(values.stock))
    return values


def _row_values(row: dict[str, str]) -> tuple[ItemValues, list[tuple[str, Problem]]]:
    problems: list[tuple[str, Problem]] = []
    prices: dict[str, Decimal] = {}
    for currency in DOLLR_CURRENCIES:
        text = (row.get(f"price_{currency}") or "").strip()
        if text:
            try:
                prices[currency] = parse_price(text, currency)
            except Problem as problem:
                problems.append((f"price_{currency}", problem))
    stock_text = (row.get("stock") or "").strip()
    stock: int | None = None
    if stock_text:
        try:
            stock = int(stock_text)
            if stock < 0:
                raise ValueError
        except ValueError:
            problems.append(("stock", Problem("items.stock_invalid", field="stock", text=stock_text)))
    name = (row.get("name") or "").strip()
    if not name:
        problems.append(("name", Problem("items.name_missing", field="name")))
    if not prices and not any(f.startswith("price_") for f, _ in problems):
        problems.append(("prices", Problem("items.price_missing", field="prices")))
    archived = (row.get("archived") or "").strip().lower() in ("1", "yes", "true", "oui", "x")
    return ItemValues(name=name, prices=prices, code=(row.get("code") or "").strip() or None,
                      category=(row.get("category") or "").strip(), stock=stock, archived=archived), problems


def _header_key(text: str) -> str:
    key = text.strip().lstrip("\ufeff").lower().replace(" ", "_")
    if key.upper() in DOLLR_CURRENCIES:
        return f"price_{key.upper()}"
    if key.startswith("price_"):
        return "price_" + key[6:].upper()
    return key


def read_csv(text: str) -> list[tuple[int, ItemValues]]:
    """The file's rows as items, or ImportRefused with every row's problems (nothing half-read)."""
    lines = text.lstrip("\ufeff")
    try:
        dialect = csv.Sniffer().sniff(lines.split("\n", 1)[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(lines), dialect)
    header = next(reader, None)
    if header is None or "name" not in [_header_key(h) for h in header]:
        raise Problem("items.header_missing")
    keys = [_header_key(h) for h in header]
    rows: list[tuple[int, ItemValues]] = []
    problems: list[RowProblem] = []
    codes: dict[str, int] = {}
    for number, cells in enumerate(reader, start=2):
        if not any(cell.strip() for cell in cells):
            continue
        values, row_problems = _row_values(dict(zip(keys, cells)))
        if values.code is not None:
            if values.code in codes:
                row_problems.append(("code", Problem("items.code_repeated", field="code", code=values.code,
                                                     first_row=codes[values.code])))
            else:
                codes[values.code] = number
        problems.extend(RowProblem(number, field, problem) for field, problem in row_problems)
        rows.append((number, values))
    if problems:
        raise ImportRefused(problems)
    return rows


def write_csv(items: list[SavedItem]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for item in items:
        writer.writerow([item.name, item.category, item.code or "", "" if item.stock is None else item.stock,
                         *(str(item.prices[c]) if c in item.prices else "" for c in DOLLR_CURRENCIES),
                         "yes" if item.archived else ""])
    return out.getvalue()


class SavedItemsService:
    def __init__(self, store: Any) -> None:
        self.store = store

    @property
    def items(self) -> Any:
        return self.store.items

    # reading (blocking ones are named so; the rest go to a worker thread) -------------------------
    async def list(self, **filters: Any) -> list[SavedItem]:
        return await asyncio.to_thread(self.items.list, **filters)

    async def categories(self) -> list[str]:
        return await asyncio.to_thread(self.items.categories)

    async def search(self, text: str, *, currency: str | None = None, limit: int = 20) -> list[SavedItem]:
        return await asyncio.to_thread(self.items.search, text, currency=currency, limit=limit)

    def find_code_now(self, code: str) -> SavedItem | None:
        """Blocking but quick (an index lookup): a scanner's code and Enter."""
        return self.items.by_code(code) if code.strip() else None

    def suggest(self, text: str, currency: str, limit: int = SUGGEST_LIMIT) -> list[SavedItemSuggestion]:
        """Blocking but quick (the search index): items priced in `currency` whose words start as typed."""
        return [SavedItemSuggestion(item.id, item.name, currency, item.prices[currency], item.code)
                for item in self.items.search(text, currency=currency, limit=limit)]

    # writing --------------------------------------------------------------------------------------
    async def save(self, values: ItemValues) -> SavedItem:
        check_values(values)

        def write() -> SavedItem:
            try:
                return self.items.save(values)
            except CodeTakenError as exc:
                raise Problem("items.code_taken", field="code", code=exc.code) from None

        return await asyncio.to_thread(write)

    async def archive(self, item_id: int, archived: bool = True) -> None:
        await asyncio.to_thread(self.items.set_archived, item_id, archived)

    async def import_csv(self, path: Path) -> int:
        """Every row, or none: an item already saved (same code; without a code, same name) is updated,
        the others added."""
        def work() -> int:
            try:
                text = Path(path).read_bytes().decode("utf-8-sig")
            except UnicodeDecodeError:
                text = Path(path).read_bytes().decode("cp1252")
            except OSError as exc:
                raise Problem("items.file_unreadable", reason=type(exc).__name__) from None
            rows = read_csv(text)
            values = []
            for _number, row in rows:
                existing = self.items.id_for_code(row.code) if row.code else self.items.id_for_name(row.name)
                values.append(ItemValues(row.name, row.prices, row.code, row.category, row.stock, row.archived,
                                         id=existing))
            return self.items.save_many(values)

        return await asyncio.to_thread(work)

    async def export_csv(self, path: Path) -> int:
        def work() -> int:
            items = self.items.all_for_export()
            Path(path).write_text(write_csv(items), encoding="utf-8-sig", newline="")
            return len(items)

        return await asyncio.to_thread(work)
