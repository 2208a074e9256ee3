"""The app against the sandbox: "Repeat…" on a published invoice makes a schedule that catches up
in the app, and reminders open WhatsApp / SMS / email with the right text, in English and French."""
from __future__ import annotations

import asyncio
from datetime import date, timedelta
from decimal import Decimal
from urllib.parse import parse_qs, urlsplit

from PySide6.QtCore import Qt

from dollr_desktop.services.invoicing import DocumentDraft, DocumentKind, DraftItem
from tests.ui.collect.helpers import start_practice
from tests.ui.conftest import credentials, make_app, memory_keyring, qloop, qloop_session  # noqa: F401 (fixtures)
from tests.ui.helpers import run, shoot


def invoice_due(qtbot, app, name, phone, total, due, email=None):
    async def make():
        contact = await app.session.contacts.create_contact(name=name, phone=phone, email=email)
        draft = DocumentDraft(kind=DocumentKind.INVOICE, counterparty_id=contact.id, counterparty_name=name,
                              currency="USD", note="School fees", due_date=due,
                              items=[DraftItem("Term fees", 1, Decimal(total))])
        return await app.session.invoicing.publish(await app.session.invoicing.save_draft(draft))

    return run(qtbot, make(), timeout=20_000)


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_repeat_from_the_editor_then_catch_up(qtbot, make_app, sandbox):
    app = start_practice(qtbot, make_app, sandbox)
    today = date.today()
    draft = invoice_due(qtbot, app, "Fatou Camara", "231770222333", "30.00", today + timedelta(days=7))
    editor = app.features.documents.open_editor(draft)
    qtbot.waitUntil(editor.repeat_button.isVisible, timeout=5_000)
    feature = app.features.bills
    click(qtbot, editor.repeat_button)
    qtbot.waitUntil(lambda: getattr(feature, "last_dialog", None) is not None and feature.last_dialog.isVisible(),
                    timeout=5_000)
    dialog = feature.last_dialog
    assert dialog.every.currentData() == "MONTHLY"
    dialog.count.setValue(3)
    shoot(dialog, "bills_repeat_dialog")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: feature.view.schedules.rowCount() == 1, timeout=5_000)
    [schedule] = app.session.store.bills.schedules()
    assert (schedule.every, schedule.max_count, schedule.counterparty_name) == ("MONTHLY", 3, "Fatou Camara")
    assert schedule.due_days == 7

    # The app was closed past every date: one run makes exactly the three bills, a second none.
    before = len(run(qtbot, app.session.client.invoices.list()))
    made = run(qtbot, app.session.bills.run(schedule.first_date + timedelta(days=100)), timeout=30_000).made
    assert len(made) == 3 and all(m.pay_url for m in made)
    assert run(qtbot, app.session.bills.run(schedule.first_date + timedelta(days=100))).made == []
    assert len(run(qtbot, app.session.client.invoices.list())) == before + 3
    run(qtbot, feature.refresh())
    assert feature.view.schedules.item(0, 4).text() == "3"
    assert feature.view.schedules.item(0, 5).text() == "Finished" and feature.view.schedules.item(0, 3).text() == ""
    app.window.show_page("bills")
    shoot(app.window, "bills_page")


def test_reminders_open_share_targets_in_english_and_french(qtbot, make_app, sandbox):
    app = start_practice(qtbot, make_app, sandbox)
    today = date.today()
    english = invoice_due(qtbot, app, "Musu Kollie", "231770123456", "12.50", today + timedelta(days=2),
                          email="musu@example.com")
    french = invoice_due(qtbot, app, "Aminata Sow", "231886555444", "1250.00", today + timedelta(days=1))
    feature = app.features.bills
    feature.today = lambda: today + timedelta(days=2)            # Aminata's is overdue by then, Musu's due that day
    opened: list[str] = []
    feature.open_url = lambda url: opened.append(url.toString(url.ComponentFormattingOption.FullyEncoded))
    run(qtbot, feature.refresh())
    view = feature.view
    def rows() -> dict[str, int]:
        return {view.reminders.item(r, 1).text(): r for r in range(view.reminders.rowCount())}

    assert {english.number, french.number} <= set(rows())      # (practice mode has its own demo bills too)
    start = view.reminders.rowCount()
    assert app.features.home.view.reminders_tile.value.text() == str(start)

    # French for Aminata, chosen where the reminder is sent (kept per contact).
    view.reminders.selectRow(rows()[french.number])
    view.language.setCurrentIndex(view.language.findData("fr"))
    view.language.activated.emit(view.language.currentIndex())
    qtbot.waitUntil(lambda: app.session.store.bills.language(french.counterparty_id) == "fr", timeout=5_000)
    click(qtbot, view.whatsapp_button)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10_000)
    whatsapp = opened[0]
    assert whatsapp.startswith("https://wa.me/231886555444?text=")
    text = parse_qs(urlsplit(whatsapp).query)["text"][0]
    assert text.startswith("Bonjour Aminata Sow") and french.number in text and "était à payer le" in text
    assert "1\u202f250,00 USD" in text or "1 250,00 USD" in text, text
    assert "/pay/" in text and sandbox.base_url in text
    shoot(app.window, "bills_reminders")

    # English for Musu, by SMS and by email.
    qtbot.waitUntil(lambda: french.number not in rows(), timeout=5_000)   # Aminata reminded today
    view.reminders.selectRow(rows()[english.number])
    click(qtbot, view.sms_button)
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=10_000)
    sms = opened[1]
    assert sms.startswith("sms:+231770123456?body=")
    body = parse_qs(urlsplit(sms).query)["body"][0]
    assert body.startswith("Hello Musu Kollie") and "12.50 USD is due on" in body and english.number in body
    assert app.session.store.bills.language(english.counterparty_id) == "en"
    def logged(document_id: str) -> list[tuple[str, str]]:
        return [(e.channel, e.language) for e in app.session.store.bills.reminders("INVOICE", document_id)]

    # The share target opens first; the send is logged just after it (an await later).
    qtbot.waitUntil(lambda: logged(english.id) == [("SMS", "en")], timeout=5_000)
    assert logged(french.id) == [("WHATSAPP", "fr")]
    qtbot.waitUntil(lambda: app.features.home.view.reminders_tile.value.text() == str(start - 2), timeout=5_000)


def test_pay_in_parts_from_the_editor_paid_out_of_order_settles(qtbot, make_app, sandbox):
    from tests.e2e.test_payment_plans import _pay

    app = start_practice(qtbot, make_app, sandbox)
    draft = invoice_due(qtbot, app, "Kadiatou Diallo", "231770999888", "150.25", date.today() + timedelta(days=30))
    editor = app.features.documents.open_editor(draft)
    qtbot.waitUntil(editor.plan_button.isVisible, timeout=5_000)
    feature = app.features.bills
    click(qtbot, editor.plan_button)
    qtbot.waitUntil(lambda: getattr(feature, "last_dialog", None) is not None and feature.last_dialog.isVisible(),
                    timeout=5_000)
    dialog = feature.last_dialog
    qtbot.keyClicks(dialog.deposit, "50.255")                  # too many decimals for USD: said where typed
    assert dialog.error.isVisible() and dialog.preview.text() == ""
    dialog.deposit.clear()
    qtbot.keyClicks(dialog.deposit, "50.25")
    assert not dialog.error.isVisible() and dialog.preview.text().count("50.00 USD") == 2
    shoot(dialog, "bills_plan_dialog")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: len(feature.plans) == 1 and all(p.order_number for p in feature.plans[0].parts),
                    timeout=20_000)
    [plan] = feature.plans
    assert [str(p.amount) for p in plan.parts] == ["50.25", "50.00", "50.00"]
    assert app.session.store.documents.get("INVOICE", draft.id).status == "CANCELED"
    orders = [run(qtbot, app.session.client.orders.retrieve(p.order_id)) for p in plan.parts]
    assert orders[0].order_items[0].name == f"Deposit for {draft.number}"
    assert orders[2].order_items[0].name == f"Instalment 2 of 2 for {draft.number}"

    for position in (1, 2, 0):                                 # out of order
        url = run(qtbot, app.session.client.links.pay("ORDER", plan.parts[position].order_number)).url
        _pay(url, "231770999888")
    for _ in range(30):
        run(qtbot, feature.show_plans(from_dollr=True))
        if feature.view.plans.item(0, 6).text() == "Settled":
            break
    view = feature.view.plans
    assert (view.item(0, 2).text(), view.item(0, 3).text(), view.item(0, 5).text(), view.item(0, 6).text()) == (
        "150.25 USD", "0.00 USD", "3 / 3", "Settled")
    app.window.show_page("bills")
    shoot(app.window, "bills_plans_page")


def test_the_session_makes_due_bills_after_a_sync_once_a_day(qtbot, make_app, sandbox):
    from dollr_desktop.services.recurring import dates_due

    app = start_practice(qtbot, make_app, sandbox)
    today = date.today()
    draft = invoice_due(qtbot, app, "Binta Jallow", "231770444555", "20.00", today + timedelta(days=7))
    session = app.session
    schedule = run(qtbot, session.bills.add_schedule("INVOICE", draft.id, every="MONTHLY",
                                                      first_date=today - timedelta(days=70)))
    expected = dates_due(schedule, today)
    assert len(expected) == 3
    notices: list[str] = []
    app.hub.subscribe("notice", lambda text, *rest: notices.append(text))
    session.bills.last_run_on = None                   # as at start-up: nothing run yet today
    assert run(qtbot, session.sync_now(), timeout=30_000)
    qtbot.waitUntil(lambda: [r.bill_date for r in session.store.bills.runs(schedule.id) if r.state == "MADE"]
                    == expected, timeout=20_000)
    qtbot.waitUntil(lambda: "3 recurring bills made and published." in notices, timeout=5_000)
    assert session.bills.last_run_on == today
    assert run(qtbot, session.sync_now(), timeout=30_000)   # the next sync the same day makes none
    assert len(session.store.bills.runs(schedule.id)) == 3

    # Each new bill is offered at once with its payment link: the "new bill" message, here by email.
    feature = app.features.bills
    opened: list[str] = []
    feature.open_url = lambda url: opened.append(url.toString(url.ComponentFormattingOption.FullyEncoded))
    run(qtbot, feature.refresh())
    made = {r.document_number for r in session.store.bills.runs(schedule.id)}
    view = feature.view
    rows = {view.reminders.item(r, 1).text(): r for r in range(view.reminders.rowCount())}
    assert made <= set(rows) and all(view.reminders.item(rows[n], 3).text().startswith("new bill, due") for n in made)
    number = sorted(made)[-1]
    view.reminders.selectRow(rows[number])
    click(qtbot, view.email_button)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10_000)
    assert opened[0].startswith("mailto:?subject=")
    query = parse_qs(urlsplit(opened[0]).query)
    assert query["subject"][0] == f"Payment reminder: {number}"
    assert query["body"][0].startswith(f"Hello Binta Jallow, Practice merchant sent you {number} for 20.00 USD, due on")
    assert "/pay/" in query["body"][0]


def test_an_instalment_receipt_shows_its_part_paid_so_far_and_balance(qtbot, make_app, sandbox, tmp_path):
    from dollr_desktop.services.plans import PartSpec, split
    from dollr_desktop.ui.printing.layouts import ReceiptLayout
    from dollr_desktop.ui.printing.pdf_export import write_receipt_pdf
    from tests.e2e.test_payment_plans import _pay
    from tests.ui.test_cashup_reports import _pdf_text as pdf_text

    app = start_practice(qtbot, make_app, sandbox)
    draft = invoice_due(qtbot, app, "Lamin Touré", "231770666777", "100.25", date.today() + timedelta(days=30))
    session = app.session
    plan = run(qtbot, session.plans.create("INVOICE", draft.id, [
        PartSpec(a, None, "part") for a in split(Decimal("100.25"), "USD", 3)]), timeout=20_000)
    _pay(run(qtbot, session.client.links.pay("ORDER", plan.parts[1].order_number)).url, "231770666777")
    for _ in range(50):
        plan = run(qtbot, session.plans.refresh(plan.id))
        if plan.parts[1].status == "PAID":
            break
    data = run(qtbot, session.receipts.fetch("ORDER", plan.parts[1].order_id), timeout=20_000)
    assert data.plan_part is not None and data.plan_part.paid_so_far == Decimal("33.41")
    from dataclasses import replace

    from dollr_desktop.services.receipt_data import MerchantProfile

    data = replace(data, merchant=MerchantProfile("Mama Kebbeh's School"))
    for layout in (ReceiptLayout.A4, ReceiptLayout.TILL_80):
        text = " ".join(pdf_text(write_receipt_pdf(data, layout, tmp_path / f"part-{layout.value}.pdf")).split())
        assert f"Part 2 of 3 of {draft.number}" in text, text
        assert "Paid so far 33.41 USD" in text and "Balance 66.84 USD" in text, text

    # Takings count the part paid (an order like any other), never the canceled parent.
    assert run(qtbot, session.sync_now(), timeout=30_000)
    today = session.takings.today()
    assert today.by_currency["USD"].gross == Decimal("33.41") and today.by_currency["USD"].count == 1


def test_cancel_a_plan_from_the_page_keeps_what_is_paid(qtbot, make_app, sandbox):
    from dollr_desktop.services.plans import PartSpec, split
    from tests.e2e.test_payment_plans import _pay
    from tests.ui.helpers import click_message_button

    app = start_practice(qtbot, make_app, sandbox)
    draft = invoice_due(qtbot, app, "Sekou Kante", "231770888999", "90.00", date.today() + timedelta(days=30))
    session, feature = app.session, app.features.bills
    plan = run(qtbot, session.plans.create("INVOICE", draft.id, [
        PartSpec(a, None, "part") for a in split(Decimal("90.00"), "USD", 3)]), timeout=20_000)
    _pay(run(qtbot, session.client.links.pay("ORDER", plan.parts[0].order_number)).url, "231770888999")
    for _ in range(50):
        run(qtbot, feature.show_plans(from_dollr=True))
        if feature.plans and feature.plans[0].parts[0].status == "PAID":
            break
    app.window.show_page("bills")
    feature.view.plans.selectRow(0)
    click(qtbot, feature.view.cancel_plan_button)
    click_message_button(qtbot, "Cancel plan", "Cancel unpaid parts")
    qtbot.waitUntil(lambda: feature.view.plans.item(0, 6).text() == "Canceled", timeout=10_000)
    assert feature.view.message_label.text() == "Plan canceled. 30.00 USD stays paid."
    statuses = [str(getattr(o.status, "value", o.status)) for o in
                [run(qtbot, session.client.orders.retrieve(p.order_id)) for p in plan.parts]]
    assert statuses == ["PAID", "CANCELED", "CANCELED"]
