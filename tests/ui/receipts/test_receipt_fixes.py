"""Issue 9's gaps: a receipt dialog closed at once, receipts in French, Settings' issuer, the row."""
from __future__ import annotations

import asyncio
import sys
import threading

from PySide6.QtCore import QCoreApplication, QEvent
from shiboken6 import isValid

from dollr_desktop.ui import i18n
from dollr_desktop.settings import Settings
from dollr_desktop.store.journal import PaymentState
from dollr_desktop.ui.printing.layouts import ReceiptLayout
from dollr_desktop.ui.printing.pdf_export import write_receipt_pdf
from dollr_desktop.ui.printing.printer_prefs import PrinterPreferences
from dollr_desktop.ui.printing.receipt_actions import ReceiptActions
from dollr_desktop.ui.printing.receipt_dialog import ReceiptDialog
from dollr_desktop.ui.printing.receipt_settings_box import merchant_profile
from dollr_desktop.ui.views.payments_view import receipt_source
from tests.ui.receipts.fixtures import fixture_receipt, pdf_text


def test_dialog_closed_before_its_preview_renders_raises_nothing(qtbot, qloop, monkeypatch):
    hooked = []
    monkeypatch.setattr(sys, "excepthook", lambda *exc: hooked.append(exc))   # where asyncSlot reports
    actions = ReceiptActions(prefs=PrinterPreferences(), open_url=lambda url: None)
    gate = threading.Event()
    actions.exporter._pool.submit(gate.wait)   # the worker is busy: the preview has to wait
    try:
        dialog = ReceiptDialog(fixture_receipt(), actions)
        dialog.show()
        dialog.close()                          # the person closes it straight away
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert not isValid(dialog)              # really gone (WA_DeleteOnClose)
        gate.set()

        async def preview_finished() -> None:
            loop = asyncio.get_running_loop()
            await loop.run_in_executor(actions.exporter._pool, lambda: None)  # render done
            for _ in range(20):                 # and the slot's continuation has run
                await asyncio.sleep(0.01)

        qloop.run_until_complete(preview_finished())
    finally:
        gate.set()
        actions.close()
    assert hooked == []


def test_a_french_app_prints_a_french_receipt(qapp, tmp_path):
    i18n.install("fr", qapp)
    try:
        for layout in (ReceiptLayout.A4, ReceiptLayout.TILL_80):
            path = write_receipt_pdf(fixture_receipt(), layout, tmp_path / f"recu-{layout.value}.pdf")
            text = pdf_text(path)
            for words in ("Reçu", "Sous-total", "Total payé", "Frais Dollr", "Référence",
                          "INV-2026-00012", "6f1c2a9e-3b7d-4c1e-9a55-0d2f7b8c4e11"):
                assert words in text, (layout, words, text)
            assert "Subtotal" not in text and "Total paid" not in text
        assert "Reçu de" in pdf_text(tmp_path / "recu-a4.pdf")        # "Received from"
        assert "Payé le 28 nov. 2026" in pdf_text(tmp_path / "recu-a4.pdf")
    finally:
        i18n.install("en", qapp)
    english = pdf_text(write_receipt_pdf(fixture_receipt(), ReceiptLayout.A4, tmp_path / "en.pdf"))
    assert "Subtotal" in english and "Reçu" not in english


def test_settings_business_details_are_the_receipt_issuer():
    settings = Settings(account_name="Practice merchant", business_name="  Kebbeh Pharmacy ",
                        business_phone="231770001234", business_email="", business_address="Monrovia")
    profile = merchant_profile(settings, "Account display name")
    assert (profile.name, profile.phone, profile.email, profile.address) == \
        ("Kebbeh Pharmacy", "231770001234", None, "Monrovia")
    assert merchant_profile(Settings(), "Account display name").name == "Account display name"
    assert merchant_profile(Settings(account_name="Shop"), "").name == "Shop"


def test_only_a_completed_collection_for_a_document_has_a_receipt():
    row = dict(kind="COLLECTION", state=PaymentState.COMPLETED.value, source_type="ORDER", source_id=7)
    assert receipt_source(row) == ("ORDER", 7)
    assert receipt_source({**row, "state": PaymentState.PROCESSING.value}) is None
    assert receipt_source({**row, "kind": "PAYOUT"}) is None
    assert receipt_source({**row, "source_id": None}) is None
    assert receipt_source(None) is None
