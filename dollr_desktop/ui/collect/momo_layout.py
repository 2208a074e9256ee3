"""The mobile-money panel's widgets, made and laid out (its behaviour is in momo_panel.py).

A mixin so the widgets keep their names as the panel's attributes (its slots and the tests use
them). Words keep the panel's translation context.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from dollr_desktop.ui.collect.timeline_widget import PaymentTimeline
from dollr_desktop.ui.widgets.phone_edit import PhoneEdit


class MomoPanelLayout:
    def _build_widgets(self) -> None:
        self.phone_edit = PhoneEdit()
        self.phone_edit.setAccessibleName(QCoreApplication.translate("MomoPanel", "Customer's mobile-money number"))
        self.operator_combo = QComboBox()
        self.operator_combo.setAccessibleName(QCoreApplication.translate("MomoPanel", "Mobile-money operator"))
        self.operator_label = QLabel()
        self.operator_label.setProperty("role", "hint")
        self.operator_label.setWordWrap(True)
        self.operator_label.setAccessibleName(QCoreApplication.translate("MomoPanel", "Operator detection"))
        self.currency_combo = QComboBox()
        self.currency_combo.setAccessibleName(QCoreApplication.translate("MomoPanel", "Customer's currency"))
        self.quote_label = QLabel("—")
        self.quote_label.setAccessibleName(QCoreApplication.translate("MomoPanel", "What the customer pays and you receive"))
        self.quote_label.setWordWrap(True)
        self.quote_label.setProperty("role", "total")
        self.fees_label = QLabel()
        self.fees_label.setAccessibleName(QCoreApplication.translate("MomoPanel", "Fees"))
        self.fees_label.setWordWrap(True)
        self.fees_label.setProperty("role", "hint")
        self.confirm_button = QPushButton(QCoreApplication.translate("MomoPanel", "Send payment request"))
        self.confirm_button.setAccessibleName(QCoreApplication.translate("MomoPanel", "Confirm and send the payment request to the customer's phone"))
        self.confirm_button.setDefault(True)
        self.confirm_button.setEnabled(False)
        self.notice_label = QLabel()
        self.notice_label.setAccessibleName(QCoreApplication.translate("MomoPanel", "Payment notice"))
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hosted_button = QPushButton(QCoreApplication.translate("MomoPanel", "Open the payment page instead"))
        self.hosted_button.setAccessibleName(QCoreApplication.translate("MomoPanel", "Open the hosted payment page"))
        self.hosted_button.hide()
        self.timeline = PaymentTimeline()
        self.timeline.hide()

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("MomoPanel", "Customer's number:"), self.phone_edit)
        form.addRow(QCoreApplication.translate("MomoPanel", "Operator:"), self.operator_combo)
        # Its own row, not in a layout inside the field: there its second line was given no room and ran over the
        # next field ("This payment goes through MTN MoMo · Liberiya." in Kinyarwanda at a 150 % font).
        form.addRow("", self.operator_label)
        form.addRow(QCoreApplication.translate("MomoPanel", "Customer pays in:"), self.currency_combo)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.hosted_button)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.quote_label)
        layout.addWidget(self.fees_label)
        layout.addLayout(buttons)
        layout.addWidget(self.timeline)
        layout.addWidget(self.notice_label)
        layout.addStretch(1)
