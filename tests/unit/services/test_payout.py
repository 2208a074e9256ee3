"""The payout flow the app runs (PayoutsFlow: session, then approval) against the sandbox:
passcode used once, never stored; one payout at a time per wallet."""
from __future__ import annotations

import asyncio

import pytest

from dollr_desktop.services.payouts_flow import PayoutProblem
from dollr_desktop.store import PaymentState
from tests.unit.services.payout_kit import approve, pay, payouts_flow, prepare
from tests.unit.services.sandbox_kit import executions


async def test_a_payout_runs_once_and_its_passcode_is_never_stored(sandbox, client, store, tmp_path):
    info = sandbox.info
    flow = payouts_flow(client, store)
    entry = await pay(flow, sandbox, "231770555123")
    final = await flow.check(entry.reference_id)
    assert final.state is PaymentState.COMPLETED and final.kind == "PAYOUT"
    assert executions(sandbox.base_url)[entry.reference_id]["execute_requests"] == 1
    secret = info["passcode"].encode()
    files = list(tmp_path.glob("store.sqlite3*"))  # with the write-ahead log still there
    assert len(files) >= 2 and all(secret not in f.read_bytes() for f in files)
    store.close()
    assert secret not in (tmp_path / "store.sqlite3").read_bytes()


async def test_a_wrong_passcode_is_refused_and_frees_the_account(sandbox, client, store):
    flow = payouts_flow(client, store)
    prepared = await prepare(flow, "231770555124", "5")
    with pytest.raises(PayoutProblem) as refused_with:
        await approve(flow, sandbox, prepared, passcode="000000")
    assert refused_with.value.code == "payout.wrong_passcode"
    [refused] = store.journal.entries()
    assert refused.state is PaymentState.FAILED and refused.server_status == "REFUSED"
    assert refused.failure_code == "payout.wrong_passcode"
    assert refused.reference_id not in executions(sandbox.base_url)
    retry = await approve(flow, sandbox, prepared)
    assert retry.reference_id != refused.reference_id


async def test_a_second_payout_to_the_same_wallet_waits_for_the_first(sandbox, client, store):
    flow = payouts_flow(client, store)
    prepared = await prepare(flow, "231770551111", "5")  # stays PROCESSING
    await approve(flow, sandbox, prepared)
    with pytest.raises(PayoutProblem) as pending:
        await approve(flow, sandbox, prepared)
    assert pending.value.code == "payout.pending"
    with pytest.raises(PayoutProblem):   # not even a new session while one is open
        await prepare(flow, "231770551111", "5", contact=prepared.contact)


async def test_a_double_click_on_approve_sends_one_payout(sandbox, client, store):
    flow = payouts_flow(client, store)
    prepared = await prepare(flow, "231770555125", "2")
    before = set(executions(sandbox.base_url))
    results = await asyncio.gather(*(approve(flow, sandbox, prepared) for _ in range(2)), return_exceptions=True)
    assert sorted(type(r).__name__ for r in results) == ["JournalEntry", "PayoutProblem"]
    assert [r.code for r in results if isinstance(r, PayoutProblem)] == ["payout.pending"]
    assert len(set(executions(sandbox.base_url)) - before) == 1


async def test_a_payout_the_recipients_operator_declines_is_recorded_as_the_recipients_side(sandbox, client, store):
    """The gateway's text speaks of "the payer" (for a payout, that is the recipient's wallet):
    the journal says whose side failed, so the words never blame the merchant's own wallet."""
    flow = payouts_flow(client, store)
    entry = await pay(flow, sandbox, "231770550000", "4")   # ends 0000: the operator declines
    for _ in range(100):
        if entry.is_final:
            break
        await asyncio.sleep(0.02)
        entry = await flow.check(entry.reference_id)
    assert entry.state is PaymentState.FAILED
    assert entry.failure_code == "payout.recipient_declined"


async def test_a_payout_the_merchants_wallet_cannot_cover_is_recorded_as_the_merchants_side(sandbox, client, store):
    from tests.unit.services.sandbox_kit import control

    control(sandbox.base_url, "POST", "/wallets/USD", {"balance": "1.00"})
    flow = payouts_flow(client, store)
    entry = await pay(flow, sandbox, "231770555126", "4")
    assert entry.state is PaymentState.FAILED and entry.failure_code == "payout.wallet_short"


def test_a_payout_problem_is_a_code_never_a_sentence():
    with pytest.raises(ValueError):
        PayoutProblem("Dollr refused this payout.")
    problem = PayoutProblem("payout.currency_not_offered", field="currency", currencies=("USD", "LRD"),
                            currency="RWF", method="MTN_MOMO_LBR")
    assert problem.code == "payout.currency_not_offered" and problem.params["currency"] == "RWF"
