"""The Payments view over a real journal: filters, search, copy the reference, live repaint."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from dollr_desktop.services.takings import TakingsService
from dollr_desktop.store import Store
from dollr_desktop.ui.models.activity_model import Columns
from dollr_desktop.ui.views.payments_view import PaymentsView
from tests.ui.collect.journal_rows import age, begin
from tests.ui.conftest import qloop, qloop_session  # noqa: F401 (fixtures)
from tests.ui.helpers import shoot


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "v.sqlite3") as opened:
        yield opened


def test_filters_search_copy_and_live_repaint(qtbot, qloop, store):
    paid = begin(store, 1)
    store.journal.record_server_status(paid.reference_id, "COMPLETED", origin="status")
    age(store, paid.reference_id, seconds=5, run="earlier")
    store.journal.mark_reconciled(paid.reference_id)
    waiting = begin(store, 2, name="Musu Kollie", method="ORANGE_MONEY_LBR", currency="LRD", amount="5100",
                    payee="5000", phone="231776543210")
    store.journal.record_server_status(waiting.reference_id, "PROCESSING", origin="execute")
    service = TakingsService(store)
    view = PaymentsView(service.query, service.methods_and_currencies)
    qtbot.addWidget(view)
    view.resize(1100, 400)
    view.show()
    view.set_active(True)
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 and view.model.row(1) is not None, timeout=5_000)
    assert view.model.data(view.model.index(1, Columns.STATUS)) == "Paid · checked after restart"
    assert view.model.data(view.model.index(0, Columns.STATUS)) == "Waiting for the customer"
    assert view.model.data(view.model.index(0, Columns.METHOD)) == "Orange Money · Liberia"
    assert view.model.data(view.model.index(0, Columns.PAID)) == "5,100.00 LRD"
    assert [view.method_combo.itemText(i) for i in range(view.method_combo.count())] == [
        "All methods", "MTN MoMo · Liberia", "Orange Money · Liberia"]
    shoot(view, "payments_view_two")

    view.currency_combo.setCurrentIndex(view.currency_combo.findData("USD"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.model.row(0) is not None, timeout=5_000)
    assert view.model.row(0)["reference_id"] == paid.reference_id
    view.currency_combo.setCurrentIndex(0)
    qtbot.keyClicks(view.search_edit, "musu")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.model.row(0) is not None
                    and view.model.row(0)["reference_id"] == waiting.reference_id, timeout=5_000)

    # Copy the reference id of the selected payment.
    view.table.selectRow(0)
    assert view.copy_button.isEnabled()
    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == waiting.reference_id

    # It resolves live: the journal changes, the view repaints by itself (coalesced).
    store.journal.record_server_status(waiting.reference_id, "COMPLETED", origin="realtime")
    view.mark_dirty()
    view.mark_dirty()
    qtbot.waitUntil(lambda: view.model.row(0) is not None and view.model.row(0)["state"] == "COMPLETED",
                    timeout=5_000)
    assert view.model.data(view.model.index(0, Columns.STATUS)) == "Paid"
    # The account closes: refreshes still reading end quietly before the store goes.
    view.set_active(False)
    qtbot.waitUntil(lambda: not view.model._loading and not view.model._tasks, timeout=5_000)
