"""A small bar chart drawn with QPainter: no charting library to bundle, and it paints offscreen
(tests, screenshots) exactly as on screen. Values are only drawn from floats; the words (labels,
tooltips, the accessible description) carry the exact money text the caller formatted."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from dollr_desktop.ui.theme import Tone, tone_colour


@dataclass(frozen=True)
class Bar:
    label: str        # under the bar (e.g. a day); may be "" to keep the axis quiet
    value: float      # only for drawing
    text: str         # the exact figure, shown on hover and read by screen readers


class BarChart(QWidget):
    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._bars: list[Bar] = []
        self._empty_text = ""

    def set_bars(self, bars: list[Bar], *, empty_text: str = "") -> None:
        self._bars = list(bars)
        self._empty_text = empty_text
        self.setAccessibleDescription("; ".join(f"{b.label}: {b.text}" for b in self._bars if b.value)
                                      or empty_text)
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def sizeHint(self) -> QSize:
        return QSize(320, 120)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 80)

    def _geometry(self) -> tuple[QRectF, float]:
        text_height = self.fontMetrics().height()
        area = QRectF(self.rect()).adjusted(4, 4, -4, -(text_height + 6))
        step = area.width() / max(1, len(self._bars))
        return area, step

    def paintEvent(self, event) -> None:   # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        area, step = self._geometry()
        top = max((b.value for b in self._bars), default=0.0)
        if top <= 0:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self._empty_text)
            return
        colour = QColor(tone_colour(Tone.PAID))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        every = max(1, round(len(self._bars) / 8))   # about eight labels, whatever the width
        for n, bar in enumerate(self._bars):
            height = area.height() * bar.value / top if bar.value > 0 else 0
            rect = QRectF(area.left() + n * step + step * 0.15, area.bottom() - height, step * 0.7, height)
            painter.fillRect(rect, colour)
            if bar.label and (n % every == 0 or n == len(self._bars) - 1):
                painter.setPen(palette.color(QPalette.ColorRole.WindowText))
                label_rect = QRectF(area.left() + n * step - step, area.bottom() + 2, step * 3,
                                    self.fontMetrics().height() + 2)
                painter.drawText(label_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, bar.label)

    def mouseMoveEvent(self, event) -> None:   # noqa: N802
        area, step = self._geometry()
        n = int((event.position().x() - area.left()) // step) if step else -1
        if 0 <= n < len(self._bars):
            bar = self._bars[n]
            QToolTip.showText(event.globalPosition().toPoint(), f"{bar.label}: {bar.text}", self)
        else:
            QToolTip.hideText()
