"""Offline: the sandbox goes away, the app keeps showing saved data and keeps drafts; they are
sent when it comes back."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.e2e.test_app_invoicing import new_invoice_for, start_in_practice, type_item
from tests.ui.conftest import credentials, make_app, memory_keyring, qloop, qloop_session  # noqa: F401 (fixtures)
from tests.ui.helpers import shoot


def rows(view):
    return [view.model.row(r) for r in range(view.model.rowCount())]


def test_offline_lists_cached_data_and_sends_the_draft_when_back(qtbot, make_app, sandbox):
    app = start_in_practice(qtbot, make_app, sandbox)
    view = app.features.documents.view
    app.window.show_page("invoices")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=5_000)
    cached = view.model.rowCount()
    before = {d["number"] for d in _sandbox_invoices(sandbox)}

    sandbox.stop()
    qtbot.mouseClick(app.features.settings.view.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.window.offline_banner.isVisible(), timeout=30_000)
    assert "Offline — showing saved data" in app.window.offline_banner.label.text()
    assert "Offline" in app.window.online_label.text()
    app.window.show_page("invoices")
    assert view.model.rowCount() == cached          # still the saved data
    shoot(app.window, "offline_banner")

    editor = new_invoice_for(qtbot, app, "Hawa Sir")   # the customer comes from the local search
    type_item(qtbot, editor, "Malaria test", "2", "7.50")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.draft.local_key is not None, timeout=30_000)
    assert editor.status_label.text() == "Not yet sent"
    assert "not yet sent" in editor.locked_label.text()
    shoot(editor, "invoice_saved_offline")
    editor.close()
    qtbot.waitUntil(lambda: any(r and r["status"] == "IDLE" and (r["id"] or 0) < 0 for r in rows(view)), timeout=5_000)
    draft_row = next(r for r in rows(view) if (r["id"] or 0) < 0)
    assert view.model.data(view.model.index(rows(view).index(draft_row), 3)).startswith("Not yet sent")

    sandbox.start()
    qtbot.mouseClick(app.window.offline_banner.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not app.window.offline_banner.isVisible(), timeout=30_000)
    qtbot.waitUntil(lambda: all((r["id"] or 0) > 0 for r in rows(view) if r), timeout=10_000)
    sent = [d for d in _sandbox_invoices(sandbox) if d["number"] not in before]
    assert len(sent) == 1                           # sent once, not twice
    assert sent[0]["total"] == "15.00"
    assert any(r["number"] == sent[0]["number"] for r in rows(view))
    assert "Online" in app.window.online_label.text()


def _sandbox_invoices(sandbox):
    import httpx

    info = sandbox.info
    with httpx.Client(base_url=sandbox.base_url) as http:
        token = http.post("/v1/jwt/client/obtain/token", json={
            "client_id": info["client_id"], "client_secret": info["client_secret"]}).json()["access_token"]
        listed = http.get("/v1/invoices/list", headers={"Authorization": f"Bearer {token}"}).json()
    return [{"number": d["invoice_number"], "total": f"{float(d['total_amount']):.2f}"} for d in listed]


def test_closing_the_window_mid_save_loses_nothing(qtbot, make_app, sandbox):
    app = start_in_practice(qtbot, make_app, sandbox)
    editor = new_invoice_for(qtbot, app, "Hawa Sir")
    editor.note_edit.setText("Closed while saving")
    type_item(qtbot, editor, "Consultation", "1", "25")
    type_item(qtbot, editor, "Lab test", "2", "10")
    import httpx

    httpx.post(f"{sandbox.base_url}/_sandbox/faults", json={"faults": [
        {"kind": "slow", "count": 1, "seconds": 1.0, "path": "/v1/invoices/create", "method": "POST"}]})
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.runner.busy)    # the save is in flight (Dollr answers slowly) …
    with qtbot.waitSignal(app.window.sig_closed, timeout=20_000):
        app.window.close()                      # … and the merchant closes the app
    saved = [d for d in sandbox.state.table("invoices").values() if d["note"] == "Closed while saving"]
    assert len(saved) == 1
    items = [i for i in sandbox.state.items.values() if i["doc_kind"] == "INVOICE" and i["doc_id"] == saved[0]["id"]]
    assert sorted(i["name"] for i in items) == ["Consultation", "Lab test"]
