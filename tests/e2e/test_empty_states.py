"""Empty states say what to do next, with the action (issue 18): a search with no results offers "Clear filters"
(contacts, invoices, payments, items); an empty Payouts page offers "New payout…"; empty payout runs offer a new run;
an empty item catalogue offers "New item…". In the app, on the practice sandbox over a real socket."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication

from dollr_desktop.ui.payout_runs.runs_view import PickContactsDialog
from dollr_desktop.ui.till.item_dialog import ItemDialog
from tests.ui.conftest import *  # noqa: F401,F403 (the pytest-qt + qasync fixtures)
from tests.ui.helpers import run
from tests.ui.payouts.helpers import click, start_in_practice


def _page(qtbot, app, key: str, feature: str):
    qtbot.waitUntil(lambda: hasattr(app.features, feature), timeout=10_000)   # payment features load late
    app.window.resize(1024, 600)
    app.window.show()
    app.window.show_page(key)
    return app.window.page(key)


def _top_level(kind):
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_a_search_with_no_results_offers_clear_filters_on_every_list(qtbot, make_app, sandbox):
    app = start_in_practice(qtbot, make_app, sandbox)
    for key, feature, rows in (("contacts", "contacts", lambda v: v.model.rowCount()),
                               ("invoices", "documents", lambda v: v.model.rowCount()),
                               ("payments", "payments", lambda v: v.model.rowCount()),
                               ("items", "till", lambda v: v.table.rowCount())):
        view = _page(qtbot, app, key, feature)
        if key == "payments":
            view.set_active(True)
        assert not view.no_matches.isVisible(), key
        before = rows(view)
        view.search_edit.setText("zzqx nobody at all")
        qtbot.waitUntil(lambda v=view: v.no_matches.isVisible(), timeout=5_000)
        assert rows(view) == 0
        assert view.no_matches.button.text() == "Clear filters"
        assert "match" in view.no_matches.label.text()
        click(qtbot, view.no_matches.button)
        assert view.search_edit.text() == ""
        qtbot.waitUntil(lambda v=view: not v.no_matches.isVisible(), timeout=5_000)
        qtbot.waitUntil(lambda v=view, n=before: rows(v) == n, timeout=5_000)   # every row is back
    # a filter and a search together: the button puts both back
    documents = app.window.show_page("invoices")
    documents.currency_combo.setCurrentIndex(documents.currency_combo.findData("RWF"))
    documents.search_edit.setText("zzqx")
    qtbot.waitUntil(lambda: documents.no_matches.isVisible(), timeout=5_000)
    click(qtbot, documents.no_matches.button)
    assert documents.currency_combo.currentIndex() == 0 and documents.search_edit.text() == ""


def test_empty_payouts_and_runs_pages_offer_the_first_step(qtbot, make_app, sandbox):
    app = start_in_practice(qtbot, make_app, sandbox)
    payouts = _page(qtbot, app, "payouts", "payouts")
    qtbot.waitUntil(lambda: payouts.empty_state.isVisible(), timeout=5_000)
    assert not payouts.table.isVisible()
    assert payouts.empty_state.button.text() == "New payout…"
    click(qtbot, payouts.empty_state.button)
    qtbot.waitUntil(lambda: payouts.payout_dialog is not None and payouts.payout_dialog.isVisible(), timeout=5_000)
    payouts.payout_dialog.close()

    runs = _page(qtbot, app, "payout_runs", "payout_runs")
    qtbot.waitUntil(lambda: runs.empty_state.isVisible(), timeout=5_000)
    assert runs.runs_table.rowCount() == 0
    click(qtbot, runs.empty_state.button)
    qtbot.waitUntil(lambda: bool(_top_level(PickContactsDialog)), timeout=5_000)
    for dialog in _top_level(PickContactsDialog):
        dialog.close()


def test_an_empty_catalogue_offers_new_item(qtbot, make_app, sandbox):
    app = start_in_practice(qtbot, make_app, sandbox)
    items = _page(qtbot, app, "items", "till")
    service = items._items()

    async def archive_everything():
        for item in await service.list(limit=2000):
            await service.archive(item.id)
        await items.refresh()

    run(qtbot, archive_everything())
    assert items.table.rowCount() == 0
    assert items.empty_state.isVisible() and not items.no_matches.isVisible()
    assert items.empty_state.button.text() == "New item…"
    click(qtbot, items.empty_state.button)
    qtbot.waitUntil(lambda: bool(_top_level(ItemDialog)), timeout=5_000)
    for dialog in _top_level(ItemDialog):
        dialog.close()
