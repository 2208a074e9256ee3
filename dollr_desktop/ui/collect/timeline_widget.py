"""A payment's progress as steps a merchant reads at a glance: done, now, still to come, failed."""
from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from dollr_desktop.ui.theme import Tone, tone_colour


class StepState(StrEnum):
    TODO = "todo"
    ACTIVE = "active"
    DONE = "done"
    FAILED = "failed"


MARKS = {StepState.TODO: "○", StepState.ACTIVE: "◔", StepState.DONE: "✔", StepState.FAILED: "✖"}
COLOURS = {StepState.TODO: "#7a828c", StepState.ACTIVE: "#8a5a00", StepState.DONE: "#1f7a4d",
           StepState.FAILED: "#b3261e"}
TONES = {StepState.TODO: Tone.MUTED, StepState.ACTIVE: Tone.PENDING, StepState.DONE: Tone.PAID,
         StepState.FAILED: Tone.FAILED}


class _Step(QWidget):
    def __init__(self, title: str) -> None:
        super().__init__()
        self.mark = QLabel()
        self.mark.setFixedWidth(22)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.title = QLabel(title)
        self.title.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setProperty("role", "hint")
        text = QVBoxLayout()
        text.setContentsMargins(0, 0, 0, 0)
        text.setSpacing(0)
        text.addWidget(self.title)
        text.addWidget(self.detail)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.addWidget(self.mark)
        row.addLayout(text, 1)
        self.state = StepState.TODO
        self.set_state(StepState.TODO)

    def set_state(self, state: StepState, title: str | None = None, detail: str = "") -> None:
        self.state = state
        if title is not None:
            self.title.setText(title)
        colour = tone_colour(TONES[state])   # tuned for light and dark
        weight = "600" if state in (StepState.ACTIVE, StepState.FAILED) else "normal"
        self.mark.setText(MARKS[state])
        self.mark.setStyleSheet(f"color: {colour}; font-size: 16px;")
        self.title.setStyleSheet(f"color: {colour if state is not StepState.DONE else 'palette(text)'};"
                                 f" font-weight: {weight};")
        if getattr(self, "emphasis", False) and state in (StepState.DONE, StepState.FAILED):
            self.title.setStyleSheet(f"color: {colour}; font-weight: 600; font-size: 15px;")
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleName(f"{self.title.text()}: {state.value}")


class PaymentTimeline(QWidget):
    """Prompt sent → Waiting for the customer to approve → Paid / Failed: <reason>."""

    PROMPT, WAITING, RESULT = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Payment progress"))
        self.steps = [_Step(self.tr("Prompt sent")), _Step(self.tr("Waiting for the customer to approve")), _Step(self.tr("Paid"))]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.steps[self.RESULT].emphasis = True   # the outcome reads first
        for step in self.steps:
            layout.addWidget(step)

    def reset(self) -> None:
        for step, title in zip(self.steps, (self.tr("Prompt sent"), self.tr("Waiting for the customer to approve"),
                                            self.tr("Paid"))):
            step.set_state(StepState.TODO, title)

    def sending(self) -> None:
        self.reset()
        self.steps[self.PROMPT].set_state(StepState.ACTIVE, self.tr("Sending the prompt…"))

    def waiting(self, detail: str = "") -> None:
        self.steps[self.PROMPT].set_state(StepState.DONE, self.tr("Prompt sent"))
        self.steps[self.WAITING].set_state(StepState.ACTIVE, self.tr("Waiting for the customer to approve"), detail)

    def checking(self, detail: str) -> None:
        """The answer to the request was lost: its status is being checked (never paid twice)."""
        self.steps[self.PROMPT].set_state(StepState.ACTIVE, self.tr("Checking that the prompt arrived"), detail)

    def paid(self, detail: str = "") -> None:
        self.steps[self.PROMPT].set_state(StepState.DONE, self.tr("Prompt sent"))
        self.steps[self.WAITING].set_state(StepState.DONE, self.tr("The customer approved"))
        self.steps[self.RESULT].set_state(StepState.DONE, self.tr("Paid"), detail)

    def failed(self, reason: str, *, prompt_sent: bool = True) -> None:
        if prompt_sent:
            self.steps[self.PROMPT].set_state(StepState.DONE, self.tr("Prompt sent"))
            self.steps[self.WAITING].set_state(StepState.DONE, self.tr("Waiting for the customer to approve"))
        else:
            self.steps[self.PROMPT].set_state(StepState.FAILED, self.tr("The prompt was not sent"))
        self.steps[self.RESULT].set_state(StepState.FAILED, self.tr("Failed: {reason}").format(reason=reason))

    @property
    def result_text(self) -> str:
        return self.steps[self.RESULT].title.text()
