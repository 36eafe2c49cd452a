"""One window per data folder. Two windows on one database would each keep their own run state and
fight over the LAN port; so the first start on a folder holds a lock file in it and listens on a local
socket named for the folder, and a later start asks that one to come forward and exits.

The lock is a QLockFile (it records the holder's PID, so a start after a crash or a SIGKILL takes over
the stale lock at once); the socket only carries the one request "raise"."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_FILENAME = ".drem-desktop.lock"
REQUEST = b"raise\n"
ANSWER = b"raised\n"


def server_name(data_dir: Path) -> str:
    """A short name (sockets have a path length limit) that differs per folder and per user account."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:20]
    return f"drem-desktop-{digest}"


class SingleInstance(QObject):
    raise_requested = Signal()

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.name = server_name(data_dir)
        self._lock = QLockFile(str(data_dir / LOCK_FILENAME))
        self._lock.setStaleLockTime(0)  # never stale by age: only when its process is gone
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """True when this is the first start on the folder (it then listens for later starts)."""
        if not self._lock.tryLock(0):
            return False
        QLocalServer.removeServer(self.name)  # a socket left by a process that was killed
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._connection)
        if not server.listen(self.name):
            raise OSError(f"cannot listen on local socket {self.name}: {server.errorString()}")
        self._server = server
        return True

    def bring_forward_first(self, timeout_s: float = 10.0) -> bool:
        """Asks the start that holds the folder to raise its window; False if it never answers (e.g. it is
        still opening the database, or hangs)."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(500):
                socket.write(REQUEST)
                socket.waitForBytesWritten(1000)
                answered = b""
                while ANSWER not in answered and socket.waitForReadyRead(2000):
                    answered += bytes(socket.readAll().data())
                socket.disconnectFromServer()
                if ANSWER in answered:
                    return True
            time.sleep(0.1)
        return False

    def _connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._request(s))
            socket.disconnected.connect(socket.deleteLater)

    def _request(self, socket: QLocalSocket) -> None:
        if REQUEST.strip() in bytes(socket.readAll().data()):
            self.raise_requested.emit()
            socket.write(ANSWER)
            socket.flush()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()
