"""Screenshots of every view and dialog in one language and appearance, and a check that each fits a small screen.

    .venv/bin/python packaging/screenshots.py fr dark     # main views -> test-artifacts/screen-fr-dark-<view>.png
    .venv/bin/python packaging/screenshots.py fr dark --all --scale 1.5 --screen 1024x600
                                                                        # every view and dialog, 150 % font, on 1024x600
    .venv/bin/python packaging/screenshots.py fr light --all --check --no-images   # only the fit check
    .venv/bin/python packaging/screenshots.py every            # en, fr (rw) x light, dark at 1024x600, 150 %

A fresh process per language (the language is chosen before the first widget exists, as at a real
start), offscreen, on the embedded practice sandbox with its demo shop, in a throw-away data folder.
Prints one `view: sidebar title` line per page so a test can check the words; with --check, one
`UNFIT <screen>: <why>` line per window or dialog that does not fit the screen (and exits 1).

With --all, after the views and the dialogs made here, the dialogs and states a merchant reaches only by doing
something first (packaging/walk_states.py: the collect dialog once the fees, the QR or the payment show, the till
with its customer display, refunds, plans, payout approvals, the cash-up closed, restore, errors …), each checked
as it is at that moment.

Fit rules (issue 18): the main window's minimum size fits the whole screen; a dialog's fits the screen
less a taskbar (40 px); no visible button lies outside its window once the window is at that size.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
TASKBAR = 40


def fit_problems(widget, screen_w: int, screen_h: int, *, main: bool = False) -> list[str]:
    """What keeps `widget` (a top-level window) from fitting a screen_w x screen_h screen, in words."""
    from PySide6.QtCore import QPoint, QRect, Qt
    from PySide6.QtWidgets import QAbstractButton, QApplication

    from dollr_desktop.ui.widgets.fit import contents_size

    room_w, room_h = screen_w, screen_h if main else screen_h - TASKBAR
    problems = []
    if not main:   # as it opened: its words and controls have the room they need (or it is as big as the screen)
        need_w, need_h = contents_size(widget)
        if need_w > widget.width() and widget.width() < room_w or need_h > widget.height() and widget.height() < room_h:
            problems.append(f"opens at {widget.width()}x{widget.height()}, its contents need {need_w}x{need_h}")
    hint = widget.minimumSizeHint() if widget.layout() is None else widget.layout().totalMinimumSize()
    least_w = max(widget.minimumWidth(), hint.width())
    least_h = max(widget.minimumHeight(), hint.height())
    if least_w > room_w or least_h > room_h:
        problems.append(f"needs at least {least_w}x{least_h}, the screen leaves {room_w}x{room_h}")
    widget.resize(min(room_w, max(least_w, widget.width())), min(room_h, max(least_h, widget.height())))
    if widget.layout() is not None:
        widget.layout().activate()
    QApplication.sendPostedEvents()
    frame = QRect(0, 0, widget.width(), widget.height())
    if main:   # a page may scroll down, never sideways: its least width fits beside the sidebar
        page = widget.current_page()
        holder = widget.stack.currentWidget()
        room = holder.viewport().width() if hasattr(holder, "viewport") else widget.stack.width()
        if page is not None:   # a scroll area inside the page (settings) must not scroll sideways either
            from PySide6.QtWidgets import QScrollArea

            for inner in page.findChildren(QScrollArea):
                body = inner.widget()
                if (inner.isVisibleTo(page) and inner.widgetResizable() and body is not None
                        and inner.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
                        and body.minimumSizeHint().width() > inner.viewport().width() + 1):
                    problems.append(f"{type(page).__name__}: its {type(body).__name__} needs "
                                    f"{body.minimumSizeHint().width()} px wide, it has {inner.viewport().width()}")
        if page is not None and page.minimumSizeHint().width() > room:
            problems.append(f"page {type(page).__name__} needs {page.minimumSizeHint().width()} px wide, "
                            f"the window leaves it {room}")
    if problems and os.environ.get("DOLLR_EXPLAIN_UNFIT"):   # for fixing: which widgets make it wide
        _explain_wide(widget)
    for button in widget.findChildren(QAbstractButton):
        if not button.isVisibleTo(widget) or button.width() <= 0:
            continue
        if button.window() is not widget:
            continue
        # A button inside a scroll area may be scrolled out of sight: that is what scrolling is for.
        if _in_scroll_area(button, widget):
            continue
        top_left = button.mapTo(widget, QPoint(0, 0))
        rect = QRect(top_left, button.size())
        if not frame.contains(rect):
            name = button.accessibleName() or button.text() or button.objectName()
            problems.append(f"button '{name}' at {rect.x()},{rect.y()} {rect.width()}x{rect.height()} "
                            f"is outside the window's {frame.width()}x{frame.height()}")
    return problems


def _explain_wide(top) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    def walk(widget, depth):
        for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if child.isVisibleTo(top) and child.minimumSizeHint().width() > 400:
                text = getattr(child, "text", lambda: "")()
                print(f"  {'  ' * depth}{type(child).__name__} {child.accessibleName()!r} "
                      f"{child.minimumSizeHint().width()} {str(text)[:60]!r}")
                walk(child, depth + 1)
    print(f"WIDE {type(top).__name__}")
    walk(top, 0)


def explain(window) -> None:
    """Which pages (and which of their widgets) make the main window wide: for fixing, not for tests."""
    from PySide6.QtWidgets import QWidget

    def widest(widget, depth=0, path=""):
        for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if child.isVisibleTo(widget) or depth == 0:
                w = child.minimumSizeHint().width()
                if w > 300:
                    print(f"  {'  ' * depth}{type(child).__name__} {child.objectName() or child.accessibleName()}: {w}")
                    widest(child, depth + 1)

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QScrollArea
    for index in range(window.stack.count()):
        page = window.stack.widget(index)
        if isinstance(page, QScrollArea) and page.widget() is not None:   # the page inside its scroll area
            page = page.widget()
        print(f"page {index} {type(page).__name__}: {page.minimumSizeHint().width()}")
        if page.minimumSizeHint().width() > 700:
            widest(page)


def _in_scroll_area(widget, top) -> bool:
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("language", nargs="?", default="en")
    parser.add_argument("appearance", nargs="?", default="light")
    parser.add_argument("--all", action="store_true", help="every dialog too, not only the main views")
    parser.add_argument("--scale", type=float, default=1.0, help="font scale, e.g. 1.5 for a 150 %% font")
    parser.add_argument("--screen", default="", help="WxH of the screen (default: a roomy 1180x760 window)")
    parser.add_argument("--check", action="store_true", help="print UNFIT lines and exit 1 when something does not fit")
    parser.add_argument("--no-images", action="store_true", help="do not save images")
    parser.add_argument("--only", default="", help="comma-separated screen names to take (default: all)")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    language, appearance = args.language, args.appearance
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["DOLLR_DATA_DIR"] = tempfile.mkdtemp(prefix="dollr-screens-")
    if args.screen and os.environ["QT_QPA_PLATFORM"] == "offscreen":   # a screen of that size (offscreen's is 800x600)
        import json

        w, h = (int(n) for n in args.screen.lower().split("x"))
        config = Path(os.environ["DOLLR_DATA_DIR"]) / "screen.json"
        config.write_text(json.dumps({"screens": [{"name": "screen", "x": 0, "y": 0, "width": w, "height": h,
                                                   "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "packaging"))
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    from qasync import QEventLoop

    from dollr_desktop.ui import i18n
    from dollr_desktop.ui import theme

    qt_app = QApplication(sys.argv[:1])
    if args.scale != 1.0:
        font = qt_app.font()
        font.setPointSizeF(font.pointSizeF() * args.scale)
        qt_app.setFont(font)
    i18n.install(language, qt_app)
    theme.install(qt_app, appearance)
    loop = QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    from dollr_desktop.app import DollrApp
    from dollr_desktop.credentials import CredentialStore

    class NoKeyring:
        priority = 0

    app = DollrApp(credentials=CredentialStore(NoKeyring()))
    ARTIFACTS.mkdir(exist_ok=True)
    screen_w, screen_h = (int(n) for n in args.screen.lower().split("x")) if args.screen else (1180, 760)
    suffix = "" if not (args.screen or args.scale != 1.0) else f"-{screen_w}x{screen_h}-{int(args.scale * 100)}"
    only = {name for name in args.only.split(",") if name}
    unfit: list[str] = []

    def wanted(name: str) -> bool:
        return not only or name in only

    async def settle() -> None:
        await asyncio.sleep(0.3)   # Qt's events run meanwhile (no nested processEvents: it re-enters asyncio tasks)

    async def take(name: str, widget, *, main: bool = False) -> None:
        if args.check:
            for problem in fit_problems(widget, screen_w, screen_h, main=main):
                unfit.append(f"UNFIT {name}: {problem}")
                print(unfit[-1], flush=True)
        elif args.screen:
            widget.resize(min(widget.width(), screen_w), min(widget.height(), screen_h - (0 if main else TASKBAR)))
        await settle()
        if not args.no_images:
            widget.grab().save(str(ARTIFACTS / f"screen-{language}-{appearance}{suffix}-{name}.png"))

    async def dialog(name: str, make) -> None:
        if not wanted(name):
            return
        try:
            widget = make()
            if asyncio.iscoroutine(widget):
                widget = await widget
        except Exception as exc:   # a screen that cannot open is a finding, not a crash of the whole run
            unfit.append(f"UNFIT {name}: could not open ({type(exc).__name__}: {exc})")
            print(unfit[-1], flush=True)
            return
        widget.show()
        await settle()
        await take(name, widget)
        widget.hide()
        widget.deleteLater()
        print(f"dialog {name}: {widget.windowTitle()}", flush=True)

    async def shoot() -> None:
        await app.start(practice=True)
        await app.session.sync_now()
        window = app.window
        if args.screen:
            window.resize(screen_w, screen_h)
        else:
            window.resize(1180, 760)
        for row in range(window.sidebar.count()):
            item = window.sidebar.item(row)
            if item.isHidden():
                continue
            key = item.data(Qt.ItemDataRole.UserRole)
            window.show_page(key)
            await settle()
            if wanted(key):
                await take(key, window, main=True)
            print(f"{key}: {item.text()}", flush=True)
        if os.environ.get("DOLLR_SCREENS_WHY"):
            explain(window)
        if args.all:
            await dialogs(window)
        await app.shutdown()

    async def dialogs(window) -> None:
        session, runner = app.session, app.runner

        async def nothing(*_args, **_kwargs):
            return None

        def editor():
            return app.features.documents.new_document("INVOICE")

        def collect():
            from dollr_desktop.ui.collect.collect_dialog import CollectDialog
            from dollr_desktop.ui.collect.target import CollectTarget

            target = CollectTarget("INVOICE", 1, "INV-2026-00001", Decimal("6500"), "LRD", None, None,
                                   "Comfort Wleh-Kollie Johnson", "231886000111", "comfort@example.lr")
            return CollectDialog(runner, session.collection, session.links, target, open_url=lambda url: None,
                                 parent=window)

        def receipt():
            from dollr_desktop.ui.printing.receipt_actions import ReceiptActions
            from dollr_desktop.ui.printing.receipt_dialog import ReceiptDialog
            from tests.ui.receipts.fixtures import fixture_receipt

            return ReceiptDialog(fixture_receipt(), ReceiptActions(), parent=window)

        def approval():
            from dollr_desktop.ui.payouts.approval_dialog import ApprovalDialog

            from dollr_desktop.ui.payouts.wording import summary_html

            summary = summary_html(recipient="Comfort Wleh-Kollie Johnson", phone="231886000111",
                                   carrier="Orange Money · Liberia", amount=Decimal("6500"), currency="LRD",
                                   debited=Decimal("6630"), wallet_currency="LRD", wallet_id=2)
            return ApprovalDialog(summary, "231770001234", nothing, parent=window)

        def contact():
            from dollr_desktop.ui.dialogs.contact_dialog import ContactDialog

            return ContactDialog(runner, nothing, parent=window)

        def first_run():
            from dollr_desktop.ui.dialogs.first_run_dialog import FirstRunDialog

            return FirstRunDialog(runner, nothing, "The system keyring cannot be used.", window)

        def about():
            from dollr_desktop.ui.dialogs.about_dialog import AboutDialog

            return AboutDialog(window)

        def person(mode):
            from dollr_desktop.ui.people.person_dialog import PersonDialog

            return PersonDialog(mode, nothing, "Mama Kebbeh", window)

        def switch_user():
            from types import SimpleNamespace

            from dollr_desktop.ui.people.switch_user_dialog import SwitchUserDialog

            owner = SimpleNamespace(id=1, name="Mama Kebbeh", role="owner", is_owner=True, active=True)
            return SwitchUserDialog(nothing, [owner], owner, window)

        def backup_password():
            from dollr_desktop.ui.dialogs.backup_password_dialog import BackupPasswordDialog

            return BackupPasswordDialog(window)

        def restore():
            from dollr_desktop.ui.dialogs.restore_dialog import RestoreDialog

            return RestoreDialog(nothing, nothing, Path(tempfile.gettempdir()), window)

        def pick_contacts():
            from dollr_desktop.ui.payout_runs.runs_view import PickContactsDialog

            return PickContactsDialog([], "LRD", window)

        def opening_balance():
            from dollr_desktop.ui.dialogs.opening_balance_dialog import OpeningBalanceDialog

            return OpeningBalanceDialog({}, "LRD", window)

        def quick_sale():
            from dollr_desktop.ui.collect.quick_sale_dialog import QuickSaleDialog

            return QuickSaleDialog(runner, session.links, currency="LRD", parent=window)

        def item():
            from dollr_desktop.ui.till.item_dialog import ItemDialog

            return ItemDialog(runner, None, None, ["Drinks", "Food"], window)

        def export():
            from datetime import date

            from dollr_desktop.ui.dialogs.export_dialog import ExportDialog

            return ExportDialog(None, date(2026, 11, 1), date(2026, 11, 30), parent=window)

        def new_payout():
            return app.features.payouts.view.open_new_payout()

        for name, make in (("editor", editor), ("collect", collect), ("receipt", receipt), ("new-payout", new_payout),
                           ("approval", approval), ("contact", contact), ("first-run", first_run), ("about", about),
                           ("person-owner", lambda: person("owner")), ("person-staff", lambda: person("staff")),
                           ("person-pin", lambda: person("pin")), ("switch-user", switch_user),
                           ("backup-password", backup_password), ("restore", restore),
                           ("pick-contacts", pick_contacts), ("opening-balance", opening_balance),
                           ("quick-sale", quick_sale), ("item", item), ("export", export)):
            await dialog(name, make)
        await states(window)

    async def states(window) -> None:
        """The dialogs and states reached only by doing something first (packaging/walk_states.py): each is
        checked as it is at that moment (the collect dialog once the fees or the QR show, the till once paid …)."""
        from walk_states import walk

        def missing(name: str, why: str) -> None:
            unfit.append(f"UNFIT {name}: could not reach it ({why})")
            print(unfit[-1], flush=True)

        async for name, widget, main in walk(app, missing):
            if not wanted(name):
                continue
            await settle()
            await take(name, widget, main=main)
            print(f"dialog {name}: {widget.windowTitle()}", flush=True)

    with loop:
        loop.run_until_complete(shoot())
    return 1 if args.check and unfit else 0


def every(argv: list[str]) -> int:
    """`screenshots.py every [options]`: each language the app has (en, fr, rw when its catalogue exists) in light
    and dark, one process each, every view and dialog; default 1024x600 with a 150 % font."""
    import subprocess

    languages = ["en"] + sorted(path.stem.removeprefix("dollr_") for path in
                                (ROOT / "resources" / "translations").glob("dollr_*.qm"))
    options = argv or ["--screen", "1024x600", "--scale", "1.5"]
    worst = 0
    for language in languages:
        for appearance in ("light", "dark"):
            done = subprocess.run([sys.executable, __file__, language, appearance, "--all", *options])
            worst = max(worst, done.returncode)
    return worst


if __name__ == "__main__":
    sys.exit(every(sys.argv[2:]) if sys.argv[1:2] == ["every"] else main(sys.argv[1:]))
