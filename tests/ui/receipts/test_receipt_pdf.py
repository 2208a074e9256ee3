"""Receipts rendered to PDF in every layout, read back as text; the QR decodes to the link."""
from __future__ import annotations

import shutil
import subprocess

import pytest
import zxingcpp
from PySide6.QtGui import QImage
from pypdf import PdfReader

from dollr_desktop.ui.printing.layouts import ReceiptLayout, full_page_for_territory
from dollr_desktop.ui.printing.pdf_export import (default_pdf_name, unique_names,
                                                  write_receipt_pdf)
from dollr_desktop.ui.printing.receipt_document import render_to_image
from tests.ui.receipts.fixtures import RECEIPT_URL, fixture_receipt, pdf_text

EXPECTED = ["Mama Kebbeh's Shop", "Receipt", "INV-2026-00012", "Musu Kollie",
            "Rice, 25 kg bag", "1,500.00 LRD", "Palm oil (1 gallon)", "177.50 LRD",
            "355.00 LRD", "Subtotal", "1,855.00 LRD", "Dollr fee", "0.20 USD",
            "Operator fee", "0.15 USD", "paid by the customer", "Total paid", "10.35 USD",
            "1 USD = 185.5 LRD", "MTN MoMo · Liberia via pawaPay", "MP261128.0941.A12345",
            "6f1c2a9e-3b7d-4c1e-9a55-0d2f7b8c4e11", "+231 88 600 0111", "+231 77 000 1234"]


@pytest.mark.parametrize("layout", list(ReceiptLayout))
def test_pdf_holds_everything_the_receipt_promises(qapp, tmp_path, layout):
    out = tmp_path / "out"
    out.mkdir()
    path = write_receipt_pdf(fixture_receipt(), layout, out / "r.pdf")
    text = pdf_text(path)
    missing = [s for s in EXPECTED if s not in text]
    assert not missing, f"{layout}: missing {missing} in {text!r}"
    assert [p.name for p in out.iterdir()] == ["r.pdf"]  # no temp file left behind


@pytest.mark.parametrize("layout", [ReceiptLayout.A4, ReceiptLayout.TILL_58])
def test_identifiers_copy_out_of_the_pdf_letter_for_letter(qapp, tmp_path, layout):
    """DejaVu's ligatures would turn "ff" into one glyph: an accountant pasting the reference
    id from the PDF would get a different string."""
    reference = "0ff1ce00-ffff-4fff-afff-00000000ff11"
    data = fixture_receipt(reference_id=reference, items=[
        dict(id=1, name="Office supplies, fluffy towels", qty=1, amount=5, currency="LRD")])
    text = pdf_text(write_receipt_pdf(data, layout, tmp_path / "r.pdf"))
    assert reference in text and "Office supplies, fluffy towels" in text
    assert not any(ch in text for ch in "\ufb00\ufb01\ufb02\ufb03\ufb04")


def test_paid_time_prints_in_local_time(qapp, tmp_path, monkeypatch):
    import time
    monkeypatch.setenv("TZ", "Africa/Kigali")   # UTC+2, no daylight saving
    time.tzset()
    try:
        text = pdf_text(write_receipt_pdf(fixture_receipt(), ReceiptLayout.A4, tmp_path / "r.pdf"))
    finally:
        monkeypatch.undo()
        time.tzset()
    assert "Paid 28 Nov 2026, 11:41" in text   # paid at 09:41 UTC


def test_fees_borne_by_the_merchant_come_after_the_total(qapp, tmp_path):
    data = fixture_receipt(fee_bearer="PAYEE", payer_amount="10.00", payee_amount="1790.58")
    text = pdf_text(write_receipt_pdf(data, ReceiptLayout.TILL_80, tmp_path / "r.pdf"))
    total, bearer = text.index("Total paid 10.00 USD"), text.index("Fees paid by the merchant")
    assert total < bearer < text.index("Dollr fee 0.20 USD")
    assert "Merchant received 1,790.58 LRD" in text
    assert text.count("Merchant received") == 1


def test_page_sizes_fit_the_paper(qapp, tmp_path):
    def size_mm(layout):
        page = PdfReader(str(write_receipt_pdf(fixture_receipt(), layout,
                                               tmp_path / f"{layout}.pdf"))).pages[0]
        return float(page.mediabox.width) * 25.4 / 72, float(page.mediabox.height) * 25.4 / 72

    assert size_mm(ReceiptLayout.A4) == pytest.approx((210, 297), abs=1)
    assert size_mm(ReceiptLayout.LETTER) == pytest.approx((215.9, 279.4), abs=1)
    width80, height80 = size_mm(ReceiptLayout.TILL_80)
    width58, height58 = size_mm(ReceiptLayout.TILL_58)
    assert width80 == pytest.approx(80, abs=0.5) and width58 == pytest.approx(58, abs=0.5)
    # A roll is cut to its content: longer than wide, far shorter than the 5 m maximum.
    assert 100 < height80 < 400 and 100 < height58 < 400


def test_long_receipt_spills_onto_a_second_a4_page(qapp, tmp_path):
    items = [dict(id=i, name=f"Exercise book #{i}", qty=1, amount=50, currency="LRD")
             for i in range(80)]
    path = write_receipt_pdf(fixture_receipt(items=items), ReceiptLayout.A4, tmp_path / "x.pdf")
    reader = PdfReader(str(path))
    assert len(reader.pages) >= 2
    text = pdf_text(path)
    assert all(f"Exercise book #{i} " in text + " " for i in range(80))


def _decoded(image: QImage) -> list[str]:
    return [code.text for code in zxingcpp.read_barcodes(image)
            if code.format == zxingcpp.BarcodeFormat.QRCode]


@pytest.mark.parametrize("layout", [ReceiptLayout.A4, ReceiptLayout.TILL_58])
def test_qr_on_the_rendered_receipt_decodes_to_the_receipt_link(qapp, layout):
    image = render_to_image(fixture_receipt(), layout, width_px=700)
    assert _decoded(image) == [RECEIPT_URL]


def test_no_qr_without_a_receipt_link(qapp):
    image = render_to_image(fixture_receipt(), ReceiptLayout.A4, width_px=700)
    data = fixture_receipt()
    bare = render_to_image(type(data)(**{**data.__dict__, "receipt_url": None}),
                           ReceiptLayout.A4, width_px=700)
    assert _decoded(image) and not _decoded(bare)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("layout", [ReceiptLayout.A4, ReceiptLayout.TILL_80])
def test_qr_in_the_pdf_itself_decodes(qapp, tmp_path, layout):
    pdf = write_receipt_pdf(fixture_receipt(), layout, tmp_path / "r.pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", str(pdf),
                    str(tmp_path / "page")], check=True)
    (png,) = tmp_path.glob("page*.png")
    assert _decoded(QImage(str(png))) == [RECEIPT_URL]


def test_pdf_names_come_from_the_document_number():
    assert default_pdf_name(fixture_receipt()) == "Receipt INV-2026-00012.pdf"
    assert default_pdf_name(fixture_receipt(invoice_number="../../etc/x:y")) == \
        "Receipt etc_x_y.pdf"
    assert unique_names(["a.pdf", "A.pdf", "b.pdf", "a.pdf"]) == \
        ["a.pdf", "A (2).pdf", "b.pdf", "a (3).pdf"]


def test_full_page_paper_follows_the_territory():
    assert full_page_for_territory("US") is ReceiptLayout.LETTER
    assert full_page_for_territory("CA") is ReceiptLayout.LETTER
    assert full_page_for_territory("LR") is ReceiptLayout.A4
    assert full_page_for_territory("RW") is ReceiptLayout.A4
    assert full_page_for_territory(None) is ReceiptLayout.A4
