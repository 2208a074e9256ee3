"""A payment left PROCESSING when the dialog and the app closed is followed after a restart,
settled by status checks with the same reference id (never a second execute)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from dollr_desktop.store.journal import PaymentState
from tests.ui.collect.helpers import (  # noqa: F401 (slow_sandbox is a fixture)
    executions_for, open_collect_dialog, published_invoice, sandbox_post, slow_sandbox, start_practice,
    wait_for_quote,
)
from tests.ui.conftest import credentials, make_app, memory_keyring, qloop, qloop_session  # noqa: F401 (fixtures)
from tests.ui.helpers import run, shoot


def test_processing_payment_survives_dialog_close_and_restart(qtbot, make_app, credentials, slow_sandbox):
    # The first run is closed by the test itself, the way a person quits: closing the window.
    from dollr_desktop.app import DollrApp
    from dollr_desktop.settings import Settings

    first = DollrApp(settings=Settings.load(), credentials=credentials, practice_server=slow_sandbox,
                     sync_interval_ms=3_600_000)
    app = start_practice(qtbot, lambda _sandbox: first, slow_sandbox)
    draft = published_invoice(qtbot, app, "Kebeh Flomo", "231886121111", total="40.00")
    _, dialog = open_collect_dialog(qtbot, app, draft)
    momo = dialog.momo
    wait_for_quote(qtbot, dialog)
    qtbot.mouseClick(momo.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: momo.entry is not None and momo.entry.state is PaymentState.PROCESSING, timeout=10_000)
    reference = momo.entry.reference_id

    # PROCESSING is waiting, not failure; closing the dialog leaves the app watching.
    qtbot.waitUntil(lambda: momo.timeline.steps[1].state == "active", timeout=5_000)
    assert "Failed" not in momo.timeline.result_text
    qtbot.waitUntil(lambda: app.session.store.documents.get("INVOICE", draft.id).status == "PROCESSING", timeout=5_000)
    shoot(dialog, "collect_momo_processing")
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert app.session.monitor.is_watching(reference)

    # The app quits with the payment still open.
    session = app.session
    with qtbot.waitSignal(app.window.sig_closed, timeout=20_000):
        app.window.close()
    assert app.session is None and session.store is None and session.monitor is None
    assert executions_for(slow_sandbox, reference)[0]["status"] == "PROCESSING"

    # A new app on the same data folder and sandbox picks the payment up from the journal.
    again = start_practice(qtbot, make_app, slow_sandbox)
    monitor = again.session.monitor
    qtbot.waitUntil(lambda: monitor.is_watching(reference), timeout=10_000)
    again.window.show_page("payments")
    view = again.features.payments.view
    view.pending_check.setChecked(True)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.model.row(0) is not None, timeout=5_000)
    assert view.model.row(0)["reference_id"] == reference
    assert "1 waiting" in again.features.home.view.today_tile.value.text()
    shoot(again.window, "payments_view_pending_after_restart")

    # Collecting again from the new app shows the payment in flight; Confirm cannot start another.
    again_editor, again_dialog = open_collect_dialog(qtbot, again, _reload(qtbot, again, draft.id))
    qtbot.waitUntil(lambda: again_dialog.momo.entry is not None, timeout=5_000)
    assert again_dialog.momo.entry.reference_id == reference
    assert not again_dialog.momo.confirm_button.isEnabled()
    shoot(again_dialog, "collect_momo_after_restart")
    again_dialog.close()
    again_editor.close()

    # The customer approves (the operator settles it): the new app shows it paid.
    sandbox_post(slow_sandbox, f"/_sandbox/executions/{reference}/settle")
    qtbot.waitUntil(lambda: again.session.store.journal.get(reference).reconciled_at is not None, timeout=15_000)
    assert again.session.store.journal.get(reference).state is PaymentState.COMPLETED
    qtbot.waitUntil(lambda: any(n.startswith("Paid: " + draft.number) for n in again.notifier.notices),
                    timeout=5_000)
    assert again.session.store.documents.get("INVOICE", draft.id).status == "PAID"
    view.pending_check.setChecked(False)
    qtbot.waitUntil(lambda: view.model.rowCount() >= 1 and view.model.row(0) is not None   # newest first
                    and view.model.row(0)["source_id"] == draft.id
                    and view.model.row(0)["state"] == "COMPLETED", timeout=5_000)
    assert view.model.data(view.model.index(0, 6)) == "Paid · checked after restart"
    shoot(again.window, "payments_view_paid_after_restart")

    # One execute request, ever.
    executions = executions_for(slow_sandbox, reference)
    assert len(executions) == 1 and executions[0]["execute_requests"] == 1
    assert executions[0]["status"] == "COMPLETED"

    # Opening the collect dialog again shows nothing pending: Confirm is for a new payment only
    # once the document is payable, and this one is paid.
    editor = again.features.documents.open_editor(again.session.invoicing and _reload(qtbot, again, draft.id))
    qtbot.waitUntil(editor.receipt_button.isVisible, timeout=5_000)
    assert not editor.collect_button.isVisible()


def _reload(qtbot, app, document_id):
    return run(qtbot, app.session.invoicing.load("INVOICE", document_id))
