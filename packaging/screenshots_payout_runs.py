"""Screenshots of a payout run, start to end, in one language and appearance (for review).

    .venv/bin/python packaging/screenshots_payout_runs.py fr dark /tmp/shots-runs
    -> run-<lang>-<appearance>-{editor,preview,approve,progress,results}.png

Practice mode on the embedded sandbox (a short settle delay, so the progress shows rows on their
way), in a throw-away data folder: a CSV with a bad phone and an unsupported currency, the two
rows left out, the preview, the approval, the run in progress and its results.
"""
from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CSV = """name;phone;amount;currency;note;reference
Musu Kollie;0770123456;125,50;USD;June pay;T-01
Bad Phone;0123;50;USD;;T-02
Wrong Currency;0886123456;9000;RWF;;T-03
Declines Always;0886550000;30;USD;;T-04
Slow Wallet;0886551111;40;USD;;T-05
Amos Doe;0886123457;200;USD;;T-06
Fatu Kamara;0776120934;15000;LRD;;T-07
Joseph Toe;0886123458;72,25;USD;;T-08
Comfort Weah;0555123459;90;USD;;T-09
Rita Flomo;0776120935;20000;LRD;;T-10
"""


def main(language: str, appearance: str, folder: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["DOLLR_DATA_DIR"] = tempfile.mkdtemp(prefix="dollr-run-screens-")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    from qasync import QEventLoop

    from dollr_desktop.ui import i18n, theme

    qt_app = QApplication(sys.argv[:1])
    i18n.install(language, qt_app)
    theme.install(qt_app, appearance)
    loop = QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    from dollr_desktop.app import DollrApp
    from dollr_desktop.credentials import CredentialStore
    from dollr_desktop.sandbox.server import SandboxServer
    from dollr_desktop.services.run_passcode import RunPasscode

    class NoKeyring:
        priority = 0

    sandbox = SandboxServer(settle_delay=1.5).start()
    app = DollrApp(credentials=CredentialStore(NoKeyring()), practice_server=sandbox)
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)

    def shot(widget, name: str) -> None:
        widget.grab().save(str(out / f"run-{language}-{appearance}-{name}.png"))
        print(name, flush=True)

    async def settle(seconds: float = 0.3) -> None:
        await asyncio.sleep(seconds)   # the loop paints meanwhile (processEvents inside a task re-enters it)

    async def shoot() -> None:
        await app.start(practice=True)
        await app.session.sync_now()
        await app.features.load_late()
        window = app.window
        window.resize(1280, 760)
        view = app.features.payout_runs.view
        window.show_page("payout_runs")
        source = Path(os.environ["DOLLR_DATA_DIR"]) / "June payroll.csv"
        source.write_bytes(CSV.encode())
        run = await view.new_from_csv(source)
        await settle()
        shot(window, "editor")
        include = view.model.columns.index("include")
        for row in (1, 2):
            view.model.setData(view.model.index(row, include), Qt.CheckState.Unchecked.value,
                               Qt.ItemDataRole.CheckStateRole)
        await settle(0.5)
        await view.show_preview()
        await settle()
        shot(window, "preview")
        dialog = view._ask_passcode(resume=False)
        dialog.passcode_edit.setText("246810")
        await settle()
        shot(dialog, "approve")
        dialog.reject()
        task = await view.start(run.id, RunPasscode(sandbox.info["passcode"], sandbox.info["passcode_phone"]))
        store = app.session.store.payout_runs
        while sum(1 for r in store.rows(run.id) if r.step == "SENT") < 3:
            await asyncio.sleep(0.05)
        await settle(0.25)
        shot(window, "progress")
        rows = {r.name: r for r in store.rows(run.id)}
        while rows["Slow Wallet"].reference_id is None or not task.done() and store.get(run.id).state == "RUNNING":
            await asyncio.sleep(0.1)
            rows = {r.name: r for r in store.rows(run.id)}
        while any(not r.is_final and r.name != "Slow Wallet" for r in store.rows(run.id)):
            await asyncio.sleep(0.1)
        import httpx

        httpx.post(f"{sandbox.base_url}/_sandbox/executions/{rows['Slow Wallet'].reference_id}/settle", timeout=10)
        while not (store.get(run.id).results_pdf and view.run and view.run.results_pdf):
            await asyncio.sleep(0.1)
        await settle(0.4)
        shot(window, "results")
        view.show_list()
        await settle(0.4)
        shot(window, "list")
        await app.shutdown()

    with loop:
        loop.run_until_complete(shoot())
    sandbox.stop()
    return 0


if __name__ == "__main__":
    args = sys.argv[1:4] if len(sys.argv) >= 4 else ("en", "light", "/tmp/shots-runs")
    sys.exit(main(*args))
