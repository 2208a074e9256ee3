"""The fee preview of a payout: "Recipient gets … · your wallet is debited …", then each fee."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from dollr_desktop.services.payouts_flow import PayoutQuote
from dollr_desktop.ui.money import format_money
from dollr_desktop.ui.wording.catalogue import fee_line_words


def quote_sentence(quote: PayoutQuote) -> str:
    return QCoreApplication.translate("PayoutFeeBox", "Recipient gets {gets} · your wallet is debited {debited}").format(
        gets=format_money(quote.recipient_gets, quote.recipient_currency),
        debited=format_money(quote.wallet_debited, quote.wallet_currency))


def over_balance(quote: PayoutQuote | None, estimate: Decimal | None) -> bool:
    return quote is not None and estimate is not None and quote.wallet_debited > estimate


class PayoutFeeBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PayoutFeeBox", "Fees"), parent)
        self.setAccessibleName(self.tr("Fee preview"))
        self.fee_label = QLabel(self.tr("Choose the recipient and type an amount to see the fees."))
        self.fee_label.setAccessibleName(self.tr("Recipient gets and wallet debited"))
        self.fee_label.setProperty("role", "hint")   # "total" once there is a quote
        self.fee_label.setWordWrap(True)
        self.fee_detail_label = QLabel()
        self.fee_detail_label.setAccessibleName(self.tr("Fee details"))
        self.fee_detail_label.setProperty("role", "hint")
        self.fee_detail_label.setWordWrap(True)   # several fee lines, long in Kinyarwanda and French
        self.balance_label = QLabel()
        self.balance_label.setAccessibleName(self.tr("Estimated balance"))
        self.balance_label.setProperty("role", "hint")
        self.balance_label.setWordWrap(True)
        self.balance_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.fee_label)
        layout.addWidget(self.fee_detail_label)
        layout.addWidget(self.balance_label)

    def show_balance(self, estimate: Decimal | None, currency: str, quote: PayoutQuote | None) -> None:
        """The estimated balance beside the amount; a warning when the debit is more than it."""
        if estimate is None:
            self.balance_label.hide()
            return
        text = self.tr("Estimated balance: ≈ {amount}").format(amount=format_money(estimate, currency))
        warn = over_balance(quote, estimate)
        if warn:
            text += " — " + self.tr("this payout is more than that; Dollr refuses a payout the wallet cannot cover.")
        self.balance_label.setText(text)
        self.balance_label.setProperty("role", "fieldError" if warn else "hint")
        self.balance_label.style().unpolish(self.balance_label)
        self.balance_label.style().polish(self.balance_label)
        self.balance_label.show()

    def show_quote(self, quote: PayoutQuote) -> None:
        self.fee_label.setText(quote_sentence(quote))
        if self.fee_label.property("role") != "total":
            self.fee_label.setProperty("role", "total")
            self.fee_label.style().unpolish(self.fee_label)
            self.fee_label.style().polish(self.fee_label)
        self.fee_detail_label.setText("  ·  ".join(fee_line_words(fee, format_money) for fee in quote.fees)
                                      or self.tr("No fees"))
