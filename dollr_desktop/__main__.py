"""`dollr-desktop`: QApplication → qasync event loop → the app → run.

    dollr-desktop [--practice] [--data-dir DIR] [--self-test]
    dollr-desktop [--data-dir DIR] --backup FILE | --restore FILE     (no window; backup_cli.py)
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Sequence

from dollr_desktop import APP_NAME, __version__, garbage, paths

log = logging.getLogger("dollr_desktop")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="dollr-desktop", description=f"{APP_NAME} {__version__}")
    parser.add_argument("--practice", action="store_true",
                        help="open straight into practice mode (demo money, embedded sandbox)")
    parser.add_argument("--data-dir", metavar="DIR",
                        help=f"keep the database, logs and settings in DIR (same as {paths.ENV_DATA_DIR})")
    parser.add_argument("--self-test", action="store_true",
                        help="start offscreen on the embedded sandbox, open every view, exit 0 if all is well")
    parser.add_argument("--backup", metavar="FILE", help="write an encrypted backup of the data folder to FILE "
                        "(password from DOLLR_BACKUP_PASSWORD or asked), then exit")
    parser.add_argument("--restore", metavar="FILE", help="replace the data folder's data with the backup FILE, then exit")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser.parse_args(argv)


def run_self_test(app, loop) -> int:
    """`dollr_desktop.selftest.run(app, loop)`: offscreen, embedded sandbox, every view, a receipt."""
    try:
        from dollr_desktop import selftest
    except ImportError:
        print("self-test is not available in this build", file=sys.stderr)
        return 2
    return int(selftest.run(app, loop))


# Linux desktops match the window to packaging/linux/dollr-desktop.desktop by this name.
DESKTOP_FILE_NAME = "dollr-desktop"


def identify(qt_app) -> None:
    qt_app.setApplicationName(APP_NAME)
    qt_app.setApplicationVersion(__version__)
    qt_app.setOrganizationName("Dollr")
    qt_app.setDesktopFileName(DESKTOP_FILE_NAME)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.data_dir:
        os.environ[paths.ENV_DATA_DIR] = os.path.abspath(args.data_dir)
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        if not args.data_dir:   # a throw-away data folder: never the merchant's real data
            import tempfile

            os.environ[paths.ENV_DATA_DIR] = tempfile.mkdtemp(prefix="dollr-selftest-")
    from dollr_desktop import backup_cli

    if backup_cli.wanted(args):
        return backup_cli.run(args)

    from dollr_desktop.logging_setup import enable_crash_log, setup_logging

    setup_logging(paths.log_dir())
    enable_crash_log(paths.crash_log_path())
    log.info("%s %s starting (data in %s)", APP_NAME, __version__, paths.data_dir())

    from dollr_desktop import platform_check

    if (missing := platform_check.check()) is not None:   # Qt would abort: name what to install
        return platform_check.report(missing)

    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    identify(qt_app)

    from dollr_desktop.ui.gui_thread_gc import GuiThreadGarbageCollector

    qt_app.gc_on_gui_thread = GuiThreadGarbageCollector(qt_app)  # type: ignore[attr-defined]

    from dollr_desktop.ui import i18n
    from dollr_desktop.settings import Settings
    from dollr_desktop.ui import theme
    from dollr_desktop.ui.icons import icon

    qt_app.setWindowIcon(icon("app") or QIcon())
    chosen = Settings.load()   # language and appearance before the first widget exists
    i18n.install(chosen.language, qt_app)
    theme.install(qt_app, chosen.appearance)
    from dollr_desktop.ui.text_size import apply_text_size

    apply_text_size(chosen.text_size, qt_app)

    # One copy per data folder, decided before the app (and the practice sandbox) is built. The
    # self-test runs in a throw-away folder of its own unless --data-dir is given, so a copy the
    # merchant has open never blocks it; given the merchant's folder, it is refused like any copy.
    from dollr_desktop.ui import single_instance

    instance = single_instance.SingleInstance(paths.data_dir())
    if not instance.acquire():
        return single_instance.already_open(paths.data_dir())
    try:
        return run_app(qt_app, instance, args)
    finally:
        instance.release()


def run_app(qt_app, instance, args: argparse.Namespace) -> int:
    from qasync import QEventLoop

    loop = QEventLoop(qt_app)
    asyncio.set_event_loop(loop)

    from dollr_desktop.app import DollrApp
    from dollr_desktop.ui import single_instance

    app = DollrApp()
    app.crash_reporter.install()
    instance.sig_raise_requested.connect(lambda: single_instance.bring_forward(app.window))
    if args.self_test:
        return run_self_test(app, loop)

    # The window decides when the app ends: it finishes in-flight work before it really closes.
    qt_app.setQuitOnLastWindowClosed(False)
    closed = asyncio.Event()
    app.window.sig_closed.connect(closed.set)
    qt_app.aboutToQuit.connect(closed.set)
    with loop:
        start = loop.create_task(app.start(practice=args.practice), name="start")
        start.add_done_callback(lambda _: garbage.freeze_long_lived())
        loop.run_until_complete(closed.wait())
        start.cancel()
    log.info("%s closed", APP_NAME)
    return 0


if __name__ == "__main__":
    sys.exit(main())
