"""Driving the payout screens the way a merchant does, against the sandbox over a real socket."""
from __future__ import annotations

import asyncio
from decimal import Decimal

import httpx
from PySide6.QtCore import Qt



def sandbox_get(sandbox, path: str):
    response = httpx.get(sandbox.base_url + path, timeout=10)
    response.raise_for_status()
    return response.json()


def sandbox_post(sandbox, path: str, body: dict | None = None):
    response = httpx.post(sandbox.base_url + path, json=body or {}, timeout=10)
    response.raise_for_status()
    return response.json()


def wallet_balance(sandbox, currency: str) -> Decimal:
    wallets = sandbox_get(sandbox, "/_sandbox/wallets")
    return next(Decimal(w["balance"]) for w in wallets if w["currency"] == currency)


def payout_executions(sandbox) -> list[dict]:
    return [e for e in sandbox_get(sandbox, "/_sandbox/executions") if e["operation_type"] == "PAYOUT"]


def start_in_practice(qtbot, make_app, sandbox):
    app = make_app(sandbox)
    start = asyncio.ensure_future(app.start(practice=True))
    qtbot.waitUntil(start.done, timeout=15_000)
    start.result()
    qtbot.waitUntil(lambda: app.session.store is not None and app.session.store.contacts.count() > 0, timeout=15_000)  # synced
    return app


def click(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), f"{widget.accessibleName()} is not clickable"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_new_payout(qtbot, app):
    qtbot.waitUntil(lambda: hasattr(app.features, "payouts"), timeout=10_000)   # may load late
    app.window.show_page("payouts")
    click(qtbot, app.features.payouts.view.new_button)
    qtbot.waitUntil(lambda: app.features.payouts.view.payout_dialog is not None
                    and app.features.payouts.view.payout_dialog.isVisible(), timeout=5_000)
    return app.features.payouts.view.payout_dialog


def new_recipient(qtbot, dialog, name: str, phone: str, relationship: str = "SUPPLIER",
                  before_create=lambda: None) -> None:
    box = dialog.recipient_box
    click(qtbot, box.picker.new_button)
    qtbot.waitUntil(box.new_frame.isVisible)
    qtbot.keyClicks(box.name_edit, name)
    box.relationship_combo.setCurrentIndex(box.relationship_combo.findData(relationship))
    qtbot.keyClicks(dialog.phone_edit.number_edit, phone)
    before_create()
    click(qtbot, box.create_button)
    qtbot.waitUntil(lambda: box.contact is not None, timeout=10_000)


def pick_recipient(qtbot, dialog, text: str) -> None:
    picker = dialog.recipient_box.picker
    qtbot.keyClicks(picker.edit, text)
    qtbot.waitUntil(lambda: bool(picker._matches), timeout=5_000)
    assert picker.choose_first_match()


def fill_amount(qtbot, dialog, amount: str, currency: str) -> None:
    dialog.currency_combo.setCurrentIndex(dialog.currency_combo.findData(currency))
    dialog.amount_edit.clear()
    qtbot.keyClicks(dialog.amount_edit, amount)
    qtbot.waitUntil(lambda: dialog.quote is not None, timeout=10_000)


def continue_to_session(qtbot, dialog) -> None:
    click(qtbot, dialog.continue_button)
    qtbot.waitUntil(lambda: dialog.prepared is not None and dialog.approve_button.isVisible(), timeout=10_000)


def open_approval(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.approve_button.isVisible() and dialog.approve_button.isEnabled(), timeout=5_000)
    click(qtbot, dialog.approve_button)
    qtbot.waitUntil(lambda: dialog.approval_dialog is not None and dialog.approval_dialog.isVisible(),
                    timeout=5_000)
    return dialog.approval_dialog


def type_passcode_and_approve(qtbot, approval, passcode: str) -> None:
    approval.passcode_edit.setFocus()
    qtbot.keyClicks(approval.passcode_edit, passcode)
    sent = approval.approvals_sent
    click(qtbot, approval.approve_button)
    assert approval.passcode_edit.text() == ""   # the widget forgets it at once
    qtbot.waitUntil(lambda: approval.approvals_sent > sent and not approval._submitting, timeout=15_000)


def wait_final(qtbot, dialog, timeout: int = 15_000) -> None:
    qtbot.waitUntil(lambda: dialog.entry is not None and dialog.entry.is_final, timeout=timeout)
