"""One copy of the app per data folder.

Two copies on one folder race on the practice sandbox's state file and could both auto-print the
same receipt. The first copy holds a `QLockFile` in the data folder for its whole life and listens
on a `QLocalServer` named after that folder; a second launch asks it to bring its window forward,
then exits. A copy that was killed leaves a lock whose process is gone: Qt sees that (the lock
file names the process) and takes the lock over, so a crash never blocks the next start.
"""
from __future__ import annotations

import hashlib
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)

LOCK_NAME = "dollr-desktop.lock"
RAISE = b"raise\n"
RAISED = b"raised\n"
ANSWER_TIMEOUT_MS = 3_000
ALREADY_OPEN_EXIT = 3
HEADLESS_PLATFORMS = ("offscreen", "minimal")


def server_name(data_dir: Path) -> str:
    """A local socket name per data folder (short: Unix socket paths are limited to ~100 bytes)."""
    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()[:20]
    return f"dollr-desktop-{digest}"


class SingleInstance(QObject):
    """Hold the data folder's lock; `sig_raise_requested` when a second copy starts."""

    sig_raise_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.lock = QLockFile(str(self.data_dir / LOCK_NAME))
        # The app stays open all day: a lock is stale only when its process is gone, never by age.
        self.lock.setStaleLockTime(0)
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True if this copy now owns the data folder (and listens for later copies)."""
        if not self.lock.tryLock(0):
            return False
        name = server_name(self.data_dir)
        QLocalServer.removeServer(name)   # a socket file left by a copy that was killed
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(name):
            log.warning("second copies cannot reach this one: %s", self.server.errorString())
        self.server.newConnection.connect(self._on_new_connection)
        log.info("this copy owns the data folder %s", self.data_dir)
        return True

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()

    def _on_new_connection(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE.strip()):
            self.sig_raise_requested.emit()
            socket.write(RAISED)
            socket.flush()
        socket.disconnectFromServer()


def ask_first_copy_to_raise(data_dir: Path, timeout_ms: int = ANSWER_TIMEOUT_MS) -> bool:
    """From a second copy, before its event loop runs: True if the first copy answered."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(RAISE)
    socket.waitForBytesWritten(timeout_ms)
    answered = socket.waitForReadyRead(timeout_ms) and bytes(socket.readAll().data()).startswith(RAISED.strip())
    socket.disconnectFromServer()
    return answered


def lock_owner_pid(data_dir: Path) -> int | None:
    """The process holding the data folder's lock, if any (for the message and the log)."""
    lock = QLockFile(str(Path(data_dir) / LOCK_NAME))
    info = lock.getLockInfo()   # (pid, hostname, application name)
    pid = info[0] if isinstance(info, tuple) and info else None
    return int(pid) if isinstance(pid, int) and pid > 0 else None


def bring_forward(window: QWidget) -> None:
    """A second launch asked for the app: show its window, in front."""
    log.info("a second copy was started on this data folder; this window was brought forward")
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def already_open(data_dir: Path) -> int:
    """This is a second copy: bring the first one forward, or say plainly that it is open."""
    pid = lock_owner_pid(data_dir)
    if ask_first_copy_to_raise(data_dir):
        log.info("already open (process %s); its window was brought forward", pid)
        print(QCoreApplication.translate("SingleInstance", "Dollr Desktop is already open; its window was "
                                         "brought forward."), file=sys.stderr)
        return ALREADY_OPEN_EXIT
    log.warning("already open (process %s), and it did not answer", pid)
    text = QCoreApplication.translate(
        "SingleInstance", "Dollr Desktop is already open on this computer, with the same data. "
        "Switch to its window (look in the taskbar), or close it before opening it again.")
    print(text, file=sys.stderr)
    if QGuiApplication.platformName() not in HEADLESS_PLATFORMS:   # no one would see it, or close it
        QMessageBox.information(None, QCoreApplication.translate("SingleInstance", "Dollr Desktop is already open"),
                                text)
    return ALREADY_OPEN_EXIT
