"""The payout core against the sandbox: passcode used once, never stored."""
from __future__ import annotations

from decimal import Decimal

import pytest

from dollr_desktop.api import errors
from dollr_desktop.services.payout import Payee, PayoutService
from dollr_desktop.store import PaymentAlreadyPendingError, PaymentState
from tests.unit.services.sandbox_kit import executions


async def supplier(client, phone: str) -> Payee:
    party = await client.parties.create(fullname="Kpelle Supplies", phone=phone)
    return Payee(party_id=party.id, name=party.fullname, phone=phone)


async def test_a_payout_runs_once_and_its_passcode_is_never_stored(sandbox, client, store, tmp_path):
    info = sandbox.info
    service = PayoutService(client, store)
    entry = await service.pay(await supplier(client, "231770555123"), Decimal("12.50"), "USD",
                              passcode=info["passcode"], passcode_phone=info["passcode_phone"])
    final = await service.check(entry.reference_id)
    assert final.state is PaymentState.COMPLETED and final.kind == "PAYOUT"
    assert executions(sandbox.base_url)[entry.reference_id]["execute_requests"] == 1
    secret = info["passcode"].encode()
    files = list(tmp_path.glob("store.sqlite3*"))  # with the write-ahead log still there
    assert len(files) >= 2 and all(secret not in f.read_bytes() for f in files)
    store.close()
    assert secret not in (tmp_path / "store.sqlite3").read_bytes()


async def test_a_wrong_passcode_is_refused_and_frees_the_account(sandbox, client, store):
    service = PayoutService(client, store)
    payee = await supplier(client, "231770555124")
    with pytest.raises(errors.ValidationError):
        await service.pay(payee, Decimal("5"), "USD", passcode="000000",
                          passcode_phone=sandbox.info["passcode_phone"])
    [refused] = store.journal.entries()
    assert refused.state is PaymentState.FAILED and refused.server_status == "REFUSED"
    assert refused.reference_id not in executions(sandbox.base_url)
    retry = await service.pay(payee, Decimal("5"), "USD", passcode=sandbox.info["passcode"],
                              passcode_phone=sandbox.info["passcode_phone"])
    assert retry.reference_id != refused.reference_id


async def test_a_second_payout_to_the_same_wallet_waits_for_the_first(sandbox, client, store):
    service = PayoutService(client, store)
    payee = await supplier(client, "231770551111")  # stays PROCESSING
    await service.pay(payee, Decimal("5"), "USD", passcode=sandbox.info["passcode"],
                      passcode_phone=sandbox.info["passcode_phone"])
    with pytest.raises(PaymentAlreadyPendingError):
        await service.pay(payee, Decimal("5"), "USD", passcode=sandbox.info["passcode"],
                          passcode_phone=sandbox.info["passcode_phone"])


async def test_a_double_click_on_approve_sends_one_payout(sandbox, client, store):
    import asyncio

    service = PayoutService(client, store)
    payee = await supplier(client, "231770555125")
    before = set(executions(sandbox.base_url))
    results = await asyncio.gather(*(service.pay(payee, Decimal("2"), "USD", passcode=sandbox.info["passcode"],
                                                 passcode_phone=sandbox.info["passcode_phone"])
                                     for _ in range(2)), return_exceptions=True)
    assert sorted(type(r).__name__ for r in results) == ["JournalEntry", "PaymentAlreadyPendingError"]
    assert len(set(executions(sandbox.base_url)) - before) == 1
