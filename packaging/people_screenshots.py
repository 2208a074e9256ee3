"""Screenshots of the People screens in one language and appearance, for review.

    .venv/bin/python packaging/people_screenshots.py fr dark   # -> /tmp/shots-people/people-fr-dark-<what>.png

Offscreen, on the embedded practice sandbox, in a throw-away data folder: an owner and a member
of staff, a payout the staff member prepared waiting with its badge, the People page, the audit
log, the switch-user dialog, Settings as staff see it, and the lock screen.
"""
from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHOTS = Path(os.environ.get("PEOPLE_SHOTS", "/tmp/shots-people"))


def main(language: str, appearance: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["DOLLR_DATA_DIR"] = tempfile.mkdtemp(prefix="dollr-people-screens-")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication
    from qasync import QEventLoop

    from dollr_desktop.ui import i18n, theme

    qt_app = QApplication(sys.argv[:1])
    i18n.install(language, qt_app)
    theme.install(qt_app, appearance)
    loop = QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    from dollr_desktop.app import DollrApp
    from dollr_desktop.credentials import CredentialStore
    from dollr_desktop.services.people import Role

    class NoKeyring:
        priority = 0

    app = DollrApp(credentials=CredentialStore(NoKeyring()))
    SHOTS.mkdir(parents=True, exist_ok=True)

    def save(widget, what: str) -> None:
        QApplication.processEvents()
        widget.grab().save(str(SHOTS / f"people-{language}-{appearance}-{what}.png"))
        print(f"{what}: saved", flush=True)

    async def settle(seconds: float = 0.3) -> None:
        await asyncio.sleep(seconds)
        QApplication.processEvents()

    async def shoot() -> None:
        await app.start(practice=True)
        await app.session.sync_now()
        window = app.window
        window.resize(1180, 760)
        people = app.features.people
        book = await people.load()
        owner = await asyncio.to_thread(lambda: book.add_person("Ama Mensah", Role.OWNER, "48213579"))
        staff = await asyncio.to_thread(lambda: book.add_person("Kofi Cashier", Role.STAFF, "97531864"))
        people.show_person()
        await asyncio.to_thread(lambda: book.sign_in(staff.id, "97531864"))
        people.show_person()
        contacts = await asyncio.to_thread(lambda: app.session.store.contacts.search("", limit=3)
                                           if hasattr(app.session.store.contacts, "search") else [])
        contact = contacts[0] if contacts else None
        payouts = app.features.payouts
        await payouts.prepare_payout({"recipient_id": contact.id if contact else None,
                                      "recipient_name": contact.name if contact else "Sinkor Generics",
                                      "phone": "231886552211", "amount": "42.50", "currency": "USD",
                                      "note": "Flyers for the sale"})
        window.show_page("payouts")
        await settle()
        save(window, "staff-payouts-waiting")
        window.show_page("settings")
        await settle()
        save(window, "staff-settings-closed")
        await asyncio.to_thread(lambda: book.sign_in(owner.id, "48213579"))
        people.show_person()
        window.show_page("payouts")
        await payouts.refresh_badge()
        await settle(0.6)
        save(window, "owner-payouts-waiting")
        people.show_people()
        await settle()
        save(window, "people-page")
        app.hub.emit("audit", "refund", {"amount": "7.50", "currency": "USD", "reference_id": "demo-ref-1"})
        people.show_audit()
        await settle(0.6)
        save(window, "audit-log")
        adding = asyncio.ensure_future(people.add_staff())
        await settle()
        people.person_dialog.name_edit.setText("Efua Boakye")
        people.person_dialog.pin_edit.setText("1234")
        save(people.person_dialog, "add-staff-dialog")
        people.person_dialog.reject()
        await adding
        dialog = people.open_switch_user()
        await settle()
        save(dialog, "switch-user-dialog")
        dialog.reject()
        people.lock("idle")
        await settle()
        save(window, "lock-screen")
        await app.shutdown()

    with loop:
        loop.run_until_complete(shoot())
    return 0


if __name__ == "__main__":
    sys.exit(main(*(sys.argv[1:3] if len(sys.argv) >= 3 else ("en", "light"))))
