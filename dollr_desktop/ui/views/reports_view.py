"""Reports: takings by day / week / month, by method and operator, fees, outstanding (ageing), top
customers and payouts by recipient, each as a chart beside its table, for a date range and one
currency at a time (money in different currencies is never added up)."""
from __future__ import annotations

import asyncio
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from dollr_desktop.ui.views.refresh_when_shown import RefreshWhenShown
from dollr_desktop.services.reports import Report
from dollr_desktop.ui.i18n import format_date, format_number, locale
from dollr_desktop.ui.money import format_money
from dollr_desktop.ui.theme import Tone
from dollr_desktop.ui.widgets.bar_chart import HORIZONTAL, VERTICAL, BarChart
from dollr_desktop.ui.wording.catalogue import carrier_words, method_words
from dollr_desktop.ui.widgets.flow_row import FlowLayout, kept_together
from dollr_desktop.ui.wording.reports import ageing_words, bearer_words, fee_kind_words, grain_words


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


class _Tab(QWidget):
    def __init__(self, chart: BarChart, table: QTableWidget) -> None:
        super().__init__()
        self.chart, self.table = chart, table
        layout = QVBoxLayout(self)
        layout.addWidget(chart)
        layout.addWidget(table, 1)


class ReportsView(RefreshWhenShown, QWidget):
    sig_export_requested = Signal(object, object)   # first day, last day

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service: Any = None
        self.report: Report | None = None
        title = QLabel(self.tr("Reports"))
        title.setProperty("role", "pageTitle")
        today = QDate.currentDate()
        self.from_edit = QDateEdit(today.addDays(-29))
        self.from_edit.setAccessibleName(self.tr("Report from"))
        self.to_edit = QDateEdit(today)
        self.to_edit.setAccessibleName(self.tr("Report to"))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
        self.grain_combo = QComboBox()
        for code, text in grain_words().items():
            self.grain_combo.addItem(text, code)
        self.grain_combo.setAccessibleName(self.tr("Takings grouped"))
        self.currency_combo = QComboBox()
        self.currency_combo.setAccessibleName(self.tr("Report currency"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the reports"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export to a spreadsheet"))
        bar = FlowLayout()   # wraps on a narrow screen or with a large font
        bar.add(kept_together(QLabel(self.tr("From")), self.from_edit, QLabel(self.tr("to")), self.to_edit))
        bar.add(self.grain_combo)
        bar.add(self.currency_combo)
        bar.add(self.refresh_button)
        bar.add(self.export_button)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Report summary"))
        self.summary.setWordWrap(True)

        self.takings = _Tab(BarChart(VERTICAL), _table(self.tr("Takings table"), [
            self.tr("Period"), self.tr("Payments"), self.tr("Gross"), self.tr("Fees"), self.tr("Refunded"),
            self.tr("Net")]))
        self.takings.chart.setAccessibleName(self.tr("Takings chart"))
        self.methods = _Tab(BarChart(HORIZONTAL), _table(self.tr("Methods table"), [
            self.tr("Method and operator"), self.tr("Payments"), self.tr("Gross"), self.tr("Fees paid by customers"),
            self.tr("Fees paid by you"), self.tr("Net")]))
        self.methods.chart.setAccessibleName(self.tr("Methods chart"))
        self.fees = _Tab(BarChart(HORIZONTAL), _table(self.tr("Fees table"), [
            self.tr("Fee"), self.tr("Paid by"), self.tr("Amount")]))
        self.fees.chart.setAccessibleName(self.tr("Fees chart"))
        self.ageing = _Tab(BarChart(HORIZONTAL), _table(self.tr("Outstanding table"), [
            self.tr("How late"), self.tr("Documents"), self.tr("Amount")]))
        self.ageing.chart.setAccessibleName(self.tr("Outstanding chart"))
        self.customers = _Tab(BarChart(HORIZONTAL), _table(self.tr("Top customers table"), [
            self.tr("Customer"), self.tr("Payments"), self.tr("Received")]))
        self.customers.chart.setAccessibleName(self.tr("Top customers chart"))
        self.payouts = _Tab(BarChart(HORIZONTAL), _table(self.tr("Payouts table"), [
            self.tr("Recipient"), self.tr("Payouts"), self.tr("Amount"), self.tr("Fees")]))
        self.payouts.chart.setAccessibleName(self.tr("Payouts chart"))
        self.refunds = _Tab(BarChart(HORIZONTAL), _table(self.tr("Refunds table"), [
            self.tr("Customer"), self.tr("Refunds"), self.tr("Given back")]))
        self.refunds.chart.setAccessibleName(self.tr("Refunds chart"))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Report tabs"))
        for tab, text in ((self.takings, self.tr("Takings")), (self.methods, self.tr("Methods")),
                          (self.fees, self.tr("Fees")), (self.ageing, self.tr("Outstanding")),
                          (self.customers, self.tr("Top customers")), (self.payouts, self.tr("Payouts")),
                          (self.refunds, self.tr("Refunds"))):
            self.tabs.addTab(tab, text)
            tab.chart.empty_text = self.tr("Nothing in this period.")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        bar_row = QWidget()
        bar_row.setLayout(bar)
        layout.addWidget(bar_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

        for signal in (self.from_edit.dateChanged, self.to_edit.dateChanged, self.grain_combo.currentIndexChanged):
            signal.connect(self.schedule_refresh)
        self.refresh_button.clicked.connect(self.schedule_refresh)
        self.currency_combo.currentIndexChanged.connect(self.show_report)
        self.export_button.clicked.connect(
            lambda: self.sig_export_requested.emit(*self.range()))

    def range(self) -> tuple[date, date]:
        first, last = self.from_edit.date().toPython(), self.to_edit.date().toPython()
        return (first, last) if first <= last else (last, first)

    async def refresh(self) -> None:
        service = self.service
        if service is None:
            return
        first, last = self.range()
        grain = self.grain_combo.currentData()
        report = await asyncio.to_thread(service.report, first, last, grain)
        if service is not self.service:
            return
        self.report = report
        currencies = sorted(set(report.series) | {a.currency for a in report.ageing} | {r.currency for r in report.refunds}
                            | {p.currency for p in report.payouts} | {f.currency for f in report.fees})
        chosen = self.currency_combo.currentText()
        self.currency_combo.blockSignals(True)
        self.currency_combo.clear()
        self.currency_combo.addItems(currencies)
        if chosen in currencies:
            self.currency_combo.setCurrentText(chosen)
        self.currency_combo.blockSignals(False)
        self.show_report()

    def _period_label(self, start: date, short: bool = False) -> str:
        grain = self.report.grain if self.report else "day"
        if grain == "month":
            return locale().toString(QDate(start.year, start.month, 1), "MMM yyyy")
        if grain == "week" and not short:   # the chart's axis: the Monday is enough
            return self.tr("week of {day}").format(day=format_date(start))
        return locale().toString(QDate(start.year, start.month, start.day), "d MMM")

    def show_report(self, *_args: Any) -> None:
        report, currency = self.report, self.currency_combo.currentText()
        if report is None:
            return

        def money(value: Decimal) -> str:
            return format_money(value, currency)

        series = report.series.get(currency, [])
        net = sum((t.net for _, t in series), Decimal(0))
        count = sum(t.count for _, t in series)
        refunded = sum((t.refunded for _, t in series), Decimal(0))
        summary = self.tr("{count} payments received, {net} net, {first} – {last}").format(
            count=format_number(count), net=money(net), first=format_date(report.since),
            last=format_date(report.until - timedelta(seconds=1))) if currency else self.tr("Nothing in this period.")
        if refunded:
            summary += " · " + self.tr("{amount} given back in refunds (already out of the net)").format(
                amount=money(refunded))
        self.summary.setText(summary)
        self.takings.chart.set_data([self._period_label(s, short=True) for s, _ in series], [t.net for _, t in series], money)
        _fill(self.takings.table, [[self._period_label(s), format_number(t.count), money(t.gross),
                                    money(t.fees.get(currency, Decimal(0))), money(t.refunded), money(t.net)]
                                   for s, t in reversed(series) if t.count or t.refunded])

        methods = sorted(((k, t) for k, t in report.by_method.items() if k[2] == currency), key=lambda i: -i[1].net)
        names = [(carrier_words(m, p) or method_words(m)) if m else self.tr("Other") for (m, p, _c), _t in methods]
        self.methods.chart.set_data(names, [t.net for _, t in methods], money)
        _fill(self.methods.table, [[name, format_number(t.count), money(t.gross),
                                    money(t.fees_by_customer.get(currency, Decimal(0))),
                                    money(t.fees_by_merchant.get(currency, Decimal(0))), money(t.net)]
                                   for name, (_k, t) in zip(names, methods)])

        fees = [f for f in report.fees if f.currency == currency]
        self.fees.chart.set_data([f"{fee_kind_words(f.kind)} · {bearer_words(f.bearer)}" for f in fees],
                                 [f.amount for f in fees], money, tone=Tone.PENDING)
        _fill(self.fees.table, [[fee_kind_words(f.kind), bearer_words(f.bearer), money(f.amount)] for f in fees])

        ageing = [a for a in report.ageing if a.currency == currency]
        self.ageing.chart.set_data([ageing_words(a.bucket) for a in ageing], [a.amount for a in ageing], money,
                                   tone=Tone.FAILED)
        _fill(self.ageing.table, [[ageing_words(a.bucket), format_number(a.count), money(a.amount)] for a in ageing])

        customers = [p for p in report.top_customers if p.currency == currency]
        self.customers.chart.set_data([p.name for p in customers], [p.amount for p in customers], money)
        _fill(self.customers.table, [[p.name, format_number(p.count), money(p.amount)] for p in customers])

        payouts = [p for p in report.payouts if p.currency == currency]
        self.payouts.chart.set_data([p.name for p in payouts], [p.amount for p in payouts], money, tone=Tone.MUTED)
        _fill(self.payouts.table, [[p.name, format_number(p.count), money(p.amount), money(p.fees)] for p in payouts])

        refunds = [p for p in report.refunds if p.currency == currency]
        self.refunds.chart.set_data([p.name for p in refunds], [p.amount for p in refunds], money, tone=Tone.MUTED)
        _fill(self.refunds.table, [[p.name, format_number(p.count), money(p.amount)] for p in refunds])
