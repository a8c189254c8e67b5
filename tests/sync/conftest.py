"""A real Radicale (CalDAV/CardDAV) server on loopback, htpasswd auth, killable and restartable."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.services.backup.memory_keyring import install_memory_keyring

USERNAME = "mentee"
PASSWORD = "s3cret-pass"


@pytest.fixture
def memory_keyring(monkeypatch):
    """The in-memory keyring for the test (never the user's real one)."""
    yield from install_memory_keyring(monkeypatch)


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class RadicaleServer:
    """One Radicale process: its URL, and start/stop so a test can kill it mid-sync."""

    folder: Path
    port: int
    process: subprocess.Popen | None = field(default=None)

    @property
    def url(self) -> str:
        """The server's base URL."""
        return f"http://127.0.0.1:{self.port}/"

    def write_config(self) -> Path:
        """The config and htpasswd files (plain passwords: a test server)."""
        users = self.folder / "users"
        users.write_text(f"{USERNAME}:{PASSWORD}\n")
        config = self.folder / "config"
        config.write_text(
            f"[server]\nhosts = 127.0.0.1:{self.port}\n"
            f"[auth]\ntype = htpasswd\nhtpasswd_filename = {users}\nhtpasswd_encryption = plain\n"
            "[rights]\ntype = owner_only\n"
            f"[storage]\nfilesystem_folder = {self.folder / 'collections'}\n"
            "[logging]\nlevel = warning\n"
        )
        return config

    def start(self) -> None:
        """Start the server and wait until it answers."""
        config = self.write_config()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "radicale", "--config", str(config)],
            stdout=subprocess.DEVNULL,
            stderr=(self.folder / "radicale.log").open("ab"),
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.answers():
                return
            time.sleep(0.05)
        raise RuntimeError("radicale did not start")

    def answers(self) -> bool:
        """True once the server replies to HTTP at all."""
        try:
            urllib.request.urlopen(self.url, timeout=1)
        except urllib.error.HTTPError:
            return True
        except OSError:
            return False
        return True

    def kill(self) -> None:
        """Kill the process at once (a server that dies mid-sync)."""
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None


@pytest.fixture
def radicale(tmp_path):
    """A running Radicale server with one htpasswd user, stopped after the test."""
    folder = tmp_path / "radicale"
    folder.mkdir()
    server = RadicaleServer(folder=folder, port=free_port())
    server.start()
    yield server
    server.kill()


@pytest.fixture
def pair(tmp_path, radicale, memory_keyring):
    """A with the demo data and B empty, both with an account on the same server, synced."""
    from tests.sync.helpers import add_account, run, sync

    a, b = tmp_path / "a", tmp_path / "b"
    assert run(a, "seed-demo")[0] == 0
    for workspace in (a, b):
        add_account(workspace, radicale.url)
    sync(a)
    sync(b)
    return a, b
