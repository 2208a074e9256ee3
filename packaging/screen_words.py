"""Every word a merchant can see, in one language: each sidebar page and the dialogs reachable from it.

    .venv/bin/python packaging/screen_words.py fr        # -> JSON lines on stdout

A fresh process (the language is installed before the first widget exists, as at a real start),
offscreen, on the embedded practice sandbox with its demo shop, in a throw-away data folder. It
visits every page, clicks the buttons that open dialogs (new invoice, new contact, new payout,
collect, receipt, quick sale, new item, about, backup password, people, cash-up, reports …), and
then walks the dialogs and states reached only by doing something first (packaging/walk_states.py), and
prints one JSON line per visible text: {"where": window/page, "kind": widget kind, "text": text}.
Lines starting with "opened:" say which windows were reached. The tests in
tests/ui/test_screen_words.py judge the texts against the catalogue.
"""
from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _count(method) -> int:
    from PySide6.QtCore import QModelIndex

    for args in ((), (QModelIndex(),)):
        try:
            return method(*args)
        except TypeError:
            continue
    return 1


def visible_texts(root) -> list[tuple[str, str]]:
    """(kind, text) for every visible text under `root`, itself included."""
    from PySide6.QtWidgets import (QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit,
                                   QAbstractItemView, QTabWidget, QWidget, QPlainTextEdit, QTextEdit)

    found: list[tuple[str, str]] = []
    if root.windowTitle():
        found.append(("window title", root.windowTitle()))
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QLabel) and widget.text():
            found.append(("label", widget.text()))
        elif isinstance(widget, QAbstractButton) and widget.text():
            found.append(("button", widget.text()))
        elif isinstance(widget, QGroupBox) and widget.title():
            found.append(("group", widget.title()))
        elif isinstance(widget, QLineEdit) and widget.placeholderText():
            found.append(("placeholder", widget.placeholderText()))
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)) and widget.placeholderText():
            found.append(("placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                if widget.itemText(i):
                    found.append(("combo item", widget.itemText(i)))
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                found.append(("tab", widget.tabText(i)))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            from PySide6.QtCore import QModelIndex, Qt
            columns = _count(model.columnCount)
            for column in range(columns):
                header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                if header and not (hasattr(widget, "isColumnHidden") and widget.isColumnHidden(column)):
                    found.append(("table header", str(header)))
            if columns == 1:   # lists: sidebar, menus of choices
                for row in range(min(_count(model.rowCount), 40)):
                    text = model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole)
                    if text:
                        found.append(("list item", str(text)))
    return found


def controls(root) -> list[tuple[str, str, str]]:
    """(class, accessible name, visible text) of every visible interactive control under `root`."""
    from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox,
                                   QComboBox, QLineEdit, QPlainTextEdit, QTabBar, QTextEdit, QWidget)

    kinds = (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit,
             QPlainTextEdit, QTextEdit, QTabBar)
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisibleTo(root):
            continue
        if type(widget).__name__ == "QHeaderView" or (isinstance(widget, QTabBar) and
                                                      type(widget.parent()).__name__ == "QTabWidget"):
            continue   # a table's header and a tab widget's bar are named by their owner
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue   # the editor inside a combo box or spin box: named by its owner
        if type(widget).__name__ in ("QScrollBar", "QToolButton") and widget.parent() is not None and \
                type(widget.parent()).__name__ in ("QScrollArea", "QAbstractScrollArea", "QTabBar", "QLineEdit"):
            continue   # Qt's own scroll bars, tab scrollers and clear buttons
        if type(widget).__name__ == "QScrollBar":
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        found.append((type(widget).__name__, widget.accessibleName(), text))
    return found


def main(language: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["DOLLR_DATA_DIR"] = tempfile.mkdtemp(prefix="dollr-words-")
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "packaging"))
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QDialog, QWidget
    from qasync import QEventLoop

    from dollr_desktop.ui import i18n

    qt_app = QApplication(sys.argv[:1])
    i18n.install(language, qt_app)
    loop = QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    from dollr_desktop.app import DollrApp
    from dollr_desktop.credentials import CredentialStore

    class NoKeyring:
        priority = 0

    app = DollrApp(credentials=CredentialStore(NoKeyring()))

    def emit(where: str, root: QWidget) -> None:
        for kind, text in visible_texts(root):
            print(json.dumps({"where": where, "kind": kind, "text": text}, ensure_ascii=False), flush=True)
        for control, name, text in [("window", root.accessibleName(), ""), *controls(root)]:
            print("control: " + json.dumps({"where": where, "class": control, "name": name, "text": text},
                                           ensure_ascii=False), flush=True)

    async def settle(seconds: float = 0.25) -> None:
        await asyncio.sleep(seconds)
        QApplication.processEvents()

    def new_windows(before: set[int]) -> list[QWidget]:
        from PySide6.QtWidgets import QProgressDialog

        return [w for w in QApplication.topLevelWidgets()   # a passing "Please wait" is not a window reached
                if id(w) not in before and w.isVisible() and w is not app.window and not isinstance(w, QProgressDialog)]

    async def open_from(where: str, button) -> None:
        """Click `button`, report every new top-level window, close them."""
        if button is None or not button.isEnabled():
            print(f"opened: {where} -> NOT REACHED (button missing or disabled)", flush=True)
            return
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        page_before = app.window.stack.currentWidget()
        button.click()
        await settle(0.6)
        windows = new_windows(before)
        if not windows and app.window.stack.currentWidget() is not page_before:
            print(f"opened: {where} -> page", flush=True)
            emit(f"{where} page", app.window.stack.currentWidget())
            return page_before
        if not windows:
            print(f"opened: {where} -> NOT REACHED (no window)", flush=True)
        from shiboken6 import isValid

        for window in windows:
            if not isValid(window):
                continue
            name = f"{where}: {type(window).__name__}"
            print(f"opened: {name}", flush=True)
            emit(name, window)
            if isinstance(window, QDialog):
                for tabs in window.findChildren(__import__("PySide6.QtWidgets", fromlist=["QTabWidget"]).QTabWidget):
                    for i in range(tabs.count()):
                        tabs.setCurrentIndex(i)
                        await settle(0.4)
                        emit(f"{name} tab {i}", window)
                    tabs.setCurrentIndex(0)
            window.close()
            await settle(0.1)

    def select_row(view, wanted) -> bool:
        table = getattr(view, "table", None)
        if table is None:
            return False
        model = table.model()
        for row in range(model.rowCount()):
            texts = " ".join(str(model.data(model.index(row, c)) or "") for c in range(model.columnCount()))
            if wanted(texts):
                table.selectRow(row)
                QApplication.processEvents()
                return True
        return False

    async def walk() -> None:
        await app.start(practice=True)
        await app.session.sync_now()
        window = app.window
        window.resize(1280, 800)
        emit("main window", window)
        keys = []
        for row in range(window.sidebar.count()):
            item = window.sidebar.item(row)
            if not item.isHidden():
                keys.append(item.data(Qt.ItemDataRole.UserRole))
        for key in keys:
            page = window.show_page(key)
            await settle(0.4)
            print(f"opened: page {key}", flush=True)
            emit(f"page {key}", page)
        home = window.page("home")
        for attr in ("new_invoice_button", "new_contact_button", "opening_button"):
            window.show_page("home")
            await open_from(f"home.{attr}", getattr(home, attr, None))
        docs = window.show_page("invoices")
        await settle(0.3)
        if select_row(docs, lambda t: "PAID" not in t.upper() and "PAY" not in t.upper()[:0]):
            pass
        for status_words in (("Published", "Publiée", "Partially", "Overdue", "En retard", "Émise", "Yatangajwe", "Byarengeje"),):
            select_row(docs, lambda t: any(w in t for w in status_words))
        await settle(0.2)
        await open_from("invoices.collect_button", getattr(docs, "collect_button", None))
        select_row(docs, lambda t: any(w in t for w in ("Paid", "Payée", "Payé", "Byishyuwe")))
        await settle(0.2)
        await open_from("invoices.receipt_button", getattr(docs, "receipt_button", None))
        await open_from("invoices.new_order_button", getattr(docs, "new_order_button", None))
        payments = window.show_page("payments")
        await settle(0.3)
        await open_from("payments.quick_sale_button", getattr(payments, "quick_sale_button", None))
        if getattr(payments, "table", None) is not None and payments.table.model().rowCount():
            payments.table.selectRow(0)
            await settle(0.2)
        await open_from("payments.receipt_button", getattr(payments, "receipt_button", None))
        await open_from("payments.export_button", getattr(payments, "export_button", None))
        payouts = window.show_page("payouts")
        await open_from("payouts.new_button", getattr(payouts, "new_button", None))
        contacts = window.show_page("contacts")
        await open_from("contacts.new_button", getattr(contacts, "new_button", None))
        if "items" in keys:
            items = window.show_page("items")
            await open_from("items.new_button", getattr(items, "new_button", None))
        if "reports" in keys:
            reports = window.show_page("reports")
            await open_from("reports.export_button", getattr(reports, "export_button", None))
        settings = window.show_page("settings")
        await settle(0.2)
        for box in settings.findChildren(QWidget):
            for attr in ("about_button", "password_button", "people_button"):
                button = getattr(box, attr, None)
                if button is not None and type(box).__name__.endswith("Box"):
                    await open_from(f"settings.{type(box).__name__}.{attr}", button)
        people_page = None
        for candidate in QApplication.allWidgets():
            if type(candidate).__name__ == "PeoplePage":
                people_page = candidate
        if people_page is not None:
            for attr in ("owner_button", "add_button", "audit_button"):
                button = getattr(people_page, attr, None)
                if button is not None and button.isVisible() and button.isEnabled():
                    await open_from(f"people.{attr}", button)
        if "payout_runs" in keys:
            runs = window.show_page("payout_runs")
            await open_from("payout_runs.contacts_button", getattr(runs, "contacts_button", None))
        await settle(0.2)
        await states()
        await app.shutdown()

    async def states() -> None:
        """The dialogs and states reached only by doing something first (packaging/walk_states.py), each as
        it is at that moment: the collect dialog once the fees or the QR show, the till once paid, …"""
        from walk_states import walk as walk_states

        def missing(name: str, why: str) -> None:
            print(f"opened: state {name} -> NOT REACHED ({why})", flush=True)

        async for name, widget, main in walk_states(app, missing):
            where = f"state {name}: " + (f"page {app.window.current_key()}" if main else type(widget).__name__)
            print(f"opened: {where}", flush=True)
            emit(where, app.window.stack.currentWidget() if main else widget)

    with loop:
        loop.run_until_complete(walk())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "fr"))
