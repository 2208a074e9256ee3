"""Cash-up page: pick a day or a shift, read the figures, count the cash, close, reopen, print.

The figures are the printed cash-up's own HTML (one layout for screen and paper). A closed version
shows exactly what was closed; the cash fields are then read-only until it is reopened.
"""
from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (QBoxLayout, QCheckBox, QComboBox, QDateEdit, QFileDialog, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QPushButton, QTextBrowser, QTimeEdit, QVBoxLayout, QWidget)
from qasync import asyncSlot

from dollr_desktop.ui.views.refresh_when_shown import RefreshWhenShown
from dollr_desktop.services.cashup import CashUpFigures, CashUpNotOpenError, ClosedCashUp, Period
from dollr_desktop.ui.i18n import format_datetime
from dollr_desktop.ui.money import format_money
from dollr_desktop.ui.printing.layouts import ReceiptLayout
from dollr_desktop.ui.widgets.cash_count_box import CashCountBox
from dollr_desktop.ui.widgets.flow_row import FlowLayout, kept_together


class CashUpView(RefreshWhenShown, QWidget):
    sig_status = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service: Any = None
        self.merchant = ""
        self.device_name = ""
        self.printer_prefs: Any = None          # () -> PrinterPreferences (Receipts' remembered printer)
        self.may: Any = lambda right: None      # (right) -> bool | None: the hub's MAY (None: nobody set up)
        self.audit: Any = lambda action, details: None   # the hub's AUDIT
        self.figures: CashUpFigures | None = None
        self.closed: ClosedCashUp | None = None   # the version shown, when it is a closed one
        self.reopened_version: int | None = None
        self.last_pdf: Path | None = None

        title = QLabel(self.tr("Cash-up"))
        title.setProperty("role", "pageTitle")
        self.day_edit = QDateEdit(QDate.currentDate())
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("d MMM yyyy")
        self.day_edit.setAccessibleName(self.tr("Day"))
        self.shift_check = QCheckBox(self.tr("Shift only"))
        self.shift_check.setAccessibleName(self.tr("Shift only"))
        self.start_edit = QTimeEdit(QTime(8, 0))
        self.start_edit.setAccessibleName(self.tr("Shift starts"))
        self.end_edit = QTimeEdit(QTime(17, 0))
        self.end_edit.setAccessibleName(self.tr("Shift ends"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the cash-up"))
        picker = FlowLayout()   # wraps on a narrow screen or with a large font
        picker.add(kept_together(QLabel(self.tr("Day")), self.day_edit))
        picker.add(self.shift_check)
        picker.add(kept_together(QLabel(self.tr("from")), self.start_edit, QLabel(self.tr("to")), self.end_edit))
        picker.add(self.refresh_button)

        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.state_label.setAccessibleName(self.tr("Cash-up state"))
        self.figures_view = QTextBrowser()
        self.figures_view.setAccessibleName(self.tr("Cash-up figures"))
        self.figures_view.setOpenLinks(False)

        self.cash = CashCountBox()

        self.close_button = QPushButton(self.tr("Close cash-up"))
        self.close_button.setAccessibleName(self.tr("Close cash-up"))
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.setAccessibleName(self.tr("Reopen cash-up"))
        self.layout_combo = QComboBox()
        for layout, text in ((ReceiptLayout.A4, self.tr("A4 page")), (ReceiptLayout.TILL_80, self.tr("Till roll, 80 mm")),
                             (ReceiptLayout.TILL_58, self.tr("Till roll, 58 mm"))):
            self.layout_combo.addItem(text, layout)
        self.layout_combo.setAccessibleName(self.tr("Paper"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setAccessibleName(self.tr("Print cash-up"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Save cash-up as PDF"))
        actions = QHBoxLayout()
        actions.addWidget(self.close_button)
        actions.addWidget(self.reopen_button)
        paper = QHBoxLayout()
        paper.addWidget(self.layout_combo, 1)
        paper.addWidget(self.print_button)
        paper.addWidget(self.pdf_button)

        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("List of closed cash-ups"))
        side = QVBoxLayout()
        side.addWidget(self.cash)
        side.addLayout(actions)
        side.addLayout(paper)
        side.addWidget(QLabel(self.tr("Closed cash-ups")))
        side.addWidget(self.history, 1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(380)

        body = self.body_layout = QHBoxLayout()   # side by side; one above the other on a narrow screen
        body.addWidget(self.figures_view, 1)
        body.addWidget(side_widget)
        self.side_widget = side_widget
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        picker_row = QWidget()
        picker_row.setLayout(picker)
        layout.addWidget(picker_row)
        layout.addWidget(self.state_label)
        layout.addLayout(body, 1)

        self._sync_shift()
        self.shift_check.toggled.connect(self._sync_shift)
        for signal in (self.day_edit.dateChanged, self.shift_check.toggled, self.start_edit.timeChanged,
                       self.end_edit.timeChanged):
            signal.connect(self.schedule_refresh)
        self.refresh_button.clicked.connect(self.schedule_refresh)
        self.cash.sig_changed.connect(self._cash_changed)
        self.close_button.clicked.connect(self.on_close_clicked)
        self.reopen_button.clicked.connect(self.on_reopen_clicked)
        self.pdf_button.clicked.connect(self.on_pdf_clicked)
        self.print_button.clicked.connect(self.on_print_clicked)
        self.history.itemActivated.connect(self.on_history_item)
        self.history.itemClicked.connect(self.on_history_item)
        self.refresh_buttons()

    # The period ------------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """A narrow page (1024x600, a large font, French) puts the cash count under the figures, not beside them."""
        narrow = event.size().width() < 2 * self.side_widget.sizeHint().width() + 40
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self.body_layout.direction() != direction:
            self.body_layout.setDirection(direction)
            self.side_widget.setMaximumWidth(16777215 if narrow else 380)
            self.figures_view.setMinimumHeight(self.fontMetrics().height() * 14 if narrow else 0)
        super().resizeEvent(event)

    def _sync_shift(self) -> None:
        for edit in (self.start_edit, self.end_edit):
            edit.setEnabled(self.shift_check.isChecked())

    def period(self) -> Period:
        day = self.day_edit.date().toPython()
        if self.shift_check.isChecked():
            return Period.shift_of(day, self.start_edit.time().toPython(), self.end_edit.time().toPython())
        return Period.day(day)

    def show_period(self, period: Period) -> None:
        for widget in (self.day_edit, self.shift_check, self.start_edit, self.end_edit):
            widget.blockSignals(True)
        try:
            day = period.local_day
            self.day_edit.setDate(QDate(day.year, day.month, day.day))
            self.shift_check.setChecked(bool(period.shift))
            if period.shift:
                start, end = (QTime.fromString(part, "HH:mm") for part in period.shift.split("-"))
                self.start_edit.setTime(start)
                self.end_edit.setTime(end)
        finally:
            for widget in (self.day_edit, self.shift_check, self.start_edit, self.end_edit):
                widget.blockSignals(False)
        self._sync_shift()

    # Loading ---------------------------------------------------------------------------------

    async def refresh(self) -> None:
        service, period = self.service, self.period()
        if service is None:
            return

        def load() -> tuple[Any, ...]:
            versions = service.versions(period)
            current = versions[-1] if versions and versions[-1].is_current else None
            figures = current.figures if current is not None else service.compute(period)
            return current, versions, figures, service.recent()
        current, versions, figures, recent = await asyncio.to_thread(load)
        if service is not self.service:
            return
        self.closed = current
        self.reopened_version = versions[-1].version if versions and current is None else None
        self.figures = figures
        self.cash.fill(current)
        self._fill_history(recent)
        self._render()

    def show_closed(self, closed: ClosedCashUp) -> None:
        """A version from the history, exactly as it was closed."""
        self.show_period(closed.figures.period)
        self.closed, self.figures, self.reopened_version = closed, closed.figures, None
        self.cash.fill(closed)
        self._render()

    def _fill_history(self, recent: list[ClosedCashUp]) -> None:
        from dollr_desktop.ui.printing.cashup_print import period_text

        self.history.clear()
        for closed in recent:
            text = self.tr("{period} · version {version} · {total}").format(
                period=period_text(closed.figures), version=closed.version,
                total=" + ".join(format_money(t.net, c) for c, t in closed.figures.totals().items()) or "–")
            if not closed.is_current:
                text += " · " + self.tr("reopened")
            item = QListWidgetItem(text)
            item.setData(256, closed)
            item.setToolTip(self.tr("Closed {time}").format(time=format_datetime(closed.closed_at)))
            self.history.addItem(item)

    def printout(self) -> Any:
        from dollr_desktop.ui.printing.cashup_print import CashUpPrintout

        figures = self.figures
        if self.closed is None and figures is not None:
            cash, _ = self.cash.counts()
            figures = figures.with_cash(cash)
        return CashUpPrintout(self.merchant, figures, self.closed, self.reopened_version)

    def _render(self) -> None:
        from dollr_desktop.ui.printing.cashup_print import cashup_css, cashup_html, status_text

        if self.figures is None:
            self.figures_view.clear()
            self.state_label.clear()
            self.refresh_buttons()
            return
        printout = self.printout()
        self.state_label.setText(status_text(printout))
        self.figures_view.document().setDefaultStyleSheet(cashup_css(None))
        scroll = self.figures_view.verticalScrollBar().value()
        self.figures_view.setHtml(cashup_html(printout))
        self.figures_view.verticalScrollBar().setValue(scroll)
        self.refresh_buttons()

    def refresh_buttons(self) -> None:
        has = self.figures is not None and self.service is not None
        closed = self.closed is not None
        allowed = self.may("close_cashups") is not False   # None: nobody set up on this computer
        self.close_button.setEnabled(has and not closed and allowed)
        self.reopen_button.setEnabled(has and closed and self.closed.is_current and allowed)
        why = "" if allowed else self.tr("Only the owner closes and reopens cash-ups.")
        self.close_button.setToolTip(why)
        self.reopen_button.setToolTip(why)
        self.print_button.setEnabled(self.figures is not None)
        self.pdf_button.setEnabled(self.figures is not None)

    # Cash ------------------------------------------------------------------------------------

    def _cash_changed(self) -> None:
        if self.closed is None and self.figures is not None:
            self._render()

    # Actions ---------------------------------------------------------------------------------

    @asyncSlot()
    async def on_close_clicked(self) -> None:
        if self.cash.show_problem():
            self.sig_status.emit(self.tr("Not closed: correct the cash amounts first."))
            return
        (cash, _), service, period, note = self.cash.counts(), self.service, self.period(), self.cash.note()
        if service is None:
            return

        def close() -> ClosedCashUp:
            return service.close(service.compute(period, cash), note=note, closed_on=self.device_name)
        self.close_button.setEnabled(False)
        try:
            closed = await asyncio.to_thread(close)
        except CashUpNotOpenError:   # closed meanwhile (another window): show the closed version
            self.sig_status.emit(self.tr("This cash-up is already closed."))
            await self.refresh()
            return
        finally:
            self.refresh_buttons()
        self.sig_status.emit(self.tr("Cash-up closed: version {version}.").format(version=closed.version))
        self.audit("cashup.closed", {"period": closed.figures.period.key, "version": closed.version,
                                     "totals": {c: str(t.net) for c, t in closed.figures.totals().items()}})
        await self.refresh()

    @asyncSlot()
    async def on_reopen_clicked(self) -> None:
        service, closed = self.service, self.closed
        if service is None or closed is None:
            return
        await asyncio.to_thread(service.reopen, closed)
        self.audit("cashup.reopened", {"period": closed.figures.period.key, "version": closed.version})
        self.sig_status.emit(self.tr("Cash-up reopened: closing it again makes version {version}.").format(
            version=closed.version + 1))
        self.show_period(closed.figures.period)
        await self.refresh()

    def on_history_item(self, item: QListWidgetItem) -> None:
        closed = item.data(256)
        if closed is not None:
            self.show_closed(closed)

    def chosen_layout(self) -> ReceiptLayout:
        return ReceiptLayout(self.layout_combo.currentData())

    def ask_pdf_path(self, suggested: str) -> str:
        prefs = self.printer_prefs() if self.printer_prefs is not None else None
        folder = (prefs.pdf_folder if prefs is not None else "") or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save cash-up as PDF"), str(Path(folder) / suggested),
                                              self.tr("PDF files (*.pdf)"))
        return path

    @asyncSlot()
    async def on_pdf_clicked(self) -> None:
        from dollr_desktop.ui.printing.cashup_print import default_pdf_name, write_cashup_pdf

        if self.figures is None:
            return
        printout, layout = self.printout(), self.chosen_layout()
        path = self.ask_pdf_path(default_pdf_name(printout))
        if not path:
            return
        self.last_pdf = await asyncio.to_thread(write_cashup_pdf, printout, layout, path)
        self.sig_status.emit(self.tr("Saved {name}").format(name=self.last_pdf.name))

    @asyncSlot()
    async def on_print_clicked(self) -> None:
        from dollr_desktop.ui.printing.cashup_print import default_pdf_name, paint_cashup, write_cashup_pdf

        if self.figures is None:
            return
        printout, layout = self.printout(), self.chosen_layout()
        prefs = self.printer_prefs() if self.printer_prefs is not None else None
        if prefs is not None and prefs.prints_to_folder:   # no paper printer: the print folder gets a PDF
            folder = Path(prefs.print_folder)
            folder.mkdir(parents=True, exist_ok=True)
            self.last_pdf = await asyncio.to_thread(write_cashup_pdf, printout, layout,
                                                    folder / default_pdf_name(printout))
            self.sig_status.emit(self.tr("Printed to {name}").format(name=self.last_pdf.name))
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if prefs is not None and prefs.printer_name:
            printer.setPrinterName(prefs.printer_name)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        await asyncio.to_thread(paint_cashup, printout, layout, printer, True)
        self.sig_status.emit(self.tr("Cash-up sent to the printer."))

