"""The Refund dialog reads amounts the way the merchant's language writes them, and says what is
wrong where it was typed (no service call for bad input)."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from dollr_desktop.services.refunds import RefundTarget
from dollr_desktop.ui import i18n
from dollr_desktop.ui.money import parse_amount
from dollr_desktop.ui.refunds.refund_dialog import RefundDialog
from tests.ui.conftest import qloop, qloop_session  # noqa: F401 (fixtures)


@pytest.fixture
def french(qapp):
    i18n.install("fr", qapp)
    yield
    i18n.install("en", qapp)


def _target(**changes) -> RefundTarget:
    values = dict(key="INVOICE:1", source_type="INVOICE", source_id=1, source_number="INV-2026-00001",
                  party_name="Musu Kollie", counterparty_id=1, account_number="231770123456",
                  paid=Decimal("1500.50"), currency="USD", refunded=Decimal("10"), reserved=Decimal(0),
                  intent_id=None, open_refund=None)
    values.update(changes)
    return RefundTarget(**values)


class _NoService:
    def __getattr__(self, name):
        raise AssertionError(f"bad input must not reach the service ({name})")


def test_in_french_the_prefilled_amount_reads_back_and_bad_input_is_said_in_place(qtbot, qloop, french):
    dialog = RefundDialog(_NoService(), _target(), merchant="X")
    dialog.show()
    assert parse_amount(dialog.amount_edit.text(), "USD") == Decimal("1490.50")   # "1 490,50"
    assert "," in dialog.amount_edit.text()
    assert dialog.intent_row.isVisible() and "portail marchand" in dialog.intent_help.text()
    dialog.amount_edit.setText("douze")
    qtbot.mouseClick(dialog.refund_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "douze" in dialog.amount_problem.text(), timeout=2_000)
    assert dialog.entry is None
    dialog.close()


def test_an_open_refund_blocks_another(qtbot):
    dialog = RefundDialog(_NoService(), _target(open_refund="abc", intent_id=90001), merchant="X")
    assert not dialog.refund_button.isEnabled() and "still on its way" in dialog.amount_problem.text()
    dialog.close()
