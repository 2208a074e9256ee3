"""Words for the backup and restore problems of `services/backups.py` (codes `backup.*`)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

WORDS = {
    "backup.wrong_password": lambda **p: QCoreApplication.translate(
        "Backups", "Wrong backup password: this backup cannot be opened with it. Nothing was changed."),
    "backup.truncated": lambda **p: QCoreApplication.translate(
        "Backups", "This backup file is incomplete (it was cut short, perhaps while copying). "
        "Nothing was changed; use another copy."),
    "backup.damaged": lambda **p: QCoreApplication.translate(
        "Backups", "This backup file is damaged and cannot be restored. Nothing was changed; use another copy."),
    "backup.not_a_backup": lambda **p: QCoreApplication.translate(
        "Backups", "This is not a Dollr Desktop backup file. Nothing was changed."),
    "backup.too_new": lambda **p: QCoreApplication.translate(
        "Backups", "This backup was made by a newer Dollr Desktop. Update the app, then restore it."),
    "backup.newer_app": lambda version="", **p: QCoreApplication.translate(
        "Backups", "This backup was made by Dollr Desktop {version}, newer than this one. "
        "Update the app, then restore it.").format(version=version),
    "backup.no_password": lambda **p: QCoreApplication.translate(
        "Backups", "Choose a backup password first."),
    "backup.nothing_to_back_up": lambda **p: QCoreApplication.translate(
        "Backups", "There is nothing to back up yet."),
    "backup.folder_missing": lambda folder="", **p: QCoreApplication.translate(
        "Backups", "The backup folder {folder} is not there (is the USB stick plugged in?). "
        "The backup in the data folder was made.").format(folder=folder),
    "backup.write_failed": lambda folder="", reason="", **p: QCoreApplication.translate(
        "Backups", "The backup could not be written to {folder}: {reason}.").format(folder=folder, reason=reason),
    "backup.read_failed": lambda file="", reason="", **p: QCoreApplication.translate(
        "Backups", "The backup file {file} could not be read: {reason}.").format(file=file, reason=reason),
}
