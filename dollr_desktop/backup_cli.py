"""`dollr-desktop --backup FILE` and `dollr-desktop --restore FILE`: no window, for scripts.

The password comes from `DOLLR_BACKUP_PASSWORD`, or is asked on the terminal. Exit status:
0 done; 1 the backup or restore failed (the reason is printed); 2 no password; 3 the app has
this data folder open (a restore would pull the files from under it).
"""
from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import TextIO

from dollr_desktop import paths

ENV_PASSWORD = "DOLLR_BACKUP_PASSWORD"
FAILED, NO_PASSWORD, APP_OPEN = 1, 2, 3


def wanted(args: object) -> bool:
    return bool(getattr(args, "backup", None) or getattr(args, "restore", None))


def _password(confirm: bool, out: TextIO) -> str | None:
    given = os.environ.get(ENV_PASSWORD)
    if given:
        return given
    if not sys.stdin or not sys.stdin.isatty():
        print(f"No backup password: set {ENV_PASSWORD} or run this in a terminal.", file=out)
        return None
    try:
        first = getpass.getpass("Backup password: ")
        if confirm and getpass.getpass("Backup password again: ") != first:
            print("The two passwords differ.", file=out)
            return None
    except (EOFError, KeyboardInterrupt):
        return None
    return first or None


def run(args: object, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    from dollr_desktop.services import backups
    from dollr_desktop.services.backup_file import BackupError
    from dollr_desktop.ui.wording import words_for
    from dollr_desktop.ui.wording.backup_summary import summary_lines

    data_dir = paths.data_dir()
    restoring = bool(getattr(args, "restore", None))
    password = _password(confirm=not restoring, out=err)
    if password is None:
        return NO_PASSWORD
    try:
        if not restoring:
            target = Path(args.backup)   # type: ignore[attr-defined]
            if target.is_dir():
                target = target / backups.automatic_name()
            info = backups.create_backup(data_dir, target, password)
            print(f"Backup written to {target}", file=out)
            for line in summary_lines(info):
                print("  " + line, file=out)
            return 0
        return _restore(Path(args.restore), password, data_dir, out, err)   # type: ignore[attr-defined]
    except BackupError as exc:
        print(words_for(exc), file=err)
        return FAILED


def _restore(source: Path, password: str, data_dir: Path, out: TextIO, err: TextIO) -> int:
    from PySide6.QtCore import QLockFile

    from dollr_desktop.services import backup_restore
    from dollr_desktop.store.migrations import LATEST_VERSION
    from dollr_desktop.ui.single_instance import LOCK_NAME
    from dollr_desktop.ui.wording.backup_summary import summary_lines

    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)
    if not lock.tryLock(0):
        print(f"Dollr Desktop has {data_dir} open: close it, then restore.", file=err)
        return APP_OPEN
    try:
        prepared = backup_restore.prepare_restore(source, password, data_dir, latest_schema=LATEST_VERSION)
        prepared.apply()
    finally:
        lock.unlock()
    print(f"Restored {source} into {data_dir}", file=out)
    for line in summary_lines(prepared.info):
        print("  " + line, file=out)
    if prepared.safety_copy is not None:
        print(f"The data it replaced is saved in {prepared.safety_copy}", file=out)
    return 0
