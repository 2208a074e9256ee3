import sqlite3
import threading
import uuid
from decimal import Decimal

import pytest

from dollr_desktop.store import (
    PaymentAlreadyPendingError,
    PaymentRequest,
    PaymentState,
    Store,
    UnknownPaymentError,
)


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "j.sqlite3") as opened:
        yield opened


def request(lock_key="INVOICE:12", **overrides):
    values = dict(kind="COLLECTION", lock_key=lock_key, amount=Decimal("20150.00"), currency="LRD",
                  source_type="INVOICE", source_id=12, source_number="INV-2026-00012",
                  session_id=55, account_id=9, account_number="231770001234",
                  method="MTN_MOMO_LBR", provider="MTN_MOMO_LBR", payee_amount=Decimal("100.00"),
                  payee_currency="USD")
    values.update(overrides)
    return PaymentRequest(**values)


def test_begin_commits_a_new_uuid4_before_anything_is_sent(store, tmp_path):
    entry = store.journal.begin(request())
    assert uuid.UUID(entry.reference_id).version == 4
    assert entry.state is PaymentState.SUBMITTING and entry.is_open
    assert entry.amount == Decimal("20150.00") and entry.payee_amount == Decimal("100.00")
    assert len(entry.fingerprint) == 64
    # Another connection (another process after a crash) already sees it.
    other = sqlite3.connect(tmp_path / "j.sqlite3")
    assert other.execute("SELECT state FROM payments WHERE reference_id = ?",
                         (entry.reference_id,)).fetchone() == ("SUBMITTING",)
    other.close()


def test_a_second_payment_for_the_same_document_is_refused_while_one_is_open(store):
    first = store.journal.begin(request())
    with pytest.raises(PaymentAlreadyPendingError) as raised:
        store.journal.begin(request())
    assert raised.value.reference_id == first.reference_id
    store.journal.begin(request(lock_key="INVOICE:13", source_id=13))  # other documents are fine


def test_the_lock_holds_across_two_stores_on_the_same_file(tmp_path):
    path = tmp_path / "shared.sqlite3"
    with Store.open(path) as window_one, Store.open(path) as window_two:
        window_one.journal.begin(request())
        with pytest.raises(PaymentAlreadyPendingError):
            window_two.journal.begin(request())


def test_a_double_click_from_two_threads_starts_one_payment(store):
    results, barrier = [], threading.Barrier(8)

    def confirm():
        barrier.wait()
        try:
            results.append(store.journal.begin(request()).reference_id)
        except PaymentAlreadyPendingError:
            results.append("refused")

    threads = [threading.Thread(target=confirm) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results.count("refused") == 7
    assert len(store.journal.open_entries()) == 1


@pytest.mark.parametrize(("server", "state"), [
    ("PENDING", PaymentState.PENDING), ("PROCESSING", PaymentState.PROCESSING),
    ("COMPLETED", PaymentState.COMPLETED), ("FAILED", PaymentState.FAILED),
    ("SOMETHING_NEW", PaymentState.PROCESSING),
])
def test_server_statuses_map_to_states_and_unknown_ones_stay_open(store, server, state):
    entry = store.journal.begin(request())
    assert store.journal.record_server_status(entry.reference_id, server, origin="execute").state is state


def test_a_finished_payment_frees_the_document_and_asks_for_a_receipt(store):
    entry = store.journal.begin(request())
    store.journal.record_server_status(entry.reference_id, "PROCESSING", origin="execute")
    done = store.journal.record_server_status(
        entry.reference_id, "COMPLETED", origin="realtime", provider_transaction_id="MP123",
        payer_amount=Decimal("20150.00"), payer_currency="LRD")
    assert done.is_final and done.finished_at and done.provider_transaction_id == "MP123"
    assert done.follow_up == ("receipt",)
    store.journal.clear_follow_up(entry.reference_id, "receipt")
    assert store.journal.get(entry.reference_id).follow_up == ()
    assert store.journal.open_for("INVOICE:12") is None
    store.journal.begin(request())  # the document may be paid again (e.g. a new order)
    origins = [e["origin"] for e in store.journal.events(entry.reference_id)]
    assert origins == ["begin", "execute", "realtime"]


def test_a_late_processing_event_never_reopens_a_completed_payment(store):
    entry = store.journal.begin(request())
    store.journal.record_server_status(entry.reference_id, "COMPLETED", origin="status")
    late = store.journal.record_server_status(entry.reference_id, "PROCESSING", origin="status")
    assert late.state is PaymentState.COMPLETED and late.check_count == 2


def test_unknown_then_not_found_offers_a_retry_that_supersedes_it(store):
    entry = store.journal.begin(request())
    assert store.journal.record_unknown(entry.reference_id, "timed out").state is PaymentState.UNKNOWN
    assert store.journal.open_for("INVOICE:12").reference_id == entry.reference_id
    gone = store.journal.record_not_found(entry.reference_id, grace_s=0)
    assert gone.state is PaymentState.NOT_FOUND and gone.may_retry and gone.is_final
    retry = store.journal.begin(request(retry_of=entry.reference_id))
    assert retry.reference_id != entry.reference_id
    assert store.journal.get(entry.reference_id).superseded_by == retry.reference_id
    assert not store.journal.get(entry.reference_id).may_retry


def test_not_found_yields_when_the_server_later_reports_the_payment(store):
    entry = store.journal.begin(request())
    store.journal.record_not_found(entry.reference_id, grace_s=0)
    late = store.journal.record_server_status(entry.reference_id, "COMPLETED", origin="status")
    assert late.state is PaymentState.COMPLETED


def test_not_found_never_overrides_what_the_server_already_said(store):
    entry = store.journal.begin(request())
    store.journal.record_server_status(entry.reference_id, "PROCESSING", origin="execute")
    assert store.journal.record_not_found(entry.reference_id, grace_s=0).state is PaymentState.PROCESSING


def test_bad_requests_and_unknown_references_are_refused(store):
    with pytest.raises(ValueError):
        store.journal.begin(request(amount=Decimal("0")))
    with pytest.raises(ValueError):
        store.journal.begin(request(kind="TRANSFER"))
    with pytest.raises(UnknownPaymentError):
        store.journal.get(str(uuid.uuid4()))


def test_entries_are_listed_newest_first_with_filters(store):
    first = store.journal.begin(request(lock_key="A"))
    second = store.journal.begin(request(lock_key="B", kind="PAYOUT"))
    store.journal.record_server_status(first.reference_id, "FAILED", origin="execute",
                                       message="Payer declined")
    assert [e.reference_id for e in store.journal.entries()] == [second.reference_id, first.reference_id]
    assert [e.reference_id for e in store.journal.entries(state="FAILED")] == [first.reference_id]
    assert [e.reference_id for e in store.journal.entries(kind="PAYOUT")] == [second.reference_id]
    assert store.journal.get(first.reference_id).server_message == "Payer declined"
