"""The Settings page's one way of laying out a box: form rows, tick boxes whose words wrap, section headings.

Every box on the Settings page builds its rows here, so the labels read alike everywhere: sentence case, no
trailing colon, left-aligned beside their field, and a field that does not fit beside its label goes under it
(a French label at a 150 % font on a 1024x600 screen never makes the page scroll sideways).

A QCheckBox's own text never wraps: a long one ("Sauvegarder automatiquement chaque jour et à la fermeture
de l'application") widened the whole page. `WrappingCheck` is a tick box beside a word-wrapped label that
ticks the box when clicked, as the box's own text would.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QFont, QMouseEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget


def settings_form(parent: QWidget | None = None) -> QFormLayout:
    """A form laid out as every Settings box lays out its rows."""
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    form.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


def align_label_columns(*boxes: QWidget) -> None:
    """The boxes' form labels one width, so the fields of boxes stacked in one section start in one column."""
    labels = []
    for box in boxes:
        for form in box.findChildren(QFormLayout):
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                if item is not None and isinstance(item.widget(), QLabel) and item.widget().text():
                    labels.append(item.widget())
    widest = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(widest)


class WrappedLabel(QLabel):
    """Words that wrap, asking for one line when there is room: a plain word-wrapped QLabel guesses a narrow
    width, so a form gave it two or three lines' height and left a gap around the words.

    For a page in a scroll area (which sizes its body by height-for-width), not for a dialog's own layout: a
    top-level window sizes itself from the size hint, and one line's height would cut the words."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        margins = self.contentsMargins()
        widest = max((self.fontMetrics().horizontalAdvance(line) for line in self.text().splitlines() or [""]))
        width = widest + margins.left() + margins.right() + 2 * self.margin() + 2
        return QSize(width, self.heightForWidth(width))


class _TickingLabel(WrappedLabel):
    """A label that ticks its box when clicked (a QCheckBox's own text does that)."""

    def __init__(self, text: str, check: QCheckBox) -> None:
        super().__init__(text)
        self._check = check
        self.setBuddy(check)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if (event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint())
                and self._check.isEnabled()):
            self._check.setFocus(Qt.FocusReason.MouseFocusReason)
            self._check.click()
            event.accept()
            return
        super().mouseReleaseEvent(event)


class WrappingCheck(QWidget):
    """A tick box and its words, which wrap: `check` is the QCheckBox (its accessible name is the words)."""

    def __init__(self, text: str, parent: QWidget | None = None, *, object_name: str = "") -> None:
        super().__init__(parent)
        self.check = QCheckBox()
        if object_name:
            self.check.setObjectName(object_name)
        self.check.setAccessibleName(text)
        self.label = _TickingLabel(text, self.check)
        # The box as tall as one line of the words: its tick then sits level with their first line.
        self.check.setMinimumHeight(self.label.fontMetrics().height())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)

    def text(self) -> str:
        return self.label.text()


class SectionHeading(QLabel):
    """A heading over a group of boxes on a long page ("Your business", "People and security"): a little larger
    than the words, and larger still when the person picks a larger text size."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setProperty("role", "sectionTitle")
        self.setAccessibleName(text)
        self.setWordWrap(True)
        self._follow_app_font()
        # After the change has settled: the style sheet applied again puts back the font this label had.
        QApplication.instance().fontChanged.connect(self.on_app_font_changed)

    def on_app_font_changed(self, _font: QFont) -> None:
        QTimer.singleShot(0, self, self._follow_app_font)

    def _follow_app_font(self) -> None:
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setWeight(QFont.Weight.DemiBold)
        self.setFont(font)



def section_heading(text: str) -> QLabel:
    return SectionHeading(text)


def section(heading: QLabel, *widgets: QWidget) -> QWidget:
    """A heading and the boxes under it, as one block of the page."""
    block = QWidget()
    layout = QVBoxLayout(block)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(heading)
    for widget in widgets:
        layout.addWidget(widget)
    return block
