"""Accounts: HTTPS by default, the password only in the keyring, never in an argument or a log."""

from __future__ import annotations

import pytest

from mentordesk.services.sync.errors import InsecureUrlError
from mentordesk.services.sync.security import check_url
from tests.sync.conftest import PASSWORD
from tests.sync.helpers import add_account, run


def test_https_and_loopback_http_pass_without_a_warning():
    assert check_url("https://dav.example.com/") is None
    for url in ("http://127.0.0.1:5232/", "http://localhost/", "http://[::1]:8080/"):
        assert check_url(url) is None


def test_plain_http_elsewhere_needs_the_flag_and_then_warns():
    with pytest.raises(InsecureUrlError, match="--allow-insecure-http"):
        check_url("http://dav.example.com/")
    assert "unencrypted" in check_url("http://dav.example.com/", allow_insecure_http=True)


def test_credentials_in_the_url_are_refused():
    with pytest.raises(InsecureUrlError, match="--username"):
        check_url("https://me:pw@dav.example.com/")


def test_add_list_remove_keeps_the_password_in_the_keyring_only(tmp_path, radicale, memory_keyring):
    ws = tmp_path / "ws"
    add_account(ws, radicale.url)
    assert memory_keyring.secrets == {("MentorDesk", "sync-account:mentee@127.0.0.1"): PASSWORD}
    code, out, _ = run(ws, "sync-account", "list")
    assert code == 0 and "mentee@127.0.0.1" in out and "last good sync: never" in out
    assert PASSWORD.encode() not in (ws / "mentordesk.sqlite3").read_bytes()
    log = next(ws.rglob("*.log"), None)
    assert log is None or PASSWORD not in log.read_text()
    code, out, _ = run(ws, "sync-account", "remove", "mentee@127.0.0.1")
    assert code == 0
    assert "mentee" not in run(ws, "sync-account", "list")[1]
    assert memory_keyring.secrets == {}


def test_a_wrong_password_is_one_line(tmp_path, radicale, memory_keyring):
    code, _, err = run(
        tmp_path / "ws",
        "sync-account",
        "add",
        radicale.url,
        "--username",
        "mentee",
        "--password-stdin",
        stdin="wrong\n",
    )
    assert code != 0 and err.count("\n") == 1 and "refused the user name or password" in err


def test_a_certificate_error_is_refused_in_one_line(tmp_path, memory_keyring):
    import ssl
    import threading
    from http.server import HTTPServer, SimpleHTTPRequestHandler

    from tests.sync.selfsigned import write_self_signed

    cert, key = write_self_signed(tmp_path)
    server = HTTPServer(("127.0.0.1", 0), SimpleHTTPRequestHandler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"https://127.0.0.1:{server.server_address[1]}/"
        code, _, err = run(
            tmp_path / "ws",
            "sync-account",
            "add",
            url,
            "--username",
            "u",
            "--password-stdin",
            stdin="pw\n",
        )
    finally:
        server.shutdown()
    assert code != 0 and err.count("\n") == 1 and "certificate" in err


def test_the_log_holds_no_card_and_no_password_after_a_sync(tmp_path, radicale, memory_keyring):
    sender, ws = tmp_path / "sender", tmp_path / "ws"
    assert run(sender, "seed-demo")[0] == 0
    for workspace in (sender, ws):
        add_account(workspace, radicale.url)
        assert run(workspace, "sync")[0] == 0
    text = (ws / "logs" / "mentordesk.log").read_text()
    assert "BEGIN:VCARD" not in text and "BEGIN:VEVENT" not in text
    assert PASSWORD not in text
