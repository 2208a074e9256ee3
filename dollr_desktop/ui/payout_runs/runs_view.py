"""The Payout runs page: the list of runs, the editor (every row's problems on its row), the
preview (fees, totals per currency, the balance estimate), then the progress and the results.

The page talks to `services.payout_runs.PayoutRunService` only; approving asks the hub whether
the person at the computer may (`MAY "approve_payouts"`; nobody answering means yes) and takes
the passcode in `ApproveRunDialog`. Row changes during a run are gathered and repainted every
100 ms, row by row, so a 500-row run keeps the window responsive.
"""
from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
    QLineEdit, QProgressBar, QPushButton, QStackedWidget, QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from dollr_desktop.services.payout_run_rows import check_rows
from dollr_desktop.services.payout_runs import Preview
from dollr_desktop.services.problems import Problem
from dollr_desktop.store.payout_runs import DRAFT, PAUSED, RUNNING, SETTLING, RowInput, Run, RunRow
from dollr_desktop.ui.money import format_money
from dollr_desktop.ui.payout_runs.approve_run_dialog import ApproveRunDialog
from dollr_desktop.ui.payout_runs.pick_contacts_dialog import PickContactsDialog
from dollr_desktop.ui.payout_runs.rows_model import Mode, RunRowsModel
from dollr_desktop.ui.payouts.wording import escape_html
from dollr_desktop.ui.theme import Tone, tone_colour
from dollr_desktop.ui.views.payouts_view import local_time_label
from dollr_desktop.ui.widgets.empty_state import EmptyState
from dollr_desktop.ui.widgets.flow_row import flow_row
from dollr_desktop.ui.wording import words_for
from dollr_desktop.ui.wording.payout_runs import run_state_words

FLUSH_MS = 100
CHECK_DELAY_MS = 250


class PayoutRunsView(QWidget):
    sig_run_shown = Signal(int)

    def __init__(self, runner: Any, service: Callable[[], Any], *, may: Callable[[str], bool],
                 passcode_phone: Callable[[], str], default_currency: Callable[[], str],
                 contacts: Callable[[], list[Any]] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._service = service
        self._may = may
        self._passcode_phone = passcode_phone
        self._default_currency = default_currency
        self._contacts = contacts
        self.run: Run | None = None
        self.preview: Preview | None = None
        self.runs: list[Run] = []
        self.closing = False
        self._dirty_rows: set[int] = set()
        self._dirty_run = False
        self.approval_dialog: ApproveRunDialog | None = None

        self.stack = QStackedWidget()
        self.stack.addWidget(self._list_page())
        self.stack.addWidget(self._run_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.flush_timer = QTimer(self)
        self.flush_timer.setSingleShot(True)
        self.flush_timer.setInterval(FLUSH_MS)
        self.flush_timer.timeout.connect(self._flush)
        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(CHECK_DELAY_MS)
        self.check_timer.timeout.connect(self._recheck)
        self.model.sig_rows_edited.connect(self.check_timer.start)

    # ---- the list of runs ------------------------------------------------------------------------
    def _list_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("Payout runs"))
        title.setProperty("role", "pageTitle")
        hint = QLabel(self.tr("Pay many people at once: payroll, suppliers on Friday. Every row is checked "
                              "before anything moves; the owner approves the whole run once with the passcode."))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        self.csv_button = QPushButton(self.tr("New run from a CSV file…"))
        self.csv_button.setAccessibleName(self.tr("New run from a CSV file"))
        self.csv_button.clicked.connect(self.on_csv_clicked)
        self.contacts_button = QPushButton(self.tr("New run from contacts…"))
        self.contacts_button.setAccessibleName(self.tr("New run from contacts"))
        self.contacts_button.clicked.connect(self.on_contacts_clicked)
        self.lists_combo = QComboBox()
        self.lists_combo.setAccessibleName(self.tr("Saved lists"))
        self.list_button = QPushButton(self.tr("New run from this list"))
        self.list_button.setAccessibleName(self.tr("New run from the saved list"))
        self.list_button.clicked.connect(self.on_list_clicked)
        buttons = flow_row(self.csv_button, self.contacts_button, self.lists_combo, self.list_button)
        self.runs_table = QTableWidget(0, 5)
        self.runs_table.setAccessibleName(self.tr("Payout runs list"))
        self.runs_table.setHorizontalHeaderLabels([self.tr("Run"), self.tr("Created"), self.tr("State"),
                                                   self.tr("Rows"), self.tr("Results")])
        self.runs_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.runs_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.runs_table.verticalHeader().hide()
        self.runs_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.runs_table.horizontalHeader().setStretchLastSection(True)
        self.runs_table.cellDoubleClicked.connect(lambda row, _col: self.open_run_at(row))
        self.open_button = QPushButton(self.tr("Open run"))
        self.open_button.setAccessibleName(self.tr("Open the selected run"))
        self.open_button.clicked.connect(lambda: self.open_run_at(self.runs_table.currentRow()))
        self.list_message = QLabel()
        self.list_message.setAccessibleName(self.tr("Payout runs message"))
        self.list_message.setProperty("role", "fieldError")
        self.list_message.setWordWrap(True)
        self.list_message.hide()
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        layout.addWidget(self.list_message)
        self.empty_state = EmptyState(self.tr("No payout runs yet. Start one from your contacts or from a CSV file."),
                                      self.tr("New run from contacts…"),
                                      self.tr("New run from contacts (no runs yet)"))
        self.empty_state.sig_action.connect(self.contacts_button.click)
        layout.addWidget(self.empty_state)
        layout.addWidget(self.runs_table, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.open_button)
        layout.addLayout(bottom)
        return page

    # ---- one run -----------------------------------------------------------------------------
    def _run_page(self) -> QWidget:
        page = QWidget()
        self.back_button = QPushButton(self.tr("‹ All runs"))
        self.back_button.setAccessibleName(self.tr("Back to all runs"))
        self.back_button.clicked.connect(self.show_list)
        self.run_title = QLabel()
        self.run_title.setProperty("role", "pageTitle")
        self.run_title.setAccessibleName(self.tr("Run title"))
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Run name"))
        self.name_edit.editingFinished.connect(self.on_name_edited)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.run_title, 1)
        top.addWidget(self.name_edit)
        self.model = RunRowsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Run rows"))
        corner = self.table.findChild(QAbstractButton)   # Qt's "select all" corner, shown with the row numbers
        if corner is not None:
            corner.setAccessibleName(self.tr("Select all rows"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)   # the whole text is in the tooltip
        self.summary_label = QLabel()
        self.summary_label.setAccessibleName(self.tr("Run summary"))
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.message_label = QLabel()
        self.message_label.setAccessibleName(self.tr("Run message"))
        self.message_label.setWordWrap(True)
        self.message_label.setProperty("role", "fieldError")
        self.message_label.hide()
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Run progress"))

        def button(text: str, name: str, slot: Callable[[], Any]) -> QPushButton:
            made = QPushButton(text)
            made.setAccessibleName(name)
            made.clicked.connect(slot)
            return made

        self.add_row_button = button(self.tr("Add row"), self.tr("Add a row"), self.on_add_row)
        self.save_list_button = button(self.tr("Save as list…"), self.tr("Save the rows as a list"),
                                       self.on_save_list)
        self.delete_button = button(self.tr("Delete draft"), self.tr("Delete this draft run"), self.on_delete)
        self.preview_button = button(self.tr("Check and preview"), self.tr("Preview the run"), self.on_preview)
        self.edit_button = button(self.tr("Back to editing"), self.tr("Back to editing the rows"), self.on_edit)
        self.approve_button = button(self.tr("Approve and pay…"), self.tr("Approve and pay the run"),
                                     self.on_approve)
        self.pause_button = button(self.tr("Pause"), self.tr("Pause the run"), self.on_pause)
        self.resume_button = button(self.tr("Resume…"), self.tr("Resume the run"), self.on_resume)
        self.cancel_button = button(self.tr("Cancel run"), self.tr("Cancel the run"), self.on_cancel)
        self.csv_results_button = button(self.tr("Results (CSV)"), self.tr("Open the results as CSV"),
                                         lambda: self._open_file(self.run.results_csv if self.run else None))
        self.pdf_results_button = button(self.tr("Results (PDF)"), self.tr("Open the results as PDF"),
                                         lambda: self._open_file(self.run.results_pdf if self.run else None))
        self.retry_button = button(self.tr("Retry unpaid rows as a new run"), self.tr("Retry the unpaid rows"),
                                   self.on_retry)
        self.action_buttons = (self.add_row_button, self.save_list_button, self.delete_button, self.preview_button,
                               self.edit_button, self.approve_button, self.pause_button, self.resume_button,
                               self.cancel_button, self.csv_results_button, self.pdf_results_button,
                               self.retry_button)
        for widget in self.action_buttons:   # shown by state (`_show_state`); hidden ones take no width
            widget.setVisible(False)
        actions = flow_row(*self.action_buttons)   # wraps on a narrow screen instead of widening the window
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.message_label)
        layout.addWidget(actions)
        return page

    # ---- list ------------------------------------------------------------------------------------
    def show_list(self) -> None:
        self.run = None
        self.preview = None
        self.stack.setCurrentIndex(0)
        self.runner.spawn(self.refresh_list(), name="payout-runs-list")

    async def refresh_list(self) -> None:
        service = self._service()
        if service is None:
            self.runs = []
        else:
            store = service.runs_store
            self.runs, lists, summaries = await asyncio.to_thread(
                lambda: (store.runs(), store.lists(), store.summaries()))
            self.lists_combo.clear()
            self.lists_combo.addItems(lists)
        if self._service() is None:
            summaries = {}
        has_lists = self.lists_combo.count() > 0
        self.lists_combo.setPlaceholderText(self.tr("No saved list yet"))
        self.list_button.setEnabled(has_lists)
        self.lists_combo.setEnabled(has_lists)
        self.runs_table.setRowCount(len(self.runs))
        self.empty_state.setVisible(not self.runs and self._service() is not None)
        for i, run in enumerate(self.runs):
            rows, paid, unpaid = summaries.get(run.id, (0, 0, 0))
            counts = self.tr("{rows} rows").format(rows=rows) if run.state == DRAFT else self.tr(
                "{rows} rows · {paid} paid · {unpaid} not paid").format(rows=rows, paid=paid, unpaid=unpaid)
            results = self.tr("CSV and PDF kept") if run.results_pdf else (
                self.tr("CSV kept") if run.results_csv else "")
            cells = [run.name, local_time_label(run.created_at), run_state_words(run.state), counts, results]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, run.id)
                self.runs_table.setItem(i, column, item)

    def open_run_at(self, index: int) -> None:
        if 0 <= index < len(self.runs):
            self.runner.spawn(self.open_run(self.runs[index].id), name="payout-run-open")

    def _list_problem(self, problem: Problem | None) -> None:
        self.list_message.setVisible(problem is not None)
        self.list_message.setText(words_for(problem) if problem is not None else "")

    def on_csv_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a CSV file of payouts"), "",
                                              self.tr("CSV files (*.csv *.txt)"))
        if path:
            self.runner.spawn(self.new_from_csv(Path(path)), name="payout-run-csv")

    async def new_from_csv(self, path: Path) -> Run | None:
        service = self._service()
        if service is None:
            return None
        try:
            data = await asyncio.to_thread(path.read_bytes)
            run = await service.from_csv(path.stem, data)
        except Problem as problem:
            self._list_problem(problem)
            return None
        self._list_problem(None)
        await self.open_run(run.id)
        return run

    def on_list_clicked(self) -> None:
        name = self.lists_combo.currentText()
        if name:
            self.runner.spawn(self.new_from_list(name), name="payout-run-list")

    async def new_from_list(self, name: str) -> Run | None:
        service = self._service()
        if service is None:
            return None
        run = await service.from_list(name)
        await self.open_run(run.id)
        return run

    def on_contacts_clicked(self) -> None:
        service = self._service()
        if service is None or self._contacts is None:
            return
        dialog = PickContactsDialog(self._contacts(), self._default_currency(), self.window())
        dialog.accepted.connect(lambda: self.runner.spawn(
            self.new_from_contacts(dialog.picked(), dialog.currency()), name="payout-run-contacts"))
        dialog.show()

    async def new_from_contacts(self, contacts: list[Any], currency: str) -> Run | None:
        service = self._service()
        if service is None or not contacts:
            return None
        run = await service.from_contacts(self.tr("Payout run"), contacts, currency)
        await self.open_run(run.id)
        return run

    # ---- a run -----------------------------------------------------------------------------
    async def open_run(self, run_id: int) -> None:
        service = self._service()
        if service is None:
            return
        store = service.runs_store
        run, rows = await asyncio.to_thread(lambda: (store.get(run_id), store.rows(run_id)))
        self.run, self.preview = run, None
        self.stack.setCurrentIndex(1)
        if run.state == DRAFT:
            inputs = [r.as_input for r in rows]
            self.model.edit(inputs, await asyncio.to_thread(check_rows, inputs))
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                       | QAbstractItemView.EditTrigger.EditKeyPressed
                                       | QAbstractItemView.EditTrigger.AnyKeyPressed)
        else:
            self.model.show_rows(Mode.PROGRESS, rows)
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._size_columns()
        self._show_state(rows)
        self.sig_run_shown.emit(run_id)

    def _size_columns(self) -> None:
        self.table.verticalHeader().setVisible(self.model.mode is Mode.EDIT)   # else the No. column says it
        header = self.table.horizontalHeader()
        widths = {"include": 56, "twice": 120, "position": 44, "name": 170, "phone": 140, "amount": 110,
                  "currency": 70, "note": 110, "reference": 90, "fee": 90, "gets": 160, "debited": 110,
                  "status": 250, "reference_id": 120, "time": 125}
        scale = max(1.0, self.table.fontMetrics().horizontalAdvance("0000000000") / 70)
        for i, column in enumerate(self.model.columns):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
            if column in widths:   # the widths follow the font (at 150 %, "0.19 USD" was cut to "0.19 U…")
                self.table.setColumnWidth(i, round(widths[column] * scale))
            if column in ("status", "problems"):
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)

    def _show_state(self, rows: list[RunRow] | None = None) -> None:
        run = self.run
        if run is None:
            return
        editing = run.state == DRAFT and self.model.mode is Mode.EDIT
        previewing = run.state == DRAFT and self.model.mode is Mode.PREVIEW
        self.run_title.setText(self.tr("{name} · {state}").format(name=run.name, state=run_state_words(run.state)))
        self.name_edit.setVisible(editing)
        self.name_edit.setText(run.name)
        visible = {
            self.add_row_button: editing, self.save_list_button: run.state == DRAFT, self.delete_button: editing,
            self.preview_button: editing, self.edit_button: previewing, self.approve_button: previewing,
            self.pause_button: run.state == RUNNING,
            self.resume_button: run.state == PAUSED, self.cancel_button: run.state in (RUNNING, PAUSED),
            self.csv_results_button: bool(run.results_csv), self.pdf_results_button: bool(run.results_pdf),
            self.retry_button: run.finished_at is not None and self._has_unpaid(rows),
        }
        for widget, shown in visible.items():
            widget.setVisible(shown)
        self.progress_bar.setVisible(run.state != DRAFT)
        if editing:
            self._show_edit_summary()
        elif previewing:
            self._show_preview_summary()
        else:
            self._show_progress(rows if rows is not None else self.model.run_rows)

    def _has_unpaid(self, rows: list[RunRow] | None) -> bool:
        rows = rows if rows is not None else self.model.run_rows
        return any(r.included and r.outcome in ("FAILED", "NOT_FOUND", "NOT_SENT", "SKIPPED") for r in rows)

    def _show_edit_summary(self) -> None:
        rows = self.model.inputs
        bad = sum(1 for row, check in zip(rows, self.model.checks) if row.included and not check.ok)
        paying = sum(1 for row in rows if row.included)
        left_out = len(rows) - paying
        text = self.tr("{paying} rows to pay, {left} left out.").format(paying=paying, left=left_out)
        if bad:
            text += " " + self.tr("{bad} rows need fixing (or leave them out) before the run can start.").format(bad=bad)
        self.summary_label.setText(text)
        self.preview_button.setEnabled(bad == 0 and paying > 0)

    def _show_preview_summary(self) -> None:
        preview = self.preview
        if preview is None:
            return
        lines = []
        for currency, total in sorted(preview.totals.items()):
            line = self.tr("<b>{currency}</b>: {rows} payouts, recipients get {amount}, fees {fees}, "
                           "your wallet is debited <b>{debit}</b>.").format(
                currency=currency, rows=total.rows, amount=format_money(total.amount, currency),
                fees=format_money(total.fees, currency), debit=format_money(total.debit, currency))
            if total.balance is not None:
                line += " " + self.tr("Estimated balance: {balance}.").format(
                    balance=format_money(total.balance, currency))
                if total.short:
                    line += " <span style='color:" + tone_colour(Tone.FAILED) + "'>" + self.tr(
                        "This is more than the estimated balance: some rows may fail.") + "</span>"
            lines.append(line)
        if preview.problems:
            lines.append("<span style='color:" + tone_colour(Tone.FAILED) + "'>" + self.tr(
                "{count} rows could not be quoted: see their Problems column.").format(
                count=len(preview.problems)) + "</span>")
        self.summary_label.setText("<br>".join(lines))
        self.approve_button.setEnabled(not preview.problems and bool(preview.quotes))

    def _show_progress(self, rows: list[RunRow]) -> None:
        paying = [r for r in rows if r.included]
        done = sum(1 for r in paying if r.step in ("SENT", "NOT_SENT", "SKIPPED"))
        self.progress_bar.setRange(0, max(len(paying), 1))
        self.progress_bar.setValue(done)
        counts: dict[str, int] = {}
        for row in paying:
            counts[row.outcome] = counts.get(row.outcome, 0) + 1
        failed = counts.get("FAILED", 0) + counts.get("NOT_SENT", 0) + counts.get("NOT_FOUND", 0)
        open_ = sum(counts.get(k, 0) for k in ("SUBMITTING", "PENDING", "PROCESSING", "UNKNOWN"))
        self.summary_label.setText(self.tr(
            "{done} of {total} sent · {paid} paid · {failed} not paid · {open} waiting for the operator · "
            "{skipped} skipped").format(done=done, total=len(paying), paid=counts.get("COMPLETED", 0),
                                        failed=failed, open=open_, skipped=counts.get("SKIPPED", 0)))
        service = self._service()
        problem = service.problem.get(self.run.id) if service is not None and self.run is not None else None
        if problem is not None and self.run is not None and self.run.state == PAUSED:
            self._message(words_for(problem))
        elif self.run is not None and self.run.state == SETTLING:
            self._message("")
        if self.run is not None and self.run.state == PAUSED and problem is None:
            self._message(self.tr("Paused. The rows not sent yet wait for you: press Resume and approve "
                                  "with your passcode again."))

    def _message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    # ---- editing -----------------------------------------------------------------------------
    def _recheck(self) -> None:
        self.runner.spawn(self._recheck_and_save(), name="payout-run-check")

    async def _recheck_and_save(self) -> None:
        service, run = self._service(), self.run
        if service is None or run is None or run.state != DRAFT:
            return
        rows = list(self.model.inputs)
        checks = await asyncio.to_thread(check_rows, rows)
        await service.save_rows(run.id, rows)
        if self.run is run and self.model.mode is Mode.EDIT:
            self.model.set_checks(checks)
            self._show_edit_summary()

    def on_add_row(self) -> None:
        self.model.add_row(RowInput(currency=self._default_currency()))
        self.table.scrollToBottom()
        self.table.edit(self.model.index(self.model.rowCount() - 1, self.model.columns.index("name")))

    def on_name_edited(self) -> None:
        service, run = self._service(), self.run
        name = self.name_edit.text().strip()
        if service is not None and run is not None and name and name != run.name:
            self.runner.spawn(asyncio.to_thread(service.runs_store.rename, run.id, name), name="payout-run-rename")
            self.run = Run(**{**run.__dict__, "name": name})
            self._show_state()

    def on_save_list(self) -> None:
        service, run = self._service(), self.run
        if service is None or run is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Save as list"), self.tr("List name:"), text=run.name)
        if ok and name.strip():
            self.runner.spawn(self.save_list(name.strip()), name="payout-run-save-list")

    async def save_list(self, name: str) -> None:
        service = self._service()
        if service is None:
            return
        rows = self.model.inputs if self.model.mode is Mode.EDIT else [r.as_input for r in self.model.run_rows]
        await service.save_list(name, rows)
        self._message(self.tr("Saved as the list “{name}”.").format(name=name))

    def on_delete(self) -> None:
        service, run = self._service(), self.run
        if service is not None and run is not None:
            self.runner.spawn(asyncio.to_thread(service.runs_store.delete_draft, run.id), name="payout-run-delete")
            self.show_list()

    # ---- preview, approval ---------------------------------------------------------------------
    def on_preview(self) -> None:
        self.runner.spawn(self.show_preview(), name="payout-run-preview")

    async def show_preview(self) -> Preview | None:
        service, run = self._service(), self.run
        if service is None or run is None:
            return None
        self.check_timer.stop()
        await self._recheck_and_save()
        self.preview_button.setEnabled(False)
        self._message(self.tr("Asking Dollr for each row's fee…"))
        try:
            preview = await service.preview(run.id)
        finally:
            self.preview_button.setEnabled(True)
        rows = await asyncio.to_thread(service.runs_store.rows, run.id)
        if self.run is not run:
            return preview
        self.preview = preview
        self.model.show_rows(Mode.PREVIEW, rows, preview.quotes, preview.problems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._size_columns()
        self._message("")
        self._show_state()
        return preview

    def on_edit(self) -> None:
        if self.run is not None:
            self.runner.spawn(self.open_run(self.run.id), name="payout-run-open")

    def _allowed(self) -> bool:
        answer = self._may("approve_payouts")
        if answer is False:
            self._message(words_for(Problem("payout_run.not_allowed")))
            return False
        return True

    def on_approve(self) -> None:
        self._ask_passcode(resume=False)

    def on_resume(self) -> None:
        self._ask_passcode(resume=True)

    def _ask_passcode(self, *, resume: bool) -> ApproveRunDialog | None:
        run = self.run
        if run is None or not self._allowed():
            return None
        dialog = ApproveRunDialog(self._approval_summary(resume), self._passcode_phone(), resume=resume,
                                  parent=self.window())
        dialog.accepted.connect(lambda: self._approved(run.id, dialog.passcode))
        self.approval_dialog = dialog
        dialog.show()
        return dialog

    def _approval_summary(self, resume: bool) -> str:
        run = self.run
        name = escape_html(run.name) if run else ""
        if resume:
            waiting = sum(1 for r in self.model.run_rows if r.included and r.step == "WAITING")
            return self.tr("Run <b>{name}</b>: {count} rows still to pay.").format(name=name, count=waiting)
        parts = []
        for currency, total in sorted((self.preview.totals if self.preview else {}).items()):
            parts.append(self.tr("{rows} payouts, your {currency} wallet debited <b>{debit}</b> "
                                 "(fees {fees})").format(rows=total.rows, currency=currency,
                                                         debit=format_money(total.debit, currency),
                                                         fees=format_money(total.fees, currency)))
        return self.tr("Run <b>{name}</b>:").format(name=name) + "<br>" + "<br>".join(parts)

    def _approved(self, run_id: int, passcode: Any) -> None:
        if passcode is None:
            return
        self.runner.spawn(self.start(run_id, passcode), name="payout-run-start")

    async def start(self, run_id: int, passcode: Any) -> asyncio.Task | None:
        service = self._service()
        if service is None or not self._allowed():   # asked again: the person may have switched
            passcode.wipe()
            return None
        try:
            task = await service.start(run_id, passcode)
        except Problem as problem:
            self._message(words_for(problem))
            return None
        self._message("")
        if self.run is not None and self.run.id == run_id:
            await self.open_run(run_id)
        return task

    def on_pause(self) -> None:
        service = self._service()
        if service is not None and self.run is not None:
            service.pause(self.run.id)
            self._message(self.tr("Pausing after the row being paid now…"))
            self.pause_button.setEnabled(False)

    def on_cancel(self) -> None:
        service = self._service()
        if service is not None and self.run is not None:
            self._message(self.tr("Cancelling: rows not started will not be paid; rows already sent finish "
                                  "as Dollr decides."))
            self.runner.spawn(service.cancel(self.run.id), name="payout-run-cancel")

    def on_retry(self) -> None:
        service = self._service()
        if service is not None and self.run is not None:
            self.runner.spawn(self.retry(self.run.id), name="payout-run-retry")

    async def retry(self, run_id: int) -> Run | None:
        service = self._service()
        if service is None:
            return None
        run = await service.retry_failed(run_id)
        await self.open_run(run.id)
        return run

    def _open_file(self, path: str | None) -> None:
        if path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    # ---- live progress ---------------------------------------------------------------------------
    def on_service_changed(self, run_id: int, row_id: int | None) -> None:
        """From the service (on the loop's thread): gather, repaint every FLUSH_MS."""
        if self.run is None or run_id != self.run.id or self.closing:
            if row_id is None and self.stack.currentIndex() == 0 and not self.closing:
                self._dirty_run = True
                self.flush_timer.start()
            return
        if row_id is None:
            self._dirty_run = True
        else:
            self._dirty_rows.add(row_id)
        if not self.flush_timer.isActive():
            self.flush_timer.start()

    def _flush(self) -> None:
        self.runner.spawn(self._apply_changes(), name="payout-run-progress")

    async def _apply_changes(self) -> None:
        service = self._service()
        if service is None:
            return
        if self.stack.currentIndex() == 0:
            self._dirty_run = False
            await self.refresh_list()
            return
        run = self.run
        if run is None:
            return
        dirty, self._dirty_rows = self._dirty_rows, set()
        whole, self._dirty_run = self._dirty_run, False
        store = service.runs_store
        fresh, rows = await asyncio.to_thread(
            lambda: (store.get(run.id) if whole or run.state == DRAFT else None, [store.row(i) for i in dirty]))
        if self.run is not run:
            return
        if fresh is not None and fresh.state != run.state and run.state == DRAFT:
            await self.open_run(run.id)   # it started: the editor becomes the progress view
            return
        if fresh is not None:
            self.run = fresh
        if self.model.mode is not Mode.PROGRESS:
            return
        for row in rows:
            self.model.update_row(row)
        self._show_state(self.model.run_rows)
        if self.run.state != RUNNING:
            self.pause_button.setEnabled(True)

    def progress_text(self) -> str:
        return self.summary_label.text()

    async def wait_idle(self, timeout: float) -> bool:
        self.closing = True
        self.flush_timer.stop()
        self.check_timer.stop()
        return True
