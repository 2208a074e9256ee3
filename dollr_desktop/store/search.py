"""Turn what a person types into an FTS5 prefix query."""
from __future__ import annotations

import re

_PHONE_LIKE = re.compile(r"^\+?[\d\s\-().]+$")
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


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
