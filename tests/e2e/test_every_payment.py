"""Every payment Dollr knows, counted once: a push from this app, a payment-link payment on the
hosted page, and one taken by "another computer" (its own store, straight through the API) all
appear once each in Payments, on the contact page and in Today after F5, with a notice for the two
this computer did not take."""
from __future__ import annotations

import asyncio
from decimal import Decimal

from PySide6.QtCore import Qt

from dollr_desktop.services.collection import CollectionService
from dollr_desktop.store import PaymentState, Store
from tests.e2e.test_app_invoicing import activate
from tests.e2e.test_collect_link import pay_on_hosted_page
from tests.ui.collect.helpers import open_collect_dialog, published_invoice, start_practice, wait_for_quote
from tests.ui.conftest import credentials, make_app, memory_keyring, qloop, qloop_session  # noqa: F401 (fixtures)
from tests.ui.helpers import run, shoot
from tests.unit.services.sandbox_kit import client_for, control, payable_invoice


def _pushed_from_the_app(qtbot, app) -> object:
    draft = published_invoice(qtbot, app, "Musu Kollie", "231886123456", total="25.00")
    editor, dialog = open_collect_dialog(qtbot, app, draft)
    wait_for_quote(qtbot, dialog)
    qtbot.mouseClick(dialog.momo.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.momo.entry is not None
                    and dialog.momo.entry.state is PaymentState.COMPLETED, timeout=15_000)
    dialog.close()
    editor.close()
    return draft


async def _paid_by_link(sandbox) -> tuple[int, str]:
    """A document someone shared as a link (e.g. from the portal), paid on Dollr's hosted page."""
    client = client_for(sandbox.info)
    try:
        party = await client.parties.create(fullname="Comfort Wleh", phone="231776543210")
        counterparty = await client.counterparties.create(relationship_type="CUSTOMER", party_id=party.id)
        invoice = await client.invoices.create(counterparty_id=counterparty.id, currency="USD", note="Syrup",
                                               fee_bearer="PAYER", as_payment_link=True)
        await client.invoices.add_item(invoice.id, name="Cough syrup", currency="USD", qty=2, amount=Decimal("6.25"))
        published = await client.invoices.publish(invoice.id)
        link = await client.links.pay("INVOICE", published.invoice_number)
    finally:
        await client.aclose()
    await asyncio.to_thread(pay_on_hosted_page, str(link.url), "231776543210")
    return invoice.id, counterparty.id


async def _paid_on_another_computer(sandbox, folder) -> int:
    client = client_for(sandbox.info)
    try:
        with Store.open(folder / "other.sqlite3") as other_store:
            invoice_id, _party = await payable_invoice(client, name="Jallah Sirleaf", phone="231770123456",
                                                      amount="40.00")
            service = CollectionService(client, other_store)
            entry = await service.collect(await service.plan("INVOICE", invoice_id, "231770123456"))
            for _ in range(50):
                if (await service.check(entry.reference_id)).state is PaymentState.COMPLETED:
                    break
                await asyncio.sleep(0.1)
    finally:
        await client.aclose()
    return invoice_id


def _rows(view) -> list[dict]:
    model = view.model
    return [model.row(n) for n in range(model.rowCount())]


def test_push_link_and_another_computer_each_appear_once(qtbot, make_app, sandbox, tmp_path):
    app = start_practice(qtbot, make_app, sandbox)
    qtbot.waitUntil(lambda: app.session.sync_task is not None and app.session.sync_task.done(), timeout=20_000)
    notices_before = len(app.notifier.notices)   # the first sync is history, not news: none
    pushed = _pushed_from_the_app(qtbot, app)
    link_invoice, link_contact = run(qtbot, _paid_by_link(sandbox), timeout=20_000)
    other_invoice = run(qtbot, _paid_on_another_computer(sandbox, tmp_path), timeout=30_000)
    control(sandbox.base_url, "POST", "/clock/advance", {"seconds": 5})   # the hosted payment settles

    activate(qtbot, app.window)
    qtbot.keyClick(app.window, Qt.Key.Key_F5)
    view = app.features.payments.view
    app.window.show_page("payments")
    wanted = {("INVOICE", pushed.id), ("INVOICE", link_invoice), ("INVOICE", other_invoice)}

    def listed() -> list[tuple[str, int]]:
        return [(r["source_type"], r["source_id"]) for r in _rows(view) if r is not None
                and (r["source_type"], r["source_id"]) in wanted]

    def all_three_with_receipts() -> bool:
        view.refresh()
        rows = [r for r in _rows(view) if r and (r["source_type"], r["source_id"]) in wanted]
        return len(rows) == 3 and all(r["has_receipt"] for r in rows)

    qtbot.waitUntil(all_three_with_receipts, timeout=20_000)
    assert sorted(listed()) == sorted(wanted)                  # once each, no duplicates
    paid = {r["source_id"]: r for r in _rows(view) if r and (r["source_type"], r["source_id"]) in wanted}
    assert paid[link_invoice]["fee_bearer"] == "PAYER" and paid[link_invoice]["method"]
    assert paid[other_invoice]["origin"] == paid[link_invoice]["origin"] == "dollr"
    shoot(app.window, "payments_every_payment")

    # A notice for each payment this computer did not take, leading to its receipt.
    qtbot.waitUntil(lambda: len(app.notifier.notices) >= notices_before + 3, timeout=10_000)
    news = app.notifier.notices[notices_before:]
    assert any("Comfort Wleh" in n and "12.50 USD" in n for n in news), news
    assert any("Jallah Sirleaf" in n and "40.00 USD" in n for n in news), news
    assert not any("Musu Kollie paid" in n for n in news)   # this computer's push has its own notice

    # "Show" on the last notice opens that payment's receipt.
    qtbot.mouseClick(app.notifier.show_button, Qt.MouseButton.LeftButton)
    receipts = app.features.receipts
    qtbot.waitUntil(lambda: receipts.receipt_dialog is not None, timeout=20_000)
    assert receipts.receipt_dialog.isVisible()
    receipts.receipt_dialog.close()

    # The contact page lists the link payer's payment from the same source.
    takings = app.session.takings
    contact = run(qtbot, app.session.contacts.get(link_contact))
    assert [r["source_id"] for r in app.session.contacts.payments_query(contact).fetch(0, 10)] == [link_invoice]

    # Today counts each once: the three totals are in today's takings.
    today = run(qtbot, asyncio.to_thread(takings.today))
    ours = [r for r in takings.query().rows() if (r.source_type, r.source_id) in wanted]
    assert len(ours) == 3
    assert today.by_currency["USD"].count >= 3
    app.window.show_page("home")
    home = app.features.home.view
    qtbot.waitUntil(lambda: "received from" in home.today_tile.value.text(), timeout=10_000)
    assert "USD" in home.balance_tile.value.text()
    assert any(value > 0 for value in home.chart.values)
    shoot(app.window, "home_takings")

    # Offline: the list still opens from the cache, every payment in it.
    sandbox.stop()
    activate(qtbot, app.window)
    qtbot.keyClick(app.window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: app.window.offline_banner.isVisible(), timeout=30_000)
    app.window.show_page("payments")
    view.refresh()
    qtbot.waitUntil(lambda: sorted(listed()) == sorted(wanted), timeout=10_000)
    sandbox.start()
