"""A real sandbox payment, fetched over a socket, rendered to PDF in both layouts."""
from __future__ import annotations

import asyncio

import pytest

from dollr_desktop.api import DollrClient, errors
from dollr_desktop.services.receipts import ReceiptService, SourceType
from dollr_desktop.ui.money import format_money
from dollr_desktop.ui.wording.catalogue import fee_words
from dollr_desktop.services.receipts_cache import ReceiptsCache
from dollr_desktop.ui.printing.layouts import ReceiptLayout
from dollr_desktop.ui.printing.pdf_export import PdfExporter
from tests.ui.receipts.fixtures import HOSTILE_NAME, MERCHANT, pdf_text
from tests.ui.receipts.sandbox_payment import client_for, pay_new_invoice


async def _no_sleep(_seconds: float) -> None:
    return None


def _client(sandbox) -> DollrClient:
    info = sandbox.info
    return DollrClient(sandbox.base_url, info["client_id"], info["client_secret"],
                       sleep=_no_sleep, timeout=5.0)


def test_sandbox_payment_receipt_as_pdf_in_both_layouts(qapp, sandbox, tmp_path):
    async def run():
        async with _client(sandbox) as client:
            invoice_id = await pay_new_invoice(client, customer=HOSTILE_NAME)
            service = ReceiptService(client, MERCHANT, cache=ReceiptsCache(tmp_path / "cache"))
            data = await service.fetch(SourceType.INVOICE, invoice_id)
            exporter = PdfExporter()
            try:
                pdfs = {layout: await exporter.export(data, layout, tmp_path / f"{layout}.pdf")
                        for layout in (ReceiptLayout.A4, ReceiptLayout.TILL_80)}
            finally:
                exporter.close()
            return data, pdfs

    data, pdfs = asyncio.run(run())
    assert data.status == "PAID" and data.reference_id and data.document_number.startswith("INV-")
    assert len(data.items) == 2 and data.fees
    for layout, path in pdfs.items():
        text = pdf_text(path)
        expected = [data.document_number, data.reference_id, HOSTILE_NAME,
                    format_money(data.total_paid, data.total_paid_currency),
                    format_money(data.subtotal, data.currency)]
        for line in data.items:
            expected += [line.name, format_money(line.line_total, line.currency)]
        for fee in data.fees:
            expected += [fee_words(fee.kind), format_money(fee.amount, fee.currency)]
        missing = [s for s in expected if s not in text]
        assert not missing, f"{layout}: {missing} not in {text!r}"


def test_offline_reprint_comes_from_the_cache(qapp, sandbox, tmp_path):
    cache = ReceiptsCache(tmp_path / "cache")

    async def run():
        async with _client(sandbox) as client:
            invoice_id = await pay_new_invoice(client)
            service = ReceiptService(client, MERCHANT, cache=cache)
            online = await service.fetch("INVOICE", invoice_id)
            sandbox.stop()
            try:
                offline = await service.fetch("INVOICE", invoice_id)
                with pytest.raises(errors.ApiConnectionError):
                    await service.fetch("INVOICE", invoice_id + 1000)  # never cached
            finally:
                sandbox.start()
            return online, offline

    online, offline = asyncio.run(run())
    assert offline == online


def test_a_document_not_yet_paid_has_no_receipt(sandbox, tmp_path):
    async def run():
        async with client_for(sandbox) as client:
            party = await client.parties.create(fullname="Kou Flomo", phone="231886000222")
            cp = await client.counterparties.create(relationship_type="CUSTOMER",
                                                    party_id=party.id)
            invoice = await client.invoices.create(counterparty_id=cp.id, currency="LRD",
                                                   note="", fee_bearer="PAYER",
                                                   as_payment_link=False)
            service = ReceiptService(client, MERCHANT, cache=ReceiptsCache(tmp_path))
            with pytest.raises(errors.ApiError):
                await service.fetch("INVOICE", invoice.id)

    asyncio.run(run())
    assert list(tmp_path.glob("*.json")) == []
