"""The document editor's questions: is something unsaved, and what to do with it on closing
(save the draft / discard / keep editing); the publish confirmation with "don't ask again".

A mixin placed before QDialog (its `reject` comes first); words keep the editor's context.
"""
from __future__ import annotations

import asyncio

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QMessageBox

from dollr_desktop.ui import hub as events
from dollr_desktop.ui.dialogs.async_dialogs import run_dialog


class EditorQuestions:
    def _state(self) -> tuple:
        """What the merchant can change, to tell whether something is not saved yet."""
        contact = self.customer_picker.contact
        return (getattr(contact, "id", None), self.currency_combo.currentData(), self.note_edit.text().strip(),
                self.fee_bearer_combo.currentData(), self.due_check.isChecked(), self.due_edit.date().toString(),
                self.link_check.isChecked(), self.discount_edit.text().strip(), self.tax_combo.currentData(),
                self.inclusive_check.isChecked(), bool(self.items_model.refused),
                tuple((i.name, i.qty, i.amount, i.discount, i.tax) for i in self.items_model.items
                      if not (not i.name.strip() and not i.amount and i.item_id is None)))

    def is_unsaved(self) -> bool:
        if not (self.draft.editable and not self.draft.local_key):
            return False
        if not self.draft.sent:   # a new one is worth keeping once it has lines or a note
            return bool(self.note_edit.text().strip() or self._state()[-1] or self.items_model.refused)
        return self._state() != self._saved_state

    async def _confirm_publish(self, invoice: bool) -> bool:
        from dollr_desktop.ui.dialogs.document_words import publish_question

        title, text = publish_question(invoice)
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("confirmDialog")
        box.setAccessibleName(box.windowTitle())
        ok = box.addButton(QCoreApplication.translate("DocumentEditor", "Publish"), QMessageBox.ButtonRole.AcceptRole)
        ok.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Publish"))
        back = box.addButton(QCoreApplication.translate("DocumentEditor", "Go back"), QMessageBox.ButtonRole.RejectRole)
        back.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Go back"))
        box.setDefaultButton(back)
        never = QCheckBox(QCoreApplication.translate("DocumentEditor", "Don't ask again (Settings can turn it back on)"))
        never.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Don't ask again"))
        box.setCheckBox(never)
        await run_dialog(box)
        chosen = box.clickedButton() is ok
        if chosen and never.isChecked() and self.settings is not None:
            self.settings.confirm_publish = False
            await asyncio.to_thread(self.settings.save)
            if self.hub is not None:
                self.hub.emit(events.SETTINGS_CHANGED)
        box.deleteLater()
        return chosen

    # closing ------------------------------------------------------------------------------------
    def reject(self) -> None:
        """Close, Escape and the window's ×: an unsaved editor asks first."""
        if self._may_close or not self.is_unsaved():
            self.items_table.close_cell_editors()
            super().reject()
            return
        if self._asking is None or self._asking.done():
            self._asking = asyncio.ensure_future(self._ask_before_closing())

    def force_close(self) -> None:
        """The app is closing: no question (what is not saved stays unsaved, as it always did)."""
        self._may_close = True
        self.close()

    async def _ask_before_closing(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("DocumentEditor", "Save your changes?"),
                          QCoreApplication.translate("DocumentEditor", "This document has changes that are not saved."),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("confirmDialog")
        box.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Save your changes?"))
        save = box.addButton(QCoreApplication.translate("DocumentEditor", "Save draft"), QMessageBox.ButtonRole.AcceptRole)
        save.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Save the draft and close"))
        discard = box.addButton(QCoreApplication.translate("DocumentEditor", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
        discard.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Discard the changes and close"))
        keep = box.addButton(QCoreApplication.translate("DocumentEditor", "Keep editing"), QMessageBox.ButtonRole.RejectRole)
        keep.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Keep editing"))
        box.setDefaultButton(save)
        box.setEscapeButton(keep)
        await run_dialog(box)
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is discard or (clicked is save and await self.save()):
            self._may_close = True
            self.close()
