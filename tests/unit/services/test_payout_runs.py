"""Payout runs in the service: CSV in, every row checked, paid one by one through the one money
path against the sandbox over a socket, a failed row not stopping the others."""
from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest

from dollr_desktop.services.contacts import ContactsService
from dollr_desktop.services.payout_run_rows import check_rows, normalize_amount, parse_csv
from dollr_desktop.services.payout_runs import PayoutRunService
from dollr_desktop.services.run_passcode import RunPasscode
from dollr_desktop.services.problems import Problem
from dollr_desktop.store.payout_runs import RowInput
from tests.unit.services.payout_kit import payouts_flow
from tests.unit.services.sandbox_kit import control, executions

CSV = (
    "\ufeffname;phone;amount;currency;note;reference\n"
    "Musu Kollie;0770123456;12,50;USD;June pay;EMP-1\n"
    "Bad Phone;0123;5;USD;;\n"
    "Kigali Grocer;+250788123456;1500;USD;;\n"          # MTN Rwanda pays RWF only
    "Declines;0886550000;3;USD;;\n"
    "Held;0886551111;4;USD;;\n"
).encode()


def codes(check):
    return [p.code for p in check.problems]


def test_csv_with_bom_and_semicolons_then_every_row_checked():
    rows = parse_csv(CSV)
    assert [r.name for r in rows][:2] == ["Musu Kollie", "Bad Phone"]
    assert rows[0].amount == "12.50" and rows[0].note == "June pay" and rows[0].reference == "EMP-1"
    checks = check_rows(rows)
    assert checks[0].ok and checks[0].digits == "231770123456"
    assert codes(checks[1])[0].startswith("phone.")
    assert codes(checks[2]) == ["payout_run.currency_not_offered"]
    assert checks[3].ok and checks[4].ok


def test_comma_csv_amounts_decimals_limits_and_duplicates():
    rows = parse_csv(b"Name,Phone,Amount,Currency\nA,0770123456,\"1,250.50\",USD\nB,0770123456,3,usd\n"
                     b"C,+250788123456,300.5,RWF\nD,0886123456,2000000000,LRD\n,0886123457,0,LRD\n")
    assert rows[0].amount == "1250.50" and rows[1].currency == "USD"
    checks = check_rows(rows)
    assert checks[0].ok
    assert codes(checks[1]) == ["payout_run.duplicate"] and checks[1].problems[0].params["position"] == 1
    assert codes(checks[2]) == ["payout_run.amount_decimals"]
    assert codes(checks[3]) == ["payout_run.amount_too_large"]
    assert codes(checks[4]) == ["payout_run.name_missing", "payout_run.amount_not_positive"]
    confirmed = [rows[0], RowInput(**{**rows[1].__dict__, "duplicate_ok": True})]
    assert all(c.ok for c in check_rows(confirmed))
    left_out = [rows[0], RowInput(**{**rows[3].__dict__, "included": False})]
    assert all(c.ok for c in check_rows(left_out))


def test_not_a_csv_is_a_problem_not_a_crash():
    with pytest.raises(Problem) as found:
        parse_csv(b"who,what\nx,y\n")
    assert found.value.code == "payout_run.csv_missing_columns"
    with pytest.raises(Problem):
        parse_csv("name;phone\n".encode("utf-16"))
    assert normalize_amount("1 250,5") == "1250.5" and normalize_amount("1,000") == "1000"


async def test_a_run_pays_each_row_once_and_a_failure_does_not_stop_the_others(client, store, sandbox, tmp_path):
    flow = payouts_flow(client, store)
    service = PayoutRunService(flow, store, ContactsService(client, store), results_dir=tmp_path,
                               settle_wait_s=0.5)
    audit = []
    service.audit = lambda action, details: audit.append((action, details))
    rows = [RowInput("Musu Kollie", "0770123456", "12.50", "USD", "June"),
            RowInput("Declines", "0886550000", "3", "USD"),
            RowInput("Held", "0886551111", "4", "USD"),
            RowInput("Kamara Sr", "0886123456", "500", "LRD")]
    run = await service.create("June payroll", "csv", rows)
    preview = await service.preview(run.id)
    assert len(preview.quotes) == 4 and not preview.problems
    assert preview.totals["USD"].rows == 3 and preview.totals["USD"].fees > 0
    assert preview.totals["USD"].debit == sum(q.debited for q in preview.quotes.values() if q.debited_currency == "USD")

    passcode = RunPasscode(sandbox.info["passcode"], sandbox.info["passcode_phone"])
    task = await service.start(run.id, passcode)
    await task
    assert passcode.wiped
    done = {r.name: r for r in store.payout_runs.rows(run.id)}
    assert done["Musu Kollie"].outcome == "COMPLETED" and done["Kamara Sr"].outcome == "COMPLETED"
    assert done["Declines"].outcome == "FAILED"
    assert done["Held"].outcome == "PROCESSING"
    assert store.payout_runs.get(run.id).state == "SETTLING"
    sent = executions(sandbox.base_url)
    for row in done.values():
        assert sent[row.reference_id]["execute_requests"] == 1
        entry = store.journal.get(row.reference_id)
        assert entry.source_type == "PAYOUT_RUN" and entry.source_id == row.id
    control(sandbox.base_url, "POST", f"/executions/{done['Held'].reference_id}/settle")
    await flow.check(done["Held"].reference_id)
    run = await service.refresh(run.id)
    assert run.state == "FINISHED" and run.results_csv
    lines = (tmp_path / f"run-{run.id}-results.csv").read_text().splitlines()
    assert len(lines) == 5 and "COMPLETED" in lines[1] and done["Musu Kollie"].reference_id in lines[1]
    assert [a for a, _ in audit] == ["payout_run.created", "payout_run.approved", "payout_run.started",
                                     "payout_run.finished"]
    assert sandbox.info["passcode"] not in repr(audit)


async def test_a_wrong_passcode_pauses_the_run_and_pays_nothing(client, store, sandbox, tmp_path):
    flow = payouts_flow(client, store)
    service = PayoutRunService(flow, store, ContactsService(client, store), results_dir=tmp_path,
                               settle_wait_s=0.2)
    run = await service.create("Suppliers", "csv", [RowInput("A", "0770123456", "2", "USD"),
                                                    RowInput("B", "0770123457", "2", "USD")])
    before = len(executions(sandbox.base_url))
    await (await service.start(run.id, RunPasscode("999999", sandbox.info["passcode_phone"])))
    assert store.payout_runs.get(run.id).state == "PAUSED"
    assert service.problem[run.id].code == "payout.wrong_passcode"
    assert [r.step for r in store.payout_runs.rows(run.id)] == ["WAITING", "WAITING"]
    assert len(executions(sandbox.base_url)) == before
    await (await service.start(run.id, RunPasscode(sandbox.info["passcode"], sandbox.info["passcode_phone"])))
    assert [r.outcome for r in store.payout_runs.rows(run.id)] == ["COMPLETED", "COMPLETED"]


async def test_pause_then_cancel_skips_rows_not_started(client, store, sandbox, tmp_path):
    flow = payouts_flow(client, store)
    service = PayoutRunService(flow, store, ContactsService(client, store), results_dir=tmp_path,
                               settle_wait_s=1.0)
    rows = [RowInput(f"Teacher {i}", f"07701234{i:02d}", "1", "USD") for i in range(6)]
    run = await service.create("Teachers", "csv", rows)
    service.listeners.append(lambda run_id, row_id: service.pause(run_id) if row_id and
                             store.payout_runs.row(row_id).step == "SENT" else None)
    await (await service.start(run.id, RunPasscode(sandbox.info["passcode"], sandbox.info["passcode_phone"])))
    assert store.payout_runs.get(run.id).state == "PAUSED"
    service.listeners.clear()
    await service.cancel(run.id)
    outcomes = [r.outcome for r in store.payout_runs.rows(run.id)]
    assert outcomes[0] == "COMPLETED" and outcomes[1:] == ["SKIPPED"] * 5
    assert store.payout_runs.get(run.id).state == "CANCELLED"
    again = await service.retry_failed(run.id)
    assert [r.name for r in store.payout_runs.rows(again.id)] == [f"Teacher {i}" for i in range(1, 6)]
    await asyncio.sleep(0)
    assert Decimal(store.payout_runs.rows(again.id)[0].amount) == 1


async def test_a_saved_list_is_reused_with_amounts_edited_and_contacts_make_a_run(client, store, sandbox, tmp_path):
    flow = payouts_flow(client, store)
    contacts = ContactsService(client, store)
    service = PayoutRunService(flow, store, contacts, results_dir=tmp_path, settle_wait_s=0.5)
    rows = [RowInput("Musu Kollie", "0770123456", "100", "USD", "teacher"),
            RowInput("Left Out", "0770123457", "5", "USD", included=False)]
    await service.save_list("Staff payroll", rows)
    assert store.payout_runs.lists() == ["Staff payroll"]
    june = await service.from_list("Staff payroll", "June")
    assert [(r.name, r.amount, r.note) for r in store.payout_runs.rows(june.id)] == [("Musu Kollie", "100", "teacher")]
    edited = [RowInput(**{**r.as_input.__dict__, "amount": "120"}) for r in store.payout_runs.rows(june.id)]
    await service.save_rows(june.id, edited)
    await service.save_list("Staff payroll", edited)
    july = await service.from_list("Staff payroll", "July")
    assert [r.amount for r in store.payout_runs.rows(july.id)] == ["120"]

    contact = await contacts.create_contact(name="Kpelle Supplies", phone="231886123459", relationship="SUPPLIER")
    picked = await service.from_contacts("Suppliers", [contact], "LRD")
    [row] = store.payout_runs.rows(picked.id)
    assert (row.counterparty_id, row.phone, row.currency, row.amount) == (contact.id, "231886123459", "LRD", "")
    assert [p.code for p in check_rows([row.as_input])[0].problems] == ["payout_run.amount_missing"]
    await service.save_rows(picked.id, [RowInput(**{**row.as_input.__dict__, "amount": "500"})])
    await (await service.start(picked.id, RunPasscode(sandbox.info["passcode"], sandbox.info["passcode_phone"])))
    [paid] = store.payout_runs.rows(picked.id)
    assert paid.outcome == "COMPLETED" and store.journal.get(paid.reference_id).counterparty_id == contact.id
