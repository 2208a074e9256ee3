"""Sends recorded in the journal: "never received" is concluded only when no process may still
send, across two stores on one file (two copies of the app), and a late answer never fails."""
import sqlite3
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from dollr_desktop.store import PaymentRequest, PaymentState, Store
from dollr_desktop.store import migrations


def request(lock_key="PAYOUT:7"):
    return PaymentRequest(kind="PAYOUT", lock_key=lock_key, amount=Decimal("3.25"), currency="USD",
                          account_id=7, party_name="Staff Member")


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "j.sqlite3") as opened:
        yield opened


def now():
    return datetime.now(timezone.utc)


def test_a_second_copy_cannot_conclude_never_received_while_the_first_may_still_send(tmp_path):
    path = tmp_path / "shared.sqlite3"
    with Store.open(path) as first, Store.open(path) as second:
        entry = first.journal.begin(request(), send_window_s=60)
        # Grace zero, and still no: the first copy may re-send for another minute.
        assert second.journal.record_not_found(entry.reference_id, grace_s=0).state is PaymentState.SUBMITTING
        assert first.journal.allow_send(entry.reference_id, now() + timedelta(seconds=30))
        assert not first.journal.allow_send(entry.reference_id, now() + timedelta(seconds=61))
        # The real grace counts from the last request that may have left, not from the entry's birth.
        later = now() + timedelta(seconds=100)
        assert second.journal.record_not_found(entry.reference_id, grace_s=120,
                                               asked_at=later).state is PaymentState.SUBMITTING
        first.journal.end_sending(entry.reference_id)
        assert second.journal.record_not_found(entry.reference_id, grace_s=0).state is PaymentState.NOT_FOUND
        # Concluded by the other copy: the first may not send again.
        assert not first.journal.allow_send(entry.reference_id, now())


def test_a_late_answer_after_never_received_is_recorded_beside_the_newer_attempt(tmp_path):
    path = tmp_path / "shared.sqlite3"
    with Store.open(path) as first, Store.open(path) as second:
        lost = first.journal.begin(request())
        second.journal.record_not_found(lost.reference_id, grace_s=0)
        again = second.journal.begin(request())          # the merchant paid again
        late = first.journal.record_server_status(lost.reference_id, "PROCESSING", origin="execute")
        assert late.state is PaymentState.PROCESSING and late.is_late
        done = first.journal.record_server_status(lost.reference_id, "COMPLETED", origin="status")
        assert done.state is PaymentState.COMPLETED and done.late_at == late.late_at
        assert second.journal.get(again.reference_id).state is PaymentState.SUBMITTING
        assert not second.journal.get(again.reference_id).is_late


def test_a_late_unknown_after_never_received_reopens_without_failing(store):
    lost = store.journal.begin(request())
    store.journal.record_not_found(lost.reference_id, grace_s=0)
    store.journal.begin(request())
    reopened = store.journal.record_unknown(lost.reference_id, "answer lost")
    assert reopened.state is PaymentState.UNKNOWN and reopened.is_late


def test_a_failure_keeps_whose_side_it_was_on(store):
    entry = store.journal.begin(request())
    failed = store.journal.record_server_status(entry.reference_id, "FAILED", origin="status",
                                                failure_code="payout.recipient_declined")
    assert failed.failure_code == "payout.recipient_declined"


def test_an_older_journal_counts_its_entries_sent_when_they_were_created(tmp_path):
    path = tmp_path / "old.sqlite3"
    raw = sqlite3.connect(path)
    migrations.migrate(raw, path, target=5)
    raw.execute("INSERT INTO payments (reference_id, kind, state, lock_key, amount, currency, fingerprint, "
                "owner_run, created_at, updated_at) VALUES ('r1', 'PAYOUT', 'UNKNOWN', 'PAYOUT:1', '1', 'USD', "
                "'f', 'run', '2026-01-01T00:00:00.000+00:00', '2026-01-01T00:00:00.000+00:00')")
    raw.commit()
    raw.close()
    with Store.open(path) as upgraded:
        assert upgraded.version == migrations.LATEST_VERSION
        entry = upgraded.journal.get("r1")
        assert entry.last_sent_at == entry.sending_until == entry.created_at
        assert upgraded.journal.record_not_found("r1", grace_s=120).state is PaymentState.NOT_FOUND
