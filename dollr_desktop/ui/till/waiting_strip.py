"""The sale screen's "waiting" strip: the sales whose payment has not landed yet, one chip each."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from dollr_desktop.ui.money import format_money

CHIP_STYLE = ("QPushButton { border: 1px solid #c9a227; border-radius: 10px; padding: 2px 10px; "
              "background: rgba(224, 168, 0, 40); }"
              "QPushButton[failed=\"true\"] { border-color: #b3261e; background: rgba(179, 38, 30, 30); }")


class WaitingStrip(QWidget):
    sig_sale_clicked = Signal(str, int)   # source_type, source_id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Payments waiting"))
        self.setStyleSheet(CHIP_STYLE)
        self.title = QLabel(self.tr("Waiting:"))
        self.chips: dict[tuple[str, int], QPushButton] = {}
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addWidget(self.title)
        self._row.addStretch(1)
        self.hide()

    def set_sale(self, source_type: str, source_id: int, number: str, total: object, currency: str,
                 state: str) -> None:
        """Add or update a chip; `state` is "waiting" or "failed"."""
        key = (source_type, int(source_id))
        chip = self.chips.get(key)
        if chip is None:
            chip = QPushButton()
            chip.clicked.connect(lambda _c=False, k=key: self.sig_sale_clicked.emit(*k))
            self._row.insertWidget(self._row.count() - 1, chip)
            self.chips[key] = chip
        money = format_money(total, currency)
        if state == "failed":
            chip.setText(self.tr("{number} · {amount} · failed").format(number=number, amount=money))
        else:
            chip.setText(self.tr("{number} · {amount} · waiting").format(number=number, amount=money))
        chip.setAccessibleName(self.tr("Open the payment of {number}").format(number=number))
        chip.setProperty("failed", state == "failed")
        chip.style().unpolish(chip)
        chip.style().polish(chip)
        self.show()

    def remove(self, source_type: str, source_id: int) -> None:
        chip = self.chips.pop((source_type, int(source_id)), None)
        if chip is not None:
            self._row.removeWidget(chip)
            chip.deleteLater()
        self.setVisible(bool(self.chips))
