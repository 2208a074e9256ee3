"""Recurring bills and reminders: "Repeat…" on a published document (hub REPEAT_DOCUMENT), the list
of schedules, today's reminders sent through the share links (WhatsApp, SMS, email) in the
customer's language, and the count Home shows (hub REMINDERS_COUNT). The bills themselves are made
by the account session (services/recurring.py) after a sync; this feature only shows them."""
from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

import logging

from dollr_desktop.services.list_queries import CacheClosedError
from dollr_desktop.store.errors import StoreClosedError
from dollr_desktop.ui import hub as events
from dollr_desktop.ui.features import BaseFeature, FeatureContext, Page
from dollr_desktop.ui.i18n import format_date, format_datetime, format_number
from dollr_desktop.ui.money import format_money
from dollr_desktop.ui.views.bills_view import BillsView, fill
from dollr_desktop.ui.wording import account_words

log = logging.getLogger(__name__)


def every_words(every: str) -> str:
    return {"WEEKLY": QCoreApplication.translate("BillsView", "Every week"),
            "MONTHLY": QCoreApplication.translate("BillsView", "Every month"),
            "TERM": QCoreApplication.translate("BillsView", "Every term")}.get(every, every)


class BillsFeature(BaseFeature):
    name = "bills"

    def __init__(self, ctx: FeatureContext, today: Callable[[], date] = date.today) -> None:
        super().__init__(ctx)
        self.view = BillsView()
        self.today = today
        self._dollr_lock = asyncio.Lock()
        self._detaching = False
        self.open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl   # tests look at what opens
        self.schedules: list[Any] = []
        self.due: list[Any] = []
        hub = ctx.hub
        hub.subscribe(events.REPEAT_DOCUMENT, self.repeat)
        hub.subscribe(events.PLAN_DOCUMENT, self.plan)
        self.plans: list[Any] = []
        self.view.sig_cancel_plan_requested.connect(
            lambda row: ctx.runner.spawn(self.cancel_plan(row), name="plan-cancel"))
        hub.subscribe(events.DATA_CHANGED, self.refresh)
        self.view.sig_stop_requested.connect(lambda row: ctx.runner.spawn(self.stop(row), name="bills-stop"))
        self.view.sig_send_requested.connect(
            lambda row, channel: ctx.runner.spawn(self.send(row, channel), name="reminder-send"))
        self.view.sig_language_changed.connect(
            lambda row, code: ctx.runner.spawn(self.set_language(row, code), name="reminder-language"))
        self.view.reminders.itemSelectionChanged.connect(self._show_language)

    def pages(self) -> list[Page]:
        return [Page("bills", QCoreApplication.translate("MainWindow", "Recurring bills"), self.view)]

    async def detach(self) -> None:
        self._detaching = True
        try:
            async with self._dollr_lock:    # a refresh from Dollr in progress ends first
                pass
        finally:
            self._detaching = False
        await super().detach()

    def _open(self) -> Any:
        session = self.session
        return session if session is not None and session.is_open and session.bills is not None else None

    async def attach(self, session: Any) -> None:
        await super().attach(session)
        session.on("bills_made", self.on_bills_made)
        self.ctx.runner.spawn(self.refresh(), name="bills-refresh")

    async def refresh(self) -> None:
        session = self._open()
        if session is None:
            return
        try:
            await self._refresh(session)
        except (StoreClosedError, CacheClosedError):
            if self.session is session and session.is_open:
                raise
            # the account closed while this read it (window closing, switching): nothing to show

    async def _refresh(self, session: Any) -> None:
        store, today = session.store, self.today()

        def load() -> tuple[list, list, dict]:
            schedules = store.bills.schedules()
            return schedules, {s.id: store.bills.runs(s.id) for s in schedules}

        schedules, runs = await asyncio.to_thread(load)
        due = await session.reminders.due(today)
        if self.session is not session:
            return
        from dollr_desktop.services.recurring import next_date

        self.schedules, self.due = schedules, due
        rows = []
        for s in schedules:
            made = {r.bill_date for r in runs[s.id] if r.state == "MADE"}
            upcoming = next_date(s, today, made) if s.active else None
            state = (QCoreApplication.translate("BillsView", "Stopped") if not s.active
                     else QCoreApplication.translate("BillsView", "Repeating") if upcoming is not None
                     else QCoreApplication.translate("BillsView", "Finished"))
            rows.append([s.counterparty_name, s.source_number or "", every_words(s.every), format_date(upcoming),
                         format_number(len(made)), state])
        fill(self.view.schedules, rows)
        fill(self.view.reminders, [[
            r.customer, r.number, format_money(r.amount, r.currency) if r.amount is not None else "",
            (QCoreApplication.translate("BillsView", "new bill, due {date}") if r.new_bill
             else QCoreApplication.translate("BillsView", "overdue since {date}") if r.overdue
             else QCoreApplication.translate("BillsView", "due {date}")).format(date=format_date(r.due_date)),
            _sent_words(r.last_sent)] for r in due])
        self.ctx.hub.emit(events.REMINDERS_COUNT, len(due))
        await self.show_plans(from_dollr=True)

    # payment plans --------------------------------------------------------------------------------
    async def show_plans(self, *, from_dollr: bool = False) -> None:
        """The plans as kept locally; `from_dollr` reads the open ones' parts from Dollr first."""
        session = self._open()
        if session is None or session.plans is None:
            return
        try:
            await self._show_plans(session, from_dollr)
        except (StoreClosedError, CacheClosedError):
            if self.session is session and session.is_open:
                raise

    async def _show_plans(self, session: Any, from_dollr: bool) -> None:
        if from_dollr and not self._dollr_lock.locked():
            async with self._dollr_lock:      # detach waits for it: the client must not close under it
                await self._plans_from_dollr(session)
        await self._show_kept_plans(session)

    async def _plans_from_dollr(self, session: Any) -> None:
        from dollr_desktop.api import errors as api_errors

        for plan in await asyncio.to_thread(session.store.plans.open_plans):
            if self._detaching or self.session is not session:
                return
            try:
                if any(p.status in (None, "IDLE") for p in plan.parts):   # stopped half-way: finish it
                    await session.plans.resume(plan.id)
                await session.plans.refresh(plan.id)
            except api_errors.ApiError as exc:   # offline or refused: the kept state shows meanwhile
                log.info("payment plan %s not refreshed: %s", plan.id, exc)
                return

    async def _show_kept_plans(self, session: Any) -> None:
        store = session.store

        def load() -> list[tuple[Any, Any]]:
            ids = [r[0] for r in store.connection().execute("SELECT id FROM payment_plans ORDER BY id DESC")]
            plans = [store.plans.get(i) for i in ids]
            return [(p, store.documents.get(p.kind, p.document_id)) for p in plans if p is not None]

        found = await asyncio.to_thread(load)
        if self.session is not session:
            return
        from dollr_desktop.services.plans import summary

        self.plans = [p for p, _ in found]
        states = {"OPEN": QCoreApplication.translate("BillsView", "Paying in parts"),
                  "SETTLED": QCoreApplication.translate("BillsView", "Settled"),
                  "CANCELED": QCoreApplication.translate("BillsView", "Canceled")}
        rows = []
        for plan, document in found:
            s = summary(plan)
            rows.append([document.counterparty_name if document else "", document.number if document else "",
                         format_money(s.paid, plan.currency), format_money(s.balance, plan.currency),
                         format_date(s.next_due), f"{format_number(s.parts_paid)} / {format_number(s.parts)}",
                         states.get(plan.state, plan.state)])
        fill(self.view.plans, rows)

    async def plan(self, kind: str, document_id: int) -> Any:
        session = self._open()
        if session is None or document_id is None:
            return None
        from dollr_desktop.services.plans import PartSpec
        from dollr_desktop.ui.dialogs.plan_dialog import PlanDialog

        document = await asyncio.to_thread(session.store.documents.get, kind, document_id)
        if document is None or document.total_amount is None:
            return None
        number = document.number or ""
        dialog = PlanDialog(number, document.total_amount, document.currency or "", self.today(), self.ctx.window)
        self.last_dialog = dialog
        answer = await dialog.ask()
        if answer is None or self._open() is not session:
            return None
        count = dialog.instalments
        has_deposit = len(answer) > count
        specs = []
        for n, (amount, due) in enumerate(answer):
            if has_deposit and n == 0:
                name = QCoreApplication.translate("BillsView", "Deposit for {number}").format(number=number)
            else:
                name = QCoreApplication.translate("BillsView", "Instalment {n} of {count} for {number}").format(
                    n=n if has_deposit else n + 1, count=count, number=number)
            specs.append(PartSpec(amount, due, name))
        outcome = await self.ctx.runner.run(f"plan-{kind}-{document_id}",
                                            lambda: session.plans.create(kind, document_id, specs),
                                            progress=QT_TRANSLATE_NOOP("OperationRunner", "Making the parts…"))
        if not outcome.ok:
            return None
        self.ctx.hub.emit(events.AUDIT, "plans.created", {"kind": kind, "document_id": document_id,
                                                         "parts": [str(s.amount) for s in specs]})
        self.ctx.hub.emit(events.DATA_CHANGED)
        return outcome.value

    async def cancel_plan(self, row: int) -> Any:
        session = self._open()
        if session is None or not 0 <= row < len(self.plans):
            return None
        from dollr_desktop.ui.dialogs.async_dialogs import confirm

        plan = self.plans[row]
        if not await confirm(self.ctx.window, QCoreApplication.translate("BillsView", "Cancel plan"),
                             QCoreApplication.translate("BillsView", "Cancel the unpaid parts of this plan on Dollr? "
                                                        "Parts already paid stay paid."),
                             QCoreApplication.translate("BillsView", "Cancel unpaid parts"),
                             QCoreApplication.translate("BillsView", "Go back")):
            return None
        outcome = await self.ctx.runner.run(f"plan-cancel-{plan.id}", lambda: session.plans.cancel(plan.id))
        if outcome.ok:
            _plan, stays_paid = outcome.value
            self.view.message_label.setText(QCoreApplication.translate(
                "BillsView", "Plan canceled. {amount} stays paid.").format(amount=format_money(stays_paid, plan.currency)))
            self.ctx.hub.emit(events.AUDIT, "plans.canceled", {"plan_id": plan.id, "stays_paid": str(stays_paid)})
            await self.show_plans()
        return outcome.value if outcome.ok else None

    # schedules ------------------------------------------------------------------------------------
    async def repeat(self, kind: str, document_id: int) -> Any:
        session = self._open()
        if session is None or document_id is None:
            return None
        from dollr_desktop.ui.dialogs.repeat_dialog import RepeatDialog

        document = await asyncio.to_thread(session.store.documents.get, kind, document_id)
        if document is None:
            return None
        dialog = RepeatDialog(document.number or "", document.counterparty_name, self.today(), self.ctx.window)
        self.last_dialog = dialog
        answer = await dialog.ask()
        if answer is None or self._open() is not session:
            return None
        every, first, until, count = answer
        outcome = await self.ctx.runner.run(
            f"repeat-{kind}-{document_id}",
            lambda: session.bills.add_schedule(kind, document_id, every=every, first_date=first, until_date=until,
                                               max_count=count))
        if outcome.ok:
            self.ctx.hub.emit(events.AUDIT, "bills.schedule_added", {"kind": kind, "document_id": document_id,
                                                                    "every": every, "first": first.isoformat()})
            self.show_status(QCoreApplication.translate("BillsView", "{number} repeats: the first new bill is on {date}.")
                             .format(number=document.number or "", date=format_date(first)))
            await self.refresh()
        return outcome.value if outcome.ok else None

    async def stop(self, row: int) -> None:
        session = self._open()
        if session is None or not 0 <= row < len(self.schedules):
            return
        schedule = self.schedules[row]
        await asyncio.to_thread(session.store.bills.stop_schedule, schedule.id)
        self.ctx.hub.emit(events.AUDIT, "bills.schedule_stopped", {"schedule_id": schedule.id})
        await self.refresh()

    def on_bills_made(self, made: list[Any]) -> None:
        text = (QCoreApplication.translate("BillsView", "1 recurring bill made and published.") if len(made) == 1
                else QCoreApplication.translate("BillsView", "{count} recurring bills made and published.")
                .format(count=format_number(len(made))))
        self.ctx.hub.emit(events.NOTICE, text)
        self.ctx.hub.emit(events.DATA_CHANGED)

    # reminders ------------------------------------------------------------------------------------
    def _show_language(self) -> None:
        rows = self.view.reminders.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.due):
            self.view.show_language(self.due[rows[0].row()].language)

    async def set_language(self, row: int, code: str) -> None:
        session = self._open()
        if session is None or not 0 <= row < len(self.due) or self.due[row].counterparty_id is None:
            return
        await session.reminders.set_language(self.due[row].counterparty_id, code)
        from dataclasses import replace

        self.due[row] = replace(self.due[row], language=code)

    async def send(self, row: int, channel: str) -> str | None:
        """Open the share target with the reminder in the customer's language; log it."""
        session = self._open()
        if session is None or not 0 <= row < len(self.due):
            return None
        reminder = self.due[row]
        outcome = await self.ctx.runner.run(f"reminder-link-{reminder.document_id}",
                                            lambda: session.reminders.pay_url(reminder), sender=self.view)
        if not outcome.ok:
            return None
        from dollr_desktop.services.payment_links import share_urls
        from dollr_desktop.ui.wording.reminders import reminder_message, reminder_subject

        from dollr_desktop.ui.wording.reminders import new_bill_message

        facts = dict(customer=reminder.customer, merchant=account_words(session.config), number=reminder.number,
                     amount=reminder.amount, currency=reminder.currency, due=reminder.due_date,
                     url=outcome.value or reminder.pay_url or "")
        message = (new_bill_message(reminder.language, **facts) if reminder.new_bill
                   else reminder_message(reminder.language, overdue=reminder.overdue, **facts))
        urls = share_urls(message, phone=reminder.phone, email=reminder.email,
                          subject=reminder_subject(reminder.language, reminder.number))
        url = {"WHATSAPP": urls.whatsapp, "SMS": urls.sms, "EMAIL": urls.email}[channel]
        self.open_url(QUrl(url))
        await session.reminders.sent(reminder, channel)
        self.ctx.hub.emit(events.AUDIT, "reminder.sent", {"kind": reminder.kind, "document_id": reminder.document_id,
                                                         "channel": channel, "language": reminder.language})
        self.view.message_label.setText(QCoreApplication.translate("BillsView", "Reminder for {number} opened to send.")
                                        .format(number=reminder.number))
        await self.refresh()
        return url


def _sent_words(stamp: str | None) -> str:
    if not stamp:
        return QCoreApplication.translate("BillsView", "never")
    from datetime import datetime

    return format_datetime(datetime.fromisoformat(stamp))
