"""Turn what a person types into an FTS5 prefix query."""
from __future__ import annotations

import re

_PHONE_LIKE = re.compile(r"^\+?[\d\s\-().]+$")
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


_DOCUMENT_NUMBER_LIKE = re.compile(r"^(inv|ord)[-\s]?\d[\d\s-]*$", re.IGNORECASE)


def prefix_query(text: str) -> str | None:
    """'jo do' -> '"jo"* "do"*' (every word must start a word in the row). None if nothing to search.

    Phone numbers are typed with spaces and dashes ("0770 123-456"); their digits form one token.
    """
    text = text.strip()
    if not text:
        return None
    if _PHONE_LIKE.match(text) and any(ch.isdigit() for ch in text):
        tokens = ["".join(ch for ch in text if ch.isdigit())]
    else:
        tokens = _TOKEN.findall(text.casefold())
    if not tokens:
        return None
    return " ".join(f'"{token}"*' for token in tokens)


def document_number_prefix(text: str) -> str | None:
    """'INV-2026-00' -> 'inv202600' when the text looks like the start of a document number.

    Every document has a number, so "INV-2" matches all 100,000 of them in the search index;
    a range scan over an index of the numbers without separators answers it in microseconds.
    """
    text = text.strip()
    if not _DOCUMENT_NUMBER_LIKE.match(text):
        return None
    return number_key(text)


def number_key(number: str) -> str:
    return "".join(ch for ch in number.casefold() if ch.isalnum())


# The same normalisation in SQL, used by an expression index (migration 5).
NUMBER_KEY_SQL = "lower(replace(replace({column}, '-', ''), ' ', ''))"


# Rank at most this many hits. A one-letter query can match most of 100,000 rows, and ranking
# them all costs over 100 ms per keystroke; the first thousand hits rank in a few ms, and
# every further letter narrows the set until the ranking is exact.
RANK_CANDIDATES = 1000


def hits_cte(fts_table: str, table: str, key: str, conditions: str = "", *, limit: int = 0) -> str:
    """`WITH hits(hit, rank)`: up to max(RANK_CANDIDATES, limit) rows of `table` (alias `d`)
    whose search text matches the bound query and that meet `conditions` (filters apply
    before the cap)."""
    cap = max(RANK_CANDIDATES, int(limit))
    return (f"WITH hits AS MATERIALIZED (SELECT d.{key} AS hit, {fts_table}.rank AS rank "
            f"FROM {fts_table} JOIN {table} AS d ON d.{key} = {fts_table}.rowid "
            f"WHERE {fts_table} MATCH ? {conditions} LIMIT {cap}) ")
