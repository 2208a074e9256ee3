"""Screenshots of the Cash-up page, its printouts (till roll 80 / 58 mm and A4, via pdftoppm) and
every report tab, in one language and appearance, on the practice sandbox's demo shop.

    .venv/bin/python packaging/screenshots_reports.py fr dark [folder]   # default /tmp/shots-reports
"""
from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(language: str, appearance: str, folder: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["DOLLR_DATA_DIR"] = tempfile.mkdtemp(prefix="dollr-screens-")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QDate
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
    from dollr_desktop.services.cashup import CashUpService, Period
    from dollr_desktop.ui.printing.cashup_print import write_cashup_pdf
    from dollr_desktop.ui.printing.layouts import ReceiptLayout

    class NoKeyring:
        priority = 0

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    tag = f"{language}-{appearance}"
    app = DollrApp(credentials=CredentialStore(NoKeyring()))

    async def settle() -> None:
        await asyncio.sleep(0.4)
        QApplication.processEvents()

    async def shoot() -> None:
        await app.start(practice=True)
        await app.session.sync_now()
        await app.features.load_late()
        window = app.window
        window.resize(1180, 760)
        store = app.session.store
        service = CashUpService(store)
        busiest = max((date.today() - timedelta(days=back) for back in range(45)),
                      key=lambda day: service.compute(Period.day(day)).payment_count)
        view = app.features.cashup.view
        window.show_page("cashup")
        view.day_edit.setDate(QDate(busiest.year, busiest.month, busiest.day))
        await settle()
        window.grab().save(str(out / f"cashup-{tag}-open.png"))
        view.cash.currency_combo.setCurrentText("LRD")
        view.cash.expected_edit.setText("12500")
        view.cash.counted_edit.setText("12350")
        view.cash.note_edit.setText("Drawer 1")
        view.close_button.click()
        await settle()
        await settle()
        window.grab().save(str(out / f"cashup-{tag}-closed.png"))
        printout = view.printout()
        for layout in (ReceiptLayout.TILL_80, ReceiptLayout.TILL_58, ReceiptLayout.A4):
            pdf = out / f"cashup-{tag}-{layout.value}.pdf"
            await asyncio.to_thread(write_cashup_pdf, printout, layout, pdf)
            if shutil.which("pdftoppm"):
                subprocess.run(["pdftoppm", "-png", "-r", "110", "-singlefile", str(pdf), str(pdf.with_suffix(""))],
                               check=True)
        reports = app.features.reports.view
        window.show_page("reports")
        reports.from_edit.setDate(reports.to_edit.date().addDays(-60))
        await settle()
        for currency in ("USD", "LRD"):
            reports.currency_combo.setCurrentText(currency)
            for index in range(reports.tabs.count()):
                reports.tabs.setCurrentIndex(index)
                await settle()
                window.grab().save(str(out / f"reports-{tag}-{currency}-{index}.png"))
        reports.grain_combo.setCurrentIndex(1)
        reports.currency_combo.setCurrentText("USD")
        reports.tabs.setCurrentIndex(0)
        await settle()
        window.grab().save(str(out / f"reports-{tag}-USD-weekly.png"))
        dialog = app.features.reports.open_export(*reports.range())
        await settle()
        dialog.grab().save(str(out / f"export-{tag}.png"))
        dialog.close()
        print(f"{tag}: busiest day {busiest}", flush=True)
        await app.shutdown()

    with loop:
        loop.run_until_complete(shoot())
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    sys.exit(main(args[0] if args else "en", args[1] if len(args) > 1 else "light",
                  args[2] if len(args) > 2 else "/tmp/shots-reports"))
