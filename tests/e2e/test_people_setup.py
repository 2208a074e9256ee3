"""The first run makes the owner; an older install is asked once (skippable)."""
from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt

from dollr_desktop.settings import Environment, Settings
from dollr_desktop.ui import hub as events
from tests.e2e.people_helpers import OWNER, OWNER_PIN, fill_person_dialog
from tests.ui.conftest import *  # noqa: F401,F403 (the pytest-qt + qasync fixtures)
from tests.ui.helpers import shoot
from tests.ui.payouts.helpers import click


def test_the_first_run_makes_the_owner(qtbot, make_app, sandbox):
    app = make_app(sandbox)
    start = asyncio.ensure_future(app.start())
    qtbot.waitUntil(lambda: getattr(app, "first_run_dialog", None) is not None
                    and app.first_run_dialog.isVisible(), timeout=5_000)
    qtbot.mouseClick(app.first_run_dialog.practice_button, Qt.MouseButton.LeftButton)
    people = app.features.people
    qtbot.waitUntil(lambda: people.person_dialog is not None and people.person_dialog.isVisible(), timeout=10_000)
    shoot(people.person_dialog, "people_first_run_owner")
    fill_person_dialog(qtbot, people, OWNER, OWNER_PIN)
    qtbot.waitUntil(lambda: people.book.owner is not None, timeout=5_000)
    qtbot.waitUntil(start.done, timeout=15_000)
    assert people.book.current.name == OWNER and app.hub.call(events.MAY, "change_settings") is True
    assert people.person_button.isVisible() and OWNER in people.person_button.text()
    assert not people.offer_banner.isVisible()


def test_an_older_install_is_asked_once_and_may_skip(qtbot, make_app, sandbox):
    settings = Settings(environment=Environment.PRACTICE)
    settings.save()
    app = make_app(sandbox, settings=settings)
    start = asyncio.ensure_future(app.start())
    qtbot.waitUntil(start.done, timeout=15_000)
    people = app.features.people
    qtbot.waitUntil(lambda: people.offer_banner.isVisible(), timeout=5_000)
    assert app.hub.call(events.MAY, "approve_payouts") is True   # nobody set up: nothing is taken away
    click(qtbot, people.offer_later_button)
    assert not people.offer_banner.isVisible() and Settings.load().people_offer_answered

    again = make_app(sandbox, settings=Settings.load())
    people_again = again.features.people
    asyncio.ensure_future(people_again.load())
    qtbot.waitUntil(lambda: people_again.book is not None, timeout=5_000)
    assert not people_again.offer_banner.isVisible()
