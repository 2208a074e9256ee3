"""A row of controls that wraps onto the next line when the window is narrow (filter rows, button rows).

Qt's own flow-layout example, trimmed: items keep their size hint and move down when the row is full,
so a long French label or a 150 % font never pushes the window wider than a small screen.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget, QWidgetItem


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: set[int] = set()
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt name)
        self._items.append(item)

    def add(self, widget: QWidget, *, stretch: bool = False) -> None:
        """Add a control; a stretching one (a search box) takes what is left of its line."""
        self.addChildWidget(widget)
        if stretch:
            self._stretch.add(len(self._items))
        self._items.append(QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        if 0 <= index < len(self._items):
            self._stretch = {i if i < index else i - 1 for i in self._stretch if i != index}
            return self._items.pop(index)
        return None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        width = sum(item.sizeHint().width() + self.spacing() for item in self._visible())
        height = max((item.sizeHint().height() for item in self._visible()), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _place(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self.spacing()
        lines: list[list[int]] = [[]]
        x = area.x()
        for index, item in enumerate(self._items):
            if item.isEmpty():
                continue
            width = min(item.sizeHint().width(), area.width())
            if lines[-1] and x + width > area.right() + 1:
                lines.append([])
                x = area.x()
            lines[-1].append(index)
            x += width + gap
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(self._items[i].sizeHint().height() for i in line)
            widths = [min(self._items[i].sizeHint().width(), area.width()) for i in line]
            spare = area.width() - sum(widths) - gap * (len(line) - 1)
            growing = [n for n, i in enumerate(line) if i in self._stretch
                       or self._items[i].widget() is not None
                       and self._items[i].widget().sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Expanding]
            if spare > 0 and growing:
                for n in growing:
                    widths[n] += spare // len(growing)
            x = area.x()
            for n, i in enumerate(line):
                if move:
                    self._items[i].setGeometry(QRect(QPoint(x, y), QSize(widths[n], height)))
                x += widths[n] + gap
            y += height + gap
        return y - gap - rect.y() + margins.bottom()


def flow_row(*widgets: QWidget, stretch: tuple[QWidget, ...] = ()) -> QWidget:
    """A widget holding `widgets` in a wrapping row; put it where a QHBoxLayout of them was."""
    row = QWidget()
    layout = FlowLayout(row)
    for widget in widgets:
        layout.add(widget, stretch=widget in stretch)
    row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    return row


def kept_together(*widgets: QWidget) -> QWidget:
    """Widgets that move to the next line together (a label and its field)."""
    from PySide6.QtWidgets import QHBoxLayout

    group = QWidget()
    layout = QHBoxLayout(group)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return group
