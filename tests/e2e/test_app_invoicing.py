"""The merchant's day in practice mode, clicked through against the sandbox over a real socket."""
from __future__ import annotations

import asyncio
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QPushButton, QTableView, QWidget

from dollr_desktop.services.invoicing import DocumentStatus
from dollr_desktop.ui.models.line_items_model import Columns
from tests.ui.conftest import credentials, make_app, memory_keyring, qloop, qloop_session  # noqa: F401 (fixtures)
from tests.ui.helpers import click_message_button, shoot


def start_in_practice(qtbot, make_app, sandbox):
    app = make_app(sandbox)
    start = asyncio.ensure_future(app.start())
    qtbot.waitUntil(lambda: getattr(app, "first_run_dialog", None) is not None
                    and app.first_run_dialog.isVisible(), timeout=5_000)
    shoot(app.first_run_dialog, "first_run_dialog")
    qtbot.mouseClick(app.first_run_dialog.practice_button, Qt.MouseButton.LeftButton)
    people = app.features.people   # then the owner is offered; this merchant works alone: "Not now"
    qtbot.waitUntil(lambda: people.person_dialog is not None and people.person_dialog.isVisible(), timeout=10_000)
    qtbot.mouseClick(people.person_dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(start.done, timeout=15_000)
    start.result()
    qtbot.waitUntil(lambda: "Online" in app.window.online_label.text(), timeout=10_000)
    return app


def create_contact(qtbot, app, name: str, phone: str):
    app.window.show_page("contacts")
    qtbot.mouseClick(app.features.contacts.view.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.features.contacts.contact_dialog is not None and app.features.contacts.contact_dialog.isVisible())
    dialog = app.features.contacts.contact_dialog
    qtbot.keyClicks(dialog.name_edit, name)
    qtbot.keyClicks(dialog.phone_edit.number_edit, phone)
    return dialog


def type_item(qtbot, editor, name: str, qty: str, price: str) -> None:
    """Add a line the way a person does: Add item, type, Tab, type, Tab, type, Enter."""
    if not editor.isActiveWindow():
        editor.activateWindow()
        qtbot.waitUntil(editor.isActiveWindow)
    qtbot.mouseClick(editor.add_item_button, Qt.MouseButton.LeftButton)
    for text in (name, qty, price):
        cell_editor = QApplication.focusWidget()
        cell_editor.selectAll()
        qtbot.keyClicks(cell_editor, text)
        qtbot.keyClick(cell_editor, Qt.Key.Key_Tab)


def activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)


def new_invoice_for(qtbot, app, customer_text: str):
    activate(qtbot, app.window)
    qtbot.keyClick(app.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(app.features.documents.editors))
    editor = app.features.documents.editors[-1]
    qtbot.keyClicks(editor.customer_picker.edit, customer_text)
    qtbot.waitUntil(lambda: bool(editor.customer_picker._matches), timeout=5_000)
    qtbot.keyClick(editor.customer_picker.edit, Qt.Key.Key_Return)
    assert editor.customer_picker.contact is not None
    return editor


def test_practice_day_contact_invoice_publish_cancel_and_422(qtbot, make_app, sandbox):
    app = start_in_practice(qtbot, make_app, sandbox)
    assert app.window.practice_banner.isVisible()
    assert sandbox.info["passcode"] in app.window.practice_banner.label.text()
    assert "PRACTICE" in app.window.environment_label.text()
    shoot(app.window, "home_practice")

    # A new contact: the operator is detected while typing; party then counterparty on the sandbox.
    dialog = create_contact(qtbot, app, "Comfort Wleh", "0886123456")
    assert "MTN" in dialog.phone_edit.detected_label.text()
    shoot(dialog, "new_contact_dialog")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.contact is not None, timeout=10_000)
    assert dialog.contact.phone == "231886123456" and dialog.contact.id > 0
    qtbot.keyClicks(app.features.contacts.view.search_edit, "comfort wl")
    qtbot.waitUntil(lambda: app.features.contacts.view.count_label.text() == "1 contact", timeout=5_000)
    assert app.features.contacts.view.model.row(0)["name"] == "Comfort Wleh"
    shoot(app.window, "contacts_search")

    # An invoice with three items, typed into the table; the total runs as we type.
    editor = new_invoice_for(qtbot, app, "Comfort W")
    editor.note_edit.setText("School fees, first term")
    type_item(qtbot, editor, "Tuition", "1", "150")
    type_item(qtbot, editor, "Books", "3", "12.50")
    type_item(qtbot, editor, "Uniform", "2", "20")
    # Tab at the end of each row started the next line; the last one, left empty, is not kept.
    assert [i.name for i in editor.draft.items] == ["Tuition", "Books", "Uniform", ""]
    assert editor.items_model.total() == Decimal("227.50")
    assert editor.total_label.text() == "Total: 227.50 LRD"
    shoot(editor, "invoice_editor_draft")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.draft.number.startswith("INV-"), timeout=10_000)
    assert all(item.item_id for item in editor.draft.items)

    # Publish, after confirming that it locks.
    qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    click_message_button(qtbot, "Publish this invoice", "Publish")
    qtbot.waitUntil(lambda: editor.draft.status == DocumentStatus.ACTIVE, timeout=10_000)
    assert editor.items_model.locked and not editor.add_item_button.isEnabled()
    assert not editor.save_button.isEnabled() and editor.publish_button.isHidden()
    assert "locked" in editor.locked_label.text()
    assert not (editor.items_model.flags(editor.items_model.index(0, Columns.AMOUNT)) & Qt.ItemFlag.ItemIsEditable)
    assert sandbox.state.documents[editor.draft.id]["status"] == "ACTIVE" if hasattr(sandbox.state, "documents") else True

    # Fee preview on the published invoice.
    qtbot.mouseClick(editor.fee_preview.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.fee_preview.pays_label.text() != "—", timeout=10_000)
    assert editor.fee_preview.receives_label.text().endswith(("LRD", "USD"))
    assert "fee" in editor.fee_preview.fees_label.text().lower()
    shoot(editor, "invoice_published_fee_preview")
    published_number = editor.draft.number
    editor.close()

    # Another invoice, saved then canceled.
    other = new_invoice_for(qtbot, app, "Comfort W")
    type_item(qtbot, other, "Deposit", "1", "50")
    qtbot.mouseClick(other.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: other.message_label.text() == "Saved.", timeout=10_000)
    qtbot.mouseClick(other.cancel_doc_button, Qt.MouseButton.LeftButton)
    click_message_button(qtbot, "Cancel this invoice", "Cancel invoice")
    qtbot.waitUntil(lambda: other.draft.status == DocumentStatus.CANCELED, timeout=10_000)
    assert other.cancel_doc_button.isHidden() and other.items_model.locked
    other.close()

    # A 422 from Dollr lands on the right field: the quantity of line 2.
    bad = new_invoice_for(qtbot, app, "Comfort W")
    type_item(qtbot, bad, "Rice", "1", "10")
    type_item(qtbot, bad, "Sugar", "200000", "2")
    qtbot.mouseClick(bad.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (1, Columns.QTY) in bad.items_model.errors, timeout=10_000)
    assert "Line 2" in bad.items_error_label.text()
    assert (0, Columns.QTY) not in bad.items_model.errors
    shoot(bad, "invoice_editor_422")
    bad.items_model.setData(bad.items_model.index(1, Columns.QTY), "2")
    qtbot.mouseClick(bad.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bad.message_label.text() == "Saved.", timeout=10_000)
    assert [i.qty for i in bad.draft.items] == [1, 2]
    bad.close()

    # The list shows them with words for their state; filters narrow it.
    app.window.show_page("invoices")
    view = app.features.documents.view
    qtbot.waitUntil(lambda: view.model.rowCount() > 20, timeout=5_000)
    shoot(app.window, "invoices_list_all")
    view.set_status_filter("Published")
    qtbot.waitUntil(lambda: any(view.model.row(r) and view.model.row(r)["number"] == published_number
                                for r in range(view.model.rowCount())), timeout=5_000)
    view.set_status_filter("Canceled")
    qtbot.waitUntil(lambda: view.model.rowCount() >= 1 and all(
        view.model.row(r)["status"] == "CANCELED" for r in range(view.model.rowCount())), timeout=5_000)
    view.set_status_filter("All statuses")
    activate(qtbot, app.window)
    qtbot.keyClick(app.window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search_edit.hasFocus()
    qtbot.keyClicks(view.search_edit, published_number)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5_000)
    shoot(app.window, "invoices_list")
    # Enter opens the first match in the editor.
    before = len(app.features.documents.editors)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(app.features.documents.editors) == before + 1, timeout=5_000)
    assert app.features.documents.editors[-1].draft.number == published_number


def test_contact_page_lists_their_documents_and_edits_the_relationship(qtbot, make_app, sandbox):
    app = start_in_practice(qtbot, make_app, sandbox)
    app.window.show_page("contacts")
    view = app.features.contacts.view
    qtbot.waitUntil(lambda: view.model.rowCount() > 10, timeout=5_000)
    shoot(app.window, "contacts_list")
    qtbot.keyClicks(view.search_edit, "musu kollie")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5_000)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)        # Enter selects the first match …
    qtbot.keyClick(view.table, Qt.Key.Key_Return)              # … and Enter opens it
    page = app.features.contacts.page
    qtbot.waitUntil(lambda: page.contact is not None and page.documents_view is not None
                    and page.documents_view.model.rowCount() > 0, timeout=10_000)
    assert page.name_label.text() == "Musu Kollie"
    rows = [page.documents_view.model.row(r) for r in range(page.documents_view.model.rowCount())]
    assert {r["counterparty_id"] for r in rows} == {page.contact.id}
    page.relationship_combo.setCurrentIndex(page.relationship_combo.findData("PARTNER"))
    qtbot.mouseClick(page.save_relationship_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.contact.relationship_type == "PARTNER", timeout=10_000)
    assert sandbox.state.counterparties[page.contact.id]["relationship_type"] == "PARTNER"
    shoot(app.window, "contact_page")
    # An order: the same editor without a due date; its customer created inline.
    app.window.show_page("invoices")
    qtbot.mouseClick(app.features.documents.view.new_order_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(app.features.documents.editors))
    order = app.features.documents.editors[-1]
    assert order.windowTitle() == "New order" and order.due_row.isHidden()
    qtbot.keyClicks(order.customer_picker.edit, "Garmai Nyenpan")
    qtbot.mouseClick(order.customer_picker.new_button, Qt.MouseButton.LeftButton)
    inline = None

    def inline_dialog():
        nonlocal inline
        inline = next((w for w in QApplication.topLevelWidgets()
                       if type(w).__name__ == "ContactDialog" and w.isVisible()), None)
        return inline is not None

    qtbot.waitUntil(inline_dialog)
    assert inline.name_edit.text() == "Garmai Nyenpan"     # what was typed in the picker
    qtbot.keyClicks(inline.phone_edit.number_edit, "0555123456")
    qtbot.mouseClick(inline.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: order.customer_picker.contact is not None, timeout=10_000)
    assert order.customer_picker.contact.name == "Garmai Nyenpan"
    type_item(qtbot, order, "Paracetamol", "4", "1.25")
    qtbot.mouseClick(order.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: order.draft.number.startswith("ORD-"), timeout=10_000)
    assert order.draft.due_date is None and order.total_label.text() == "Total: 5.00 LRD"
    order.close()

    app.window.show_page("home")
    shoot(app.window, "home")
    app.window.show_page("settings")
    shoot(app.window, "settings_practice")
    for key in ("home", "contacts", "contact", "invoices", "settings"):
        page = app.window.show_page(key)
        unnamed = [w for w in page.findChildren(QWidget)
                   if isinstance(w, (QPushButton, QLineEdit, QComboBox, QTableView, QCheckBox))
                   and w.isVisibleTo(app.window) and not w.accessibleName()
                   and not (isinstance(w, QLineEdit) and isinstance(w.parent(), QComboBox))]
        assert not unnamed, (key, [type(w).__name__ + ":" + getattr(w, "text", lambda: "")() for w in unnamed])
