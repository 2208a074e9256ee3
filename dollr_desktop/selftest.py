"""`dollr-desktop --self-test`: prove a build works without a screen or a Dollr account.

Runs offscreen on the embedded practice sandbox in a throw-away data folder (`__main__` makes it),
checks the bundled resources, opens every main view, renders a paid demo invoice's receipt to PDF
and checks the file. Prints one line per check and a verdict; the exit code is 0 only when every
check passed. Used by CI from the source tree and by hand from the PyInstaller bundle.
"""
from __future__ import annotations

import asyncio
import logging
import re
import sys
import time
import traceback
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TextIO

LISTS_TIMEOUT_S = 15.0   # the demo lists must show within this

log = logging.getLogger(__name__)

TIMEOUT_S = 120.0
MIN_PDF_BYTES = 1_000
_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


class SelfTestFailure(Exception):
    """A check found something wrong; the message says what, in one line."""


class SelfTest:
    def __init__(self, app: Any, out: TextIO = sys.stdout) -> None:
        self.app = app
        self.out = out
        self.results: list[tuple[str, bool, str]] = []

    async def check(self, name: str, step: Callable[[], Awaitable[str] | str]) -> bool:
        started = time.perf_counter()
        try:
            detail = step()
            if asyncio.iscoroutine(detail):
                detail = await detail
            ok = True
        except asyncio.CancelledError:
            raise
        except SelfTestFailure as exc:
            ok, detail = False, str(exc)
        except Exception as exc:  # the report names it; the log keeps the traceback
            ok, detail = False, f"{type(exc).__name__}: {exc}"
            log.error("self-test step %s failed\n%s", name, traceback.format_exc())
        ms = (time.perf_counter() - started) * 1000
        self.results.append((name, ok, str(detail)))
        print(f"[{'ok' if ok else 'FAIL'}] {name} ({ms:.0f} ms){': ' + str(detail) if detail else ''}",
              file=self.out, flush=True)
        return ok

    @property
    def passed(self) -> bool:
        return bool(self.results) and all(ok for _, ok, _ in self.results)

    async def run(self) -> bool:
        from dollr_desktop import APP_NAME, __version__, paths

        print(f"{APP_NAME} {__version__} self-test (data in {paths.data_dir()})", file=self.out, flush=True)
        await self.check("resources", check_resources)
        await self.check("translations", check_translations)
        await self.check("text and locale data (ICU)", check_locale_data)
        if not await self.check("practice mode on the embedded sandbox", self.start_practice):
            return False
        await self.check("main views", self.open_views)
        await self.check("receipt PDF", self.receipt_pdf)
        return self.passed

    async def start_practice(self) -> str:
        app = self.app
        await app.start(practice=True)
        session = app.session
        if session is None or not session.is_open or not session.is_practice:
            raise SelfTestFailure("practice mode did not open")
        if not await session.sync_now():
            raise SelfTestFailure("the first sync with the sandbox failed")
        return f"sandbox at {session.config.base_url}"

    async def open_views(self) -> str:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        window = self.app.window
        keys = []
        for row in range(window.sidebar.count()):
            item = window.sidebar.item(row)
            if item.isHidden():
                continue
            key = item.data(Qt.ItemDataRole.UserRole)
            page = window.show_page(key)
            await asyncio.sleep(0.05)   # let the view's own refresh run
            QApplication.processEvents()
            if window.current_page() is not page or not page.isVisible():
                raise SelfTestFailure(f"the {key} view did not open")
            if window.grab().isNull():
                raise SelfTestFailure(f"the {key} view could not be drawn")
            keys.append(key)
        if len(keys) < 5:
            raise SelfTestFailure(f"only {len(keys)} views: {', '.join(keys)}")
        # The lists fill on worker threads after the sync: on a busy machine that can take a while.
        deadline = asyncio.get_running_loop().time() + LISTS_TIMEOUT_S
        while True:
            contacts = self.app.features.contacts.view.model.rowCount()
            documents = self.app.features.documents.view.model.rowCount()
            if (contacts and documents) or asyncio.get_running_loop().time() > deadline:
                break
            await asyncio.sleep(0.05)
        if not contacts or not documents:
            raise SelfTestFailure(f"demo data missing: {contacts} contacts, {documents} documents listed")
        return f"{', '.join(keys)}; {contacts} contacts, {documents} invoices/orders listed"

    async def receipt_pdf(self) -> str:
        from dollr_desktop import paths
        from dollr_desktop.ui.printing.pdf_export import PdfExporter, default_pdf_name

        receipts, actions = self.app.features.receipts.service(), self.app.features.receipts.receipt_actions
        paid = await self.app.session.client.invoices.list(status="PAID")
        if not paid or receipts is None:
            raise SelfTestFailure("no paid demo invoice to print a receipt for")
        data = await receipts.fetch("INVOICE", paid[0].id)
        exporter = actions.exporter if actions else PdfExporter()
        folder = paths.data_dir() / "self-test"
        folder.mkdir(exist_ok=True)
        target = await exporter.export(data, actions.layout if actions else _default_layout(),
                                       folder / default_pdf_name(data))
        pages = check_pdf(target)
        return f"{target.name}: {target.stat().st_size:,} bytes, {pages} page(s)"


def _default_layout() -> Any:
    from dollr_desktop.ui.printing.layouts import ReceiptLayout

    return next(iter(ReceiptLayout))


def check_resources() -> str:
    from dollr_desktop.paths import resources_dir
    from dollr_desktop.ui.icons import icon, stylesheet

    root = resources_dir()
    missing = [name for name in ("app", "home", "contacts", "invoices", "payments", "payouts", "settings")
               if icon(name).isNull()]
    if missing:
        raise SelfTestFailure(f"icons missing in {root}: {', '.join(missing)}")
    if not stylesheet():
        raise SelfTestFailure(f"no stylesheet in {root / 'styles'}")
    templates = list((root / "receipts").glob("*.html"))
    if not templates:
        raise SelfTestFailure(f"no receipt templates in {root / 'receipts'}")
    return f"{root}"


def check_translations() -> str:
    try:
        from dollr_desktop.ui import i18n
    except ImportError:
        return "not in this build"
    languages = i18n.available_languages()
    missing = [code for code in languages if code != "en" and not i18n.catalog_path(code).exists()]
    if missing:
        raise SelfTestFailure(f"translation catalogues missing: {', '.join(missing)}")
    return ", ".join(languages)


def check_locale_data() -> str:
    """What Qt asks ICU for, in each of the app's languages: accent-aware sorting, case mapping and
    time-zone names. The bundle carries a trimmed ICU data library (packaging/trim_icu.py); a missing
    item makes Qt fall back to code-point order or an empty name, which this catches."""
    from PySide6.QtCore import QByteArray, QCollator, QDateTime, QLocale, QTimeZone

    try:
        from dollr_desktop.ui import i18n

        languages = i18n.available_languages()
    except ImportError:
        languages = ["en", "fr"]
    for code in languages:
        locale = QLocale(code)
        collator = QCollator(locale)
        words = sorted(["f", "é", "e", "Z", "a"], key=collator.sortKey)
        if words != ["a", "e", "é", "f", "Z"]:
            raise SelfTestFailure(f"{code}: sorting gives {words}")
        if locale.toUpper("élève") != "ÉLÈVE":
            raise SelfTestFailure(f"{code}: upper case of élève gives {locale.toUpper('élève')}")
        zone = QTimeZone(QByteArray(b"Africa/Kigali"))
        name = zone.displayName(QDateTime.currentDateTime(), QTimeZone.NameType.LongName, locale)
        if not zone.isValid() or not name:
            raise SelfTestFailure(f"{code}: no name for the Africa/Kigali time zone")
    return ", ".join(languages)


def check_pdf(path: Path) -> int:
    """A complete PDF with at least one page; returns the page count."""
    raw = Path(path).read_bytes()
    if not raw.startswith(b"%PDF-"):
        raise SelfTestFailure(f"{path.name} is not a PDF")
    if b"%%EOF" not in raw[-64:]:
        raise SelfTestFailure(f"{path.name} is cut short (no end marker)")
    if len(raw) < MIN_PDF_BYTES:
        raise SelfTestFailure(f"{path.name} is only {len(raw)} bytes")
    pages = len(_PAGE_OBJECT.findall(raw))
    if pages < 1:
        raise SelfTestFailure(f"{path.name} has no pages")
    return pages


async def _run_and_close(app: Any, out: TextIO) -> bool:
    test = SelfTest(app, out)
    try:
        ok = await asyncio.wait_for(test.run(), TIMEOUT_S)
    except asyncio.TimeoutError:
        print(f"[FAIL] self-test did not finish within {TIMEOUT_S:.0f} s", file=out, flush=True)
        ok = False
    try:
        await asyncio.wait_for(app.shutdown(), 30)
    except Exception as exc:  # a clean exit is part of the test
        print(f"[FAIL] shutdown: {type(exc).__name__}: {exc}", file=out, flush=True)
        ok = False
    return ok


def run(app: Any, loop: Any, out: TextIO | None = None) -> int:
    """Drive the self-test on the app's qasync loop; 0 when every check passed.

    A windowed Windows build has no console (`sys.stdout` is None): the report then goes to
    `dollr-selftest-report.txt` in the temp folder."""
    out = out or sys.stdout
    if out is None:
        import tempfile

        out = open(Path(tempfile.gettempdir()) / "dollr-selftest-report.txt", "w", encoding="utf-8")
    started = time.perf_counter()
    with loop:
        ok = loop.run_until_complete(_run_and_close(app, out))
    seconds = time.perf_counter() - started
    print(f"self-test {'PASSED' if ok else 'FAILED'} in {seconds:.1f} s", file=out, flush=True)
    _clean_up(ok, out)
    return 0 if ok else 1


def _clean_up(ok: bool, out: TextIO) -> None:
    """The throw-away data folder goes when all is well; after a failure its logs stay to read."""
    import shutil

    from dollr_desktop import paths

    folder = paths.data_dir()
    if not folder.name.startswith("dollr-selftest-"):
        return
    if ok:
        logging.shutdown()
        shutil.rmtree(folder, ignore_errors=True)
    else:
        print(f"logs kept in {folder / 'logs'}", file=out, flush=True)
