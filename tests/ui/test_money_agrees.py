"""Money shown is money charged: one payment per currency, collected end to end against the
sandbox over a socket, agrees to the last unit on the quote, the execution, the receipt and
Today, and in the strings the screens show for them (never re-rounded)."""
from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest

from dollr_desktop.services.takings import TakingsService
from dollr_desktop.services.catalogue import FeeKind, fee_lines, fits_minor_units
from dollr_desktop.services.collection import CollectionService
from dollr_desktop.services.receipts import ReceiptService
from dollr_desktop.store import PaymentState
from dollr_desktop.ui.collect.payment_words import entry_amounts
from dollr_desktop.ui.money import format_money
from dollr_desktop.ui.printing.layouts import ReceiptLayout
from dollr_desktop.ui.printing.receipt_html import receipt_html
from dollr_desktop.ui.wording.catalogue import fee_line_words
from tests.ui.receipts.fixtures import MERCHANT
from tests.unit.services.sandbox_kit import client_for, executions, store  # noqa: F401  (fixture)


async def _invoice(client, *, phone: str, currency: str, amount: str) -> int:
    """A published invoice whose fees the customer pays on top (fee bearer PAYER)."""
    party = await client.parties.create(fullname="Aline Uwase", phone=phone)
    counterparty = await client.counterparties.create(relationship_type="CUSTOMER", party_id=party.id)
    invoice = await client.invoices.create(counterparty_id=counterparty.id, currency=currency, note="",
                                           fee_bearer="PAYER", as_payment_link=False)
    await client.invoices.add_item(invoice.id, name="Medicines", currency=currency, qty=1,
                                   amount=Decimal(amount))
    await client.invoices.publish(invoice.id)
    return invoice.id


def _shown(text: str) -> Decimal:
    """The amount a formatted string says, read back exactly ('14,863 RWF' -> 14863)."""
    return Decimal(text.split()[0].replace(",", ""))


@pytest.mark.parametrize("currency, amount, phone, pays_in", [
    ("USD", "150.25", "231770123456", "USD"),
    ("LRD", "27845.50", "231886123456", "LRD"),
    ("RWF", "14500", "250788123456", "RWF"),      # the reported case: MTN MoMo Rwanda
    ("USD", "10.35", "231886123456", "LRD"),      # paid across currencies: an exchange fee too
])
def test_quote_execution_receipt_and_today_agree_to_the_last_unit(qapp, sandbox, store, currency, amount,
                                                                   phone, pays_in):
    async def run():
        async with client_for(sandbox.info) as client:
            invoice_id = await _invoice(client, phone=phone, currency=currency, amount=amount)
            service = CollectionService(client, store)
            plan = await service.plan("INVOICE", invoice_id, phone, currency=pays_in)
            entry = await service.collect(plan)
            final = await service.check(entry.reference_id)
            status = await client.status.collection(entry.reference_id)
            receipt = await ReceiptService(client, MERCHANT, store=store).fetch("INVOICE", invoice_id)
            return plan, final, status, receipt

    plan, entry, status, receipt = asyncio.run(run())
    quote = plan.quote
    assert entry.state is PaymentState.COMPLETED
    charged = executions(sandbox.base_url)[entry.reference_id]

    # What the payer is charged and what the merchant gets: one number everywhere.
    payer = Decimal(str(charged["payer_amount"]))
    payee = Decimal(str(charged["payee_amount"]))
    assert fits_minor_units(payer, pays_in) and fits_minor_units(payee, currency)
    assert quote.payer_amount == Decimal(str(status.payer_amount)) == payer == entry.amount \
        == receipt.payer_amount == receipt.total_paid
    assert quote.payee_amount == Decimal(str(status.payee_amount)) == payee == receipt.payee_amount
    takings = TakingsService(store)
    today = takings.today()
    assert {(method, money_in): t.net for (method, _provider, money_in), t in today.by_method.items()} == \
        {(plan.detection.payment_method, currency): payee}
    [row] = [r for r in takings.query().rows() if r.kind == "COLLECTION"]

    # The fees: the same lines, named once, on the quote, the receipt, the journal and Today.
    lines = fee_lines(quote)
    assert [(f.kind, f.amount, f.currency) for f in lines] == \
        [(f.kind, f.amount, f.currency) for f in receipt.fees] == \
        [(f.kind, f.amount, f.currency) for f in row.fees]
    fee_totals: dict[str, Decimal] = {}
    for f in lines:
        fee_totals[f.currency] = fee_totals.get(f.currency, Decimal(0)) + f.amount
    assert today.by_currency[currency].fees == fee_totals
    assert (FeeKind.EXCHANGE in {f.kind for f in lines}) == (pays_in != currency)
    if pays_in == currency:
        assert payer == Decimal(amount) + sum(f.amount for f in lines)

    # What the screens say: exactly those amounts, never rounded.
    paid_text = format_money(payer, pays_in)
    assert _shown(paid_text) == payer
    assert paid_text in entry_amounts(entry)[0]
    html = receipt_html(receipt, ReceiptLayout.A4)
    assert paid_text in html and format_money(Decimal(amount), currency) in html
    for line in lines:
        assert _shown(format_money(line.amount, line.currency)) == line.amount
        assert fee_line_words(line, format_money) in entry_amounts(entry)[1]
        assert format_money(line.amount, line.currency) in html


def test_the_reported_rwanda_invoice_is_charged_and_shown_in_whole_francs(qapp, sandbox, store):
    """14,500 RWF by MTN MoMo Rwanda: 14,863 RWF charged and shown, operator fee 218 (was 217.50
    charged and 218 shown, 14,862.50 charged and 14,863 shown)."""
    async def run():
        async with client_for(sandbox.info) as client:
            invoice_id = await _invoice(client, phone="250788123456", currency="RWF", amount="14500")
            service = CollectionService(client, store)
            plan = await service.plan("INVOICE", invoice_id, "250788123456")
            entry = await service.collect(plan)
            return plan, await service.check(entry.reference_id)

    plan, entry = asyncio.run(run())
    assert format_money(plan.quote.payer_amount, "RWF") == "14,863 RWF"
    assert [fee_line_words(f, format_money) for f in fee_lines(plan.quote)] == \
        ["Dollr fee 145 RWF", "Operator fee 218 RWF"]
    assert Decimal(str(executions(sandbox.base_url)[entry.reference_id]["payer_amount"])) == Decimal("14863")
