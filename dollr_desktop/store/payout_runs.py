"""Payout runs on disk: the run, its rows and the saved lists ("Staff payroll").

A row's money lives in the journal, not here: once a row is begun, its journal entry carries
`source_type = 'PAYOUT_RUN'` and `source_id = <row id>` (written in the same durable commit that
mints the reference_id), so after a crash the row finds its entry even if the app died before
the row itself was updated. `step` only says how far this computer got:

  WAITING    nothing sent; the run will (re)start it
  PREPARING  the recipient, account and session are being set up (nothing sent yet)
  SENT       it has a journal entry (`reference_id`): only status checks follow, never a resend
  NOT_SENT   refused before any execute (invalid number, currency not offered …): `problem`
  SKIPPED    the run was cancelled before this row started
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from dollr_desktop.store.connection import ConnectionPool
from dollr_desktop.store.journal_entries import PaymentState
from dollr_desktop.store.rows import utc_now

SOURCE_TYPE = "PAYOUT_RUN"

WAITING, PREPARING, SENT, NOT_SENT, SKIPPED = "WAITING", "PREPARING", "SENT", "NOT_SENT", "SKIPPED"

# Run states
DRAFT, RUNNING, PAUSED, SETTLING, FINISHED, CANCELLED = (
    "DRAFT", "RUNNING", "PAUSED", "SETTLING", "FINISHED", "CANCELLED")

# Refusals that say nothing about the row (the approval was at fault): the row may start again.
APPROVAL_REFUSALS = frozenset({"payout.wrong_passcode", "payout.locked", "payout.paused",
                               "payout.not_verified", "payout.passcode_owner_phone",
                               "payout.passcode_owner_user_id", "payout.expired"})


@dataclass(frozen=True)
class RowInput:
    """One row as typed or imported (text, checked by services.payout_runs.check_rows)."""

    name: str = ""
    phone: str = ""
    amount: str = ""
    currency: str = ""
    note: str = ""
    reference: str = ""
    counterparty_id: int | None = None
    included: bool = True
    duplicate_ok: bool = False


@dataclass(frozen=True)
class RunRow:
    id: int
    run_id: int
    position: int
    name: str
    phone: str
    amount: str
    currency: str
    note: str
    reference: str
    counterparty_id: int | None
    included: bool
    duplicate_ok: bool
    step: str
    reference_id: str | None
    problem: dict[str, Any] | None
    # from the journal entry, once sent
    state: str | None = None             # PaymentState value
    debited: Decimal | None = None       # what the wallet was debited (Dollr's figure)
    debited_currency: str | None = None
    received: Decimal | None = None      # what the recipient gets
    received_currency: str | None = None
    fee: Decimal | None = None
    failure_code: str | None = None
    server_message: str | None = None
    finished_at: str | None = None
    sent_at: str | None = None
    server_status: str | None = None     # "REFUSED": Dollr refused the execute, nothing happened

    @property
    def amount_value(self) -> Decimal | None:
        try:
            return Decimal(self.amount)
        except (InvalidOperation, ValueError):
            return None

    @property
    def is_final(self) -> bool:
        """Nothing more will happen to this row's money."""
        if self.step in (NOT_SENT, SKIPPED) or not self.included:
            return True
        return self.step == SENT and self.state in (PaymentState.COMPLETED, PaymentState.FAILED,
                                                     PaymentState.NOT_FOUND)

    @property
    def outcome(self) -> str:
        """One code for lists and the results file: WAITING … COMPLETED, FAILED, NOT_FOUND …"""
        if not self.included:
            return "LEFT_OUT"
        if self.step == SENT and self.state:
            return self.state
        return self.step

    @property
    def as_input(self) -> RowInput:
        return RowInput(self.name, self.phone, self.amount, self.currency, self.note, self.reference,
                        self.counterparty_id, self.included, self.duplicate_ok)


@dataclass(frozen=True)
class Run:
    id: int
    name: str
    origin: str
    state: str
    retry_of: int | None
    created_at: str
    updated_at: str
    approved_at: str | None
    finished_at: str | None
    results_csv: str | None
    results_pdf: str | None


_ROW_SELECT = """
SELECT r.id, r.run_id, r.position, r.name, r.phone, r.amount, r.currency, r.note, r.reference,
       r.counterparty_id, r.included, r.duplicate_ok, r.step, r.reference_id, r.problem,
       p.state, p.amount, p.currency, p.payee_amount, p.payee_currency,
       json_extract(p.quote, '$.fee'), p.failure_code, p.server_message, p.finished_at, p.created_at,
       p.server_status
FROM payout_run_rows AS r LEFT JOIN payments AS p ON p.reference_id = r.reference_id
"""


def _row(values: tuple) -> RunRow:
    (id_, run_id, position, name, phone, amount, currency, note, reference, counterparty_id, included,
     duplicate_ok, step, reference_id, problem, state, debited, debited_currency, received,
     received_currency, fee, failure_code, server_message, finished_at, sent_at, server_status) = values
    return RunRow(id_, run_id, position, name, phone, amount, currency, note, reference, counterparty_id,
                  bool(included), bool(duplicate_ok), step, reference_id,
                  json.loads(problem) if problem else None, state,
                  Decimal(debited) if debited is not None else None, debited_currency,
                  Decimal(received) if received is not None else None, received_currency,
                  Decimal(str(fee)) if fee not in (None, "") else None, failure_code, server_message,
                  finished_at, sent_at, server_status)


class PayoutRuns:
    """All methods block on disk: from async code, call them through `asyncio.to_thread`."""

    def __init__(self, pool: ConnectionPool) -> None:
        self._pool = pool

    # ---- runs --------------------------------------------------------------------------------
    def create(self, name: str, origin: str, rows: list[RowInput], *, retry_of: int | None = None) -> Run:
        now = utc_now()
        with self._pool.transaction(durable=True) as conn:
            run_id = conn.execute(
                "INSERT INTO payout_runs (name, origin, state, retry_of, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?)", (name, origin, DRAFT, retry_of, now, now)).lastrowid
            self._insert_rows(conn, run_id, rows, now)
        return self.get(run_id)

    def replace_rows(self, run_id: int, rows: list[RowInput]) -> None:
        """The editor's rows, while the run is a draft (nothing of it was ever sent)."""
        now = utc_now()
        with self._pool.transaction() as conn:
            state = conn.execute("SELECT state FROM payout_runs WHERE id = ?", (run_id,)).fetchone()[0]
            if state != DRAFT:
                raise ValueError("only a draft run's rows can be edited")
            conn.execute("DELETE FROM payout_run_rows WHERE run_id = ?", (run_id,))
            self._insert_rows(conn, run_id, rows, now)
            conn.execute("UPDATE payout_runs SET updated_at = ? WHERE id = ?", (now, run_id))

    @staticmethod
    def _insert_rows(conn, run_id: int, rows: list[RowInput], now: str) -> None:
        conn.executemany(
            "INSERT INTO payout_run_rows (run_id, position, name, phone, amount, currency, note, reference, "
            "counterparty_id, included, duplicate_ok, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [(run_id, i + 1, r.name, r.phone, r.amount, r.currency, r.note, r.reference, r.counterparty_id,
              int(r.included), int(r.duplicate_ok), now) for i, r in enumerate(rows)])

    def rename(self, run_id: int, name: str) -> None:
        with self._pool.transaction() as conn:
            conn.execute("UPDATE payout_runs SET name = ?, updated_at = ? WHERE id = ?", (name, utc_now(), run_id))

    def get(self, run_id: int) -> Run:
        cursor = self._pool.conn().execute("SELECT * FROM payout_runs WHERE id = ?", (run_id,))
        row = cursor.fetchone()
        if row is None:
            raise KeyError(run_id)
        return Run(*row)

    def runs(self, limit: int = 200) -> list[Run]:
        cursor = self._pool.conn().execute("SELECT * FROM payout_runs ORDER BY id DESC LIMIT ?", (limit,))
        return [Run(*row) for row in cursor]

    def unfinished(self) -> list[Run]:
        """Runs this computer was paying (or waiting on) when the app last stopped."""
        cursor = self._pool.conn().execute(
            "SELECT * FROM payout_runs WHERE state IN (?, ?, ?) OR (state = ? AND finished_at IS NULL) "
            "ORDER BY id", (RUNNING, PAUSED, SETTLING, CANCELLED))
        return [Run(*row) for row in cursor]

    def set_state(self, run_id: int, state: str, *, approved: bool = False, finished: bool = False) -> Run:
        now = utc_now()
        with self._pool.transaction(durable=True) as conn:
            conn.execute(
                "UPDATE payout_runs SET state = ?, updated_at = ?, "
                "approved_at = CASE WHEN ? THEN coalesce(approved_at, ?) ELSE approved_at END, "
                "finished_at = CASE WHEN ? THEN coalesce(finished_at, ?) ELSE finished_at END WHERE id = ?",
                (state, now, int(approved), now, int(finished), now, run_id))
        return self.get(run_id)

    def set_results(self, run_id: int, *, csv: str | None = None, pdf: str | None = None) -> None:
        with self._pool.transaction() as conn:
            conn.execute("UPDATE payout_runs SET results_csv = coalesce(?, results_csv), "
                         "results_pdf = coalesce(?, results_pdf) WHERE id = ?", (csv, pdf, run_id))

    def delete_draft(self, run_id: int) -> None:
        with self._pool.transaction() as conn:
            conn.execute("DELETE FROM payout_run_rows WHERE run_id = ? AND EXISTS "
                         "(SELECT 1 FROM payout_runs WHERE id = ? AND state = ?)", (run_id, run_id, DRAFT))
            conn.execute("DELETE FROM payout_runs WHERE id = ? AND state = ?", (run_id, DRAFT))

    # ---- rows --------------------------------------------------------------------------------
    def rows(self, run_id: int) -> list[RunRow]:
        cursor = self._pool.conn().execute(_ROW_SELECT + " WHERE r.run_id = ? ORDER BY r.position", (run_id,))
        return [_row(values) for values in cursor]

    def row(self, row_id: int) -> RunRow:
        values = self._pool.conn().execute(_ROW_SELECT + " WHERE r.id = ?", (row_id,)).fetchone()
        if values is None:
            raise KeyError(row_id)
        return _row(values)

    def counts(self, run_id: int) -> dict[str, int]:
        counts: dict[str, int] = {}
        for row in self.rows(run_id):
            counts[row.outcome] = counts.get(row.outcome, 0) + 1
        return counts

    def set_step(self, row_id: int, step: str, *, problem: dict[str, Any] | None = None,
                 counterparty_id: int | None = None) -> None:
        with self._pool.transaction(durable=True) as conn:
            conn.execute("UPDATE payout_run_rows SET step = ?, problem = ?, "
                         "counterparty_id = coalesce(?, counterparty_id), updated_at = ? WHERE id = ?",
                         (step, json.dumps(problem) if problem else None, counterparty_id, utc_now(), row_id))

    def skip_waiting(self, run_id: int) -> int:
        """Cancelled: rows not begun are never paid by this run."""
        with self._pool.transaction(durable=True) as conn:
            return conn.execute("UPDATE payout_run_rows SET step = ?, updated_at = ? "
                                "WHERE run_id = ? AND included = 1 AND step IN (?, ?)",
                                (SKIPPED, utc_now(), run_id, WAITING, PREPARING)).rowcount

    def link_from_journal(self, row_id: int) -> RunRow:
        """Where the row stands, from its journal entries (the crash-safe link): the newest entry
        that may have reached Dollr makes the row SENT with that reference_id; with none (or only
        approval refusals, where nothing happened) the row waits to be started again."""
        with self._pool.transaction(durable=True) as conn:
            entries = conn.execute(
                "SELECT reference_id, server_status, failure_code FROM payments "
                "WHERE source_type = ? AND source_id = ? ORDER BY created_at DESC, rowid DESC",
                (SOURCE_TYPE, row_id)).fetchall()
            sent = next((e for e in entries
                         if not (e[1] == "REFUSED" and e[2] in APPROVAL_REFUSALS)), None)
            step = conn.execute("SELECT step FROM payout_run_rows WHERE id = ?", (row_id,)).fetchone()[0]
            if sent is not None:
                conn.execute("UPDATE payout_run_rows SET step = ?, reference_id = ?, problem = NULL, "
                             "updated_at = ? WHERE id = ?", (SENT, sent[0], utc_now(), row_id))
            elif step in (PREPARING, SENT):
                conn.execute("UPDATE payout_run_rows SET step = ?, reference_id = NULL, updated_at = ? "
                             "WHERE id = ?", (WAITING, utc_now(), row_id))
        return self.row(row_id)

    def recover(self, run_id: int) -> list[RunRow]:
        """After a restart: every row that may have been begun is linked to its journal entry."""
        cursor = self._pool.conn().execute(
            "SELECT id FROM payout_run_rows WHERE run_id = ? AND step IN (?, ?) "
            "UNION SELECT r.id FROM payout_run_rows AS r JOIN payments AS p ON p.source_type = ? "
            "AND p.source_id = r.id WHERE r.run_id = ? AND r.step <> ?",
            (run_id, PREPARING, SENT, SOURCE_TYPE, run_id, SENT))
        return [self.link_from_journal(row_id) for (row_id,) in cursor.fetchall()]

    # ---- saved lists ---------------------------------------------------------------------------
    def save_list(self, name: str, rows: list[RowInput]) -> None:
        body = json.dumps([{"name": r.name, "phone": r.phone, "amount": r.amount, "currency": r.currency,
                            "note": r.note, "reference": r.reference, "counterparty_id": r.counterparty_id}
                           for r in rows if r.included])
        with self._pool.transaction() as conn:
            conn.execute("INSERT INTO payout_lists (name, rows, updated_at) VALUES (?, ?, ?) "
                         "ON CONFLICT (name) DO UPDATE SET rows = excluded.rows, updated_at = excluded.updated_at",
                         (name, body, utc_now()))

    def lists(self) -> list[str]:
        return [name for (name,) in self._pool.conn().execute("SELECT name FROM payout_lists ORDER BY name")]

    def load_list(self, name: str) -> list[RowInput]:
        found = self._pool.conn().execute("SELECT rows FROM payout_lists WHERE name = ?", (name,)).fetchone()
        if found is None:
            raise KeyError(name)
        return [RowInput(**row) for row in json.loads(found[0])]

    # ---- recipients ----------------------------------------------------------------------------
    def contact_id_for_phone(self, digits: str) -> int | None:
        """A contact already on Dollr with this number (payout relationships first)."""
        found = self._pool.conn().execute(
            "SELECT id FROM counterparties WHERE phone = ? AND gone_at IS NULL AND id > 0 "
            "AND party_id IS NOT NULL ORDER BY relationship_type IN ('EMPLOYEE', 'SUPPLIER', 'BENEFICIARY') "
            "DESC, id LIMIT 1", (digits,)).fetchone()
        return found[0] if found else None

    def summaries(self) -> dict[int, tuple[int, int, int]]:
        """run id -> (rows to pay, rows paid, rows not paid) for the list of runs."""
        cursor = self._pool.conn().execute(
            "SELECT r.run_id, sum(r.included), sum(p.state = 'COMPLETED'), "
            "sum(r.included AND (p.state IN ('FAILED', 'NOT_FOUND') OR r.step IN ('NOT_SENT', 'SKIPPED'))) "
            "FROM payout_run_rows AS r LEFT JOIN payments AS p ON p.reference_id = r.reference_id "
            "GROUP BY r.run_id")
        return {run_id: (int(rows or 0), int(paid or 0), int(unpaid or 0)) for run_id, rows, paid, unpaid in cursor}
