"""Helpers for the collect-payment tests: a practice app, a published invoice, the dialog, the sandbox."""
from __future__ import annotations

import asyncio
from decimal import Decimal

import httpx
import pytest
from PySide6.QtCore import Qt

from dollr_desktop.services.invoicing import DocumentDraft, DocumentKind, DraftItem
from tests.ui.helpers import run


def start_practice(qtbot, make_app, sandbox):
    """An app in practice mode against this sandbox, online."""
    app = make_app(sandbox)
    run(qtbot, app.start(practice=True), timeout=20_000)
    qtbot.waitUntil(lambda: getattr(app.session, "monitor", None) is not None, timeout=10_000)
    return app


def published_invoice(qtbot, app, name: str, phone: str, *, total: str = "25.00", currency: str = "USD"):
    """A customer and a published invoice, made through the app's services (not the subject here)."""
    async def make():
        contact = await app.session.contacts.create_contact(name=name, phone=phone)
        draft = DocumentDraft(kind=DocumentKind.INVOICE, counterparty_id=contact.id, counterparty_name=name,
                              currency=currency, note="Medicine", items=[DraftItem("Amoxicillin", 1, Decimal(total))])
        saved = await app.session.invoicing.save_draft(draft)
        return await app.session.invoicing.publish(saved)

    return run(qtbot, make(), timeout=20_000)


def open_collect_dialog(qtbot, app, draft):
    """Open the invoice in its editor and click "Collect payment…", as a merchant does."""
    editor = app.features.documents.open_editor(draft)
    qtbot.waitUntil(editor.collect_button.isVisible, timeout=5_000)
    qtbot.mouseClick(editor.collect_button, Qt.MouseButton.LeftButton)
    key = ("INVOICE", draft.id)
    qtbot.waitUntil(lambda: key in app.features.collect.dialogs, timeout=10_000)
    dialog = app.features.collect.dialogs[key]
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    return editor, dialog


def wait_for_quote(qtbot, dialog, timeout: int = 15_000) -> None:
    momo = dialog.momo
    qtbot.waitUntil(lambda: momo.plan is not None and momo.confirm_button.isEnabled(), timeout=timeout)


def sandbox_get(sandbox, path: str):
    return httpx.get(sandbox.base_url + path, timeout=10).json()


def sandbox_post(sandbox, path: str, body: dict | None = None):
    response = httpx.post(sandbox.base_url + path, json=body or {}, timeout=10)
    response.raise_for_status()
    return response.json()


def executions_for(sandbox, reference_id: str) -> list[dict]:
    return [e for e in sandbox_get(sandbox, "/_sandbox/executions") if e["reference_id"] == reference_id]


async def pause(seconds: float) -> None:
    await asyncio.sleep(seconds)


@pytest.fixture
def slow_sandbox():
    """Settles a second after execute: long enough for the realtime subscription to be live first."""
    from dollr_desktop.sandbox.server import SandboxServer

    server = SandboxServer(settle_delay=1.0).start()
    try:
        yield server
    finally:
        server.stop()


def sandbox_get_all(sandbox) -> list[dict]:
    return sandbox_get(sandbox, "/_sandbox/executions")


def wait_for_quote_or_locked(qtbot, dialog, timeout: int = 10_000) -> None:
    momo = dialog.momo
    qtbot.waitUntil(lambda: momo.plan is not None or momo.locked, timeout=timeout)
