"""The contact dialog keeps a customer's receipt language (stored by phone number)."""
from __future__ import annotations


def test_the_contact_dialog_saves_the_receipt_language_with_the_contact(qtbot, qloop):
    from dollr_desktop.ui.dialogs.contact_dialog import ContactDialog
    from dollr_desktop.ui.runner import OperationRunner

    saved, created = [], []

    async def create_contact(**values):
        created.append(values)
        return object()

    dialog = ContactDialog(OperationRunner(), create_contact, default_country="RW",
                           save_language=lambda phone, language: saved.append((phone, language)))
    # (no qtbot.addWidget: the dialog deletes itself once saved)
    dialog.show()
    dialog.name_edit.setText("Aline Uwase")
    dialog.phone_edit.number_edit.setText("+250 788 123 456")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("rw"))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(saved), timeout=5_000)
    assert saved == [("250788123456", "rw")] and created[0]["phone"] == "250788123456"
