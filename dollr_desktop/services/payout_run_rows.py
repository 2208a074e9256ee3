"""A payout run's rows as typed or imported, and every problem with them found before anything moves.

Rows come from a CSV (name, phone, amount, currency, optional note and reference; UTF-8 with or
without BOM, `,` or `;`, English or French headers), a saved list or picked contacts. `check_rows`
speaks in codes (worded in ui/wording/payout_runs.py). No Qt.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from dollr_desktop.services import catalogue, phones
from dollr_desktop.services.problems import Problem
from dollr_desktop.store.payout_runs import RowInput

COLUMNS = ("name", "phone", "amount", "currency", "note", "reference")
_ALIASES = {"nom": "name", "recipient": "name", "téléphone": "phone", "telephone": "phone", "number": "phone",
            "numéro": "phone", "numero": "phone", "mobile": "phone", "montant": "amount", "devise": "currency",
            "monnaie": "currency", "référence": "reference", "ref": "reference", "memo": "note"}

def parse_csv(data: bytes) -> list[RowInput]:
    """Rows from a CSV file (header required). Raises Problem for a file that is not one."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Problem("payout_run.csv_not_utf8") from None
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise Problem("payout_run.csv_empty")
    header = lines[0]
    delimiter = ";" if header.count(";") > header.count(",") else ","
    reader = csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter)
    names = [_column(name) for name in next(reader)]
    missing = [c for c in ("name", "phone", "amount", "currency") if c not in names]
    if missing:
        raise Problem("payout_run.csv_missing_columns", columns=", ".join(missing))
    rows = []
    for values in reader:
        cells = {names[i]: value.strip() for i, value in enumerate(values) if i < len(names)}
        rows.append(RowInput(name=cells.get("name", ""), phone=cells.get("phone", ""),
                             amount=normalize_amount(cells.get("amount", "")),
                             currency=cells.get("currency", "").upper(), note=cells.get("note", ""),
                             reference=cells.get("reference", "")))
    if not rows:
        raise Problem("payout_run.csv_empty")
    return rows


def _column(name: str) -> str:
    key = name.strip().lower()
    return _ALIASES.get(key, key)


def normalize_amount(text: str) -> str:
    """'1 250,50' / '1,250.50' / '1250.5' → '1250.50'-like text; anything else left as typed."""
    raw = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").strip()
    if "," in raw and "." in raw:
        raw = raw.replace(",", "")
    elif "," in raw:
        raw = raw.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+", raw) else raw.replace(",", ".")
    return raw


@dataclass(frozen=True)
class RowCheck:
    """What `check_rows` found for one row: its problems (empty = fine) and the operator."""

    problems: tuple[Problem, ...] = ()
    digits: str = ""
    operator: catalogue.Method | None = None
    amount: Decimal | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def check_row(row: RowInput) -> RowCheck:
    problems: list[Problem] = []
    if not row.name.strip():
        problems.append(Problem("payout_run.name_missing", field="name"))
    info = phones.describe(row.phone)
    operator = info.operator
    if info.problem is not None and not (info.valid and info.problem.code == "phone.unknown_country"):
        problems.append(info.problem)
    elif operator is None:
        problems.append(Problem("payout_run.no_operator", field="phone",
                                country=info.country.iso if info.country else ""))
    currency = row.currency.strip().upper()
    amount = row_amount(row.amount)
    if not currency:
        problems.append(Problem("payout_run.currency_missing", field="currency"))
    elif currency not in catalogue.DOLLR_CURRENCIES:
        problems.append(Problem("payout_run.currency_unknown", field="currency", currency=currency))
    elif operator is not None and currency not in operator.currencies:
        problems.append(Problem("payout_run.currency_not_offered", field="currency", currency=currency,
                                method=operator.payment_method, currencies=", ".join(operator.currencies)))
    if amount is None:
        problems.append(Problem("payout_run.amount_not_number" if row.amount.strip() else
                                "payout_run.amount_missing", field="amount"))
    elif amount <= 0:
        problems.append(Problem("payout_run.amount_not_positive", field="amount"))
    elif amount > catalogue.MAX_AMOUNT:
        problems.append(Problem("payout_run.amount_too_large", field="amount", maximum=str(catalogue.MAX_AMOUNT)))
    elif currency and not catalogue.fits_minor_units(amount, currency):
        problems.append(Problem("payout_run.amount_decimals", field="amount", currency=currency,
                                decimals=catalogue.minor_units(currency)))
    return RowCheck(tuple(problems), info.digits if info.valid else "", operator, amount)


def check_rows(rows: list[RowInput]) -> list[RowCheck]:
    """Every row's problems; a second row for the same number is one unless confirmed."""
    checks = [check_row(r) if r.included else RowCheck() for r in rows]
    first: dict[str, int] = {}
    for i, (row, check) in enumerate(zip(rows, checks)):
        if not row.included or not check.digits:
            continue
        if check.digits in first and not row.duplicate_ok:
            checks[i] = RowCheck(check.problems + (Problem("payout_run.duplicate", field="phone",
                                                           position=first[check.digits] + 1),),
                                 check.digits, check.operator, check.amount)
        first.setdefault(check.digits, i)
    return checks


def row_amount(text: str) -> Decimal | None:
    try:
        value = Decimal(text.strip())
    except (InvalidOperation, ValueError):
        return None
    return value if value.is_finite() else None
