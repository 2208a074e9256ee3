"""A table model over a query that may hold 100,000 rows, without loading them into Python.

The model knows only the row count and the pages it has been asked to show. Counting and
fetching run in a worker thread (`asyncio.to_thread`); a row not fetched yet shows as empty and
its page is fetched in the background, then repainted. Every refresh bumps a generation number,
so an answer to an older search is dropped instead of overwriting a newer one.
"""
from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from shiboken6 import isValid as shiboken_valid

from dollr_desktop.services.list_queries import CacheClosedError

log = logging.getLogger(__name__)
PAGE_SIZE = 200
ROW_ROLE = Qt.ItemDataRole.UserRole + 1       # the whole row dict
KEY_ROLE = Qt.ItemDataRole.UserRole + 2       # the row's id


class ListQuery(Protocol):
    """A filtered, sorted list in the store. Both methods block: call them off the GUI thread."""

    def count(self) -> int: ...

    def fetch(self, offset: int, limit: int) -> list[dict[str, Any]]: ...


@dataclass(frozen=True)
class Column:
    title: str
    sort_key: str | None                              # the query's sort name; None = not sortable
    text: Callable[[dict[str, Any]], str]
    align_right: bool = False


LOOK_AHEAD = 2_001   # a first look counts this far; past it, the exact count comes after the page


def _first_look(query: ListQuery) -> tuple[int, list[dict[str, Any]], bool]:
    """(count so far, first page, whether the count is exact). Typing waits for one page only."""
    bounded = getattr(query, "count_at_most", None)
    if bounded is None:
        return query.count(), query.fetch(0, PAGE_SIZE), True
    found = bounded(LOOK_AHEAD)
    return found, query.fetch(0, PAGE_SIZE), found < LOOK_AHEAD


class LazyTableModel(QAbstractTableModel):
    sig_refreshed = Signal(int)   # row count after a refresh (a first look: see `counted`)
    sig_counted = Signal(int)     # the exact row count, once known

    def __init__(self, columns: list[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns = columns
        self._count = 0
        self._pages: dict[int, list[dict[str, Any]]] = {}
        self._loading: set[int] = set()
        self._query: ListQuery | None = None
        self._generation = 0
        self._next_query: ListQuery | None = None
        self._busy: asyncio.Event | None = None
        self._tasks: set[asyncio.Task] = set()
        self._exact: asyncio.Future | None = None
        self.row_style: Callable[[dict[str, Any], int], Any] | None = None  # (row, role) -> value

    # refresh --------------------------------------------------------------------------------
    async def set_query(self, query: ListQuery) -> int:
        """Count and fetch the first page in a thread, then swap them in at once.

        Typing sends a query per key; while one is being answered, newer ones only replace the
        "next" query, so at most one runs and the last one typed is always the one shown.
        """
        self._generation += 1
        self._next_query = query
        if self._busy is not None:
            await self._busy.wait()
            return self._count
        self._busy = asyncio.Event()
        try:
            while self._next_query is not None:
                current, self._next_query = self._next_query, None
                generation = self._generation
                try:
                    count, first, exact = await asyncio.to_thread(_first_look, current)
                except CacheClosedError:
                    continue   # the cache closed (window closing, switching account): nothing to show
                except Exception:
                    if generation != self._generation:
                        continue   # detached or superseded: nothing to show
                    raise
                if generation != self._generation:
                    continue  # a newer query arrived meanwhile: answer that one instead
                self.beginResetModel()
                self._query = current
                self._count = count
                self._pages = {0: first}
                self._loading.clear()
                self.endResetModel()
                self._exact = asyncio.get_running_loop().create_future()
                if exact:
                    self._exact.set_result(count)
                    self.sig_counted.emit(count)
                else:
                    self._spawn(self._count_rest(current, generation, self._exact))
                self.sig_refreshed.emit(count)
        finally:
            self._busy.set()
            self._busy = None
        return self._count

    async def counted(self) -> int:
        """The exact row count of the current query (after a first look, when it is known)."""
        while self._exact is not None:
            exact = self._exact
            count = await asyncio.shield(exact)
            if exact is self._exact:
                return count
        return self._count

    async def _count_rest(self, query: ListQuery, generation: int, exact: asyncio.Future) -> None:
        await asyncio.sleep(0)   # a keystroke already waiting goes first; its count replaces this one
        if generation != self._generation:
            exact.done() or exact.set_result(self._count)
            return
        try:
            count = await asyncio.to_thread(query.count)
        except Exception as exc:
            if not exact.done():
                exact.set_result(self._count)
            if generation == self._generation and not isinstance(exc, CacheClosedError):
                sys.excepthook(*sys.exc_info())
            return
        if not shiboken_valid(self):   # the list's window closed while it counted
            exact.done() or exact.set_result(count)
            return
        if generation == self._generation and count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        if not exact.done():
            exact.set_result(count if generation == self._generation else self._count)
        if generation == self._generation:
            self.sig_counted.emit(count)

    def _spawn(self, coro: Any) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def detach(self) -> None:
        """The store behind the query is closing: answers still in flight are dropped."""
        self._generation += 1
        self._query = None
        self._loading.clear()
        if self._exact is not None and not self._exact.done():
            self._exact.set_result(self._count)

    def find_loaded(self, key: Any, key_of: Callable[[dict[str, Any]], Any]) -> int | None:
        """The row number of the loaded row whose key is `key` (pages not loaded are not read)."""
        for page_no, rows in self._pages.items():
            for offset, found in enumerate(rows):
                if key_of(found) == key:
                    return page_no * PAGE_SIZE + offset
        return None

    def row(self, row: int) -> dict[str, Any] | None:
        page = self._pages.get(row // PAGE_SIZE)
        if page is None:
            self._request_page(row // PAGE_SIZE)
            return None
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def _request_page(self, page_no: int) -> None:
        if page_no in self._loading or self._query is None:
            return
        self._loading.add(page_no)
        self._spawn(self._load_page(page_no, self._generation, self._query))

    async def _load_page(self, page_no: int, generation: int, query: ListQuery) -> None:
        try:
            rows = await asyncio.to_thread(query.fetch, page_no * PAGE_SIZE, PAGE_SIZE)
        except Exception as exc:
            if generation == self._generation and not isinstance(exc, CacheClosedError):
                sys.excepthook(*sys.exc_info())
            return
        finally:
            if generation == self._generation:
                self._loading.discard(page_no)
        if generation != self._generation:
            return
        self._pages[page_no] = rows
        first = page_no * PAGE_SIZE
        last = min(first + len(rows), self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    # Qt model API ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            if self.columns[section].align_right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row(index.row())
        column = self.columns[index.column()]
        if row is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        if role == KEY_ROLE:
            return row.get("id", row.get("key"))
        if self.row_style is not None:
            return self.row_style(row, role)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags
