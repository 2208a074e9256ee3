"""Rotating file log with a filter that keeps secrets out of it.

Redaction happens on the fully formatted message, so a secret is caught whether it arrives in
the format string, in an argument, in an exception's text or inside a dumped header dict.
Known secret values (the client secret, a live token, a passcode being typed) can also be
registered so they are masked wherever they appear, even without a recognisable key name.
"""
from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import re
import threading
import time
from pathlib import Path
from typing import TextIO

MASK = "[REDACTED]"

_KEY_NAMES = (
    r"authorization|access_token|refresh_token|client_secret|clientsecret|secret|passcode|"
    r"password|token|code|apikey|api_key|anon_key"
)
# key=value, key: value, "key": "value", 'key': 'value' (JSON, dict reprs, query strings, headers)
_KEY_VALUE = re.compile(
    rf"""(?ix)
    (["']?\b(?:{_KEY_NAMES})\b["']?\s*[:=]\s*)   # the key and its separator
    (?:Bearer\s+|Basic\s+)?                       # an auth scheme, masked with the value
    (["'])?                                       # an optional opening quote
    ([^"'\s,&}}]+)                                # the value itself
    """
)
_BEARER = re.compile(r"(?i)\bBearer\s+[A-Za-z0-9\-._~+/]+=*")
_JWT = re.compile(r"\beyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]*")

_known_secrets: set[str] = set()
_crash_log: TextIO | None = None   # open for the process's life: faulthandler writes to its descriptor
_known_lock = threading.Lock()


def register_secret(value: str | None) -> None:
    """Mask this exact value in every future log line (for secrets without a telltale key)."""
    if value and len(value) >= 4:
        with _known_lock:
            _known_secrets.add(value)


def forget_secret(value: str | None) -> None:
    with _known_lock:
        _known_secrets.discard(value or "")


def redact(text: str) -> str:
    with _known_lock:
        known = sorted(_known_secrets, key=len, reverse=True)
    for secret in known:
        text = text.replace(secret, MASK)
    text = _BEARER.sub(f"Bearer {MASK}", text)
    text = _JWT.sub(MASK, text)

    def _mask(match: re.Match[str]) -> str:
        quote = match.group(2) or ""
        return f"{match.group(1)}{quote}{MASK}"

    return _KEY_VALUE.sub(_mask, text)


class RedactingFilter(logging.Filter):
    """Rewrites each record's message (and exception text) with secrets masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the log line
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Send the app's logs to `log_dir/dollr-desktop.log`, rotated, with secrets redacted."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "dollr-desktop.log"
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    )
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    for existing in list(root.handlers):
        if getattr(existing, "_dollr_handler", False):
            root.removeHandler(existing)
            existing.close()
    handler._dollr_handler = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    # httpx logs full URLs at INFO; keep its chatter at WARNING.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    return path


def enable_crash_log(path: Path) -> Path:
    """Write the Python stacks of every thread to `path` when the process dies natively.

    A segfault or abort in Qt or another C extension never reaches the logging module; faulthandler
    writes from the signal handler straight to this file's descriptor. It names files, functions
    and lines only, never values, so no secret can reach it.
    """
    global _crash_log
    path.parent.mkdir(parents=True, exist_ok=True)
    crash_log = open(path, "a", encoding="utf-8")   # noqa: SIM115 (kept open on purpose)
    crash_log.write(f"--- process {os.getpid()} started {time.strftime('%Y-%m-%d %H:%M:%S %z')}\n")
    crash_log.flush()
    faulthandler.enable(crash_log, all_threads=True)
    previous, _crash_log = _crash_log, crash_log
    if previous is not None:
        previous.close()
    return path
