"""`dollr-desktop --self-test` from the source tree, as CI and a packaged build run it."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dollr_desktop.selftest import SelfTestFailure, check_pdf

ROOT = Path(__file__).resolve().parents[2]


def test_self_test_passes_from_the_source_tree(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path))
    env.pop("DOLLR_DATA_DIR", None)
    done = subprocess.run([sys.executable, "-m", "dollr_desktop", "--self-test"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=150)
    report = done.stdout
    assert done.returncode == 0, report + done.stderr[-3000:]
    for check in ("resources", "translations", "practice mode on the embedded sandbox", "main views",
                  "receipt PDF"):
        assert f"[ok] {check}" in report, report
    assert "[FAIL]" not in report
    assert "home, sale, items, contacts, invoices, bills, payments, payouts, payout_runs, cashup, reports, settings" in report
    assert "self-test PASSED" in report
    # The throw-away data folder is gone after a pass; the merchant's real data was never touched.
    assert not list(tmp_path.glob("dollr-selftest-*"))


def test_pdf_check_refuses_a_cut_short_or_empty_file(tmp_path):
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(b"%PDF-1.4\n" + b"x" * 5000)
    with pytest.raises(SelfTestFailure, match="cut short"):
        check_pdf(cut)
    pageless = tmp_path / "pageless.pdf"
    pageless.write_bytes(b"%PDF-1.4\n" + b"x" * 5000 + b"\n%%EOF\n")
    with pytest.raises(SelfTestFailure, match="no pages"):
        check_pdf(pageless)
    fine = tmp_path / "fine.pdf"
    fine.write_bytes(b"%PDF-1.4\n1 0 obj <</Type /Page>> endobj\n" + b"x" * 5000 + b"\n%%EOF\n")
    assert check_pdf(fine) == 1
