"""The opened payout session: the wallet that will be debited, and the time left to approve."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from dollr_desktop.ui.money import format_money
from dollr_desktop.ui.payouts.countdown import SessionCountdown, local_expiry


class PayoutSessionBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Ready to approve"))
        self.setAccessibleName(self.tr("Payout session"))
        self.wallet_label = QLabel()
        self.wallet_label.setAccessibleName(self.tr("Wallet to be debited"))
        self.wallet_label.setWordWrap(True)
        self.countdown = SessionCountdown()
        self.expires_local: datetime | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.wallet_label)
        layout.addWidget(self.countdown)
        self.hide()

    def show_session(self, prepared: Any) -> None:
        session = prepared.session
        self.setTitle(self.tr("Ready to approve"))
        self.wallet_label.setText(self.tr(
            "Your <b>{currency} wallet</b> (no. {wallet}) will be debited <b>{debited}</b>.").format(
            currency=session.currency, wallet=session.wallet_id,
            debited=format_money(prepared.quote.wallet_debited, prepared.quote.wallet_currency)))
        self.expires_local = local_expiry(session)
        self.countdown.start(self.expires_local)
        self.show()

    def mark_expired(self) -> None:
        self.setTitle(self.tr("Session expired"))
