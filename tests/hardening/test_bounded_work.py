"""Bounded work per request and per connection, against a live ``casecheck serve``: slow headers and
bodies are cut off at their deadlines, connections past the cap get 503 at once, and an upload
with more rows than ``CASECHECK_MAX_BATCH_ROWS`` is refused (413 naming the limit) before scoring."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import httpx
import pytest

from tests.hardening.kit import casecheck_serve, copy_home
from tests.test_scoring import LETTER

LIMITS = {"CASECHECK_WORKERS": "1", "CASECHECK_HEADER_TIMEOUT": "1", "CASECHECK_BODY_TIMEOUT": "2",
          "CASECHECK_MAX_CONNECTIONS": "6", "CASECHECK_MAX_BATCH_ROWS": "50"}


@pytest.fixture(scope="module")
def server(trained_home: Path, tmp_path_factory: pytest.TempPathFactory):
    home = copy_home(trained_home, tmp_path_factory.mktemp("bounded") / "home")
    with casecheck_serve(home, home / "serve.log", **LIMITS) as (base, _proc):
        yield base


def _connect(base: str) -> socket.socket:
    host, port = base.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=10)
    return sock


def _closed_within(sock: socket.socket, seconds: float) -> float:
    """Seconds until the server closed the connection (reading gives b""), failing past ``seconds``."""
    started = time.monotonic()
    sock.settimeout(seconds)
    try:
        while sock.recv(4096):
            pass
    except TimeoutError:
        raise AssertionError(f"the server kept a slow connection open over {seconds} s") from None
    except ConnectionResetError:
        pass
    return time.monotonic() - started


def test_slow_headers_and_slow_bodies_are_cut_off(server):
    silent = _connect(server)  # connects and sends nothing
    slow_headers = _connect(server)
    slow_headers.sendall(b"POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n")
    slow_body = _connect(server)
    slow_body.sendall(b"POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                      b"Content-Length: 1000\r\n\r\n{\"text\": \"")
    assert _closed_within(silent, 5) < 5
    assert _closed_within(slow_headers, 5) < 5
    assert _closed_within(slow_body, 6) < 6
    for sock in (silent, slow_headers, slow_body):
        sock.close()
    assert httpx.post(f"{server}/v1/check", json={"text": LETTER}, timeout=30).status_code == 200


def test_connections_past_the_cap_get_503_and_slow_ones_free_their_place(server):
    slow = []
    for _ in range(8):
        sock = _connect(server)
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # never finishes its headers
        slow.append(sock)
    time.sleep(0.2)
    refused = httpx.post(f"{server}/v1/check", json={"text": LETTER}, timeout=30)
    assert refused.status_code == 503
    for sock in slow:
        _closed_within(sock, 5)
        sock.close()
    assert httpx.post(f"{server}/v1/check", json={"text": LETTER}, timeout=30).status_code == 200


def test_an_upload_over_the_row_limit_is_413_naming_the_limit(server):
    rows = ("id,text\n" + "".join(f"{i},x\n" for i in range(1_000_000))).encode()  # a million one-letter rows
    started = time.monotonic()
    response = httpx.post(f"{server}/v1/batch/file", files={"file": ("rows.csv", rows, "text/csv")}, timeout=120)
    assert response.status_code == 413
    assert "50" in response.json()["detail"] and "CASECHECK_MAX_BATCH_ROWS" in response.json()["detail"]
    assert time.monotonic() - started < 60  # refused after counting, not after scoring a million rows
    ok = httpx.post(f"{server}/v1/batch/file", files={"file": ("rows.csv", rows[:200], "text/csv")}, timeout=60)
    assert ok.status_code == 200
