"""A small bar chart painted with QPainter: columns over time (takings by day / week / month) or
bars across (ranked: methods, top customers, ageing). No QtCharts or plotting library: a few
hundred bytes of code, the window's palette (light and dark), and it paints offscreen in tests.

Values are Decimals; the bars' lengths are only proportions (float is fine for pixels), while
every label is the app's money formatter, so the numbers read on the chart are exact.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from dollr_desktop.ui.theme import Tone, tone_colour

VERTICAL, HORIZONTAL = "vertical", "horizontal"


class BarChart(QWidget):
    def __init__(self, orientation: str = VERTICAL, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.orientation = orientation
        self.labels: list[str] = []
        self.values: list[Decimal] = []
        self.value_text: Callable[[Decimal], str] = str
        self.empty_text = ""
        self.tone = Tone.PAID
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_data(self, labels: Sequence[str], values: Sequence[Decimal],
                 value_text: Callable[[Decimal], str] = str, *, tone: Tone = Tone.PAID) -> None:
        self.labels, self.values, self.value_text, self.tone = list(labels), list(values), value_text, tone
        self.setToolTip("\n".join(f"{label}: {value_text(value)}" for label, value in zip(self.labels, self.values)))
        self.setAccessibleDescription(self.toolTip())
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        line = QFontMetrics(self.font()).height()
        if self.orientation == HORIZONTAL:
            return QSize(420, max(3, len(self.values)) * (line + 8) + 8)
        return QSize(480, 200)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, self.sizeHint().height() if self.orientation == HORIZONTAL else 140)

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = QColor(tone_colour(Tone.MUTED))
        bar = QColor(tone_colour(self.tone))
        rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        top = max(self.values, default=Decimal(0))
        if not self.values or top <= 0:
            painter.setPen(muted)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        metrics = QFontMetrics(self.font())
        if self.orientation == HORIZONTAL:
            self._paint_across(painter, rect, metrics, top, text, bar)
        else:
            self._paint_columns(painter, rect, metrics, top, text, muted, bar)
        painter.end()

    def _paint_across(self, painter: QPainter, rect: QRectF, metrics: QFontMetrics, top: Decimal,
                      text: QColor, bar: QColor) -> None:
        label_w = min(rect.width() * 0.4, max(metrics.horizontalAdvance(label) for label in self.labels) + 8)
        values = [self.value_text(v) for v in self.values]
        value_w = max(metrics.horizontalAdvance(v) for v in values) + 8
        span = max(10.0, rect.width() - label_w - value_w)
        row_h = metrics.height() + 8
        for i, (label, value, shown) in enumerate(zip(self.labels, self.values, values)):
            y = rect.top() + i * row_h
            painter.setPen(text)
            painter.drawText(QRectF(rect.left(), y, label_w - 6, row_h),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - 6)))
            width = float(value / top) * span if value > 0 else 0.0
            painter.fillRect(QRectF(rect.left() + label_w, y + 3, max(width, 1.0), row_h - 6), bar)
            painter.drawText(QRectF(rect.left() + label_w + width + 4, y, value_w, row_h),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown)

    def _paint_columns(self, painter: QPainter, rect: QRectF, metrics: QFontMetrics, top: Decimal,
                       text: QColor, muted: QColor, bar: QColor) -> None:
        line = metrics.height()
        plot = rect.adjusted(0, line + 4, 0, -(line + 4))
        count = len(self.values)
        slot = plot.width() / count
        gap = min(6.0, slot * 0.2)
        painter.setPen(muted)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), line), Qt.AlignmentFlag.AlignLeft,
                         self.value_text(top))
        # as many date labels as fit, evenly spread
        label_w = max(metrics.horizontalAdvance(label) for label in self.labels) + 8
        every = max(1, int(label_w // max(slot, 1)) + 1)
        drawn_to = rect.left() - label_w
        for i, value in enumerate(self.values):
            x = plot.left() + i * slot
            height = float(value / top) * plot.height() if value > 0 else 0.0
            if height:
                painter.fillRect(QRectF(x + gap / 2, plot.bottom() - height, slot - gap, height), bar)
            left = min(max(x - label_w / 2 + slot / 2, rect.left()), rect.right() - label_w)   # never cut
            if i % every == 0 and left >= drawn_to:
                drawn_to = left + label_w
                painter.setPen(text)
                painter.drawText(QRectF(left, plot.bottom() + 2, label_w, line),
                                 Qt.AlignmentFlag.AlignHCenter, self.labels[i])
