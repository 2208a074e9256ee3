"""The dialogs and states a merchant reaches only by doing something first, walked through the app's own
widgets on the practice sandbox: shared by packaging/screenshots.py (the fit check, the pictures) and
packaging/screen_words.py (every word on screen, accessible names).

    async for name, widget, main in walk(app, missing):
        ...   # look at it; the walk moves on (and closes what it opened) when the loop body returns

`main` is True when `widget` is the main window showing a page in a given state (the till with a
quote, the cash-up once closed …); else it is a dialog or window of its own, as it is at that moment
(the collect dialog once the fees or the QR have appeared, the customer display once paid …).
`missing(name, why)` is called for a state that could not be reached: a finding for the caller.
"""
from __future__ import annotations

import asyncio
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any, AsyncIterator, Callable

# Every state walk() yields, in order (the tests compare what was reached with this).
STATES = ("collect-quote", "collect-qr", "collect-sent", "collect-paid",
          "sale-quote", "customer-display", "sale-collect", "sale-waiting", "customer-display-qr",
          "sale-paid", "customer-display-paid",
          "refund", "editor-published", "repeat", "cancel-question", "plan",
          "editor-draft", "publish-question", "save-question",
          "payout-quote", "payout-session", "payout-approval",
          "run-draft", "run-preview", "run-approval",
          "cashup-closed", "cashup-reopened", "reports-export", "batch-export", "batch-export-done",
          "restore-problem", "restore-preview",
          "error", "error-details",
          "bills-reminders", "cancel-plan-question", "lock-screen")


async def wait_until(condition: Callable[[], Any], timeout: float = 10.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            if condition():
                return True
        except RuntimeError:   # a widget deleted meanwhile
            pass
        await asyncio.sleep(0.05)
    return False


def _visible_windows() -> set[int]:
    from PySide6.QtWidgets import QApplication

    return {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}


def _new_window(before: set[int], kind: str | None = None) -> Any:
    from PySide6.QtWidgets import QApplication, QProgressDialog

    for widget in QApplication.topLevelWidgets():
        if (id(widget) not in before and widget.isVisible() and not isinstance(widget, QProgressDialog)
                and (kind is None or type(widget).__name__ == kind)):
            return widget
    return None


async def _opened(before: set[int], kind: str | None = None, timeout: float = 8.0) -> Any:
    found: list[Any] = []
    await wait_until(lambda: found.append(_new_window(before, kind)) or found[-1] is not None, timeout)
    return found[-1] if found else None


def _close(widget: Any) -> None:
    from shiboken6 import isValid

    if widget is not None and isValid(widget) and widget.isVisible():
        widget.close()


def _select_document(docs: Any, wanted: Callable[[dict], bool]) -> bool:
    """Select the first row of the documents list whose row (status, kind …) is wanted: by code, not by words."""
    from dollr_desktop.ui.models.lazy_table_model import ROW_ROLE

    table = docs.table
    model = table.model()
    for row in range(model.rowCount()):
        data = model.data(model.index(row, 0), ROW_ROLE)
        if data is not None and (data.get("id") or 0) > 0 and wanted(data):
            table.selectRow(row)
            return True
    return False


def _published(row: dict) -> bool:
    return str(row.get("status")) == "ACTIVE" and row.get("local_state") in (None, "")


class Missing(Exception):
    """A state could not be reached: its name and why."""


async def walk(app: Any, missing: Callable[[str, str], None]) -> AsyncIterator[tuple[str, Any, bool]]:
    from PySide6.QtWidgets import QApplication

    window = app.window
    walks = (_collect, _till, _refund, _editor, _draft, _payout, _payout_run, _cashup, _exports, _restore, _error, _bills,
             _lock)   # last: it makes an owner, whose rights the other walks must not depend on
    for one in walks:
        reached: set[str] = set()
        try:
            async for name, widget, main in one(app, window):
                reached.add(name)
                yield name, widget, main
        except Missing as why:
            missing(str(why.args[0]), str(why.args[1]) if len(why.args) > 1 else "")
        except Exception as exc:   # a walk that breaks is a finding, not the end of the other walks
            missing(one.__name__.strip("_"), f"{type(exc).__name__}: {exc}")
        finally:
            for widget in QApplication.topLevelWidgets():   # leave nothing of this walk open for the next
                if widget is not window and widget.isVisible() and widget.isWindow():
                    _close(widget)
            await asyncio.sleep(0.2)


# --- collect a published invoice: the fees, the QR, the request sent, paid -----------------------------
async def _collect(app: Any, window: Any):
    docs = window.show_page("invoices")
    await asyncio.sleep(0.3)
    await docs.refresh()
    if not _select_document(docs, _published):
        raise Missing("collect-quote", "no published invoice to collect")
    await asyncio.sleep(0.2)
    before = _visible_windows()
    docs.collect_button.click()
    dialog = await _opened(before, "CollectDialog")
    if dialog is None:
        raise Missing("collect-quote", "the collect dialog did not open")
    momo = dialog.momo
    if not momo.phone_edit.digits():
        momo.phone_edit.set_number("0886123456")
    if not await wait_until(lambda: momo.plan is not None, 12):
        raise Missing("collect-quote", f"no quote: {momo.quote_label.text()}")
    yield "collect-quote", dialog, False
    dialog.tabs.setCurrentIndex(dialog.LINK_TAB)
    await wait_until(lambda: dialog.link.link is not None or bool(dialog.link.status_label.text()), 10)
    await asyncio.sleep(0.3)
    yield "collect-qr", dialog, False
    dialog.tabs.setCurrentIndex(dialog.MOMO_TAB)
    await wait_until(momo.confirm_button.isEnabled, 5)
    momo.confirm_button.click()
    await wait_until(lambda: momo.entry is not None, 10)
    await asyncio.sleep(0.3)
    yield "collect-sent", dialog, False
    await wait_until(lambda: momo.entry is not None and momo.entry.is_final, 15)
    await asyncio.sleep(0.5)
    yield "collect-paid", dialog, False
    _close(dialog)


# --- the till: a quote on the sale screen, the customer display, charged, waiting, paid ----------------
async def _till(app: Any, window: Any):
    from dollr_desktop.store.saved_items import ItemValues
    from dollr_desktop.ui import hub as events
    from dollr_desktop.ui.till.customer_display import screens

    till = app.features.till
    items = app.session.items
    for values in (ItemValues("Rice 1kg", {"LRD": Decimal("150.00")}, code="6001", category="Food"),
                   ItemValues("Palm oil", {"LRD": Decimal("300.00")}, code="6003", category="Food", stock=5)):
        await items.save(values)
    view = window.show_page("sale")
    view.set_currency("LRD")
    await view.refresh()
    if not await wait_until(lambda: view.tiles.tile("Palm oil") is not None, 5):
        raise Missing("sale-quote", "no item tiles")
    view.tiles.tile("Rice 1kg").click()
    view.tiles.tile("Palm oil").click()
    view.phone_edit.number_edit.setText("0886123456")
    if not await wait_until(lambda: view.preview is not None, 12):
        raise Missing("sale-quote", f"no quote on the sale screen: {view.quote_label.text()}")
    await asyncio.sleep(0.2)
    yield "sale-quote", window, True
    settings = till.ctx.settings
    settings.customer_display = screens()[0][0]
    app.hub.emit(events.SETTINGS_CHANGED)
    if not await wait_until(lambda: till.display is not None and till.display.isVisible(), 5):
        raise Missing("customer-display", "the customer display did not open")
    display = till.display
    await asyncio.sleep(0.3)
    yield "customer-display", display, False
    before = set(till.dialogs)
    view.charge_button.click()
    if not await wait_until(lambda: bool(set(till.dialogs) - before), 15):
        raise Missing("sale-collect", f"charging opened no payment window: {view.charge_message.text()}")
    key = (set(till.dialogs) - before).pop()
    dialog = till.dialogs[key]
    await wait_until(lambda: dialog.momo.entry is not None, 10)
    await asyncio.sleep(0.3)
    yield "sale-collect", dialog, False
    await wait_until(lambda: key in view.waiting.chips, 5)
    dialog.hide()
    yield "sale-waiting", window, True
    if display.pages.currentIndex() == display.CHARGE:
        yield "customer-display-qr", display, False
    else:   # the QR shows when the customer pays by the page: show it as the till does for a link
        till._show_on_display()
        yield "customer-display-qr", display, False
    await wait_until(lambda: key not in view.waiting.chips and view.reprint_button.isEnabled(), 15)
    await asyncio.sleep(0.3)
    yield "sale-paid", window, True
    await wait_until(lambda: display.pages.currentIndex() == display.PAID, 3)
    yield "customer-display-paid", display, False
    _close(dialog)
    settings.customer_display = ""
    app.hub.emit(events.SETTINGS_CHANGED)


# --- a refund of a paid payment ------------------------------------------------------------------------------
async def _refund(app: Any, window: Any):
    payments = window.show_page("payments")
    await payments.refresh()
    await asyncio.sleep(0.3)
    table = payments.table
    model = table.model()
    for row in range(model.rowCount()):   # a named customer's payment (a walk-in is "Customer 3456")
        table.selectRow(row)
        await asyncio.sleep(0.05)
        named = "Customer " not in " ".join(str(model.data(model.index(row, c)) or "")
                                            for c in range(model.columnCount()))
        if payments.refund_button.isEnabled() and named:
            break
    if not payments.refund_button.isEnabled():
        raise Missing("refund", "no refundable payment")
    before = _visible_windows()
    payments.refund_button.click()
    dialog = await _opened(before, "RefundDialog")
    if dialog is None:
        raise Missing("refund", "the refund dialog did not open")
    await asyncio.sleep(0.3)
    yield "refund", dialog, False
    _close(dialog)


# --- a published invoice in the editor: pay in parts, repeat; a draft's publish question ----------------
async def _editor(app: Any, window: Any):
    docs = window.show_page("invoices")
    await docs.refresh()
    await asyncio.sleep(0.3)
    if not _select_document(docs, _published):
        raise Missing("editor-published", "no published invoice")
    before = _visible_windows()
    docs.table.activated.emit(docs.table.selectionModel().selectedRows()[0])
    editor = await _opened(before, "DocumentEditor")
    if editor is None:
        raise Missing("editor-published", "the editor did not open")
    await asyncio.sleep(0.4)
    yield "editor-published", editor, False
    if not (editor.repeat_button.isVisibleTo(editor) and editor.repeat_button.isEnabled()):
        raise Missing("repeat", "the editor offers no Repeat")
    before = _visible_windows()
    editor.repeat_button.click()
    dialog = await _opened(before, "RepeatDialog")
    if dialog is None:
        raise Missing("repeat", "the repeat window did not open")
    await asyncio.sleep(0.3)
    yield "repeat", dialog, False
    dialog.reject()
    await asyncio.sleep(0.2)
    if not (editor.cancel_doc_button.isVisibleTo(editor) and editor.cancel_doc_button.isEnabled()):
        raise Missing("cancel-question", "the editor offers no cancel")
    before = _visible_windows()
    editor.cancel_doc_button.click()
    box = await _opened(before, "QMessageBox", 5)
    if box is None:
        raise Missing("cancel-question", "canceling asked nothing")
    yield "cancel-question", box, False
    box.reject()
    await asyncio.sleep(0.3)
    if not (editor.plan_button.isVisibleTo(editor) and editor.plan_button.isEnabled()):
        raise Missing("plan", "the editor offers no Pay in parts")
    before = _visible_windows()
    editor.plan_button.click()
    dialog = await _opened(before, "PlanDialog")
    if dialog is None:
        raise Missing("plan", "the plan window did not open")
    await asyncio.sleep(0.3)
    yield "plan", dialog, False
    dialog.save_button.click()   # the plan is made: the bills page then has one to cancel
    await wait_until(lambda: not dialog.isVisible(), 5)
    await asyncio.sleep(2.0)
    _close(editor)


# --- a saved draft in the editor: the publish question, the unsaved-changes question ---------------------
async def _draft(app: Any, window: Any):
    docs = window.show_page("invoices")
    await docs.refresh()
    await asyncio.sleep(0.3)
    if not _select_document(docs, lambda row: str(row.get("status")) == "IDLE" and not row.get("local_state")):
        raise Missing("editor-draft", "no saved draft")
    before = _visible_windows()
    docs.table.activated.emit(docs.table.selectionModel().selectedRows()[0])
    editor = await _opened(before, "DocumentEditor")
    if editor is None:
        raise Missing("editor-draft", "the editor did not open")
    await asyncio.sleep(0.4)
    yield "editor-draft", editor, False
    before = _visible_windows()
    editor.publish_button.click()
    box = await _opened(before, "QMessageBox", 5)
    if box is None:
        raise Missing("publish-question", f"publishing asked nothing: {editor.message_label.text()}")
    yield "publish-question", box, False
    box.reject()
    await asyncio.sleep(0.3)
    editor.note_edit.setText(editor.note_edit.text() + " (2)")
    before = _visible_windows()
    editor.close_button.click()
    box = await _opened(before, "QMessageBox", 5)
    if box is None:
        raise Missing("save-question", "closing with changes asked nothing")
    yield "save-question", box, False
    from PySide6.QtWidgets import QMessageBox

    discard = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    discard.click()
    await asyncio.sleep(0.3)


# --- a payout: the fees, the session, the approval window ------------------------------------------------
async def _payout(app: Any, window: Any):
    payouts = window.show_page("payouts")
    await asyncio.sleep(0.2)
    before = _visible_windows()
    payouts.new_button.click()
    dialog = await _opened(before, "NewPayoutDialog")
    if dialog is None:
        raise Missing("payout-quote", "the new payout window did not open")
    picker = dialog.recipient_box.picker
    from PySide6.QtTest import QTest

    contacts = await app.session.contacts.search("a", 20)
    name = next((c.name for c in contacts if getattr(c, "phone", "")), "")
    picker.edit.setFocus()
    QTest.keyClicks(picker.edit, name[:6] or "a")
    await wait_until(lambda: bool(picker._matches), 5)
    if not picker.choose_first_match():
        raise Missing("payout-quote", "no recipient to choose")
    await wait_until(lambda: dialog.recipient_box.contact is not None, 5)
    if not dialog.phone_edit.digits():
        dialog.phone_edit.set_number("0886552211")
    dialog.currency_combo.setCurrentIndex(max(0, dialog.currency_combo.findData("USD")))
    dialog.amount_edit.setText("5")   # no decimal mark: "5.00" is not a number where the mark is a comma
    if not await wait_until(lambda: dialog.quote is not None, 12):
        raise Missing("payout-quote", f"no quote: {dialog.fee_label.text()}")
    await asyncio.sleep(0.2)
    yield "payout-quote", dialog, False
    before = _visible_windows()
    dialog.continue_button.click()
    await asyncio.sleep(0.5)
    question = _new_window(before, "QMessageBox")   # "more than the estimated balance": go on
    if question is not None:
        question.buttons()[0].click()
    if not await wait_until(lambda: dialog.prepared is not None and dialog.approve_button.isVisible(), 12):
        why = dialog.problem_label.text() if dialog.problem_label.isVisible() else "no session opened"
        raise Missing("payout-session", why)
    await asyncio.sleep(0.2)
    yield "payout-session", dialog, False
    await wait_until(dialog.approve_button.isEnabled, 5)
    dialog.approve_button.click()
    if not await wait_until(lambda: dialog.approval_dialog is not None and dialog.approval_dialog.isVisible(), 5):
        raise Missing("payout-approval", "the approval window did not open")
    yield "payout-approval", dialog.approval_dialog, False
    dialog.approval_dialog.reject()
    await asyncio.sleep(0.2)
    _close(dialog)


# --- a payout run: the draft, the preview, the approval -----------------------------------------------------
async def _payout_run(app: Any, window: Any):
    runs = window.show_page("payout_runs")
    source = Path(tempfile.mkdtemp(prefix="dollr-run-")) / "Payroll 12.csv"
    source.write_text("name;phone;amount;currency;note;reference\nMusu Kollie;0770123456;12,50;USD;Pay;T-01\n"
                      "Amos Doe;0886123457;20;USD;;T-02\nBad Phone;0123;5;USD;;T-03\n", encoding="utf-8")
    if await runs.new_from_csv(source) is None:
        raise Missing("run-draft", "the CSV made no run")
    await asyncio.sleep(0.4)
    yield "run-draft", window, True
    include = runs.model.columns.index("include")
    from PySide6.QtCore import Qt

    runs.model.setData(runs.model.index(2, include), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    await wait_until(runs.preview_button.isEnabled, 5)
    runs.preview_button.click()
    if not await wait_until(lambda: runs.preview is not None and runs.approve_button.isVisible(), 15):
        raise Missing("run-preview", "no preview")
    await asyncio.sleep(0.3)
    yield "run-preview", window, True
    before = _visible_windows()
    runs.approve_button.click()
    dialog = await _opened(before, "ApproveRunDialog")
    if dialog is None:
        raise Missing("run-approval", "the run's approval window did not open")
    yield "run-approval", dialog, False
    dialog.reject()


# --- the cash-up closed, then reopened -------------------------------------------------------------------
async def _cashup(app: Any, window: Any):
    view = window.show_page("cashup")
    await view.refresh()
    if not await wait_until(view.close_button.isEnabled, 8):
        raise Missing("cashup-closed", f"Close cash-up is not offered: {view.close_button.toolTip()}")
    view.close_button.click()
    if not await wait_until(view.reopen_button.isEnabled, 8):
        raise Missing("cashup-closed", "the cash-up did not close")
    await asyncio.sleep(0.3)
    yield "cashup-closed", window, True
    view.reopen_button.click()
    if not await wait_until(view.close_button.isEnabled, 8):
        raise Missing("cashup-reopened", "the cash-up did not reopen")
    await asyncio.sleep(0.3)
    yield "cashup-reopened", window, True


# --- the export windows, as their pages open them -----------------------------------------------------------
async def _exports(app: Any, window: Any):
    for name, page, attr in (("reports-export", "reports", "export_button"),
                             ("batch-export", "payments", "export_button")):
        view = window.show_page(page)
        await asyncio.sleep(0.3)
        button = getattr(view, attr, None)
        if button is None or not button.isEnabled():
            raise Missing(name, "no export button")
        before = _visible_windows()
        button.click()
        dialog = await _opened(before)
        if dialog is None:
            raise Missing(name, "no export window")
        await asyncio.sleep(0.3)
        yield name, dialog, False
        if name == "batch-export":   # the receipts written: what it says afterwards
            dialog.folder_edit.setText(tempfile.mkdtemp(prefix="dollr-pdf-"))   # no English word in a path on screen
            dialog.export_button.click()
            if not await wait_until(lambda: dialog.export_button.isEnabled()
                                    and bool(dialog.status_label.text()), 30):
                raise Missing("batch-export-done", "the export did not finish")
            await asyncio.sleep(0.2)
            yield "batch-export-done", dialog, False
        _close(dialog)
        await asyncio.sleep(0.2)


# --- restoring a backup: a file that is not one, said in the dialog ---------------------------------------------
async def _restore(app: Any, window: Any):
    settings = window.show_page("settings")
    await asyncio.sleep(0.3)
    box = getattr(settings, "backup_box", None)
    button = getattr(box, "restore_button", None)
    if button is None or not button.isEnabled():
        raise Missing("restore-problem", "no Restore button in Settings")
    before = _visible_windows()
    button.click()
    dialog = await _opened(before, "RestoreDialog")
    if dialog is None:
        raise Missing("restore-problem", "the restore window did not open")
    bad = Path(tempfile.mkdtemp(prefix="dollr-restore-")) / "dollr-backup-2026-11-30.dollrbackup"
    bad.write_bytes(b"not a backup")
    dialog.file_edit.setText(str(bad))
    dialog.password_edit.setText("shop backup 2026")
    dialog.open_button.click()
    if not await wait_until(dialog.error_label.isVisible, 10):
        raise Missing("restore-problem", "no problem shown for a file that is not a backup")
    await asyncio.sleep(0.2)
    yield "restore-problem", dialog, False
    dialog.reject()
    await asyncio.sleep(0.3)
    # A real backup, checked: the restore window's preview of what it holds (never replaced).
    before = _visible_windows()
    box.password_button.click()
    password = await _opened(before, "BackupPasswordDialog")
    if password is None:
        raise Missing("restore-preview", "the backup password window did not open")
    for edit in (password.password_edit, password.again_edit):
        edit.setText("shop backup 2026")
    password.save_button.click()
    await asyncio.sleep(0.5)
    folder = app.features.backups.data_dir / "backups"
    made_before = set(folder.glob("dollr-backup-*")) if folder.exists() else set()
    box.backup_button.click()
    if not await wait_until(lambda: folder.exists() and set(folder.glob("dollr-backup-*")) - made_before
                            and not box.progress_row.isVisible(), 30):
        raise Missing("restore-preview", f"no backup made: {box.status_label.text()}")
    backup = (set(folder.glob("dollr-backup-*")) - made_before).pop()
    before = _visible_windows()
    button.click()
    dialog = await _opened(before, "RestoreDialog")
    if dialog is None:
        raise Missing("restore-preview", "the restore window did not open again")
    dialog.file_edit.setText(str(backup))
    dialog.password_edit.setText("shop backup 2026")
    dialog.open_button.click()
    if not await wait_until(lambda: dialog.pages.currentIndex() == 1, 20):
        raise Missing("restore-preview", f"the backup was not opened: {dialog.error_label.text()}")
    await asyncio.sleep(0.3)
    yield "restore-preview", dialog, False
    dialog.reject()


# --- an error Dollr answers with: the error window, its details shown ------------------------------------------
async def _error(app: Any, window: Any):
    import httpx

    server = app.practice.server
    if server is None:
        raise Missing("error", "no practice sandbox")
    async with httpx.AsyncClient() as client:   # the sandbox's control API: the next contact saves fail (HTTP 500)
        await client.post(server.base_url + "/_sandbox/faults",
                          json={"kind": "server_error", "status": 500, "path": "/v1/counterparties/create",
                                "count": 3})
    contacts = window.show_page("contacts")
    await asyncio.sleep(0.2)
    before = _visible_windows()
    contacts.new_button.click()
    dialog = await _opened(before, "ContactDialog")
    if dialog is None:
        raise Missing("error", "the contact window did not open")
    dialog.name_edit.setText("Kebbeh Sirleaf")
    dialog.phone_edit.set_number("231886550123")
    await asyncio.sleep(0.3)
    before = _visible_windows()
    dialog.save_button.click()
    error = await _opened(before, "ErrorDialog", 15)
    if error is None:
        from PySide6.QtWidgets import QLabel

        async with httpx.AsyncClient() as client:
            fired = (await client.get(server.base_url + "/_sandbox/faults")).json()
        said = [w.text() for w in dialog.findChildren(QLabel) if w.isVisible() and w.text()]
        raise Missing("error", f"a server error showed no error window ({fired}; {said})")
    await asyncio.sleep(0.3)
    yield "error", error, False
    error.toggle_button.click()   # "Show details"
    await asyncio.sleep(0.3)
    yield "error-details", error, False
    _close(error)
    _close(dialog)
    async with httpx.AsyncClient() as client:
        await client.delete(server.base_url + "/_sandbox/faults")


# --- the bills page with its reminders and plans ---------------------------------------------------------------
async def _bills(app: Any, window: Any):
    keys = [window.sidebar.item(r).data(256) for r in range(window.sidebar.count())]
    key = next((k for k in keys if k in ("bills", "reminders")), None)
    if key is None:
        raise Missing("bills-reminders", f"no bills page among {keys}")
    view = window.show_page(key)
    await asyncio.sleep(0.5)
    reminders = getattr(view, "reminders", None)
    if reminders is not None and reminders.model() is not None and reminders.model().rowCount():
        reminders.selectRow(0)
    await asyncio.sleep(0.3)
    yield "bills-reminders", window, True
    plans = view.plans
    await wait_until(lambda: plans.rowCount() > 0, 5)
    if plans.rowCount() == 0:
        raise Missing("cancel-plan-question", "no payment plan listed")
    plans.selectRow(0)
    await wait_until(view.cancel_plan_button.isEnabled, 3)
    before = _visible_windows()
    view.cancel_plan_button.click()
    box = await _opened(before, "QMessageBox", 5)
    if box is None:
        raise Missing("cancel-plan-question", "canceling a plan asked nothing")
    yield "cancel-plan-question", box, False
    box.reject()


# --- the lock screen (Ctrl+L), over the main window ---------------------------------------------------
async def _lock(app: Any, window: Any):
    people = getattr(app.features, "people", None)
    book = getattr(people, "book", None)
    if book is None:
        raise Missing("lock-screen", "no people on this computer")
    if not book.set_up:   # a fresh practice folder: make the owner the lock screen asks for
        from dollr_desktop.services.people import Role

        await asyncio.to_thread(book.add_person, "Mama Kebbeh", Role.OWNER, "2468", "2468")
    people.lock("manual")
    if not await wait_until(lambda: people.lock_screen.locked, 5):
        raise Missing("lock-screen", "the lock screen did not show")
    await asyncio.sleep(0.2)
    yield "lock-screen", window, True
    people.lock_screen.on_panel_signed_in(book.owner)   # the walk ends unlocked (the PIN is not what is walked)
