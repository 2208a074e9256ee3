"""Hostile text prints as text, nothing is fetched, and rendering runs off the GUI thread."""
from __future__ import annotations

import asyncio
import http.server
import threading

import pytest

from dollr_desktop.services.receipts import MerchantProfile
from dollr_desktop.ui.printing import pdf_export
from dollr_desktop.ui.printing.layouts import ReceiptLayout
from dollr_desktop.ui.printing.pdf_export import PdfExporter, write_receipt_pdf
from dollr_desktop.ui.printing.receipt_document import build_document, render_to_image
from dollr_desktop.ui.printing.receipt_html import receipt_html
from tests.ui.receipts.fixtures import HOSTILE_NAME, fixture_receipt, pdf_text


@pytest.fixture
def trap_server():
    """A local HTTP server that counts every request: nothing may ever reach it."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", hits
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("layout", [ReceiptLayout.A4, ReceiptLayout.TILL_80])
def test_hostile_customer_name_prints_as_text(qapp, tmp_path, layout):
    data = fixture_receipt(counterparty_name=HOSTILE_NAME)
    assert "&lt;img src=http://x/&gt;" in receipt_html(data, layout)
    text = pdf_text(write_receipt_pdf(data, layout, tmp_path / "r.pdf"))
    assert HOSTILE_NAME in text


def test_nothing_from_the_api_or_merchant_becomes_markup_or_a_fetch(qapp, tmp_path,
                                                                     trap_server):
    base, hits = trap_server
    img = f'<img src="{base}/pixel.png">'
    data = fixture_receipt(
        counterparty_name=img, counterparty_email=f"<a href='{base}/a'>x</a>", note=img,
        provider_transaction_id=img, payment_method=img,
        items=[dict(id=1, name=img, qty=1, amount=5, currency="LRD")])
    data = type(data)(**{**data.__dict__, "merchant": MerchantProfile(
        name=img, address=f"<style>body{{background:url({base}/bg)}}</style>", phone=img)})
    for layout in ReceiptLayout:
        doc = build_document(data, layout)
        assert doc.refused_resources == []
        assert "pixel.png" in doc.toPlainText() and "<img" in doc.toPlainText()
        write_receipt_pdf(data, layout, tmp_path / f"{layout}.pdf")
        render_to_image(data, layout)
    assert hits == []
    assert pdf_text(tmp_path / "a4.pdf").count("pixel.png") >= 4


def test_the_document_refuses_any_external_resource_even_if_markup_slipped_through(
        qapp, trap_server):
    base, hits = trap_server
    doc = build_document(fixture_receipt(), ReceiptLayout.A4)
    doc.setHtml(f'<p>hi</p><img src="{base}/a.png"><img src="file:///etc/passwd">')
    doc.size()  # forces layout, which asks for the images
    assert f"{base}/a.png" in doc.refused_resources
    assert "file:///etc/passwd" in doc.refused_resources
    assert hits == []


def test_pdf_export_runs_off_the_gui_thread(qapp, tmp_path, monkeypatch):
    render_threads: list[threading.Thread] = []
    real_render = pdf_export._render

    def recording_render(*args):
        render_threads.append(threading.current_thread())
        return real_render(*args)

    monkeypatch.setattr(pdf_export, "_render", recording_render)
    exporter = PdfExporter()
    try:
        path = asyncio.run(exporter.export(fixture_receipt(), ReceiptLayout.TILL_80,
                                           tmp_path / "r.pdf"))
    finally:
        exporter.close()
    assert "INV-2026-00012" in pdf_text(path)
    assert render_threads and all(t is not threading.main_thread() for t in render_threads)
    assert qapp.thread().isCurrentThread()  # the test (GUI) thread is the main one


def test_batch_export_reports_progress_and_stops_when_cancelled(qapp, tmp_path):
    receipts = [fixture_receipt(invoice_number=f"INV-2026-{n:05d}") for n in range(30)]
    progress: list[tuple[int, int]] = []

    async def run():
        exporter = PdfExporter()
        try:
            done = await exporter.export_many(receipts[:3], ReceiptLayout.A4, tmp_path / "all",
                                              lambda d, t: progress.append((d, t)))
            assert len(done) == 3
            task = asyncio.ensure_future(exporter.export_many(
                receipts, ReceiptLayout.TILL_58, tmp_path / "cut",
                lambda d, t: task.cancel() if d == 2 else None))
            with pytest.raises(asyncio.CancelledError):
                await task
        finally:
            exporter.close()

    asyncio.run(run())
    assert progress == [(1, 3), (2, 3), (3, 3)]
    assert sorted(p.name for p in (tmp_path / "all").iterdir()) == [
        "Receipt INV-2026-00000.pdf", "Receipt INV-2026-00001.pdf", "Receipt INV-2026-00002.pdf"]
    cut = sorted((tmp_path / "cut").iterdir())
    # Cancelled at the second receipt: no more than the one in flight gets finished.
    assert 2 <= len(cut) <= 3
    assert all(p.suffix == ".pdf" and not p.name.startswith(".") for p in cut)
    assert all("INV-2026-0000" in pdf_text(p) for p in cut)
