"""One small hub of named events through which features talk (Electrum's register_callback /
trigger_callback, on the GUI thread). A feature never reaches into the app or another feature:
it asks (`emit(OPEN_DOCUMENT, kind, id)`) and whoever handles that event answers.

A handler may be a plain function or a coroutine function; a coroutine runs as a task whose
failure goes through the same error routing as any action (`runner.spawn`).
"""
from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

# What a feature may ask for, and what it may hear. Arguments in the comments.
SHOW_PAGE = "show_page"                  # key
SHOW_CONTACT = "show_contact"            # counterparty_id
NEW_CONTACT = "new_contact"              # ()
OPEN_DOCUMENT = "open_document"          # kind, document_id
NEW_DOCUMENT = "new_document"            # kind, contact=None
SHOW_DOCUMENTS = "show_documents"        # status filter label
COLLECT = "collect"                      # kind, document_id (or a draft)
SHOW_RECEIPT = "show_receipt"            # kind, document_id
SYNC_NOW = "sync_now"                    # ()
DATA_CHANGED = "data_changed"            # (): the cache changed; lists read again
PAYMENT_CHANGED = "payment_changed"      # PaymentEvent (a collection)
PAYOUT_CHANGED = "payout_changed"        # JournalEntry
DOCUMENT_PAID = "document_paid"          # kind, document_id: paid (push, link or another computer)
ACCOUNT_CHANGED = "account_changed"      # AccountSession (opened) or None (closed)
NOTICE = "notice"                        # text, on_open=None: a notice (status bar, tray); a click runs on_open
PAYMENTS_RECEIVED = "payments_received"  # list[MoneyRow]: paid elsewhere (QR / link, another computer, portal)
SETTINGS_CHANGED = "settings_changed"    # ()
QUICK_SALE = "quick_sale"                # ()
EXPORT_RECEIPTS = "export_receipts"      # ()
RECEIPT_BUTTON = "receipt_button"        # () -> a Receipt button for a dialog (call)
PRINTER_PREFERENCES = "printer_preferences"   # () -> the remembered printer preferences (call)
USE_PRACTICE = "use_practice"            # (): switch to practice mode
USE_LIVE = "use_live"                    # AccountConfig (validated): switch to this live account
SUGGEST_ITEMS = "suggest_items"  # text, currency -> list[SavedItemSuggestion] (call: quick, reads the store)
BACKUP_BOX = "backup_box"                # () -> Settings' backups box (call)
RESTORE_BACKUP = "restore_backup"        # () -> True once a backup was restored (ask)
REPLACE_DATA = "replace_data"            # swap: the account closes, swap() runs on a worker thread, it reopens
APP_CLOSING = "app_closing"              # (): the account has closed, the app is about to end (ask)
MAY = "may"                              # right (str) -> bool: may the person at the computer do this? (call)
AUDIT = "audit"                          # action (str), details (dict): write to the audit log
PERSON = "person"                        # () -> the person at the computer (services.people.Person) or None (call)
PERSON_CHANGED = "person_changed"        # Person or None: someone else is at the computer (or nobody is set up)
REFUND_PAYMENT = "refund_payment"        # payment row (dict) or (source type, source id): open the Refund dialog
SWITCH_USER = "switch_user"              # (): ask who is at the computer now (PIN)
REPEAT_DOCUMENT = "repeat_document"      # kind, document_id: set a recurring schedule on it
PLAN_DOCUMENT = "plan_document"          # kind, document_id: pay it in parts (deposit and instalments)
REMINDERS_COUNT = "reminders_count"      # count (int): reminders to send today (for Home's tile)


class Hub:
    def __init__(self, spawn: Callable[[Any], Any] | None = None) -> None:
        self._handlers: dict[str, list[Callable[..., Any]]] = {}
        self._spawn = spawn

    def subscribe(self, event: str, handler: Callable[..., Any]) -> None:
        self._handlers.setdefault(event, []).append(handler)

    def unsubscribe(self, event: str, handler: Callable[..., Any]) -> None:
        handlers = self._handlers.get(event, [])
        if handler in handlers:
            handlers.remove(handler)

    def handlers(self, event: str) -> list[Callable[..., Any]]:
        return list(self._handlers.get(event, ()))

    def emit(self, event: str, *args: Any) -> None:
        for handler in self.handlers(event):
            result = handler(*args)
            if inspect.isawaitable(result):
                if self._spawn is None:
                    raise RuntimeError(f"no way to run the async handler of {event!r}")
                self._spawn(result)

    def call(self, event: str, *args: Any) -> Any:
        """Ask synchronously; the last handler's answer (None when nobody handles it)."""
        answer = None
        for handler in self.handlers(event):
            answer = handler(*args)
        return answer

    async def ask(self, event: str, *args: Any) -> list[Any]:
        """Emit to the handlers and wait until their coroutines (run side by side) have ended.
        Each handler's answer, in order; a failed one has been routed like any failure."""
        answers = []
        for handler in self.handlers(event):
            answer = handler(*args)
            if inspect.isawaitable(answer):
                answer = self._spawn(answer) if self._spawn is not None else asyncio.ensure_future(answer)
            answers.append(answer)
        return [await a if isinstance(a, asyncio.Future) else a for a in answers]
