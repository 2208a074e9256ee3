"""Problems a merchant must be told about, as codes with parameters: never sentences.

Services below `ui/` raise (or return) a `Problem`; `ui/wording/` turns its code and parameters
into words through `tr()`, in the merchant's language. A code names what happened
(`"payout.wrong_passcode"`, `"phone.too_short"`), dotted by area; parameters are plain values
(numbers, Decimal amounts, currency codes, names) the words may use. No Qt here.
"""
from __future__ import annotations

from typing import Any


class Problem(Exception):
    """What went wrong, for the person: a code, its parameters and the field it belongs to."""

    def __init__(self, code: str, /, *, field: str | None = None, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.field = field
        self.params = params

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, field={self.field!r}, params={self.params!r})"
