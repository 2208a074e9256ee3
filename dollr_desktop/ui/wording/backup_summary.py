"""What a backup holds, in words: shown before a restore replaces anything (and by the CLI)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

# Tables the summary names; rows of any other table (those later versions add) are counted together.
KNOWN_TABLES = ("documents", "counterparties", "payments", "outbox")


def made_line(info: Any) -> str:
    from dollr_desktop.ui.i18n import format_datetime

    return QCoreApplication.translate("BackupSummary", "Made on {date} by Dollr Desktop {version}.").format(
        date=format_datetime(info.created_at.astimezone()), version=info.app_version)


def summary_lines(info: Any) -> list[str]:
    from dollr_desktop.ui.i18n import format_number

    lines = [made_line(info)]
    for name, described in info.databases.items():
        tables = described.get("tables", {})
        where = (QCoreApplication.translate("BackupSummary", "Practice mode:") if name.startswith("practice")
                 else QCoreApplication.translate("BackupSummary", "Live account:"))
        other = sum(int(n) for table, n in tables.items() if table not in KNOWN_TABLES)
        lines.append(where + " " + QCoreApplication.translate(
            "BackupSummary", "{documents} documents, {contacts} contacts, {journal} payment journal entries, "
            "{outbox} changes waiting to be sent, {other} other records.").format(
            documents=format_number(tables.get("documents", 0)), contacts=format_number(tables.get("counterparties", 0)),
            journal=format_number(tables.get("payments", 0)), outbox=format_number(tables.get("outbox", 0)),
            other=format_number(other)))
    if info.receipts:
        lines.append(QCoreApplication.translate("BackupSummary", "{count} saved receipts.").format(
            count=format_number(info.receipts)))
    if "settings.json" in info.files:
        lines.append(QCoreApplication.translate("BackupSummary", "Your settings (never your client secret)."))
    return lines
