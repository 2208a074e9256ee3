"""A payout run the way the owner makes one, in the app against the sandbox over a socket: a
10-row CSV with a bad phone, an unsupported currency, a number ending 0000 (fails, the others go
on) and one ending 1111 (settled later); the results file matches the sandbox; no passcode in the
data folder, the logs or the settings afterwards."""
from __future__ import annotations

import asyncio
import csv
import logging
import subprocess
import unicodedata

from PySide6.QtCore import Qt

from dollr_desktop import paths
from dollr_desktop.logging_setup import setup_logging
from tests.e2e.test_secret_scan import files_containing
from tests.ui.conftest import *  # noqa: F401,F403 (the pytest-qt + qasync fixtures)
from tests.ui.payouts.helpers import click, payout_executions, sandbox_post, start_in_practice

PASSCODE = "86420975"
ROWS = """name;phone;amount;currency;note;reference
Musu Kollie;0770123456;12,50;USD;June pay;T-01
Bad Phone;0123;5;USD;;T-02
Wrong Currency;0886123456;900;RWF;;T-03
Declines Always;0886550000;3;USD;;T-04
Slow Wallet;0886551111;4;USD;;T-05
Amos Doe;0886123457;20;USD;;T-06
Fatu Kamara;0776120934;1500;LRD;;T-07
Joseph Toe;0886123458;7,25;USD;;T-08
Comfort Weah;0555123459;9;USD;;T-09
Rita Flomo;0776120935;2000;LRD;;T-10
"""


def open_runs_page(qtbot, app):
    qtbot.waitUntil(lambda: hasattr(app.features, "payout_runs"), timeout=10_000)
    app.window.show_page("payout_runs")
    return app.features.payout_runs.view


def problems_of(view, row: int) -> str:
    model = view.model
    return model.data(model.index(row, model.columns.index("problems")))


def test_a_ten_row_csv_run_from_problems_to_results(qtbot, make_app, sandbox, tmp_path):
    sandbox.state.passcode = PASSCODE
    log_file = setup_logging(paths.log_dir(), logging.DEBUG)
    for name in ("httpx", "httpcore", "dollr_desktop"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    audit: list[tuple[str, dict]] = []
    try:
        app = start_in_practice(qtbot, make_app, sandbox)
        app.hub.subscribe("audit", lambda action, details: audit.append((action, details)))
        asked: list[str] = []
        app.hub.subscribe("may", lambda right: asked.append(right) or None)   # nobody decides: allowed
        view = open_runs_page(qtbot, app)
        source = tmp_path / "June payroll.csv"
        source.write_bytes(b"\xef\xbb\xbf" + ROWS.encode())
        opening = asyncio.ensure_future(view.new_from_csv(source))
        qtbot.waitUntil(opening.done, timeout=10_000)
        assert opening.result() is not None and view.stack.currentIndex() == 1
        assert view.model.rowCount() == 10
        assert "digit" in problems_of(view, 1) or "number" in problems_of(view, 1)
        assert "RWF" in problems_of(view, 2)
        assert [i for i in range(10) if problems_of(view, i)] == [1, 2]
        assert not view.preview_button.isEnabled() and "2 rows need fixing" in view.summary_label.text()

        include = view.model.columns.index("include")
        for row in (1, 2):   # leave them out
            assert view.model.setData(view.model.index(row, include), Qt.CheckState.Unchecked.value,
                                      Qt.ItemDataRole.CheckStateRole)
        qtbot.waitUntil(view.preview_button.isEnabled, timeout=5_000)
        click(qtbot, view.preview_button)
        qtbot.waitUntil(lambda: view.preview is not None and view.approve_button.isVisible(), timeout=15_000)
        assert len(view.preview.quotes) == 8 and set(view.preview.totals) == {"USD", "LRD"}
        assert "wallet is debited" in view.summary_label.text()
        fee_column = view.model.columns.index("fee")
        assert view.model.data(view.model.index(0, fee_column)).endswith("USD")

        click(qtbot, view.approve_button)
        qtbot.waitUntil(lambda: view.approval_dialog is not None and view.approval_dialog.isVisible(), timeout=5_000)
        dialog = view.approval_dialog
        qtbot.keyClicks(dialog.passcode_edit, PASSCODE)
        click(qtbot, dialog.approve_button)
        assert asked and set(asked) == {"approve_payouts"}   # before the passcode, and again at the start
        service = app.session.payout_runs
        run_id = view.run.id
        qtbot.waitUntil(lambda: view.run.state in ("SETTLING", "FINISHED"), timeout=30_000)

        def settled_but_one():
            open_rows = [r.name for r in app.session.store.payout_runs.rows(run_id) if not r.is_final]
            return open_rows == ["Slow Wallet"]

        qtbot.waitUntil(settled_but_one, timeout=15_000)
        rows = {r.name: r for r in app.session.store.payout_runs.rows(run_id)}
        assert rows["Declines Always"].outcome == "FAILED"
        assert rows["Slow Wallet"].outcome == "PROCESSING"
        paid = [n for n, r in rows.items() if r.outcome == "COMPLETED"]
        assert len(paid) == 6
        assert rows["Bad Phone"].outcome == rows["Wrong Currency"].outcome == "LEFT_OUT"

        sandbox_post(sandbox, f"/_sandbox/executions/{rows['Slow Wallet'].reference_id}/settle")   # later
        qtbot.waitUntil(lambda: view.run.state == "FINISHED" and bool(view.run.results_pdf), timeout=30_000)
        assert not view.pause_button.isVisible() and view.retry_button.isVisible()
        assert "7 paid" in view.summary_label.text()

        executions = {e["reference_id"]: e for e in payout_executions(sandbox)}
        with open(view.run.results_csv, encoding="utf-8") as handle:
            lines = list(csv.DictReader(handle))
        assert len(lines) == 10
        for line in lines:
            if line["status"] == "LEFT_OUT":
                assert line["reference_id"] == ""
                continue
            execution = executions[line["reference_id"]]
            assert execution["execute_requests"] == 1
            assert line["status"] == execution["status"]
            assert line["phone"] == execution["phone"] or execution["phone"].endswith(line["phone"][-6:])
        assert len({line["reference_id"] for line in lines if line["reference_id"]}) == 8
        pdf_text = subprocess.run(["pdftotext", "-layout", view.run.results_pdf, "-"], capture_output=True,
                                  text=True, check=True).stdout
        assert "Musu Kollie" in pdf_text and "Failed" in pdf_text
        squeezed = unicodedata.normalize("NFKC", "".join(pdf_text.split()))   # "ff" may come out as one glyph
        assert all(r.reference_id in squeezed for r in rows.values() if r.reference_id)

        actions = [a for a, _ in audit]
        assert actions[:3] == ["payout_run.created", "payout_run.approved", "payout_run.started"]
        assert "payout_run.finished" in actions
        assert PASSCODE not in repr(audit)
        assert service._passcodes == {}

        retry = asyncio.ensure_future(view.retry(run_id))
        qtbot.waitUntil(retry.done, timeout=10_000)
        assert [r.name for r in app.session.store.payout_runs.rows(retry.result().id)] == \
            ["Bad Phone", "Wrong Currency", "Declines Always"][2:]   # left-out rows are not retried

        for handler in logging.getLogger().handlers:
            handler.flush()
        data = paths.data_dir()
        assert log_file.exists()
        assert files_containing(data, [PASSCODE]) == {}
        closing = asyncio.ensure_future(app.shutdown())
        qtbot.waitUntil(closing.done, timeout=15_000)
        closing.result()
        assert files_containing(data, [PASSCODE]) == {}
    finally:
        root = logging.getLogger()
        for handler in list(root.handlers):
            if getattr(handler, "_dollr_handler", False):
                root.removeHandler(handler)
                handler.close()
        for name in ("httpx", "httpcore", "dollr_desktop"):
            logging.getLogger(name).setLevel(logging.NOTSET)
        root.setLevel(logging.WARNING)


def test_only_someone_allowed_may_approve_a_run(qtbot, make_app, sandbox, tmp_path):
    app = start_in_practice(qtbot, make_app, sandbox)
    app.hub.subscribe("may", lambda right: False if right == "approve_payouts" else None)
    view = open_runs_page(qtbot, app)
    source = tmp_path / "two.csv"
    source.write_text("name,phone,amount,currency\nAmos Doe,0886123457,5,USD\nJoseph Toe,0886123458,6,USD\n")
    opening = asyncio.ensure_future(view.new_from_csv(source))
    qtbot.waitUntil(opening.done, timeout=10_000)
    click(qtbot, view.preview_button)
    qtbot.waitUntil(lambda: view.approve_button.isVisible() and view.approve_button.isEnabled(), timeout=15_000)
    before = len(payout_executions(sandbox))
    click(qtbot, view.approve_button)
    assert view.approval_dialog is None
    assert "Only the owner" in view.message_label.text() and view.message_label.isVisible()
    assert app.session.store.payout_runs.get(view.run.id).state == "DRAFT"
    assert len(payout_executions(sandbox)) == before


def test_closing_the_app_mid_run_pauses_it_and_the_next_start_resumes_with_the_passcode(qtbot, make_app, sandbox,
                                                                                          tmp_path):
    passcode = sandbox.info["passcode"]
    app = start_in_practice(qtbot, make_app, sandbox)
    view = open_runs_page(qtbot, app)
    source = tmp_path / "thirty.csv"
    source.write_text("name,phone,amount,currency\n" + "".join(
        f"Teacher {i},08861234{i:02d},{i + 1},USD\n" for i in range(30)))
    opening = asyncio.ensure_future(view.new_from_csv(source))
    qtbot.waitUntil(opening.done, timeout=10_000)
    run_id = opening.result().id
    click(qtbot, view.preview_button)
    qtbot.waitUntil(lambda: view.approve_button.isVisible() and view.approve_button.isEnabled(), timeout=15_000)
    click(qtbot, view.approve_button)
    qtbot.waitUntil(lambda: view.approval_dialog is not None and view.approval_dialog.isVisible(), timeout=5_000)
    qtbot.keyClicks(view.approval_dialog.passcode_edit, passcode)
    click(qtbot, view.approval_dialog.approve_button)
    store = app.session.store.payout_runs
    qtbot.waitUntil(lambda: sum(1 for r in store.rows(run_id) if r.step == "SENT") >= 3, timeout=15_000)
    closing = asyncio.ensure_future(app.shutdown())   # the person closes the app mid-run
    qtbot.waitUntil(closing.done, timeout=20_000)
    closing.result()
    sent_before = len(payout_executions(sandbox))
    assert 3 <= sent_before < 30

    again = start_in_practice(qtbot, make_app, sandbox)
    view = open_runs_page(qtbot, again)
    qtbot.waitUntil(lambda: any(r.id == run_id for r in view.runs), timeout=10_000)
    assert again.session.store.payout_runs.get(run_id).state == "PAUSED"
    view.open_run_at([r.id for r in view.runs].index(run_id))
    qtbot.waitUntil(lambda: view.run is not None and view.resume_button.isVisible(), timeout=10_000)
    assert "Resume" in view.message_label.text()
    click(qtbot, view.resume_button)
    qtbot.waitUntil(lambda: view.approval_dialog is not None and view.approval_dialog.isVisible(), timeout=5_000)
    assert view.approval_dialog.passcode_edit.text() == ""          # asked again, nothing kept
    qtbot.keyClicks(view.approval_dialog.passcode_edit, passcode)
    click(qtbot, view.approval_dialog.approve_button)
    qtbot.waitUntil(lambda: view.run.state == "FINISHED", timeout=30_000)
    executions = payout_executions(sandbox)
    rows = again.session.store.payout_runs.rows(run_id)
    assert [r.outcome for r in rows] == ["COMPLETED"] * 30
    mine = [e for e in executions if e["reference_id"] in {r.reference_id for r in rows}]
    assert len(mine) == 30 and all(e["execute_requests"] == 1 for e in mine)
    assert len({e["phone"] for e in mine}) == 30
