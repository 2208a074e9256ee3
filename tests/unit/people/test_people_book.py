"""People, PINs and the audit chain, without Qt, on a real store file."""
from __future__ import annotations

import sqlite3

import pytest

from dollr_desktop.services.people import (
    PeopleBook, Right, Role, hash_pin, pin_matches, redact, role_may,
)
from dollr_desktop.services.problems import Problem


@pytest.fixture
def book(tmp_path):
    book = PeopleBook.open(tmp_path / "people.sqlite3")
    yield book
    book.close()


def test_a_pin_is_kept_as_a_salted_scrypt_hash_with_its_parameters():
    first, second = hash_pin("482135"), hash_pin("482135")
    assert first.startswith("scrypt$16384$8$1$") and first != second   # salted
    assert "482135" not in first
    assert pin_matches("482135", first) and not pin_matches("482136", first)
    assert not pin_matches("482135", "plain$482135") and not pin_matches("482135", "scrypt$x")


def test_rights_staff_prepare_the_owner_approves():
    assert all(role_may(Role.OWNER, r) for r in Right)
    assert {r for r in Right if role_may(Role.STAFF, r)} == {
        Right.SELL, Right.COLLECT, Right.MAKE_INVOICES, Right.PREPARE_PAYOUTS}


def test_nobody_set_up_may_everything_then_only_the_person_signed_in(book):
    assert all(book.may(r) for r in Right)
    owner = book.add_person("Ama", Role.OWNER, "4821", "4821")
    staff = book.add_person("Kofi", Role.STAFF, "9753")
    assert book.current == owner and book.may("approve_payouts")
    book.sign_in(staff.id, "9753")
    assert not book.may("approve_payouts") and book.may("prepare_payouts") and not book.may("change_settings")
    with pytest.raises(Problem) as wrong:
        book.sign_in(owner.id, "0000")
    assert wrong.value.code == "pin_wrong" and book.current == staff
    with pytest.raises(Problem) as taken:
        book.add_person("ama", Role.STAFF, "1234")
    assert taken.value.code == "person_name_taken"
    with pytest.raises(Problem) as short:
        book.add_person("Efua", Role.STAFF, "12")
    assert short.value.field == "pin"


def test_wrong_pins_slow_down(book):
    owner = book.add_person("Ama", Role.OWNER, "4821")
    for _ in range(3):
        with pytest.raises(Problem):
            book.sign_in(owner.id, "1111")
    assert book.wait_left() > 0
    with pytest.raises(Problem) as waiting:
        book.sign_in(owner.id, "4821")   # even the right PIN waits
    assert waiting.value.code == "pin_wait"


def test_secrets_never_enter_the_log(book):
    assert redact({"amount": "5.00", "passcode": "1", "client_secret": "2", "pinCode": "3", "access-token": "4",
                   "nested": [{"pin": "5", "phone": "231"}], "country_code": "LR"}) == {
        "amount": "5.00", "nested": [{"phone": "231"}], "country_code": "LR"}
    entry = book.audit("refund", {"amount": "5.00", "passcode": "73195284"})
    assert entry.details == {"amount": "5.00"}


def _tamper(path, sql, *params):
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute(sql, params)
    conn.commit()
    conn.close()


@pytest.mark.parametrize("sql, broken", [
    ("UPDATE audit_log SET details = '{\"amount\":\"500.00\"}' WHERE id = 2", 2),
    ("DELETE FROM audit_log WHERE id = 2", 3),
    ("UPDATE audit_log SET who = 'Kofi' WHERE id = 3", 3),
])
def test_an_edited_or_deleted_entry_breaks_the_chain(tmp_path, sql, broken):
    path = tmp_path / "people.sqlite3"
    book = PeopleBook.open(path)
    for amount in ("1.00", "2.00", "3.00", "4.00"):
        book.audit("payout_approved", {"amount": amount})
    assert book.first_broken() is None
    with pytest.raises(sqlite3.IntegrityError):   # the app itself cannot edit it
        book.store.connection().execute("UPDATE audit_log SET who = 'x' WHERE id = 1")
    book.close()
    _tamper(path, sql)
    book = PeopleBook.open(path)
    assert book.first_broken() == broken
    book.close()
