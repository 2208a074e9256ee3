"""The lock screen after idle, unlocking with a PIN (wrong ones slow down), and a tampered audit
log found at start-up (the row edited with sqlite3, as someone with the file could)."""
from __future__ import annotations

import asyncio
import sqlite3
import time

from PySide6.QtCore import Qt

from dollr_desktop import paths
from dollr_desktop.services.people import PeopleBook, Role
from dollr_desktop.ui import hub as events
from tests.e2e.people_helpers import OWNER, OWNER_PIN, STAFF, STAFF_PIN, set_up_owner_and_staff
from tests.ui.conftest import *  # noqa: F401,F403 (the pytest-qt + qasync fixtures)
from tests.ui.helpers import shoot
from tests.ui.payouts.helpers import click, open_new_payout, start_in_practice


def unlock(qtbot, lock, pin: str) -> None:
    tries = lock.panel.tries
    qtbot.keyClicks(lock.panel.pin_edit, pin)
    qtbot.keyClick(lock.panel.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lock.panel.tries > tries, timeout=10_000)


def test_the_app_locks_after_idle_and_a_pin_unlocks_it(qtbot, make_app, sandbox):
    app = start_in_practice(qtbot, make_app, sandbox)
    people = set_up_owner_and_staff(qtbot, app)
    dialog = open_new_payout(qtbot, app)   # a window left open: hidden while locked, back after
    lock = people.lock_screen
    people.lock_after_s = 0.5
    people.idle.last_input = time.monotonic() - 100
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_A)   # any key in any of the app's windows counts as use
    assert people.idle.idle_s() < 1 and not lock.isVisible()
    people.idle.last_input = time.monotonic() - 1
    qtbot.waitUntil(lambda: lock.isVisible(), timeout=5_000)
    assert lock.geometry() == app.window.rect() and not dialog.isVisible()
    assert app.hub.call(events.MAY, "sell") is False and app.hub.call(events.MAY, "approve_payouts") is False
    assert not people.switch_shortcut.isEnabled()
    assert not app.window.centralWidget().isEnabled() and not app.window.sidebar.isEnabled()   # Tab reaches nothing
    assert lock.panel.person_combo.currentData() == people.book.owner.id   # the last person, preselected
    shoot(app.window, "people_lock_screen")

    for _ in range(3):   # wrong PINs: after the third, the button waits
        unlock(qtbot, lock, "11112222")
    assert lock.isVisible() and "Try again in" in lock.panel.message_label.text()
    assert not lock.panel.sign_in_button.isEnabled()
    qtbot.waitUntil(lock.panel.sign_in_button.isEnabled, timeout=5_000)

    lock.panel.select(next(p.id for p in people.book.people if p.name == STAFF))
    unlock(qtbot, lock, STAFF_PIN)
    qtbot.waitUntil(lambda: not lock.isVisible(), timeout=5_000)
    assert people.book.current.name == STAFF and dialog.isVisible() and people.switch_shortcut.isEnabled()
    assert app.window.centralWidget().isEnabled()
    assert app.hub.call(events.MAY, "sell") is True and app.hub.call(events.MAY, "approve_payouts") is False
    dialog.close()

    people.lock("manual")   # Ctrl+L
    assert lock.isVisible()
    unlock(qtbot, lock, OWNER_PIN)   # the staff member was preselected: the owner's PIN is wrong for them
    qtbot.waitUntil(lambda: lock.panel.message_label.isVisible(), timeout=5_000)
    assert lock.isVisible()
    asyncio.ensure_future(people.audits_written())
    qtbot.waitUntil(lambda: people._audit_queue.empty(), timeout=5_000)
    actions = [e.action for e in people.book.store.audit.entries()]
    assert actions.count("locked") == 2 and actions.count("pin_refused") >= 4 and "user_switched" in actions
    text = " ".join(str(e.details) for e in people.book.store.audit.entries())
    assert OWNER_PIN not in text and STAFF_PIN not in text and "11112222" not in text


def test_a_tampered_audit_entry_is_found_at_start_up(qtbot, make_app, sandbox):
    book = PeopleBook.open()
    book.add_person(OWNER, Role.OWNER, OWNER_PIN)
    for amount in ("10.00", "20.00", "30.00"):
        book.audit("payout_approved", {"amount": amount, "currency": "USD"})
    tampered_id = book.store.audit.entries()[1].id   # the "20.00" entry
    book.close()
    conn = sqlite3.connect(paths.database_path())
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET details = ? WHERE id = ?", ('{"amount":"2.00","currency":"USD"}', tampered_id))
    conn.commit()
    conn.close()

    app = start_in_practice(qtbot, make_app, sandbox)
    people = app.features.people
    qtbot.waitUntil(lambda: people.chain_checked, timeout=10_000)
    assert people.broken_at == tampered_id
    assert people.chain_banner.isVisible() and f"Entry no. {tampered_id}" in people.chain_banner.label.text()
    assert people.lock_screen.isVisible()   # people are set up: who is at the computer?
    unlock(qtbot, people.lock_screen, OWNER_PIN)
    qtbot.waitUntil(lambda: not people.lock_screen.isVisible(), timeout=10_000)
    click(qtbot, people.chain_banner.action_button)
    page = people.audit_page
    qtbot.waitUntil(lambda: page.isVisible() and page.table.rowCount() >= 4, timeout=5_000)
    assert f"entry no. {tampered_id}" in page.chain_label.text()
    shoot(app.window, "people_audit_broken")


def test_the_audit_log_filters_and_exports_csv(qtbot, make_app, sandbox, tmp_path):
    app = start_in_practice(qtbot, make_app, sandbox)
    people = set_up_owner_and_staff(qtbot, app)
    app.hub.emit(events.AUDIT, "refund", {"amount": "7.50", "currency": "USD", "passcode": "73195284"})
    people.show_audit()
    page = people.audit_page
    qtbot.waitUntil(lambda: page.table.rowCount() >= 3, timeout=5_000)
    assert page.row_text(0)[3] == "Refund" and "amount: 7.50" in page.row_text(0)[4]
    assert "73195284" not in page.row_text(0)[4]
    page.action_combo.setCurrentIndex(page.action_combo.findData("person_added"))
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=5_000)
    assert all(page.row_text(r)[3] == "Person added" for r in range(2))
    target = tmp_path / "audit.csv"

    async def chosen_path():
        return target

    people.ask_export_path = chosen_path
    click(qtbot, page.export_button)
    qtbot.waitUntil(target.exists, timeout=5_000)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "id,at,who,action,details,prev_hash,hash" and len(lines) == 3
    assert all(",person_added," in line for line in lines[1:])
