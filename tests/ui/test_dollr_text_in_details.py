"""Dollr's own sentences (English, naming its fields) never make the main message: our words say what
happened in the merchant's language, and what Dollr said waits under "Details" (issue 18)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dollr_desktop.services.payout_problems import PayoutProblem, refusal_params
from dollr_desktop.api import errors as api_errors
from dollr_desktop.ui import i18n
from dollr_desktop.ui.payouts.wording import state_words
from dollr_desktop.ui.widgets.problem_note import ProblemNote
from dollr_desktop.ui.wording import words_for

@pytest.fixture
def french(qapp):
    i18n.install("fr", qapp)
    yield
    i18n.install("en", qapp)


SERVER = "ensure this value is less than or equal to 1000000"


def refused_amount() -> PayoutProblem:
    exc = api_errors.ValidationError(field_errors={"amount": SERVER})
    return PayoutProblem("payout.refused", **refusal_params(exc))


def test_a_refused_payout_names_the_input_in_our_words_not_dollrs(qapp):
    problem = refused_amount()
    assert problem.params == {"fields": "amount", "detail": f"amount: {SERVER}"}
    words = words_for(problem)
    assert words == "Dollr did not accept the amount for this payout. Nothing was paid."
    two = PayoutProblem("payout.refused", fields="currency,weird_field", detail="x")
    assert words_for(two) == "Dollr did not accept the currency and some details for this payout. Nothing was paid."


def test_in_french_nothing_of_dollrs_english_is_in_the_words(qapp, french):
    words = words_for(refused_amount())
    assert words == "Dollr n’a pas accepté le montant pour ce versement. Rien n’a été payé."
    refused = state_words("FAILED", f"amount: {SERVER}", "REFUSED", failure_code="api.validation")
    assert refused.startswith("Refusé") and SERVER not in refused


def test_the_details_button_shows_what_dollr_said_only_when_asked(qtbot):
    note = ProblemNote("Payout problem")
    qtbot.addWidget(note)
    note.say("Dollr did not accept the amount for this payout.", f"amount: {SERVER}")
    note.show()
    assert note.words.isVisible() and note.details_button.isVisible() and not note.details.isVisible()
    qtbot.mouseClick(note.details_button, Qt.MouseButton.LeftButton)
    assert note.details.isVisible() and note.details.text() == f"Dollr said: amount: {SERVER}"
    note.say("Only the owner approves payouts.")
    assert not note.details_button.isVisible() and not note.details.isVisible()
