"""A customer's own language on their receipt and share message, whatever the app's language."""
from __future__ import annotations

import threading
from dataclasses import replace
from decimal import Decimal
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import QCoreApplication

from dollr_desktop.services.receipts import ReceiptService
from dollr_desktop.store import Store
from dollr_desktop.ui import i18n
from dollr_desktop.ui.printing.layouts import ReceiptLayout
from dollr_desktop.ui.printing.receipt_html import receipt_html
from dollr_desktop.ui.printing.share import mailto_url, share_message
from tests.ui.receipts.fixtures import MERCHANT, fixture_receipt

NNBSP = "\u202f"


@pytest.fixture
def app_language(qapp):
    yield lambda code: i18n.install(code, qapp)
    i18n.install("en", qapp)


def test_a_french_customer_gets_a_french_receipt_from_an_english_app(app_language):
    app_language("en")
    data = replace(fixture_receipt(), language="fr")
    html = receipt_html(data, ReceiptLayout.A4)
    assert "Reçu" in html and "Merci pour votre paiement." in html
    assert f"1{NNBSP}855,00 LRD" in html                       # French numbers
    assert "1 USD = 185,5 LRD" in html                          # the FX rate with a comma
    assert "nov. 2026" in html                                  # French month
    # The app itself still speaks English.
    assert QCoreApplication.translate("Receipt", "Receipt") == "Receipt"
    assert "1 USD = 185.5 LRD" in receipt_html(fixture_receipt(), ReceiptLayout.A4)


def test_an_english_customer_gets_english_from_a_french_app_and_a_kinyarwanda_one_kinyarwanda(app_language):
    app_language("fr")
    english = receipt_html(replace(fixture_receipt(), language="en"), ReceiptLayout.A4)
    assert "Thank you for your payment." in english and "1,855.00 LRD" in english
    assert "Reçu" in receipt_html(fixture_receipt(), ReceiptLayout.A4)       # no preference: the app's
    kinyarwanda = receipt_html(replace(fixture_receipt(), language="rw"), ReceiptLayout.A4)
    assert "Inyemezabwishyu" in kinyarwanda and "Murakoze kwishyura." in kinyarwanda
    assert "1.855,00 LRD" in kinyarwanda                         # Qt's rw_RW locale


def test_share_message_and_mail_follow_the_customer_language(app_language):
    app_language("en")
    data = replace(fixture_receipt(), language="fr")
    assert share_message(data).startswith("Reçu INV-2026-00012 de Mama Kebbeh's Shop : 10,35 USD payé le 28 nov. 2026.")
    subject = parse_qs(urlsplit(mailto_url(data)).query)["subject"][0]
    assert subject == "Reçu INV-2026-00012 de Mama Kebbeh's Shop"
    assert share_message(fixture_receipt()).startswith("Receipt INV-2026-00012 from Mama Kebbeh's Shop: 10.35 USD paid")


def test_the_customer_language_is_per_thread(app_language):
    """A receipt rendered on a worker thread in French leaves the GUI thread's words alone."""
    app_language("en")
    seen = {}
    started, release = threading.Event(), threading.Event()

    def worker():
        with i18n.speaking("fr"):
            started.set()
            release.wait(5)
            seen["worker"] = QCoreApplication.translate("Receipt", "Receipt")

    thread = threading.Thread(target=worker)
    thread.start()
    started.wait(5)
    seen["gui"] = QCoreApplication.translate("Receipt", "Receipt")
    release.set()
    thread.join(5)
    assert seen == {"worker": "Reçu", "gui": "Receipt"}


def test_the_contact_language_is_kept_by_phone_and_reaches_the_receipt(tmp_path, app_language):
    app_language("en")
    with Store.open(tmp_path / "s.sqlite3") as store:
        store.customer_languages.set("+231 886 000 111", "fr")
        assert store.customer_languages.get("231886000111") == "fr"
        service = ReceiptService(client=None, merchant=MERCHANT, store=store)
        data = service.with_breakdown(fixture_receipt())
        assert data.language == "fr"
        store.customer_languages.set("231886000111", None)
        assert service.with_breakdown(fixture_receipt()).language is None



def test_a_payment_link_is_shared_in_the_customer_language(app_language):
    from dollr_desktop.ui.wording.payments import share_message as link_message

    app_language("fr")
    with i18n.speaking("rw"):
        text = link_message(merchant="Duka", customer="Aline Uwase", number="INV-2026-00003",
                            amount="5.000 RWF", url="https://pay.example/x")
    assert text.startswith("Muraho Aline, dore fagitire INV-2026-00003 ya Duka") and text.endswith("Murakoze!")
    assert link_message(merchant="Duka", customer="", number="INV-1", amount="1", url="u").startswith("Bonjour")
