"""Payout runs: many payouts checked together, approved once, paid one by one. No Qt.

- rows come from a CSV (name, phone, amount, currency, optional note and reference; UTF-8 with or
  without BOM, `,` or `;`), a saved list or picked contacts; `check_rows` finds every problem
  before anything moves (codes, worded in ui/wording/payout_runs.py);
- `preview` quotes each row's fee with the payout quote the single payout uses and adds the run
  up per currency next to the balance estimate;
- `start`/`resume` take the passcode in a `RunPasscode` (memory only, wiped when the run ends,
  is paused or cancelled, or the app closes), and pay the rows one by one through the one money
  path (`PayoutsFlow.approve` → `execute_once`): each row its own journal entry and reference_id,
  linked to the row in the same commit (`source_type = 'PAYOUT_RUN'`, `source_id = row id`);
- a failed row does not stop the others; a refused passcode pauses the run (nothing was paid);
- after a restart `recover` links every row that may have been sent to its journal entry (the
  reconciler settles open entries with their own reference_id) and leaves the rest waiting for
  the owner to resume. A row with an entry is never executed again;
- when every row is settled, the results (CSV here, PDF by the UI) are kept with the run.
"""
from __future__ import annotations

import asyncio
import csv
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from dollr_desktop import paths
from dollr_desktop.api import errors as api_errors
from dollr_desktop.services.payout_models import MobileWallet, PayoutQuote, PreparedPayout
from dollr_desktop.services.payout_problems import PayoutProblem, refusal_params
from dollr_desktop.services.payout_run_rows import RowCheck, check_row, check_rows, parse_csv, row_amount
from dollr_desktop.services.run_passcode import RunPasscode
from dollr_desktop.services.problems import Problem
from dollr_desktop.store.journal_entries import OPEN_STATES
from dollr_desktop.store.payout_runs import (
    APPROVAL_REFUSALS, CANCELLED, DRAFT, FINISHED, NOT_SENT, PAUSED, PREPARING, RUNNING, SENT, SETTLING,
    SOURCE_TYPE, WAITING, RowInput, Run, RunRow,
)

log = logging.getLogger(__name__)

RECIPIENT_RELATIONSHIP = "BENEFICIARY"
QUOTE_FRESH_S = 600.0
PREVIEW_CONCURRENCY = 8
RESULT_COLUMNS = ("name", "phone", "amount", "currency", "fee", "recipient_gets", "debited", "status",
                  "reference_id", "time", "note", "reference")


# ---- preview -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class RowQuote:
    fee: Decimal
    recipient_gets: Decimal
    recipient_currency: str
    debited: Decimal
    debited_currency: str


@dataclass
class CurrencyTotal:
    currency: str
    rows: int = 0
    amount: Decimal = Decimal(0)
    fees: Decimal = Decimal(0)
    debit: Decimal = Decimal(0)
    balance: Decimal | None = None      # the estimate (services/takings.py), None when unknown

    @property
    def short(self) -> bool:
        return self.balance is not None and self.debit > self.balance


@dataclass
class Preview:
    quotes: dict[int, RowQuote] = field(default_factory=dict)          # row id -> quote
    problems: dict[int, Problem] = field(default_factory=dict)         # row id -> why no quote
    totals: dict[str, CurrencyTotal] = field(default_factory=dict)


# ---- the service -------------------------------------------------------------------------------
Listener = Callable[[int, "int | None"], None]          # (run id, row id or None for the run)
Audit = Callable[[str, dict], None]


class PayoutRunService:
    def __init__(self, flow: Any, store: Any, contacts: Any, *, takings: Any = None,
                 results_dir: Path | None = None, settle_wait_s: float = 120.0) -> None:
        self.flow = flow                # services.payouts_flow.PayoutsFlow
        self.store = store
        self.contacts = contacts
        self.takings = takings
        self.results_dir = results_dir
        self.settle_wait_s = settle_wait_s
        self.listeners: list[Listener] = []
        self.audit: Audit = lambda action, details: None
        self._quotes: dict[tuple, tuple[float, PayoutQuote]] = {}
        self._passcodes: dict[int, RunPasscode] = {}
        self._tasks: dict[int, asyncio.Task] = {}
        self._stop: dict[int, str] = {}          # run id -> "pause" | "cancel"
        self.problem: dict[int, Problem] = {}    # run id -> why it paused by itself
        self._closing = False
        self._closed = asyncio.Event()           # set when the account closes: settling stops waiting

    @property
    def runs_store(self) -> Any:
        return self.store.payout_runs

    def _tell(self, run_id: int, row_id: int | None = None) -> None:
        for listener in list(self.listeners):
            try:
                listener(run_id, row_id)
            except Exception:  # noqa: BLE001 - a listener failing must not stop a run
                log.exception("payout run listener failed")

    # ---- making runs ---------------------------------------------------------------------------
    async def create(self, name: str, origin: str, rows: list[RowInput], *, retry_of: int | None = None) -> Run:
        run = await asyncio.to_thread(self.runs_store.create, name, origin, rows, retry_of=retry_of)
        self.audit("payout_run.created", {"run_id": run.id, "name": name, "origin": origin, "rows": len(rows),
                                          **_amounts(rows)})
        return run

    async def from_csv(self, name: str, data: bytes) -> Run:
        rows = await asyncio.to_thread(parse_csv, data)
        return await self.create(name, "csv", rows)

    async def from_list(self, list_name: str, name: str | None = None) -> Run:
        rows = await asyncio.to_thread(self.runs_store.load_list, list_name)
        return await self.create(name or list_name, "list", rows)

    async def from_contacts(self, name: str, contacts: list[Any], currency: str) -> Run:
        rows = [RowInput(name=c.name, phone=c.phone or "", currency=currency, counterparty_id=c.id)
                for c in contacts]
        return await self.create(name, "contacts", rows)

    async def retry_failed(self, run_id: int) -> Run:
        """The rows that were not paid (failed, never reached Dollr, skipped) as a new draft run."""
        run = await asyncio.to_thread(self.runs_store.get, run_id)
        rows = await asyncio.to_thread(self.runs_store.rows, run_id)
        again = [r.as_input for r in rows if r.included and r.outcome in ("FAILED", "NOT_FOUND", "NOT_SENT",
                                                                          "SKIPPED")]
        return await self.create(run.name, "retry", again, retry_of=run_id)

    async def save_rows(self, run_id: int, rows: list[RowInput]) -> None:
        await asyncio.to_thread(self.runs_store.replace_rows, run_id, rows)

    async def save_list(self, name: str, rows: list[RowInput]) -> None:
        await asyncio.to_thread(self.runs_store.save_list, name, rows)

    # ---- preview -------------------------------------------------------------------------------
    async def preview(self, run_id: int) -> Preview:
        rows = [r for r in await asyncio.to_thread(self.runs_store.rows, run_id) if r.included]
        checks = await asyncio.to_thread(check_rows, [r.as_input for r in rows])
        preview = Preview()
        gate = asyncio.Semaphore(PREVIEW_CONCURRENCY)

        async def one(row: RunRow, check: RowCheck) -> None:
            if not check.ok:
                preview.problems[row.id] = check.problems[0]
                return
            async with gate:
                try:
                    quote = await self._quote(check, row.currency.upper())
                except Problem as problem:
                    preview.problems[row.id] = problem
                    return
            preview.quotes[row.id] = RowQuote(quote.total_fee, quote.recipient_gets, quote.recipient_currency,
                                              quote.wallet_debited, quote.wallet_currency)

        await asyncio.gather(*(one(r, c) for r, c in zip(rows, checks)))
        for row in rows:
            quote = preview.quotes.get(row.id)
            if quote is None:
                continue
            total = preview.totals.setdefault(quote.debited_currency, CurrencyTotal(quote.debited_currency))
            total.rows += 1
            total.amount += quote.recipient_gets
            total.fees += quote.fee
            total.debit += quote.debited
        if self.takings is not None:
            for estimate in await asyncio.to_thread(self.takings.balances):
                if estimate.currency in preview.totals:
                    preview.totals[estimate.currency].balance = estimate.amount
        return preview

    async def _quote(self, check: RowCheck, currency: str) -> PayoutQuote:
        """The payout quote (predictions/amount-and-fees) for this operator, currency and amount."""
        operator = check.operator
        assert operator is not None and check.amount is not None
        key = (operator.payment_method, operator.provider, currency, check.amount)
        cached = self._quotes.get(key)
        if cached is not None and time.monotonic() - cached[0] < QUOTE_FRESH_S:
            return cached[1]
        wallet = MobileWallet(phone=check.digits, carrier=operator.name, country=operator.country or "",
                              currencies=operator.currencies, payment_method=operator.payment_method,
                              provider=operator.provider)
        try:
            quote = await self.flow.quote(check.amount, currency, wallet)
        except api_errors.ValidationError as exc:
            raise PayoutProblem("payout.refused", **refusal_params(exc)) from None
        self._quotes[key] = (time.monotonic(), quote)
        return quote

    # ---- running -------------------------------------------------------------------------------
    def is_running(self, run_id: int) -> bool:
        task = self._tasks.get(run_id)
        return task is not None and not task.done()

    async def start(self, run_id: int, passcode: RunPasscode) -> asyncio.Task:
        """Approved: the run starts (a draft whose rows all pass) or resumes (a paused run)."""
        run = await asyncio.to_thread(self.runs_store.get, run_id)
        if self.is_running(run_id):
            passcode.wipe()
            raise PayoutProblem("payout_run.already_running")
        if run.state == DRAFT:
            rows = await asyncio.to_thread(self.runs_store.rows, run_id)
            checks = await asyncio.to_thread(check_rows, [r.as_input for r in rows])
            if not any(r.included for r in rows) or any(not c.ok for c in checks):
                passcode.wipe()
                raise PayoutProblem("payout_run.rows_need_fixing")
            action = "payout_run.started"
        elif run.state == PAUSED:
            action = "payout_run.resumed"
        else:
            passcode.wipe()
            raise PayoutProblem("payout_run.not_startable", state=run.state)
        await asyncio.to_thread(self.runs_store.set_state, run_id, RUNNING, approved=True)
        self._passcodes[run_id] = passcode
        self._stop.pop(run_id, None)
        self.problem.pop(run_id, None)
        rows = await asyncio.to_thread(self.runs_store.rows, run_id)
        waiting = [r for r in rows if r.included and r.step == WAITING]
        self.audit("payout_run.approved" if action == "payout_run.started" else "payout_run.resume_approved",
                   {"run_id": run_id})
        self.audit(action, {"run_id": run_id, "rows": len(waiting), **_amounts([r.as_input for r in waiting])})
        self._tell(run_id)
        task = asyncio.ensure_future(self._drive(run_id))
        self._tasks[run_id] = task
        return task

    async def stop_all(self, timeout: float = 15.0) -> None:
        """The account closes: no new row starts, the row being paid finishes, passcodes wiped."""
        self._closing = True
        self._closed.set()
        for run_id in list(self._tasks):
            if self.is_running(run_id) and self._stop.get(run_id) != "cancel":
                self._stop[run_id] = "pause"
        tasks = [t for t in self._tasks.values() if not t.done()]
        if tasks:
            await asyncio.wait(tasks, timeout=timeout)
        for run_id in list(self._passcodes):
            self._wipe(run_id)

    def pause(self, run_id: int) -> None:
        """After the row being paid now, no other row starts; resume asks for the passcode again."""
        if self.is_running(run_id):
            self._stop[run_id] = "pause"

    async def cancel(self, run_id: int) -> None:
        """Rows not started are skipped; rows already sent finish as Dollr decides."""
        if self.is_running(run_id):
            self._stop[run_id] = "cancel"
            await asyncio.wait({self._tasks[run_id]})
            return
        run = await asyncio.to_thread(self.runs_store.get, run_id)
        if run.state in (PAUSED, DRAFT):
            await self._cancelled(run_id)

    async def _cancelled(self, run_id: int) -> None:
        self._wipe(run_id)
        skipped = await asyncio.to_thread(self.runs_store.skip_waiting, run_id)
        await asyncio.to_thread(self.runs_store.set_state, run_id, CANCELLED)
        self.audit("payout_run.cancelled", {"run_id": run_id, "rows_skipped": skipped})
        self._tell(run_id)
        await self.settle(run_id)   # rows already sent finish as Dollr decides

    def _wipe(self, run_id: int) -> None:
        passcode = self._passcodes.pop(run_id, None)
        if passcode is not None:
            passcode.wipe()

    async def _drive(self, run_id: int) -> None:
        try:
            rows = await asyncio.to_thread(self.runs_store.rows, run_id)
            for row in rows:
                if not row.included or row.step != WAITING:
                    continue
                stop = self._stop.get(run_id)
                if stop is not None:
                    break
                stop = await self._pay_row(run_id, row)
                if stop is not None:
                    self._stop[run_id] = stop
                    break
            stop = self._stop.pop(run_id, None)
            if stop == "cancel":
                await self._cancelled(run_id)
                return
            if stop is not None:   # paused by the person or by a refusal of the approval itself
                self._wipe(run_id)
                await asyncio.to_thread(self.runs_store.set_state, run_id, PAUSED)
                details = {"run_id": run_id}
                if run_id in self.problem:
                    details["reason"] = self.problem[run_id].code
                self.audit("payout_run.paused", details)
                self._tell(run_id)
                return
            self._wipe(run_id)
            await asyncio.to_thread(self.runs_store.set_state, run_id, SETTLING)
            self._tell(run_id)
            await self.settle(run_id)
        except asyncio.CancelledError:
            self._wipe(run_id)
            raise
        finally:
            self._wipe(run_id)

    async def _pay_row(self, run_id: int, row: RunRow) -> str | None:
        """One row through the one money path. Returns "pause" when the run must stop."""
        passcode = self._passcodes.get(run_id)
        if passcode is None or passcode.wiped:
            return "pause"
        # The journal is the truth: a row with an entry that may have reached Dollr is never begun again.
        current = await asyncio.to_thread(self.runs_store.link_from_journal, row.id)
        if current.step != WAITING:
            self._tell(run_id, row.id)
            return None
        await asyncio.to_thread(self.runs_store.set_step, row.id, PREPARING)
        self._tell(run_id, row.id)
        try:
            prepared = await self._prepare(row)
        except PayoutProblem as problem:
            if problem.code in APPROVAL_REFUSALS or problem.code == "payout.recipient_saved_offline":
                await asyncio.to_thread(self.runs_store.set_step, row.id, WAITING)
                self.problem[run_id] = problem
                self._tell(run_id, row.id)
                return "pause"
            await asyncio.to_thread(self.runs_store.set_step, row.id, NOT_SENT, problem=_problem_record(problem))
            self._tell(run_id, row.id)
            return None
        except Problem as problem:
            await asyncio.to_thread(self.runs_store.set_step, row.id, NOT_SENT, problem=_problem_record(problem))
            self._tell(run_id, row.id)
            return None
        except (api_errors.ApiConnectionError, api_errors.ServerError, api_errors.RateLimitedError,
                api_errors.AuthenticationError) as exc:
            # Nothing was sent for this row: it waits, and the run pauses until Dollr answers again.
            await asyncio.to_thread(self.runs_store.set_step, row.id, WAITING)
            self.problem[run_id] = Problem("payout_run.dollr_unreachable", kind=type(exc).__name__)
            self._tell(run_id, row.id)
            return "pause"
        except api_errors.ApiError as exc:
            await asyncio.to_thread(self.runs_store.set_step, row.id, NOT_SENT,
                                    problem={"code": "payout.refused", "params": refusal_params(exc)})
            self._tell(run_id, row.id)
            return None
        quote = prepared.quote
        link = {"lock_key": f"PAYOUT_RUN_ROW:{row.id}", "source_type": SOURCE_TYPE, "source_id": row.id,
                "quote": {"fee": str(quote.total_fee), "run_id": run_id, "note": row.note,
                          "reference": row.reference}}
        stop = None
        try:
            await self.flow.approve(prepared, passcode.code(), passcode.phone, passcode.user_id, link=link)
        except PayoutProblem as problem:
            if problem.code in APPROVAL_REFUSALS:
                self.problem[run_id] = problem   # nothing was paid: the row waits for the next approval
                stop = "pause"
        except api_errors.ApiError as exc:      # refused before anything happened (recorded REFUSED)
            self.problem[run_id] = Problem("payout_run.dollr_unreachable", kind=type(exc).__name__)
            stop = "pause"
        finally:
            passcode.still_secret()
        linked = await asyncio.to_thread(self.runs_store.link_from_journal, row.id)
        self._tell(run_id, row.id)
        log.info("payout run %s row %s: %s", run_id, row.position, linked.outcome)
        return stop

    async def _prepare(self, row: RunRow) -> PreparedPayout:
        """Recipient, wallet, quote, payout account and session: nothing is paid here."""
        check = await asyncio.to_thread(check_row, row.as_input)
        if not check.ok:
            raise check.problems[0]
        contact = None
        if row.counterparty_id is not None:
            contact = await self.contacts.get(row.counterparty_id)
        if contact is None or contact.party_id is None:
            found = await asyncio.to_thread(self.runs_store.contact_id_for_phone, check.digits)
            contact = await self.contacts.get(found) if found is not None else None
        if contact is None:
            contact = await self.contacts.create_contact(name=row.name.strip(), phone=check.digits,
                                                         relationship=RECIPIENT_RELATIONSHIP)
            if contact.is_draft:
                raise PayoutProblem("payout.recipient_saved_offline", name=row.name)
        await asyncio.to_thread(self.runs_store.set_step, row.id, PREPARING, counterparty_id=contact.id)
        wallet = await self.flow.lookup_wallet(check.digits)
        currency = row.currency.strip().upper()
        quote = await self._quote(check, currency)
        return await self.flow.open_session(contact=contact, wallet=wallet, amount=check.amount,
                                            currency=currency, quote=quote, note=row.note)

    # ---- settling, results, restart ------------------------------------------------------------
    async def settle(self, run_id: int) -> Run:
        """Status checks (same reference_id) for this run's open rows until all are final or
        `settle_wait_s` passes; then the reconciler carries on and `refresh` finishes the run."""
        deadline = time.monotonic() + self.settle_wait_s
        delay = 0.1
        while True:
            run = await self.refresh(run_id)
            if run.finished_at is not None or time.monotonic() > deadline or self._closing:
                return run
            try:
                await asyncio.wait_for(self._closed.wait(), timeout=delay)
            except asyncio.TimeoutError:
                pass
            delay = min(delay * 2, 5.0)
            for row in await asyncio.to_thread(self.runs_store.rows, run_id):
                if row.step == SENT and row.state in OPEN_STATES and \
                        row.reference_id not in self.store.in_flight:
                    try:
                        await self.flow.check(row.reference_id)
                    except api_errors.ApiError as exc:
                        log.info("run %s row %s not checked now: %s", run_id, row.position, type(exc).__name__)
                        break
                    self._tell(run_id, row.id)

    async def refresh(self, run_id: int) -> Run:
        """The run finishes once every row is final: results written, the finish audited."""
        run = await asyncio.to_thread(self.runs_store.get, run_id)
        paying = self.is_running(run_id) and asyncio.current_task() is not self._tasks.get(run_id)
        if run.state not in (SETTLING, CANCELLED) or run.finished_at is not None or paying:
            return run
        rows = await asyncio.to_thread(self.runs_store.rows, run_id)
        if not all(r.is_final for r in rows):
            return run
        path = await asyncio.to_thread(self.write_results_csv, run_id)
        run = await asyncio.to_thread(self.runs_store.set_state, run_id,
                                      FINISHED if run.state == SETTLING else CANCELLED, finished=True)
        counts: dict[str, int] = {}
        for row in rows:
            counts[row.outcome] = counts.get(row.outcome, 0) + 1
        paid = [r for r in rows if r.outcome == "COMPLETED"]
        self.audit("payout_run.finished", {"run_id": run_id, "counts": counts, "results": path.name,
                                           **_amounts([r.as_input for r in paid], "paid")})
        self._tell(run_id)
        return run

    async def recover(self) -> list[Run]:
        """At start-up: runs that were paying are paused (the owner resumes them with the passcode)
        and every row that may have been sent is linked to its journal entry."""
        recovered = []
        for run in await asyncio.to_thread(self.runs_store.unfinished):
            if self.is_running(run.id):
                continue
            await asyncio.to_thread(self.runs_store.recover, run.id)
            if run.state == RUNNING:
                rows = await asyncio.to_thread(self.runs_store.rows, run.id)
                left = any(r.included and r.step == WAITING for r in rows)
                run = await asyncio.to_thread(self.runs_store.set_state, run.id, PAUSED if left else SETTLING)
                self.audit("payout_run.interrupted", {"run_id": run.id, "rows_waiting": sum(
                    1 for r in rows if r.included and r.step == WAITING)})
            recovered.append(await self.refresh(run.id))
        return recovered

    def results_folder(self) -> Path:
        folder = self.results_dir or paths.data_dir() / "payout-runs"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def write_results_csv(self, run_id: int) -> Path:
        """Who, number, amount, fee, status, reference_id, time: one line per row (blocking)."""
        path = self.results_folder() / f"run-{run_id}-results.csv"
        tmp = path.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(RESULT_COLUMNS)
            for row in self.runs_store.rows(run_id):
                writer.writerow(result_line(row))
        tmp.replace(path)
        self.runs_store.set_results(run_id, csv=str(path))
        return path


def result_line(row: RunRow) -> list[str]:
    fee = row_fee(row)
    return [row.name, row.phone, row.amount, row.currency, "" if fee is None else str(fee),
            "" if row.received is None else str(row.received), "" if row.debited is None else str(row.debited),
            row.outcome, row.reference_id or "", row.finished_at or row.sent_at or "", row.note, row.reference]


def row_fee(row: RunRow) -> Decimal | None:
    """Dollr's figures: what the wallet was debited less what the recipient got (same currency),
    else the quote's fee. None for a row whose money did not move (no fee was charged)."""
    if row.outcome != "COMPLETED" and row.step == SENT and row.state not in OPEN_STATES:
        return None
    if row.step != SENT:
        return None
    if row.debited is not None and row.received is not None and row.debited_currency == row.received_currency:
        return row.debited - row.received
    return row.fee


def _problem_record(problem: Problem) -> dict[str, Any]:
    params = json.loads(json.dumps(problem.params, default=str))   # plain values only
    return {"code": problem.code, "params": params}


def _amounts(rows: list[RowInput], prefix: str = "total") -> dict[str, Any]:
    """Totals per currency for the audit log (amounts and counts, never a passcode)."""
    totals: dict[str, Decimal] = {}
    for row in rows:
        value = row_amount(row.amount)
        if value is not None and row.included:
            key = row.currency.upper()
            totals[key] = totals.get(key, Decimal(0)) + value
    return {prefix: {currency: str(amount) for currency, amount in sorted(totals.items())}}
