"""Dialogs awaited without a nested event loop.

`QDialog.exec()` inside a qasync task would block that task's step while other tasks try to run,
so dialogs are opened with `open()` and awaited through a future.
"""
from __future__ import annotations

import asyncio

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from shiboken6 import isValid


async def run_dialog(dialog: QDialog) -> int:
    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def finished(result: int) -> None:
        if not future.done():
            future.set_result(result)

    dialog.finished.connect(finished)
    dialog.open()
    try:
        return await future
    finally:
        try:
            dialog.finished.disconnect(finished)
        except (RuntimeError, TypeError):
            pass


async def confirm(parent: QWidget | None, title: str, text: str, ok_text: str,
                  cancel_text: str = "", informative: str = "") -> bool:
    cancel_text = cancel_text or QCoreApplication.translate("Dialogs", "Go back")
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("confirmDialog")
    box.setAccessibleName(title)
    if informative:
        box.setInformativeText(informative)
    ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
    ok.setAccessibleName(ok_text)
    back = box.addButton(cancel_text, QMessageBox.ButtonRole.RejectRole)
    back.setAccessibleName(cancel_text)
    box.setDefaultButton(back)
    clicked: list[object] = []   # read from the signal: the box may be gone once it has closed
    box.buttonClicked.connect(clicked.append)
    await run_dialog(box)
    if isValid(box):
        box.deleteLater()
    return bool(clicked) and clicked[-1] is ok
