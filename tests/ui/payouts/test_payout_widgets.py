"""The payout widgets on their own, with fakes: countdown, approval dialog, wording, device, order."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal

from PySide6.QtWidgets import QLineEdit

from dollr_desktop.services import device_info
from dollr_desktop.services.payouts_flow import PayoutProblem, payout_first
from dollr_desktop.ui.payouts.approval_dialog import ApprovalDialog
from dollr_desktop.ui.payouts.countdown import SessionCountdown, remaining_text
from dollr_desktop.ui.payouts.wording import state_words, summary_html
from dollr_desktop.ui.wording import dollr_said
from tests.ui.conftest import *  # noqa: F401,F403 (the pytest-qt + qasync fixtures)


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now


def test_countdown_ticks_down_and_expires_once(qtbot, qloop):
    clock = FakeClock()
    countdown = SessionCountdown(clock=clock)
    qtbot.addWidget(countdown)
    expired = []
    countdown.sig_expired.connect(lambda: expired.append(True))
    countdown.start(clock.now + timedelta(minutes=10))
    assert countdown.text() == "Approve within 10:00 (the session then expires)"
    clock.now += timedelta(minutes=9, seconds=58)
    countdown.on_timer_timeout()
    assert "00:02" in countdown.text() and not expired
    clock.now += timedelta(seconds=3)
    countdown.on_timer_timeout()
    countdown.on_timer_timeout()
    assert expired == [True] and countdown.expired and not countdown.timer.isActive()
    assert "expired" in countdown.text() and "Nothing was paid" in countdown.text()
    assert remaining_text(-5) == "00:00" and remaining_text(754) == "12:34"


def make_dialog(qtbot, approve, phone="231886401275", expires_at=None):
    dialog = ApprovalDialog("Pay <b>10.00 USD</b> to Ma Kebbeh", phone, approve, expires_at=expires_at)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_approval_masks_clears_and_sends_the_passcode_once(qtbot, qloop):
    calls = []
    release = asyncio.Event()

    async def approve(code, phone, user_id):
        calls.append((code, phone, user_id))
        await release.wait()
        return "entry"

    dialog = make_dialog(qtbot, approve)
    assert dialog.passcode_edit.echoMode() is QLineEdit.EchoMode.Password
    qtbot.keyClicks(dialog.passcode_edit, "12ab34")   # letters are not accepted
    assert dialog.passcode_edit.text() == "1234"
    for _ in range(3):
        dialog.approve_button.click()
    assert dialog.passcode_edit.text() == "" and not dialog.approve_button.isEnabled()
    qtbot.waitUntil(lambda: bool(calls))
    release.set()
    qtbot.waitUntil(lambda: dialog.outcome == "entry")
    assert calls == [("1234", "231886401275", "")] and dialog.approvals_sent == 1
    assert not dialog.isVisible()


def test_approval_shows_what_to_do_and_pauses(qtbot, qloop):
    async def approve(code, phone, user_id):
        raise PayoutProblem("payout.wrong_passcode", pause_seconds=2, tries=1)

    dialog = make_dialog(qtbot, approve)
    qtbot.keyClicks(dialog.passcode_edit, "0000")
    dialog.approve_button.click()
    qtbot.waitUntil(lambda: "Try again in 2 s" in dialog.message_label.text())
    assert not dialog.approve_button.isEnabled() and dialog.isVisible()
    dialog.on_pause_timer_timeout()
    dialog.on_pause_timer_timeout()
    assert dialog.approve_button.isEnabled() and "type the passcode again" in dialog.message_label.text()


def test_without_a_passcode_phone_in_settings_the_dialog_asks_for_it(qtbot, qloop):
    async def approve(code, phone, user_id):
        raise AssertionError("must not be called without a phone")

    dialog = make_dialog(qtbot, approve, phone="")
    assert dialog.phone_edit.isVisible() and "Not set in Settings" in dialog.phone_label.text()
    qtbot.keyClicks(dialog.passcode_edit, "2468")
    dialog.approve_button.click()
    assert "phone number your passcode belongs to" in dialog.message_label.text()


def test_the_passcode_can_be_tied_to_a_user_id(qtbot, qloop):
    calls = []

    async def approve(code, phone, user_id):
        calls.append((code, phone, user_id))
        return "entry"

    dialog = make_dialog(qtbot, approve)
    dialog.user_id_check.setChecked(True)
    assert dialog.user_id_edit.isVisible()
    qtbot.keyClicks(dialog.passcode_edit, "2468")
    dialog.approve_button.click()
    assert "Type your Dollr user id" in dialog.message_label.text() and not calls
    qtbot.keyClicks(dialog.user_id_edit, "usr_8812")
    qtbot.keyClicks(dialog.passcode_edit, "2468")
    dialog.approve_button.click()
    qtbot.waitUntil(lambda: dialog.outcome == "entry")
    assert calls == [("2468", "", "usr_8812")]


def test_an_expiring_session_closes_approval(qtbot, qloop):
    async def approve(code, phone, user_id):
        raise AssertionError("expired: nothing may be sent")

    dialog = make_dialog(qtbot, approve, expires_at=datetime.now(timezone.utc) - timedelta(seconds=1))
    assert dialog.countdown.expired and not dialog.approve_button.isEnabled()
    assert "expired before approval" in dialog.message_label.text()


@dataclass
class Entry:
    state: str
    payee_amount: Decimal | None = None


@dataclass
class Person:
    name: str
    relationship_type: str | None


def test_wording_and_recipient_order():
    # Dollr's own sentence is never inside our words (it is the tooltip's "Dollr said: …").
    assert state_words("FAILED", "Payout declined.") == ("Failed: Nothing was paid to the recipient; "
                                                         "you can make a new payout")
    assert dollr_said("Payout declined.") == "Dollr said: Payout declined."
    assert state_words("PROCESSING").startswith("Processing")
    assert state_words("FAILED", "amount: must be positive", "REFUSED", failure_code="payout.wrong_passcode") == \
        "Refused, nothing paid: wrong passcode"
    assert state_words("FAILED", "amount: must be positive", "REFUSED", failure_code="api.validation") == \
        "Refused, nothing paid: Dollr did not accept the details"
    text = summary_html(recipient="A & B <Ltd>", phone="231886552211", carrier="MTN Liberia",
                        amount=Decimal("100"), currency="USD", debited=Decimal("101.50"), wallet_currency="USD",
                        wallet_id=7)
    assert "A &amp; B &lt;Ltd&gt;" in text and "Your USD wallet (no. 7)" in text and "1.50 USD in fees" in text
    people = [Person("Ann", "CUSTOMER"), Person("Bo", "EMPLOYEE"), Person("Cy", None), Person("Di", "SUPPLIER")]
    assert [p.name for p in payout_first(people)] == ["Bo", "Di", "Ann", "Cy"]


def test_device_info_is_this_computer(monkeypatch):
    monkeypatch.setattr(device_info.platform, "system", lambda: "Windows")
    monkeypatch.setattr(device_info.platform, "release", lambda: "11")
    monkeypatch.setattr(device_info.socket, "gethostname", lambda: "PHARMACY-PC")
    device = device_info.describe_device("http://127.0.0.1:9")
    assert device.name == "PHARMACY-PC" and device.type == "DESKTOP" and device.platform == "WINDOWS"
    assert device.user_agent.startswith("DollrDesktop/") and "(Windows 11;" in device.user_agent
    assert device.client_ip and device.client_ip.count(".") == 3 or ":" in device.client_ip
    assert set(device.as_payload()) == {"name", "type", "platform", "user_agent", "client_ip"}
    monkeypatch.setattr(device_info.platform, "system", lambda: "Darwin")
    assert device_info.os_platform() == "MACOS"


def test_the_countdown_ignores_a_wrong_pc_clock():
    from types import SimpleNamespace

    from dollr_desktop.ui.payouts.countdown import local_expiry

    server_now = datetime.now(timezone.utc) + timedelta(hours=3)   # this PC is 3 hours behind Dollr
    session = SimpleNamespace(created_at=server_now, expires_at=server_now + timedelta(minutes=10))
    left = (local_expiry(session) - datetime.now(timezone.utc)).total_seconds()
    assert 595 < left <= 600


def test_a_payout_window_stops_when_its_account_is_closed(qtbot, qloop):
    from types import SimpleNamespace

    from dollr_desktop.ui.payouts.payout_form import NewPayoutDialog
    from dollr_desktop.ui.runner import OperationRunner

    checks = []

    async def check(reference_id):
        checks.append(reference_id)

    flow = SimpleNamespace(recipients=None, create_recipient=None, check=check)
    current = [True]
    dialog = NewPayoutDialog(OperationRunner(), flow, lambda: "", is_current=lambda: current[0])
    qtbot.addWidget(dialog)
    current[0] = False
    task = asyncio.ensure_future(dialog.status_box._check("ref-1"))
    qtbot.waitUntil(task.done)
    assert task.result() is None and checks == [] and dialog.status_box.frozen and not dialog.isEnabled()


def test_a_payout_declined_on_the_recipients_side_is_worded_for_the_recipient(qapp):
    gateway = "Payment declined by the payer's mobile money wallet: insufficient funds"
    words = state_words("FAILED", gateway, "FAILED", failure_code="payout.recipient_declined")
    assert words.startswith("Failed: the recipient's mobile-money operator did not accept the payout")
    assert "payer" not in words and "insufficient funds" not in words and "top up" not in words
    short = state_words("FAILED", "Insufficient balance in the USD wallet: 1.00 available, 4.06 needed", "FAILED",
                        failure_code="payout.wallet_short")
    assert short.endswith("top up the wallet (or pay less), then make a new payout")


def test_a_late_answer_is_said_loudly(qapp):
    words = state_words("COMPLETED", None, "COMPLETED", late=True)
    assert words.startswith("⚠ Completed") and "DID move" in words
