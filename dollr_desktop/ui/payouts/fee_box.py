"""The fee preview of a payout: "Recipient gets … · your wallet is debited …", then each fee."""
from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from dollr_desktop.services.payouts_flow import PayoutQuote
from dollr_desktop.ui.money import format_money
from dollr_desktop.ui.wording.catalogue import fee_line_words


def quote_sentence(quote: PayoutQuote) -> str:
    return (f"Recipient gets {format_money(quote.recipient_gets, quote.recipient_currency)} · "
            f"your wallet is debited {format_money(quote.wallet_debited, quote.wallet_currency)}")


class PayoutFeeBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Fees", parent)
        self.setAccessibleName(self.tr("Fee preview"))
        self.fee_label = QLabel(self.tr("Choose the recipient and type an amount to see the fees."))
        self.fee_label.setAccessibleName(self.tr("Recipient gets and wallet debited"))
        self.fee_label.setProperty("role", "hint")   # "total" once there is a quote
        self.fee_label.setWordWrap(True)
        self.fee_detail_label = QLabel()
        self.fee_detail_label.setAccessibleName(self.tr("Fee details"))
        self.fee_detail_label.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.fee_label)
        layout.addWidget(self.fee_detail_label)

    def show_quote(self, quote: PayoutQuote) -> None:
        self.fee_label.setText(quote_sentence(quote))
        if self.fee_label.property("role") != "total":
            self.fee_label.setProperty("role", "total")
            self.fee_label.style().unpolish(self.fee_label)
            self.fee_label.style().polish(self.fee_label)
        self.fee_detail_label.setText("  ·  ".join(fee_line_words(fee, format_money) for fee in quote.fees)
                                      or self.tr("No fees"))
