"""Only the owner closes a cash-up (issue 16's rights reach issue 15's cash-up through the hub),
and closing it is written to the audit log."""
from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt

from dollr_desktop.ui import hub as events
from tests.e2e.people_helpers import OWNER, OWNER_PIN, STAFF, STAFF_PIN, set_up_owner_and_staff, switch_user
from tests.ui.conftest import *  # noqa: F401,F403 (the pytest-qt + qasync fixtures)
from tests.ui.payouts.helpers import start_in_practice


def test_staff_cannot_close_the_cash_up_the_owner_can_and_it_is_audited(qtbot, make_app, sandbox):
    app = start_in_practice(qtbot, make_app, sandbox)
    people = set_up_owner_and_staff(qtbot, app)
    qtbot.waitUntil(lambda: hasattr(app.features, "cashup"), timeout=10_000)   # loads late
    view = app.window.show_page("cashup")
    cashup = app.features.cashup.view
    qtbot.waitUntil(lambda: cashup.figures is not None, timeout=10_000)

    switch_user(qtbot, app, STAFF, STAFF_PIN)
    assert app.hub.call(events.MAY, "close_cashups") is False
    qtbot.waitUntil(lambda: not cashup.close_button.isEnabled(), timeout=5_000)
    assert "owner" in cashup.close_button.toolTip()

    switch_user(qtbot, app, OWNER, OWNER_PIN)
    qtbot.waitUntil(cashup.close_button.isEnabled, timeout=5_000)
    qtbot.mouseClick(cashup.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cashup.closed is not None, timeout=10_000)
    asyncio.ensure_future(people.audits_written())
    qtbot.waitUntil(lambda: people._audit_queue.empty(), timeout=5_000)
    qtbot.waitUntil(lambda: any(e.action == "cashup.closed" for e in people.book.store.audit.entries()),
                    timeout=5_000)
    entry = next(e for e in people.book.store.audit.entries() if e.action == "cashup.closed")
    assert entry.who == OWNER and entry.details["version"] == 1
    assert view is not None
