"""Windows opened again and again (a right-click menu, a dialog) go away when they close."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMenu
from shiboken6 import isValid

from dollr_desktop.services.takings import TakingsService
from dollr_desktop.store import Store
from dollr_desktop.ui.dialogs.lifetime import RECHECK_MS, delete_when_closed
from dollr_desktop.ui.views.payments_view import PaymentsView
from tests.ui.collect.journal_rows import begin
from tests.ui.conftest import qloop, qloop_session  # noqa: F401 (fixtures)


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "v.sqlite3") as opened:
        yield opened


def deferred_deletes_run() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def menus() -> list[QMenu]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu)]


def test_a_right_click_menu_in_payments_goes_away_when_it_closes(qtbot, qloop, store):
    begin(store, 1)
    service = TakingsService(store)
    view = PaymentsView(service.query, service.methods_and_currencies)
    qtbot.addWidget(view)
    view.show()
    view.set_active(True)
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.model.row(0) is not None, timeout=5_000)
    before = len(menus())
    for _ in range(3):
        view.on_table_context_menu(QPoint(5, 5))
        menu = menus()[-1]
        qtbot.waitUntil(menu.isVisible, timeout=2_000)
        menu.close()
        deferred_deletes_run()
    assert len(menus()) == before


def test_a_closed_dialog_waits_for_the_work_it_started_then_goes(qtbot, qloop):
    busy = [True]
    dialog = QDialog()
    delete_when_closed(dialog, lambda: busy[0])
    dialog.show()
    dialog.result_for_the_caller = "read after close"
    dialog.reject()
    deferred_deletes_run()
    assert isValid(dialog)   # its work would touch its widgets when it resumes
    busy[0] = False
    qtbot.waitUntil(lambda: not isValid(dialog), timeout=5_000)
    assert dialog.result_for_the_caller == "read after close"   # Python attributes outlive it


def test_a_dialog_opened_again_while_it_waited_stays(qtbot, qloop):
    busy = [True]
    dialog = QDialog()
    delete_when_closed(dialog, lambda: busy[0])
    dialog.show()
    dialog.reject()
    dialog.show()   # shown again while its work was still running
    busy[0] = False
    qtbot.wait(RECHECK_MS * 3)
    deferred_deletes_run()
    assert isValid(dialog) and dialog.isVisible()
    dialog.close()   # its next close decides
    deferred_deletes_run()
    assert not isValid(dialog)
