"""The line at the top of New payout about approval: staff send it to the owner; the owner sees who
prepared it and when; after sending, what happens next."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from dollr_desktop.ui.money import format_money


class PreparedNote(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Approval note"))
        self.setWordWrap(True)
        self.setProperty("role", "lockedNotice")
        self.hide()

    def show_staff(self, staff: bool) -> None:
        self.setText(self.tr("You prepare this payout; the owner approves it with the Dollr passcode before "
                             "any money moves."))
        self.setVisible(staff)

    def show_prepared(self, prepared: Any) -> None:
        from dollr_desktop.ui.views.payouts_view import local_time_label

        self.setText(self.tr("Prepared by {who} on {when}. Check it, press Continue, then approve it with your "
                             "Dollr passcode.").format(who=prepared.prepared_by,
                                                       when=local_time_label(prepared.prepared_at)))
        self.show()

    def show_sent(self, prepared: Any) -> None:
        self.setText(self.tr("Sent for approval: {amount} to {name}. The owner sees it under Payouts; nothing "
                             "is paid until they approve it.").format(
            amount=format_money(Decimal(prepared.amount), prepared.currency), name=prepared.recipient_name))
        self.show()
