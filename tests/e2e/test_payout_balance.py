"""The payout form shows the estimated balance beside the amount and asks before a payout that
would exceed it; the opening balance the merchant enters on Home feeds the estimate."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.conftest import *  # noqa: F401,F403 (the pytest-qt + qasync fixtures)
from tests.ui.helpers import run
from tests.ui.payouts.helpers import click, fill_amount, new_recipient, open_new_payout, start_in_practice


def _confirm_box():
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    return boxes[0] if boxes else None


def test_payout_over_the_estimated_balance_asks_first(qtbot, make_app, sandbox):
    app = start_in_practice(qtbot, make_app, sandbox)
    qtbot.waitUntil(lambda: app.session.sync_task is not None and app.session.sync_task.done(), timeout=20_000)
    takings = app.session.takings
    estimate = next(e for e in run(qtbot, app.features.payouts.estimated_balance_all()) if e.currency == "USD")
    assert estimate.amount > 0   # the demo's paid USD documents, net of fees, minus its payouts

    dialog = open_new_payout(qtbot, app)
    new_recipient(qtbot, dialog, "Kpelle Hardware", "0886552233", "SUPPLIER")
    fill_amount(qtbot, dialog, "1.00", "USD")
    qtbot.waitUntil(lambda: dialog.fee_box.balance_label.isVisible(), timeout=5_000)
    assert "≈" in dialog.fee_box.balance_label.text() and "more than" not in dialog.fee_box.balance_label.text()

    too_much = (estimate.amount + Decimal("50")).quantize(Decimal("0.01"))
    fill_amount(qtbot, dialog, f"{too_much}", "USD")
    qtbot.waitUntil(lambda: "more than" in dialog.fee_box.balance_label.text(), timeout=5_000)
    click(qtbot, dialog.continue_button)
    qtbot.waitUntil(lambda: _confirm_box() is not None, timeout=5_000)
    box = _confirm_box()
    assert "estimated balance" in box.text()
    back = next(b for b in box.buttons() if b.text() == "Go back")
    click(qtbot, back)
    qtbot.waitUntil(lambda: _confirm_box() is None, timeout=5_000)
    assert dialog.prepared is None   # nothing was prepared: the merchant went back
    dialog.close()

    # An opening balance entered on Home sets where the estimate starts.
    run(qtbot, _set_opening(app.session.store, Decimal("5000.00")))
    after = next(e for e in run(qtbot, app.features.payouts.estimated_balance_all()) if e.currency == "USD")
    assert after.opening == Decimal("5000.00") and after.amount >= Decimal("5000.00") - after.paid_out
    assert takings is app.session.takings


async def _set_opening(store, amount: Decimal) -> None:
    import asyncio

    await asyncio.to_thread(store.received.set_opening_balance, "USD", amount, "2000-01-01T00:00:00.000+00:00")
