"""The receipt window and its actions, driven like a merchant would (offscreen)."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from dollr_desktop import paths
from dollr_desktop.ui.printing.layouts import ReceiptLayout
from dollr_desktop.ui.printing.printer_prefs import PrinterPreferences
from dollr_desktop.ui.printing.receipt_actions import ReceiptActions, ReceiptButton
from dollr_desktop.ui.printing.receipt_dialog import ReceiptDialog
from dollr_desktop.ui.printing.share import mailto_url, share_message, whatsapp_url
from tests.ui.receipts.conftest import wait_for
from tests.ui.receipts.fixtures import RECEIPT_URL, fixture_receipt, pdf_text


def _actions(opened=None) -> ReceiptActions:
    return ReceiptActions(prefs=PrinterPreferences(),
                          open_url=(opened.append if opened is not None else lambda url: None))


def _visible(kind):
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, kind) and w.isVisible()), None)


def test_share_links_carry_the_receipt_link():
    data = fixture_receipt()
    assert RECEIPT_URL in share_message(data) and "10.35 USD" in share_message(data)
    mail = urlsplit(mailto_url(data))
    assert mail.scheme == "mailto" and mail.path == "musu@example.lr"
    query = parse_qs(mail.query)
    assert query["subject"] == ["Receipt INV-2026-00012 from Mama Kebbeh's Shop"]
    assert RECEIPT_URL in query["body"][0]
    wa = urlsplit(whatsapp_url(data))
    assert (wa.netloc, wa.path) == ("wa.me", "/231886000111")
    assert RECEIPT_URL in unquote(parse_qs(wa.query)["text"][0])


def test_dialog_previews_saves_pdf_with_the_document_number_and_shares(qtbot, qloop, tmp_path):
    opened = []
    actions = _actions(opened)
    folder = tmp_path / "pdfs"
    folder.mkdir()
    actions.prefs.pdf_folder = str(folder)
    target = folder / "Receipt INV-2026-00012.pdf"
    dialog = ReceiptDialog(fixture_receipt(), actions)
    qtbot.addWidget(dialog)
    dialog.show()

    async def drive():
        await wait_for(lambda: dialog.preview_label.pixmap() and
                       not dialog.preview_label.pixmap().isNull(), message="preview")
        dialog.layout_combo.setCurrentIndex(list(ReceiptLayout).index(ReceiptLayout.TILL_58))
        assert PrinterPreferences.load().layout == "till58"   # remembered for next time

        dialog.pdf_button.click()
        save = await wait_for(lambda: _visible(QFileDialog), message="save dialog")
        assert Path(save.selectedFiles()[0]).name == "Receipt INV-2026-00012.pdf"
        assert Path(save.selectedFiles()[0]).parent == folder   # the last folder used
        save.accept()
        await wait_for(target.exists, message="PDF written")
        await wait_for(lambda: "Saved Receipt INV-2026-00012.pdf" in dialog.status_label.text())

        dialog.email_button.click()
        await wait_for(lambda: opened, message="mail client opened")
        return target

    target = qloop.run_until_complete(drive())
    assert "INV-2026-00012" in pdf_text(target)
    assert opened[0].scheme() == "mailto"
    shared = paths.data_dir() / "shared receipts" / "Receipt INV-2026-00012.pdf"
    assert "6f1c2a9e-3b7d-4c1e-9a55-0d2f7b8c4e11" in pdf_text(shared)
    assert "attach Receipt INV-2026-00012.pdf" in dialog.status_label.text()
    actions.close()


def test_print_goes_through_the_print_dialog_and_remembers_the_printer(qtbot, qloop, tmp_path):
    actions = _actions()
    dialog = ReceiptDialog(fixture_receipt(), actions)
    qtbot.addWidget(dialog)
    dialog.show()
    out = tmp_path / "printed.pdf"

    async def drive():
        dialog.print_button.click()
        printing = await wait_for(lambda: _visible(QPrintDialog), message="print dialog")
        # No printer in the test machine: Qt's dialog offers "Print to File (PDF)".
        printing.findChild(QLineEdit, "filename").setText(str(out))
        printing.accept()
        await wait_for(lambda: "sent to the printer" in dialog.status_label.text())

    qloop.run_until_complete(drive())
    assert "Palm oil (1 gallon)" in pdf_text(out)
    saved = PrinterPreferences.load()
    assert saved.printer_name == actions.prefs.printer_name
    actions.close()


def test_preview_paints_the_receipt_for_the_printer(qapp, tmp_path):
    actions = _actions()
    preview = actions.preview_dialog(None, fixture_receipt(), ReceiptLayout.TILL_80)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "preview.pdf"))
    preview.paintRequested.emit(printer)
    assert "INV-2026-00012" in pdf_text(tmp_path / "preview.pdf")
    preview.deleteLater()
    actions.close()


class _FakeService:
    def __init__(self):
        self.calls = []

    async def fetch(self, source_type, source_id):
        self.calls.append((source_type, source_id))
        return fixture_receipt()


def test_receipt_button_only_for_paid_documents_and_opens_the_dialog(qtbot, qloop):
    service, actions = _FakeService(), _actions()
    button = ReceiptButton(service, actions)
    qtbot.addWidget(button)
    button.set_document("INVOICE", 12, "ACTIVE")
    assert not button.isEnabled()
    button.set_document("INVOICE", 12, "PAID")
    assert button.isEnabled()

    async def drive():
        button.click()
        return await wait_for(lambda: button.dialog, message="receipt dialog")

    dialog = qloop.run_until_complete(drive())
    assert service.calls == [("INVOICE", 12)]
    assert dialog.windowTitle() == "Receipt INV-2026-00012"
    dialog.close()
    actions.close()
