"""Home: today's takings and the estimated balance, what is waiting, overdue and drafted, a
7/30-day takings chart and the last payments — all from every payment Dollr knows."""
from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidgetItem

from dollr_desktop.services.list_queries import CacheClosedError
from dollr_desktop.ui import hub as events
from dollr_desktop.ui.features import BaseFeature, FeatureContext, Page
from dollr_desktop.ui.i18n import format_date, format_number
from dollr_desktop.ui.money import format_money
from dollr_desktop.ui.views.home_view import HomeView


def _money_list(amounts: dict[str, Decimal]) -> str:
    return " · ".join(format_money(v, c) for c, v in sorted(amounts.items()) if v)


def today_text(takings: Any) -> str:
    """Per currency: what reaches the merchant, the sales, the fees and who bore them."""
    if takings.empty:
        return QCoreApplication.translate("HomeView", "No payments yet today.")
    lines = []
    for currency, totals in sorted(takings.by_currency.items()):
        received = (QCoreApplication.translate("HomeView", "{net} received from 1 payment") if totals.count == 1
                    else QCoreApplication.translate("HomeView", "{net} received from {count} payments"))
        lines.append(received.format(net=format_money(totals.net, currency), count=format_number(totals.count)))
        detail = [QCoreApplication.translate("HomeView", "sales {gross}").format(gross=format_money(totals.gross, currency))]
        if totals.fees_by_merchant:
            detail.append(QCoreApplication.translate("HomeView", "fees you bore {fees}").format(
                fees=_money_list(totals.fees_by_merchant)))
        if totals.fees_by_customer:
            detail.append(QCoreApplication.translate("HomeView", "fees customers bore {fees}").format(
                fees=_money_list(totals.fees_by_customer)))
        lines.append("    " + " · ".join(detail))
    if not takings.by_currency:
        lines.append(QCoreApplication.translate("HomeView", "Nothing received yet today"))
    tail = [QCoreApplication.translate("HomeView", "{count} waiting").format(count=format_number(takings.pending))]
    if takings.failed:
        tail.append(QCoreApplication.translate("HomeView", "{count} failed").format(count=format_number(takings.failed)))
    if takings.payouts:
        tail.append(QCoreApplication.translate("HomeView", "paid out {amount}").format(
            amount=_money_list({c: t.gross for c, t in takings.payouts.items()})))
    lines.append(" · ".join(tail))
    return "\n".join(lines)


def balance_text(estimates: list[Any]) -> str:
    if not estimates:
        return QCoreApplication.translate("HomeView", "No payments yet.")
    lines = []
    for estimate in estimates:
        line = QCoreApplication.translate("HomeView", "≈ {amount}").format(
            amount=format_money(estimate.amount, estimate.currency))
        if estimate.opening_as_of is not None:
            line += " " + QCoreApplication.translate("HomeView", "(since {date})").format(
                date=format_date(estimate.opening_as_of.astimezone()))
        lines.append(line)
    return "\n".join(lines)


def _day_label(day: Any, *, short: bool) -> str:
    """The weekday ("Mon", "lun.") for a week, the day and month ("2 Dec", "2 déc.") for longer."""
    from PySide6.QtCore import QDate, QLocale

    from dollr_desktop.ui import i18n

    if short:
        return i18n.locale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
    return i18n.locale().toString(QDate(day.year, day.month, day.day), "d MMM")


def last_payment_text(row: Any) -> str:
    amount, currency = row.received
    when = row.at.astimezone().strftime("%H:%M") if row.at else ""
    return f"{when}  {row.party_name or row.source_number or ''} · {format_money(amount, currency)}".strip()


class HomeFeature(BaseFeature):
    name = "home"

    def __init__(self, ctx: FeatureContext) -> None:
        super().__init__(ctx)
        self.view = HomeView(self._documents_query)
        hub = ctx.hub
        self.view.sig_new_invoice_requested.connect(lambda: hub.emit(events.NEW_DOCUMENT, "INVOICE", None))
        self.view.sig_new_sale_requested.connect(lambda: hub.emit(events.SHOW_PAGE, "sale"))
        self.view.sig_new_contact_requested.connect(lambda: hub.emit(events.NEW_CONTACT))
        self.view.sig_show_documents_requested.connect(lambda label: hub.emit(events.SHOW_DOCUMENTS, label))
        self.view.sig_payment_opened.connect(lambda kind, doc_id: hub.emit(events.SHOW_RECEIPT, kind, doc_id))
        self.view.sig_chart_changed.connect(lambda: ctx.runner.spawn(self.refresh_today()))
        self.view.sig_opening_balance_requested.connect(lambda: ctx.runner.spawn(self.edit_opening_balance()))
        from dollr_desktop.services.catalogue import PORTAL_URL

        self.view.set_portal_url(PORTAL_URL)
        hub.subscribe(events.DATA_CHANGED, self.refresh)
        hub.subscribe(events.PAYMENT_CHANGED, lambda _event: self.refresh_today())
        hub.subscribe(events.PAYOUT_CHANGED, lambda _entry: self.refresh_today())
        hub.subscribe(events.REMINDERS_COUNT, lambda count: self.view.reminders_tile.value.setText(format_number(count)))
        self.view.reminders_button.clicked.connect(lambda: hub.emit(events.SHOW_PAGE, "bills"))

    def _documents_query(self, **kw: Any) -> Any:
        """Called on a worker thread: the account may have closed since the refresh began."""
        session = self.session
        invoicing = session.invoicing if session is not None else None
        if invoicing is None:
            raise CacheClosedError()
        return invoicing.query(**kw)

    def pages(self) -> list[Page]:
        return [Page("home", QCoreApplication.translate("MainWindow", "Home"), self.view)]

    async def refresh(self) -> None:
        if self.session is None or self.session.invoicing is None:
            return
        await self.view.refresh()
        await self.refresh_today()

    async def refresh_today(self) -> None:
        session = self.session
        takings = session.takings if session is not None else None
        if takings is None:
            return
        days = self.view.chart_period.currentData() or 7

        def load() -> tuple:
            return takings.today(), takings.balances(), takings.daily_net(days)

        try:
            today, balances, daily = await asyncio.to_thread(load)
        except Exception:
            if self.session is session:
                raise
            return   # the account closed meanwhile (window closing, switching): nothing to show
        self.view.today_tile.value.setText(today_text(today))
        self.view.balance_tile.value.setText(balance_text(balances))
        self._show_chart(daily)
        self._show_last(today.last)

    def _show_chart(self, daily: dict[str, list]) -> None:
        combo = self.view.chart_currency
        wanted = combo.currentData() or self.ctx.settings.default_currency
        combo.blockSignals(True)
        combo.clear()
        for currency in sorted(daily):
            combo.addItem(currency, currency)
        index = combo.findData(wanted)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)
        combo.setVisible(combo.count() > 1)
        currency = combo.currentData()
        series = daily.get(currency, [])
        chart = self.view.chart
        chart.empty_text = QCoreApplication.translate("HomeView", "No takings in this period yet.")
        chart.set_data([_day_label(day, short=len(series) <= 7) for day, _ in series],
                       [amount for _, amount in series], lambda amount: format_money(amount, currency))

    def _show_last(self, rows: list[Any]) -> None:
        listing = self.view.last_list
        listing.clear()
        for row in rows:
            item = QListWidgetItem(last_payment_text(row))
            if row.source_type and row.source_id is not None:
                item.setData(Qt.ItemDataRole.UserRole, (row.source_type, row.source_id))
            listing.addItem(item)
        if not rows:
            listing.addItem(QCoreApplication.translate("HomeView", "No payments yet today."))

    async def edit_opening_balance(self) -> None:
        from dollr_desktop.ui.dialogs.opening_balance_dialog import OpeningBalanceDialog

        session = self.session
        if session is None or session.store is None:
            return
        current = await asyncio.to_thread(session.store.received.opening_balances)
        dialog = OpeningBalanceDialog(current, self.ctx.settings.default_currency, self.ctx.window)
        answer = await dialog.ask()
        if answer is None or self.session is not session:
            return
        currency, amount, as_of = answer
        await asyncio.to_thread(session.store.received.set_opening_balance, currency, amount, as_of)
        await self.refresh_today()
