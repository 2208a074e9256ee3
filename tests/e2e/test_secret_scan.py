"""After a full payout run, the passcode and the client secret are in no file of the data folder.

The run logs at DEBUG (httpx and httpcore included) into the data folder's log file, pays once with
a wrong passcode first, once with the right one, and once more with the answer dropped after the
server committed. Then every file is scanned byte by byte: the log files, the SQLite database with
its -wal and -shm files, and settings.json, while the app is still open (the WAL holds the
newest pages) and again after it closed.
"""
from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from dollr_desktop import paths
from dollr_desktop.logging_setup import setup_logging
from tests.ui.conftest import *  # noqa: F401,F403 (the pytest-qt + qasync fixtures)
from tests.ui.payouts.helpers import (
    continue_to_session, fill_amount, new_recipient, open_approval, open_new_payout, pick_recipient,
    sandbox_post, start_in_practice, type_passcode_and_approve, wait_final,
)

PASSCODE = "73195284"        # distinctive, so a hit cannot be a timestamp or an id by chance
WRONG_PASSCODE = "51515151"


def files_containing(folder: Path, secrets: list[str]) -> dict[str, list[str]]:
    """{file: [secrets found]} for every file under folder (raw bytes; UTF-8 and UTF-16)."""
    hits: dict[str, list[str]] = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        found = [s for s in secrets if s.encode() in data or s.encode("utf-16-le") in data]
        if found:
            hits[str(path.relative_to(folder))] = found
    return hits


def test_the_scanner_finds_a_planted_secret(tmp_path):
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "dollr-desktop.log.1").write_text(f"oops passcode={PASSCODE}\n")
    (tmp_path / "settings.json").write_bytes(f'{{"x": "{PASSCODE}"}}'.encode("utf-16-le"))
    (tmp_path / "clean.sqlite3-wal").write_bytes(b"nothing here")
    assert files_containing(tmp_path, [PASSCODE]) == {
        "logs/dollr-desktop.log.1": [PASSCODE], "settings.json": [PASSCODE]}


def test_no_passcode_or_client_secret_in_logs_database_or_settings(qtbot, make_app, sandbox):
    sandbox.state.passcode = PASSCODE
    secret = sandbox.info["client_secret"]
    data = paths.data_dir()
    log_file = setup_logging(paths.log_dir(), logging.DEBUG)
    for name in ("httpx", "httpcore", "dollr_desktop"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        app = start_in_practice(qtbot, make_app, sandbox)
        dialog = open_new_payout(qtbot, app)
        new_recipient(qtbot, dialog, "Vai Town Electrical", "0776120934", "SUPPLIER")
        fill_amount(qtbot, dialog, "15.00", "USD")
        continue_to_session(qtbot, dialog)
        approval = open_approval(qtbot, dialog)
        type_passcode_and_approve(qtbot, approval, WRONG_PASSCODE)
        assert "not right" in approval.message_label.text()
        type_passcode_and_approve(qtbot, approval, PASSCODE)
        wait_final(qtbot, dialog)
        assert dialog.entry.state.value == "COMPLETED"
        dialog.close()

        sandbox_post(sandbox, "/_sandbox/faults", {"kind": "drop_after_commit", "path": "/v1/executions/payout"})
        dialog = open_new_payout(qtbot, app)
        pick_recipient(qtbot, dialog, "Vai Town")
        fill_amount(qtbot, dialog, "3.00", "USD")
        continue_to_session(qtbot, dialog)
        type_passcode_and_approve(qtbot, open_approval(qtbot, dialog), PASSCODE)
        wait_final(qtbot, dialog)
        assert dialog.entry.state.value == "COMPLETED"
        dialog.close()

        for handler in logging.getLogger().handlers:
            handler.flush()
        names = {p.name for p in data.rglob("*") if p.is_file()}
        assert {"settings.json", "practice.sqlite3", "practice.sqlite3-wal", log_file.name} <= names, names
        log_text = log_file.read_text(encoding="utf-8")
        assert "/v1/executions/payout" in log_text and "outcome unknown" in log_text   # the run was logged
        assert files_containing(data, [PASSCODE, WRONG_PASSCODE, secret]) == {}

        closing = asyncio.ensure_future(app.shutdown())
        qtbot.waitUntil(closing.done, timeout=15_000)
        closing.result()
        assert files_containing(data, [PASSCODE, WRONG_PASSCODE, secret]) == {}
    finally:
        root = logging.getLogger()
        for handler in list(root.handlers):
            if getattr(handler, "_dollr_handler", False):
                root.removeHandler(handler)
                handler.close()
        for name in ("httpx", "httpcore", "dollr_desktop"):
            logging.getLogger(name).setLevel(logging.NOTSET)
        root.setLevel(logging.WARNING)
