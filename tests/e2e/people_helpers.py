"""Setting up people and switching user the way a person does, by clicking."""
from __future__ import annotations

from PySide6.QtCore import Qt
from shiboken6 import isValid

from tests.ui.payouts.helpers import click

OWNER, OWNER_PIN = "Ama Mensah", "48213579"     # distinctive PINs: a hit in a scan is not chance
STAFF, STAFF_PIN = "Kofi Cashier", "97531864"


def _alive(widget) -> bool:
    return widget is not None and isValid(widget)


def people_of(qtbot, app):
    feature = app.features.people
    qtbot.waitUntil(lambda: feature.book is not None, timeout=10_000)
    return feature


def fill_person_dialog(qtbot, feature, name: str | None, pin: str) -> None:
    qtbot.waitUntil(lambda: _alive(getattr(feature, "person_dialog", None))
                    and feature.person_dialog.isVisible(), timeout=5_000)
    dialog = feature.person_dialog
    if name is not None:
        dialog.name_edit.clear()
        qtbot.keyClicks(dialog.name_edit, name)
    qtbot.keyClicks(dialog.pin_edit, pin)
    qtbot.keyClicks(dialog.repeat_edit, pin)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible(), timeout=10_000)


def set_up_owner_and_staff(qtbot, app):
    feature = people_of(qtbot, app)
    feature.show_people()
    page = feature.people_page
    click(qtbot, page.owner_button)
    fill_person_dialog(qtbot, feature, OWNER, OWNER_PIN)
    qtbot.waitUntil(lambda: feature.book.owner is not None and feature.book.current is not None, timeout=5_000)
    qtbot.waitUntil(lambda: page.add_button.isEnabled() and not page.owner_button.isVisible(), timeout=5_000)
    click(qtbot, page.add_button)
    fill_person_dialog(qtbot, feature, STAFF, STAFF_PIN)
    qtbot.waitUntil(lambda: len(feature.book.people) == 2, timeout=5_000)
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=5_000)
    return feature


def person_named(feature, name: str):
    return next(p for p in feature.book.people if p.name == name)


def switch_user(qtbot, app, name: str, pin: str, *, expect_ok: bool = True):
    feature = app.features.people
    click(qtbot, feature.person_button)
    qtbot.waitUntil(lambda: _alive(getattr(feature, "switch_dialog", None))
                    and feature.switch_dialog.isVisible(), timeout=5_000)
    dialog = feature.switch_dialog
    dialog.panel.select(person_named(feature, name).id)
    qtbot.keyClicks(dialog.panel.pin_edit, pin)
    qtbot.keyClick(dialog.panel.pin_edit, Qt.Key.Key_Return)
    if expect_ok:
        qtbot.waitUntil(lambda: feature.book.current is not None and feature.book.current.name == name,
                        timeout=10_000)
        qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible(), timeout=5_000)
    return dialog
