"""What a backup holds, in words: shown before a restore replaces anything (and by the CLI)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

# Tables the summary names, and the tables that only detail them (items, events, cached quotes…).
# Rows of any other table (cash-ups, users, the audit log: what later versions add) are "other records".
KNOWN_TABLES = ("documents", "counterparties", "payments", "outbox")
DETAIL_TABLES = ("parties", "document_items", "payment_accounts", "sessions", "receipts", "fee_quotes",
                 "sync_state", "payment_events")


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
        line = where + " " + QCoreApplication.translate(
            "BackupSummary", "{documents} documents, {contacts} contacts, {journal} payment journal entries.").format(
            documents=format_number(tables.get("documents", 0)), contacts=format_number(tables.get("counterparties", 0)),
            journal=format_number(tables.get("payments", 0)))
        if tables.get("outbox"):
            line += " " + QCoreApplication.translate("BackupSummary", "{count} changes waiting to be sent.").format(
                count=format_number(tables["outbox"]))
        other = sum(int(n) for table, n in tables.items() if table not in KNOWN_TABLES + DETAIL_TABLES)
        if other:
            line += " " + QCoreApplication.translate("BackupSummary", "{count} other records.").format(
                count=format_number(other))
        lines.append("• " + line)
    if info.receipts:
        lines.append("• " + QCoreApplication.translate("BackupSummary", "{count} saved receipts.").format(
            count=format_number(info.receipts)))
    if "settings.json" in info.files:
        lines.append("• " + QCoreApplication.translate("BackupSummary", "Your settings (never your client secret)."))
    return lines
