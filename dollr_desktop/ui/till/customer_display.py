"""The customer display: a second window, on a screen facing the customer, showing the basket,
the total, the QR code to scan, and "Paid, thank you". One instance, reused while Settings wants it."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget
from shiboken6 import isValid

from dollr_desktop.ui.collect.qr_widget import QrWidget
from dollr_desktop.ui.money import format_amount, format_money

BIG = "font-size: 34px; font-weight: 700;"


def screens() -> list[tuple[str, Any]]:
    """Each screen with the name Settings keeps for it (its own, else its place: "#2")."""
    return [(screen.name() or f"#{number}", screen) for number, screen in enumerate(QGuiApplication.screens(), start=1)]


def place_display(display: Any, screen_name: str) -> Any:
    """The display Settings asks for: made, moved to its screen, or closed ("" = none)."""
    if not screen_name:
        if display is not None and isValid(display):
            display.close()
            display.deleteLater()
        return None
    if display is None or not isValid(display):
        display = CustomerDisplay()
    screen = next((s for name, s in screens() if name == screen_name), None)
    if screen is not None:
        display.setScreen(screen)
        display.setGeometry(screen.availableGeometry())
    display.show()
    return display


class CustomerDisplay(QWidget):
    BASKET, CHARGE, PAID = 0, 1, 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)   # the merchant keeps the keyboard
        self.setWindowTitle(self.tr("Customer display"))
        self.setAccessibleName(self.tr("Customer display"))
        self.welcome = self.tr("Welcome")
        self.lines_label = QLabel()
        self.lines_label.setAccessibleName(self.tr("Your items"))
        self.lines_label.setStyleSheet("font-size: 20px;")
        self.lines_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.lines_label.setTextFormat(Qt.TextFormat.RichText)
        self.total_label = QLabel()
        self.total_label.setAccessibleName(self.tr("Total to pay"))
        self.total_label.setStyleSheet(BIG)
        self.qr = QrWidget()
        self.qr.setMinimumSize(240, 240)
        self.scan_label = QLabel(self.tr("Scan to pay with your phone, or approve the request on your phone."))
        self.scan_label.setWordWrap(True)
        self.scan_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scan_label.setStyleSheet("font-size: 18px;")
        self.paid_label = QLabel(self.tr("Paid, thank you!"))
        self.paid_label.setAccessibleName(self.tr("Paid, thank you!"))
        self.paid_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.paid_label.setStyleSheet(BIG + " color: #1f7a4d;")
        basket_page = QWidget()
        basket_layout = QVBoxLayout(basket_page)
        basket_layout.addWidget(self.lines_label, 1)
        charge_page = QWidget()
        charge_layout = QVBoxLayout(charge_page)
        charge_layout.addWidget(self.qr, 1, Qt.AlignmentFlag.AlignHCenter)
        charge_layout.addWidget(self.scan_label)
        self.pages = QStackedWidget()
        self.pages.addWidget(basket_page)
        self.pages.addWidget(charge_page)
        self.pages.addWidget(self.paid_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.total_label, 0, Qt.AlignmentFlag.AlignRight)
        self.show_welcome()

    def show_welcome(self) -> None:
        self.lines_label.setText(f"<p style='font-size:30px'>{self.welcome}</p>")
        self.total_label.clear()
        self.pages.setCurrentIndex(self.BASKET)

    def show_basket(self, basket: Any) -> None:
        rows = "".join(f"<tr><td align='right'>{line.qty}&nbsp;×&nbsp;</td><td width='100%'>{_escape(line.name)}</td>"
                       f"<td align='right'>&nbsp;&nbsp;{format_amount(line.total, basket.currency)}</td></tr>"
                       for line in basket.lines)
        self.lines_label.setText(f"<table width='100%' cellspacing='4' style='font-size:26px'>{rows}</table>")
        self.total_label.setText(self.tr("Total {amount}").format(amount=format_money(basket.total, basket.currency)))
        self.pages.setCurrentIndex(self.BASKET)

    def show_charge(self, sale: Any) -> None:
        self.qr.set_paid(False)
        self.qr.set_text(sale.link.url if sale.link is not None else "")
        self.total_label.setText(self.tr("To pay {amount}").format(amount=format_money(sale.total, sale.currency)))
        self.pages.setCurrentIndex(self.CHARGE)

    def show_paid(self, sale: Any) -> None:
        self.total_label.setText(format_money(sale.total, sale.currency))
        self.pages.setCurrentIndex(self.PAID)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
