"""The till, clicked and typed through the real app against the sandbox over a socket."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from dollr_desktop.store.journal import PaymentState
from dollr_desktop.store.saved_items import ItemValues
from tests.ui.collect.helpers import slow_sandbox, start_practice, wait_for_quote  # noqa: F401 (fixture)
from tests.ui.conftest import credentials, make_app, memory_keyring, qloop, qloop_session  # noqa: F401 (fixtures)
from tests.ui.helpers import run, shoot

ITEMS = (
    ItemValues("Rice 1kg", {"LRD": Decimal("150.00"), "USD": Decimal("0.80")}, code="6001", category="Food"),
    ItemValues("Soap bar", {"LRD": Decimal("50.00")}, code="6002", category="Home"),
    ItemValues("Palm oil", {"LRD": Decimal("300.00")}, code="6003", category="Food", stock=5),
)


def open_till(qtbot, app):
    for values in ITEMS:
        run(qtbot, app.session.items.save(values))
    app.window.activateWindow()
    qtbot.mouseClick(app.features.home.view.new_sale_button, Qt.MouseButton.LeftButton)
    view = app.features.till.view
    assert app.window.current_key() == "sale"
    run(qtbot, view.refresh())
    qtbot.waitUntil(lambda: view.tiles.tile("Palm oil") is not None, timeout=5_000)
    return view


def scan(qtbot, view, code: str) -> None:
    """A scanner types the code and Enter into whatever has focus: the search box."""
    view.search_edit.setFocus()
    for ch in code:
        qtbot.keyClick(view.search_edit, ch)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)


def charge_dialog(qtbot, app, view):
    till = app.features.till
    before = set(till.dialogs)
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow, timeout=5_000)
    view.phone_edit.number_edit.setFocus()
    qtbot.keyClick(view.phone_edit.number_edit, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: bool(set(till.dialogs) - before), timeout=15_000)
    key = (set(till.dialogs) - before).pop()
    return key, till.dialogs[key]


def test_three_items_by_tile_search_and_scanner_walk_in_charge_momo_paid_reprint(qtbot, make_app, slow_sandbox):
    app = start_practice(qtbot, make_app, slow_sandbox)
    view = open_till(qtbot, app)
    shoot(view, "till_sale_empty")

    qtbot.mouseClick(view.tiles.tile("Rice 1kg"), Qt.MouseButton.LeftButton)       # a tile
    qtbot.keyClicks(view.search_edit, "soa")                                         # a search, Enter
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(view.basket.lines) == 2, timeout=5_000)
    scan(qtbot, view, "6003")                                                        # a scanner, twice
    scan(qtbot, view, "6003")
    qtbot.waitUntil(lambda: len(view.basket.lines) == 3 and view.basket.lines[2].qty == 2, timeout=5_000)
    assert [(line.name, line.qty) for line in view.basket.lines] == [("Rice 1kg", 1), ("Soap bar", 1), ("Palm oil", 2)]
    assert view.total_label.text().startswith("Total 800.00 LRD")
    assert view.basket_table.rowCount() == 3 and view.basket_table.item(2, 1).text() == "2"
    # An unknown code says so where it was typed, and keeps what was typed.
    scan(qtbot, view, "999")
    qtbot.waitUntil(lambda: view.search_message.isVisible(), timeout=5_000)
    assert "999" in view.search_message.text() and view.search_edit.text() == "999"
    view.search_edit.clear()

    # A walk-in: just a phone number (Dollr finds or makes the contact).
    qtbot.keyClicks(view.phone_edit.number_edit, "0886123456")
    # The operator detected and Dollr's quote, on the sale screen, before anything is made.
    qtbot.waitUntil(lambda: view.preview is not None, timeout=10_000)
    assert view.quote_label.text().startswith("MTN MoMo") and "customer pays" in view.quote_label.text()
    shoot(view, "till_sale_basket")
    key, dialog = charge_dialog(qtbot, app, view)   # F9: the order, then the push, in one key
    assert not view.basket.lines and view.search_edit.text() == ""   # ready for the next sale at once
    momo = dialog.momo
    qtbot.waitUntil(lambda: momo.entry is not None, timeout=10_000)
    assert momo.phone_edit.digits() == "231886123456" and momo.entry.method == "MTN_MOMO_LBR"
    assert view.preview is None and "request sent" in view.charge_message.text()
    qtbot.waitUntil(lambda: key in view.waiting.chips, timeout=5_000)
    shoot(view, "till_sale_waiting")
    qtbot.waitUntil(lambda: momo.entry.state is PaymentState.COMPLETED, timeout=15_000)
    qtbot.waitUntil(lambda: key not in view.waiting.chips, timeout=10_000)
    qtbot.waitUntil(view.reprint_button.isEnabled, timeout=5_000)
    assert "paid" in view.charge_message.text()
    assert any(n.startswith("Paid:") for n in app.notifier.notices)
    # The order carries the three items; the stock went down once.
    items = app.session.store.items
    assert items.by_code("6003").stock == 3
    assert not items.take_stock(*key)
    shoot(view, "till_sale_paid")
    dialog.close()

    # The contact was made quietly: the same number is recognised next time.
    run(qtbot, app.session.sync_now(), timeout=20_000)
    qtbot.keyClicks(view.phone_edit.number_edit, "0886123456")
    qtbot.waitUntil(lambda: "saved contact" in view.customer_label.text(), timeout=5_000)

    # F4 reprints the last receipt: the receipt dialog, ready to print.
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow, timeout=5_000)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_F4)
    receipts = app.features.receipts
    qtbot.waitUntil(lambda: receipts.receipt_dialog is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not receipts.receipt_dialog.preview_label.pixmap().isNull(), timeout=10_000)
    assert receipts.receipt_dialog.data.document_number == app.features.till.last_sale.source_number
    receipts.receipt_dialog.close()
    # F6: the receipt by SMS to the customer's number.
    opened = []
    app.features.till.open_url = lambda url: opened.append(url.toString())
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow, timeout=5_000)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert opened[0].startswith("sms:+231886123456?body=Receipt")


def test_catalogue_import_with_a_bad_row_imports_nothing_and_says_which_row(qtbot, make_app, sandbox, tmp_path):
    app = start_practice(qtbot, make_app, sandbox)
    app.window.show_page("items")
    catalogue = app.features.till.catalogue
    bad = tmp_path / "items.csv"
    bad.write_text("name;category;code;stock;price_LRD;price_RWF\n"
                   "Bread;Food;7001;;35,50;\n"
                   "Milk;Food;7002;many;80;150.5\n", encoding="utf-8-sig")
    catalogue.ask_import_path = lambda: str(bad)
    qtbot.mouseClick(catalogue.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(catalogue.import_errors.isVisible, timeout=5_000)
    assert catalogue.message_label.text().startswith("Nothing was imported: 2 problem")
    rows = [catalogue.import_errors.item(i).text() for i in range(catalogue.import_errors.count())]
    assert rows[0].startswith("Row 3, price in RWF: RWF prices cannot have")
    assert rows[1].startswith("Row 3, stock: “many” is not a stock count")
    assert app.session.store.items.count() == 0
    shoot(catalogue, "till_catalogue_refused")

    good = tmp_path / "good.csv"
    good.write_text("name,category,code,stock,price_LRD\nBread,Food,7001,,\"35,50\"\nMilk,Food,7002,4,80\n",
                    encoding="utf-8-sig")
    catalogue.ask_import_path = lambda: str(good)
    qtbot.mouseClick(catalogue.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: catalogue.table.rowCount() == 2, timeout=5_000)
    assert catalogue.import_errors.isHidden()
    assert app.session.store.items.by_code("7001").prices == {"LRD": Decimal("35.50")}
    # The invoice editor's suggestions, asked through the hub.
    from dollr_desktop.ui import hub as events

    suggestions = app.hub.call(events.SUGGEST_ITEMS, "bre", "LRD")
    assert [(s.name, s.price, s.code) for s in suggestions] == [("Bread", Decimal("35.50"), "7001")]
    assert app.hub.call(events.SUGGEST_ITEMS, "bre", "USD") == []
    out = tmp_path / "out.csv"
    catalogue.ask_export_path = lambda: str(out)
    qtbot.mouseClick(catalogue.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(out.exists, timeout=5_000)
    assert out.read_bytes().startswith(b"\xef\xbb\xbfname,category,code,stock,price_LRD")


def test_two_sales_pending_at_once_land_on_one_realtime_socket(qtbot, make_app, sandbox):
    from tests.ui.collect.helpers import sandbox_get, sandbox_post

    app = start_practice(qtbot, make_app, sandbox)
    view = open_till(qtbot, app)
    sales = []
    for phone, code in (("0886121111", "6001"), ("0886131111", "6002")):   # ...1111: held until settled
        scan(qtbot, view, code)
        qtbot.waitUntil(lambda: len(view.basket.lines) == 1, timeout=5_000)
        qtbot.keyClicks(view.phone_edit.number_edit, phone)
        app.window.activateWindow()
        qtbot.waitUntil(app.window.isActiveWindow, timeout=5_000)
        key, dialog = charge_dialog(qtbot, app, view)
        wait_for_quote(qtbot, dialog)
        qtbot.keyClick(dialog.momo.phone_edit.number_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda d=dialog: d.momo.entry is not None and d.momo.entry.server_status is not None,
                        timeout=10_000)
        sales.append((key, dialog.momo.entry.reference_id))
        dialog.close()   # the next customer: the payment keeps being watched
    monitor = app.session.monitor
    qtbot.waitUntil(lambda: all(monitor.watchers[r].mode.value == "live" for _, r in sales), timeout=10_000)
    assert set(view.waiting.chips) == {key for key, _ in sales}
    stats = sandbox_get(sandbox, "/_sandbox/realtime/stats")
    assert stats["open_sockets"] == 1 and stats["joined_channels"] == 2 and stats["accepted"] == 1
    shoot(view, "till_sale_two_waiting")

    for _, reference_id in sales:
        sandbox_post(sandbox, f"/_sandbox/executions/{reference_id}/settle")
    qtbot.waitUntil(lambda: not view.waiting.chips, timeout=15_000)
    for _, reference_id in sales:
        assert monitor.last_event[reference_id].via_realtime
    assert sum(n.startswith("Paid:") for n in app.notifier.notices) >= 2
    assert sandbox_get(sandbox, "/_sandbox/realtime/stats")["accepted"] == 1


def test_settings_choose_the_currency_and_the_customer_display_which_follows_the_sale(qtbot, make_app, sandbox):
    app = start_practice(qtbot, make_app, sandbox)
    view = open_till(qtbot, app)
    box = app.features.settings.view.till_box
    app.window.show_page("settings")
    box.currency_combo.setCurrentIndex(box.currency_combo.findData("USD"))
    box.display_combo.setCurrentIndex(1)   # the first (offscreen) screen
    till = app.features.till
    assert app.settings.default_currency == "USD" and app.settings.customer_display
    qtbot.waitUntil(lambda: till.display is not None and till.display.isVisible(), timeout=5_000)
    display = till.display
    assert view.currency == "USD"

    app.window.show_page("sale")
    scan(qtbot, view, "6001")
    scan(qtbot, view, "6002")   # no USD price: said where the merchant looks, nothing added
    qtbot.waitUntil(lambda: "no price in USD" in view.charge_message.text(), timeout=5_000)
    assert [line.name for line in view.basket.lines] == ["Rice 1kg"]
    assert "Rice 1kg" in display.lines_label.text() and display.total_label.text() == "Total 0.80 USD"
    qtbot.keyClicks(view.phone_edit.number_edit, "0886123456")
    key, dialog = charge_dialog(qtbot, app, view)
    assert display.pages.currentIndex() == display.CHARGE
    assert display.qr.text == till.sales[key].link.url and display.qr.text.startswith(sandbox.base_url)
    wait_for_quote(qtbot, dialog)
    qtbot.keyClick(dialog.momo.phone_edit.number_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: display.pages.currentIndex() == display.PAID, timeout=15_000)
    assert display.paid_label.text() == "Paid, thank you!"
    dialog.close()

    box.display_combo.setCurrentIndex(0)   # none: the display goes
    assert till.display is None


def test_a_saved_customer_picked_by_name_and_f10_opens_the_qr_page(qtbot, make_app, sandbox):
    app = start_practice(qtbot, make_app, sandbox)
    contact = run(qtbot, app.session.contacts.create_contact(name="Zoebeh Tarpeh", phone="231886554433"))
    view = open_till(qtbot, app)
    scan(qtbot, view, "6001")
    qtbot.waitUntil(lambda: len(view.basket.lines) == 1, timeout=5_000)
    picker = view.customer_picker.edit
    picker.setFocus()
    qtbot.keyClicks(picker, "Zoebeh")
    qtbot.waitUntil(lambda: bool(view.customer_picker._matches), timeout=15_000)
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.contact is not None, timeout=5_000)
    assert view.contact.id == contact.id and view.phone() == "231886554433"
    assert view.customer_label.text() == "Customer: Zoebeh Tarpeh"

    till = app.features.till
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow, timeout=5_000)
    qtbot.keyClick(picker, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: bool(till.dialogs), timeout=15_000)
    dialog = next(iter(till.dialogs.values()))
    assert dialog.tabs.currentIndex() == dialog.LINK_TAB
    assert dialog.momo.entry is None   # nothing was sent: the customer scans or pays by card
    qtbot.waitUntil(lambda: dialog.link.qr.text.startswith(sandbox.base_url), timeout=10_000)
    assert till.last_sale.customer_name == "Zoebeh Tarpeh"
    dialog.close()
