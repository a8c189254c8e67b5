"""One window per workspace: the open window listens; a second launch hands it its files."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from mentordesk.paths import Workspace

ACK = b"ok\n"
CONNECT_MS = 1000
ANSWER_MS = 5000


def server_name(workspace: Workspace) -> str:
    """A short name for the workspace's socket (Windows and macOS limit its length)."""
    digest = hashlib.sha256(str(Path(workspace.root).resolve()).encode("utf-8")).hexdigest()
    return f"mentordesk-{digest[:16]}"


def hand_over(workspace: Workspace, files: list[Path]) -> bool:
    """Send the files to the window open on the workspace; True once it has acknowledged."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(workspace))
    if not socket.waitForConnected(CONNECT_MS):
        return False
    message = json.dumps({"files": [str(Path(f).resolve()) for f in files]})
    socket.write(message.encode("utf-8") + b"\n")
    socket.flush()
    answer = bytes(socket.readAll().data())  # the answer may already be in the buffer
    while ACK not in answer and socket.waitForReadyRead(ANSWER_MS):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return ACK in answer


class FileReceiver(QObject):
    """Listens on the workspace's name and announces the files a second launch sends."""

    files_received = Signal(list)
    """A second launch handed over these files (a list of Path; it may be empty)."""

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self.name = server_name(workspace)

    def listen(self) -> bool:
        """Start listening; a socket a crashed window left behind is removed (we hold the lock)."""
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        """Stop listening."""
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():  # nextPendingConnection() is never None
            socket = self.server.nextPendingConnection()
            buffer = bytearray()
            socket.readyRead.connect(lambda s=socket, b=buffer: self._read(s, b))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket, buffer: bytearray) -> None:
        buffer += bytes(socket.readAll().data())
        if b"\n" not in buffer:
            return
        try:
            files = [Path(f) for f in json.loads(bytes(buffer).split(b"\n")[0])["files"]]
        except (ValueError, KeyError, TypeError):
            socket.disconnectFromServer()
            return
        socket.write(ACK)
        socket.flush()
        self.files_received.emit(files)
