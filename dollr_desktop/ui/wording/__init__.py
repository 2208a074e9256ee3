"""The one place where problem codes become words (STYLE.md, "Words live in ui/").

Each area keeps its words in its own module (`payouts.py`, `phones.py`, …) as a mapping
`WORDS: dict[code, function(**params) -> str]`, the function calling `tr()` itself so the
catalogue sees the source text. `words_for(problem)` finds the code in any of them; an unknown
code still says something true and plain, with the code for support.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

AREAS = ("api", "documents", "payouts", "phones", "payments", "taxes", "backups", "people", "till",
         "payout_runs", "refunds", "plans")
_words: dict[str, Callable[..., str]] | None = None


def _all_words() -> dict[str, Callable[..., str]]:
    global _words
    if _words is None:
        found: dict[str, Callable[..., str]] = {}
        for area in AREAS:
            try:
                module = importlib.import_module(f"{__name__}.{area}")
            except ModuleNotFoundError as exc:
                if exc.name != f"{__name__}.{area}":
                    raise
                continue
            found.update(getattr(module, "WORDS", {}))
        _words = found
    return _words


def words_for(problem: Any) -> str:
    """The sentence for a `services.problems.Problem` (or anything with `.code` and `.params`)."""
    code = getattr(problem, "code", "")
    params = dict(getattr(problem, "params", {}) or {})
    words = _all_words().get(code)
    if words is not None:
        return words(**params)
    return QCoreApplication.translate("Wording", "Something went wrong ({code}). Nothing was lost; "
                                      "try again, and tell support this code if it happens again.").format(code=code)


def knows(code: str) -> bool:
    return code in _all_words()


def dollr_said(message: str | None) -> str:
    """Dollr's own text (often English, sometimes naming its fields), labelled as such: for a tooltip
    or "Details", never the main message."""
    text = (message or "").strip()
    return QCoreApplication.translate("Wording", "Dollr said: {text}").format(text=text) if text else ""


def account_words(config: Any) -> str:
    """The account's name as the merchant reads it: the practice account's in their language."""
    from dollr_desktop.services.account import PRACTICE_ACCOUNT_NAME

    if config is None:
        return ""
    if getattr(config, "is_practice", False) and config.display_name == PRACTICE_ACCOUNT_NAME:
        return QCoreApplication.translate("Wording", "Practice merchant")
    return config.display_name
