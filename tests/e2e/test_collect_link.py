"""Payment link / QR: the customer pays on Dollr's hosted page (here an HTTP client posting its
form), and the invoice flips to PAID in the app while the dialog shows the QR code."""
from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import httpx
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from tests.ui.collect.helpers import (  # noqa: F401 (slow_sandbox is a fixture)
    open_collect_dialog, published_invoice, slow_sandbox, start_practice,
)
from tests.ui.conftest import credentials, make_app, memory_keyring, qloop, qloop_session  # noqa: F401 (fixtures)
from tests.ui.helpers import run, shoot


def pay_on_hosted_page(url: str, phone: str) -> str:
    """What a customer's browser does: load the page, fill the mobile-money form, submit it."""
    with httpx.Client(follow_redirects=True, timeout=10) as browser:
        page = browser.get(url)
        assert page.status_code == 200
        action = re.search(r"<form[^>]*action='([^']*/momo)'", page.text).group(1)
        answer = browser.post(httpx.URL(url).join(action), data={"phone": phone, "currency": "USD"})
        assert answer.status_code == 200, answer.text
        return answer.text


def test_qr_link_paid_on_hosted_page_flips_invoice_live(qtbot, make_app, slow_sandbox):
    app = start_practice(qtbot, make_app, slow_sandbox)
    draft = published_invoice(qtbot, app, "Comfort Wleh", "231886123456", total="12.50")
    editor, dialog = open_collect_dialog(qtbot, app, draft)
    opened: list[str] = []
    dialog.link._open_url = lambda url: opened.append(url.toString())
    dialog.tabs.setCurrentIndex(dialog.LINK_TAB)
    link = dialog.link
    qtbot.waitUntil(lambda: link.qr.text != "", timeout=10_000)
    url = link.url_edit.text()
    assert url.startswith(slow_sandbox.base_url + "/pay/") and link.qr.text == url
    assert "Waiting for the customer to pay 12.50 USD" in link.status_label.text()
    shoot(dialog, "collect_link_qr")

    # Copy, open and share, each with the link and a prefilled message.
    qtbot.mouseClick(link.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == url
    for button in (link.open_button, link.whatsapp_button, link.sms_button, link.email_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    browser, whatsapp, sms, email = opened
    assert browser == url
    assert whatsapp.startswith("https://wa.me/231886123456?text=")
    message = parse_qs(urlsplit(whatsapp).query)["text"][0]
    assert draft.number in message and "12.50 USD" in message and url in message
    assert sms.startswith("sms:+231886123456?body=")
    assert email.startswith("mailto:?subject=") and draft.number in parse_qs(urlsplit(email).query)["subject"][0]

    # The customer pays on the page; the app sees the document become PAID without any click.
    status_page = pay_on_hosted_page(url, "231886123456")
    assert "status PROCESSING" in status_page
    qtbot.waitUntil(lambda: link.paid, timeout=15_000)
    assert link.status_label.text().startswith("✔ Paid") and link.qr.paid
    assert not dialog.momo.confirm_button.isEnabled()
    qtbot.waitUntil(dialog.receipt_button.isEnabled, timeout=5_000)
    shoot(dialog, "collect_link_paid")
    qtbot.waitUntil(lambda: editor.draft.status == "PAID", timeout=10_000)
    assert app.session.store.documents.get("INVOICE", draft.id).status == "PAID"
    app.window.show_page("invoices")
    view = app.features.documents.view
    view.set_status_filter("Paid")
    qtbot.waitUntil(lambda: any(view.model.row(r) and view.model.row(r)["number"] == draft.number
                                for r in range(view.model.rowCount())), timeout=5_000)


def test_from_the_list_collect_then_receipt_one_click_away(qtbot, make_app, slow_sandbox):
    app = start_practice(qtbot, make_app, slow_sandbox)
    draft = published_invoice(qtbot, app, "Comfort Wleh", "231886123456", total="9.00")
    run(qtbot, app.features.documents.refresh())
    app.window.show_page("invoices")
    view = app.features.documents.view
    qtbot.keyClicks(view.search_edit, draft.number)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.model.row(0) is not None, timeout=5_000)
    view.table.selectRow(0)
    assert view.collect_button.isEnabled() and not view.receipt_button.isEnabled()
    qtbot.mouseClick(view.collect_button, Qt.MouseButton.LeftButton)
    key = ("INVOICE", draft.id)
    qtbot.waitUntil(lambda: key in app.features.collect.dialogs, timeout=10_000)
    dialog = app.features.collect.dialogs[key]
    dialog.tabs.setCurrentIndex(dialog.LINK_TAB)
    qtbot.waitUntil(lambda: dialog.link.qr.text != "", timeout=10_000)
    pay_on_hosted_page(dialog.link.qr.text, "231776543210")
    qtbot.waitUntil(lambda: dialog.link.paid, timeout=15_000)
    dialog.close()

    # The list shows it paid; the receipt is one click away.
    qtbot.waitUntil(lambda: view.model.row(0) is not None and view.model.row(0)["status"] == "PAID", timeout=10_000)
    view.table.selectRow(0)
    assert view.receipt_button.isEnabled() and not view.collect_button.isEnabled()
    qtbot.mouseClick(view.receipt_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.features.receipts.receipt_dialog is not None, timeout=10_000)
    receipt = app.features.receipts.receipt_dialog
    assert receipt.data.document_number == draft.number
    qtbot.waitUntil(lambda: not receipt.preview_label.pixmap().isNull(), timeout=10_000)
    receipt.close()


def test_quick_sale_makes_an_order_with_a_qr_that_gets_paid(qtbot, make_app, slow_sandbox):
    app = start_practice(qtbot, make_app, slow_sandbox)
    app.window.show_page("payments")
    feature = app.features.collect
    qtbot.mouseClick(app.features.payments.view.quick_sale_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: feature.quick_sale_dialog is not None and feature.quick_sale_dialog.isVisible(),
                    timeout=5_000)
    sale = feature.quick_sale_dialog
    # Bad input gets a clear message and loses nothing.
    qtbot.keyClicks(sale.phone_edit.number_edit, "0886123456")
    qtbot.keyClicks(sale.item_edit, "Cough syrup")
    qtbot.keyClicks(sale.amount_edit, "abc")
    qtbot.mouseClick(sale.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not an amount" in sale.errors._fields["items.0.amount"][1].text(), timeout=5_000)
    assert sale.isVisible() and sale.item_edit.text() == "Cough syrup"
    shoot(sale, "quick_sale_bad_amount")
    sale.amount_edit.setText("7.50")
    sale.currency_combo.setCurrentIndex(sale.currency_combo.findData("USD"))
    qtbot.mouseClick(sale.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(k[0] == "ORDER" for k in feature.dialogs), timeout=10_000)
    dialog = next(d for k, d in feature.dialogs.items() if k[0] == "ORDER")
    assert dialog.tabs.currentIndex() == dialog.LINK_TAB and dialog.target.source_number.startswith("ORD-")
    qtbot.waitUntil(lambda: dialog.link.qr.text.startswith(slow_sandbox.base_url + "/pay/"), timeout=5_000)
    shoot(dialog, "quick_sale_qr")
    pay_on_hosted_page(dialog.link.qr.text, "231886123456")
    qtbot.waitUntil(lambda: dialog.link.paid, timeout=15_000)
    qtbot.waitUntil(dialog.receipt_button.isEnabled, timeout=5_000)
    qtbot.waitUntil(lambda: (app.session.store.documents.get("ORDER", dialog.target.source_id) or None) is not None
                    and app.session.store.documents.get("ORDER", dialog.target.source_id).status == "PAID", timeout=10_000)
