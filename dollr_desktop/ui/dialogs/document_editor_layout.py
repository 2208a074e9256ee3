"""The document editor's widgets, made and laid out (the editor's behaviour is in document_editor.py).

A mixin so the widgets keep their names as the editor's attributes (its slots and the tests use
them). Words keep the editor's translation context.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from dollr_desktop.ui.models.line_items_model import Columns, LineItemsModel
from dollr_desktop.services.taxes import TAX_RATES
from dollr_desktop.ui.money import CURRENCIES
from dollr_desktop.ui.widgets.line_items_table import LineItemsTable
from dollr_desktop.ui.wording.taxes import tax_words
from dollr_desktop.ui.widgets.customer_picker import CustomerPicker
from dollr_desktop.ui.widgets.fee_preview import FeePreviewBox
from dollr_desktop.ui.widgets.fit import scrolling_down
from dollr_desktop.ui.widgets.flow_row import flow_row, kept_together


class DocumentEditorLayout:
    # building ---------------------------------------------------------------------------------
    def _build(self) -> None:
        self.title_label = QLabel()
        self.title_label.setProperty("role", "pageTitle")
        self.status_label = QLabel()
        self.status_label.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Status"))
        self.locked_label = QLabel()
        self.locked_label.setProperty("role", "lockedNotice")
        self.locked_label.setWordWrap(True)
        self.locked_label.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Why this document cannot be edited"))

        self.customer_picker = CustomerPicker(self.contacts.search)
        self.currency_combo = QComboBox()
        self.currency_combo.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Currency"))
        for currency in CURRENCIES:
            self.currency_combo.addItem(currency, currency)
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Note"))
        self.note_edit.setPlaceholderText(QCoreApplication.translate("DocumentEditor", "What is this for? Shown to the customer."))
        self.fee_bearer_combo = QComboBox()
        self.fee_bearer_combo.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Who pays the fees"))
        self.fee_bearer_combo.addItem(QCoreApplication.translate("DocumentEditor", "The customer pays the fees"), "PAYER")
        self.fee_bearer_combo.addItem(QCoreApplication.translate("DocumentEditor", "I pay the fees"), "PAYEE")
        self.fee_words_label = QLabel()
        self.fee_words_label.setProperty("role", "hint")
        self.fee_words_label.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Fee explanation"))
        self.due_check = QCheckBox(QCoreApplication.translate("DocumentEditor", "Due by"))
        self.due_check.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Has a due date"))
        self.due_edit = QDateEdit()
        self.due_edit.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Due date"))
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("dd MMM yyyy")
        due_row = QWidget()
        due_layout = QHBoxLayout(due_row)
        due_layout.setContentsMargins(0, 0, 0, 0)
        due_layout.addWidget(self.due_check)
        due_layout.addWidget(self.due_edit, 1)
        self.link_check = QCheckBox(QCoreApplication.translate("DocumentEditor", "Let the customer pay online with a payment link"))
        self.link_check.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Payment link"))

        form = QFormLayout()
        self.errors.add_row(form, QCoreApplication.translate("DocumentEditor", "Customer:"), self.customer_picker, "counterparty_id")
        self.errors.add_row(form, QCoreApplication.translate("DocumentEditor", "Currency:"), self.currency_combo, "currency")
        self.errors.add_row(form, QCoreApplication.translate("DocumentEditor", "Note:"), self.note_edit, "note")
        self.errors.add_row(form, QCoreApplication.translate("DocumentEditor", "Fees:"), self.fee_bearer_combo, "fee_bearer")
        form.addRow("", self.fee_words_label)
        self.due_error = self.errors.add_row(form, QCoreApplication.translate("DocumentEditor", "Due date:"), due_row, "due_date")
        self.due_row = due_row
        self.details_form = form
        form.addRow("", self.link_check)
        self.ebm_edit = QLineEdit()
        self.ebm_edit.setAccessibleName(QCoreApplication.translate("DocumentEditor", "EBM receipt reference"))
        self.ebm_edit.setPlaceholderText(QCoreApplication.translate("DocumentEditor", "From the EBM receipt; printed on this document's receipt"))
        form.addRow(QCoreApplication.translate("DocumentEditor", "EBM receipt:"), self.ebm_edit)
        self.ebm_row_label = form.labelForField(self.ebm_edit)

        self.items_model = LineItemsModel(parent=self)
        self.items_table = LineItemsTable(self._suggest)
        self.items_table.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Line items"))
        self.items_table.setModel(self.items_model)
        self.items_table.verticalHeader().hide()
        # At least four lines show: in the scrolling editor on a small screen the table had shrunk to one.
        self.items_table.setMinimumHeight(self.items_table.fontMetrics().height() * 10)
        self.items_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.items_table.horizontalHeader().setSectionResizeMode(Columns.NAME, QHeaderView.ResizeMode.Stretch)
        scale = max(1.0, self.items_table.fontMetrics().horizontalAdvance("0000000000") / 70)   # follow the font
        for column, width in ((Columns.QTY, 60), (Columns.AMOUNT, 120), (Columns.DISCOUNT, 90), (Columns.TAX, 90),
                              (Columns.LINE_TOTAL, 130)):
            header_width = self.items_table.horizontalHeader().sectionSizeFromContents(column).width()
            self.items_table.setColumnWidth(column, max(round(width * scale), header_width))   # its title whole
        self.add_item_button = QPushButton(QCoreApplication.translate("DocumentEditor", "Add item"))
        self.add_item_button.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Add a line item"))
        self.remove_item_button = QPushButton(QCoreApplication.translate("DocumentEditor", "Remove item"))
        self.remove_item_button.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Remove the selected line item"))
        self.items_error_label = QLabel()
        self.items_error_label.setProperty("role", "fieldError")
        self.items_error_label.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Line items error"))
        self.items_error_label.setWordWrap(True)
        self.total_label = QLabel()
        self.total_label.setProperty("role", "total")
        self.total_label.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Total"))
        self.total_label.setMinimumWidth(280)
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.discount_edit = QLineEdit()
        self.discount_edit.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Discount on the whole document"))
        self.discount_edit.setPlaceholderText(QCoreApplication.translate("DocumentEditor", "10% or amount"))
        self.discount_edit.setMaximumWidth(120)
        self.tax_combo = QComboBox()
        self.tax_combo.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Tax of the document"))
        self.tax_combo.addItem(tax_words(None), "")
        for code in TAX_RATES:
            self.tax_combo.addItem(tax_words(code), code)
        self.inclusive_check = QCheckBox(QCoreApplication.translate("DocumentEditor", "Prices include tax"))
        self.inclusive_check.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Prices include tax"))
        self.discount_error = QLabel()
        self.discount_error.setProperty("role", "fieldError")
        self.discount_error.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Discount error"))
        self.discount_error.hide()
        self.breakdown_label = QLabel()
        self.breakdown_label.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Taxes and discounts"))
        self.breakdown_label.setProperty("role", "hint")
        self.breakdown_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.breakdown_label.setWordWrap(True)
        self.discount_caption = QLabel(QCoreApplication.translate("DocumentEditor", "Discount:"))
        self.tax_caption = QLabel(QCoreApplication.translate("DocumentEditor", "Tax:"))
        items_buttons = flow_row(self.add_item_button, self.remove_item_button,
                                 kept_together(self.discount_caption, self.discount_edit),
                                 kept_together(self.tax_caption, self.tax_combo), self.inclusive_check)
        totals = QHBoxLayout()
        totals.addWidget(self.discount_error)
        totals.addWidget(self.breakdown_label, 1)
        totals.addWidget(self.total_label)

        self.fee_preview = FeePreviewBox(self._quote)
        self.save_button = QPushButton(QCoreApplication.translate("DocumentEditor", "Save draft"))
        self.save_button.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Save draft"))
        self.save_button.setDefault(True)
        self.publish_button = QPushButton(QCoreApplication.translate("DocumentEditor", "Publish…"))
        self.publish_button.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Publish"))
        self.cancel_doc_button = QPushButton()
        self.cancel_doc_button.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Cancel this document"))
        self.close_button = QPushButton(QCoreApplication.translate("DocumentEditor", "Close"))
        self.close_button.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Close the editor"))
        self.message_label = QLabel()
        self.message_label.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Result"))
        self.message_label.setWordWrap(True)
        self.collect_button = QPushButton(QCoreApplication.translate("DocumentEditor", "Collect payment…"))
        self.receipt_button = QPushButton(QCoreApplication.translate("DocumentEditor", "Receipt"))
        self.collect_button.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Collect payment"))
        self.receipt_button.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Receipt"))
        self.repeat_button = QPushButton(QCoreApplication.translate("DocumentEditor", "Repeat…"))
        self.repeat_button.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Repeat this document"))
        self.refund_button = QPushButton(QCoreApplication.translate("DocumentEditor", "Refund…"))
        self.refund_button.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Refund this payment"))
        self.plan_button = QPushButton(QCoreApplication.translate("DocumentEditor", "Pay in parts…"))
        self.plan_button.setAccessibleName(QCoreApplication.translate("DocumentEditor", "Pay this document in parts"))
        # The actions wrap onto a second line rather than widen the editor past a small screen (French: 1053 px).
        buttons = flow_row(self.cancel_doc_button, self.save_button, self.publish_button, self.collect_button,
                           self.receipt_button, self.refund_button, self.repeat_button, self.plan_button,
                           self.close_button)

        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addStretch(1)
        header.addWidget(self.status_label)
        # The fields scroll between the title and the buttons: a published document's notice and the fee preview
        # made the editor taller than a 1024x600 screen with a 150 % font (its buttons off the bottom).
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.locked_label)
        body_layout.addLayout(form)
        body_layout.addWidget(self.items_table, 1)
        body_layout.addWidget(self.items_error_label)
        body_layout.addWidget(items_buttons)
        body_layout.addLayout(totals)
        body_layout.addWidget(self.fee_preview)
        self.body_area = scrolling_down(body)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.body_area, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
