"""A payment link as a QR code large enough to scan from the screen, crisp at any size."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from dollr_desktop.ui.printing.qr import qr_image

MIN_SIDE = 200    # still scans from a laptop screen; it grows to HINT_SIDE when there is room
HINT_SIDE = 300


class QrWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.paid = False
        self._pixmap: QPixmap | None = None
        self.setAccessibleName(self.tr("Payment link QR code"))
        self.setMinimumSize(MIN_SIDE, MIN_SIDE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_text(self, text: str) -> None:
        self.text = text
        # One pixel per module: painted scaled without smoothing, so modules stay sharp squares.
        self._pixmap = QPixmap.fromImage(qr_image(text, module_px=1, border=4)) if text else None
        self.setAccessibleDescription(self.tr("Scan to pay: {url}").format(url=text) if text
                                      else self.tr("No link yet"))
        self.update()

    def set_paid(self, paid: bool) -> None:
        """Cover the code once paid, so nobody scans a settled document by mistake."""
        self.paid = paid
        self.setAccessibleDescription(self.tr("Paid") if paid else self.tr("Scan to pay: {url}").format(url=self.text))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(HINT_SIDE, HINT_SIDE)

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        side = min(self.width(), self.height())
        left, top = (self.width() - side) // 2, (self.height() - side) // 2
        if self._pixmap is None:
            painter.setPen(Qt.GlobalColor.gray)
            painter.drawRect(left, top, side - 1, side - 1)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Preparing the link…"))
            return
        modules = self._pixmap.width()
        side = (side // modules) * modules or side   # whole pixels per module
        left, top = (self.width() - side) // 2, (self.height() - side) // 2
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawPixmap(left, top, side, side, self._pixmap)
        if self.paid:
            painter.fillRect(left, top, side, side, QColor(255, 255, 255, 215))
            font = painter.font()
            font.setPixelSize(max(18, side // 7))
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("#1f7a4d"))
            painter.drawText(left, top, side, side, Qt.AlignmentFlag.AlignCenter, self.tr("✔ Paid"))
