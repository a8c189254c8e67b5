"""A loopback reverse proxy in front of the real Radicale that fails on purpose.

It forwards every request unchanged (after `delay`, for a slow server), except the one a test picked (the Nth request of a
method): that one gets a 5xx answer without reaching the server, or the server's real answer
cut off halfway through its body (the connection dropped).
"""

from __future__ import annotations

import http.client
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "upgrade", "host"}


@dataclass
class Fault:
    """What to break: the `nth` request of `method` gets `status`, or is cut when status is 0."""

    method: str
    nth: int
    status: int = 503
    seen: int = 0
    fired: bool = False


@dataclass
class FaultyProxy:
    """A proxy to a server on loopback; `fault` (None: pass everything) is armed by the test."""

    target_port: int
    fault: Fault | None = None
    delay: float = 0.0  # seconds each request waits before it is forwarded (a slow server)
    methods: list[str] = field(default_factory=list)
    server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        """The proxy's base URL (use it as the account's URL)."""
        return f"http://127.0.0.1:{self.server.server_address[1]}/"

    def start(self) -> None:
        """Listen on a free loopback port in a daemon thread."""
        proxy = self

        class Handler(_Forwarder):
            owner = proxy

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        """Stop listening."""
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()

    def arm(self, method: str, nth: int, status: int = 503) -> Fault:
        """Break the `nth` request of `method` from now on (status 0: drop it halfway)."""
        self.fault = Fault(method=method, nth=nth, status=status)
        return self.fault

    def decide(self, method: str) -> int | None:
        """The fault to apply to this request: a status, 0 for a cut, None to pass it."""
        self.methods.append(method)
        fault = self.fault
        if fault is None or fault.fired or fault.method != method:
            return None
        fault.seen += 1
        if fault.seen < fault.nth:
            return None
        fault.fired = True
        return fault.status


class _Forwarder(BaseHTTPRequestHandler):
    """Forwards one request to the target, or breaks it as the proxy decides."""

    owner: FaultyProxy
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args) -> None:  # noqa: A002 (the base class's name)
        """Quiet: no request log on stderr."""

    def _handle(self) -> None:
        """Read the request, then fail it or forward it."""
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        fault = self.owner.decide(self.command)
        time.sleep(self.owner.delay)
        if fault:
            return self._fail(fault)
        status, headers, payload = self._forward(body)
        self.send_response(status)
        for name, value in headers:
            if name.lower() not in HOP_BY_HOP and name.lower() != "content-length":
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        if fault == 0:
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(payload[: len(payload) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        self.end_headers()
        self.wfile.write(payload)

    def _fail(self, status: int) -> None:
        """Answer with a server error, not reaching the server."""
        payload = b"the server failed on purpose"
        self.send_response(status)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _forward(self, body: bytes) -> tuple[int, list[tuple[str, str]], bytes]:
        """The target's answer to the same request."""
        connection = http.client.HTTPConnection("127.0.0.1", self.owner.target_port, timeout=30)
        try:
            headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
            headers["Host"] = f"127.0.0.1:{self.owner.target_port}"
            connection.request(self.command, self.path, body=body or None, headers=headers)
            response = connection.getresponse()
            return response.status, response.getheaders(), response.read()
        finally:
            connection.close()

    # http.server looks the handlers up by these names
    do_GET = do_PUT = do_DELETE = do_PROPFIND = do_REPORT = _handle  # noqa: N815
    do_HEAD = do_POST = do_OPTIONS = do_MKCOL = do_MKCALENDAR = do_PROPPATCH = _handle  # noqa: N815
