"""Recurring bills: a schedule on a published document makes and publishes the next one on each
date (no Qt). Dollr has no recurring state (`SUBSCRIPTION` is reserved), so the app carries it.

Dates. A schedule repeats WEEKLY (+7 days), MONTHLY (same day of the month, the last day when the
month is shorter; always counted from the first date, so 31 Jan -> 28 Feb -> 31 Mar) or each TERM
(every 4 months: three terms a year). It starts on `first_date` and ends after `until_date` or
after `max_count` bills, whichever comes first. The document the schedule was set on is not counted.

Never two invoices for one date. `run(today)` walks every date up to `today` (so a computer off
for three months catches up with one invoice per missed date) and for each one:
  1. writes the date's record (`bill_runs`, primary key (schedule, date)) durably, BEFORE making
     anything; the record carries a marker `[<schedule key>:<date>]` that goes in the new
     document's note (the key is random per schedule, so two computers never share a marker);
  2. creates the document on Dollr and writes its id on the record at once;
  3. adds the items the document does not have yet (in order, so the count says which), publishes
     it, asks for its payment link, and marks the record MADE.
A run that stops anywhere (offline, crash, a refusal) leaves the record STARTED. The next run
resumes it: with the id on the record it continues that document; without one (the create's
answer was lost: the document may or may not exist) it looks for the marker in the notes of
Dollr's documents (one listing per run), and only when none has it does it create one. A new
record is checked the same way, so a data file restored from an older backup (which lost records
of bills already made) does not make them again either. A MADE record is never
touched again, and a date that has a record is never given a second one. It never starts a push
payment: it prepares the link; the customer approves every payment.
"""
from __future__ import annotations

import asyncio
import calendar
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from dollr_desktop.api import errors as api_errors
from dollr_desktop.store.bills import Schedule, ScheduleItem

log = logging.getLogger(__name__)

TERM_MONTHS = 4


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def schedule_dates(every: str, first: date, *, until: date | None = None, count: int | None = None) -> Iterator[date]:
    """Every date of a schedule, in order (endless when it has no end)."""
    n = 0
    while count is None or n < count:
        if every == "WEEKLY":
            day = first + timedelta(days=7 * n)
        elif every == "MONTHLY":
            day = add_months(first, n)
        elif every == "TERM":
            day = add_months(first, TERM_MONTHS * n)
        else:
            raise ValueError(every)
        if until is not None and day > until:
            return
        yield day
        n += 1


def dates_due(schedule: Schedule, today: date) -> list[date]:
    due = []
    for day in schedule_dates(schedule.every, schedule.first_date, until=schedule.until_date,
                              count=schedule.max_count):
        if day > today:
            break
        due.append(day)
    return due


def next_date(schedule: Schedule, today: date, made: set[date] = frozenset()) -> date | None:
    """The next date still to make (None: the schedule is finished)."""
    for day in schedule_dates(schedule.every, schedule.first_date, until=schedule.until_date,
                              count=schedule.max_count):
        if day > today and day not in made:
            return day
    return None


def marker(schedule: Schedule, day: date) -> str:
    return f"[{schedule.key}:{day.isoformat()}]"


@dataclass(frozen=True)
class MadeBill:
    """One bill made by a run: what the UI needs for its payment link and reminder message."""
    schedule_id: int
    bill_date: date
    kind: str
    document_id: int
    document_number: str
    counterparty_id: int
    pay_url: str | None


@dataclass
class RunResult:
    made: list[MadeBill]
    offline: bool = False
    failed: dict[int, str] | None = None    # schedule id -> the code of what stopped it


class RecurringBills:
    def __init__(self, client: Any, store: Any, links: Any = None) -> None:
        self.client = client
        self.store = store
        self.links = links
        self._lock = asyncio.Lock()
        self._listed: dict[str, list[Any]] = {}
        self.last_run_on: date | None = None

    def _api(self, kind: str) -> Any:
        return self.client.invoices if kind == "INVOICE" else self.client.orders

    async def add_schedule(self, kind: str, document_id: int, *, every: str, first_date: date,
                           until_date: date | None = None, max_count: int | None = None) -> Schedule:
        """A schedule copying a cached published document: customer, Dollr's items, fee choice."""
        document = await asyncio.to_thread(self.store.documents.get, kind, document_id)
        if document is None or document.counterparty_id is None:
            from dollr_desktop.services.problems import Problem

            raise Problem("document.not_cached", kind=kind, document_id=document_id)
        due_days = None
        if document.due_date and document.created_at:
            due_days = max(0, (date.fromisoformat(document.due_date[:10])
                               - date.fromisoformat(document.created_at[:10])).days)
        items = [ScheduleItem(i.name, i.qty, i.amount) for i in document.items]
        return await asyncio.to_thread(
            self.store.bills.add_schedule, kind=kind, source_id=document.id, source_number=document.number,
            counterparty_id=document.counterparty_id, counterparty_name=document.counterparty_name,
            currency=document.currency or "", note=document.note, fee_bearer=document.fee_bearer or "PAYER",
            as_payment_link=document.as_payment_link, due_days=due_days, items=items, every=every,
            first_date=first_date, until_date=until_date, max_count=max_count)

    async def run(self, today: date) -> RunResult:
        """Make every bill due up to `today` that is not made yet (see the module's docstring)."""
        async with self._lock:
            self._listed: dict[str, list[Any]] = {}
            result = RunResult(made=[], failed={})
            schedules = await asyncio.to_thread(self.store.bills.schedules, active_only=True)
            for schedule in schedules:
                runs = {r.bill_date: r for r in await asyncio.to_thread(self.store.bills.runs, schedule.id)}
                for day in dates_due(schedule, today):
                    done = runs.get(day)
                    if done is not None and done.state == "MADE":
                        continue
                    try:
                        made = await self._make(schedule, day)
                    except api_errors.ApiConnectionError:
                        result.offline = True
                        self.last_run_on = None
                        return result
                    except api_errors.ApiError as exc:
                        log.warning("recurring bill %s for %s not made: %s", schedule.id, day, exc)
                        await asyncio.to_thread(self.store.bills.set_run, schedule.id, day,
                                                error=getattr(exc, "code", None) or type(exc).__name__)
                        assert result.failed is not None
                        result.failed[schedule.id] = "bill.refused"
                        break    # this schedule waits; the others go on
                    result.made.append(made)
            self.last_run_on = today
            return result

    async def _make(self, schedule: Schedule, day: date) -> MadeBill:
        bills, api = self.store.bills, self._api(schedule.kind)
        mark = marker(schedule, day)
        record, _fresh = await asyncio.to_thread(bills.record_date, schedule.id, day, mark)   # 1. before anything
        document_id = record.document_id
        if document_id is None:   # the create's answer may have been lost (or the file restored from a backup)
            document_id = await self._find(schedule.kind, mark)
        if document_id is None:
            due = (day + timedelta(days=schedule.due_days)).isoformat() \
                if schedule.due_days is not None and schedule.kind == "INVOICE" else None
            note = f"{schedule.note} {mark}".strip()
            created = await api.create(counterparty_id=schedule.counterparty_id, currency=schedule.currency,
                                       note=note, fee_bearer=schedule.fee_bearer,
                                       as_payment_link=schedule.as_payment_link, due_date=due)
            document_id = int(created.id)
            await asyncio.to_thread(bills.set_run, schedule.id, day, document_id=document_id)   # 2.
        detail = await api.retrieve(document_id)
        status = _plain(getattr(detail, "status", None))
        if status == "IDLE":                                            # 3.
            held = detail.invoice_items if schedule.kind == "INVOICE" else detail.order_items
            for item in schedule.items[len(held):]:
                await api.add_item(document_id, name=item.name, currency=schedule.currency, qty=item.qty,
                                   amount=item.amount)
            await api.publish(document_id)
            detail = await api.retrieve(document_id)
        document = await asyncio.to_thread(self.store.documents.upsert_detail, schedule.kind, detail)
        number = document.number or ""
        url = await self._link(schedule.kind, document_id, number) if document.status == "ACTIVE" else None
        await asyncio.to_thread(bills.set_run, schedule.id, day, state="MADE", document_number=number, pay_url=url)
        log.info("recurring bill made: schedule %s, date %s, %s %s", schedule.id, day, schedule.kind, number)
        return MadeBill(schedule.id, day, schedule.kind, document_id, number, schedule.counterparty_id, url)

    async def _find(self, kind: str, mark: str) -> int | None:
        """The document carrying `mark` in its note, from one listing per kind per run."""
        if kind not in self._listed:
            self._listed[kind] = list(await self._api(kind).list())
        for document in self._listed[kind]:
            if mark in (getattr(document, "note", None) or ""):
                return int(document.id)
        return None

    async def _link(self, kind: str, document_id: int, number: str) -> str | None:
        if self.links is None or not number:
            return None
        try:
            link = await self.links.pay_link(kind, document_id, number)
        except api_errors.ApiConnectionError:
            raise
        except api_errors.ApiError as exc:    # the bill stands; its link is asked for again when shared
            log.warning("no payment link for %s %s: %s", kind, number, exc)
            return None
        return link.url


def _plain(value: Any) -> str | None:
    value = getattr(value, "value", value)
    return str(value) if value is not None else None
