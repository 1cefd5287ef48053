"""Hostile requests to the API and the web form: refused with a 4xx that names the problem, never a 500,
and never the draft in the error.

Every hostile body carries a marker string in its draft; an error response must not contain it.
(The web form's own 422 page puts the draft back in its text box so the reviewer can fix it; the
error message itself, the ``role="alert"`` paragraph, must not quote it.) The last tests talk raw
HTTP/1.1 to a real uvicorn: bodies over the limit refused from the headers alone, chunked bodies
cut off at the limit, and bodies that lie about their length.
"""

from __future__ import annotations

import json
import logging
import re
import socket
import time
import uuid

import httpx
import pytest
from fastapi.testclient import TestClient

from service.app import create_app
from service.settings import Settings
from tests.hardening.kit import ADMIN_TOKEN
from tests.test_scoring import LETTER
from tests.test_service_live import live_server

MARKER = f"HOSTILE{uuid.uuid4().hex[:12]}"
DRAFT = LETTER.replace("Dean Morris", f"Dean {MARKER}")
JSON = {"content-type": "application/json"}
FORM = {"content-type": "application/x-www-form-urlencoded"}
ADMIN = {**JSON, "authorization": f"Bearer {ADMIN_TOKEN}"}
CONTROL = "".join(chr(c) for c in range(32) if chr(c) not in "\n") + "\x7f\u202e\u2028\u2029\ufeff\u200b"


@pytest.fixture(scope="module")
def hostile_client(trained_home):
    settings = Settings(home=trained_home, admin_tokens=[ADMIN_TOKEN], _env_file=None)
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        yield client


def draft_json(**fields: object) -> bytes:
    return json.dumps({"text": DRAFT, **fields}).encode()


def alert_of(html: str) -> str:
    found = re.search(r'role="alert"[^>]*>(.*?)</p>', html, re.S)
    return found.group(1) if found else ""


def assert_refused_without_echo(response: httpx.Response, statuses: tuple[int, ...]) -> None:
    assert response.status_code in statuses, (response.status_code, response.text[:300])
    assert response.headers.get("x-request-id")
    if response.headers.get("content-type", "").startswith("text/html"):
        assert MARKER not in alert_of(response.text), "the error message quotes the draft"
        outside = re.sub(r"<textarea.*?</textarea>", "", response.text, flags=re.S)
        assert MARKER not in outside, "the draft appears outside the form's text box"
    else:
        assert MARKER not in response.text, f"the error repeats the draft: {response.text[:300]}"


# -- JSON API ---------------------------------------------------------------------------------------
NESTED_LIST = b'{"text": "' + MARKER.encode() + b'", "case": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
NESTED_OBJECT = b'{"text": ' + b'{"a": ' * 50_000 + b'"' + MARKER.encode() + b'"' + b"}" * 50_000 + b"}"
BAD_JSON = {
    "truncated": draft_json()[:-20],
    "unquoted": b'{"text": ' + MARKER.encode() + b"}",
    "trailing comma": draft_json()[:-1] + b", }",
    "single quotes": b"{'text': '" + MARKER.encode() + b"'}",
    "array": json.dumps([DRAFT]).encode(),
    "string": json.dumps(DRAFT).encode(),
    "null": b"null",
    "empty": b"",
    "NaN text": b'{"text": NaN}',
    "huge number": b'{"text": "' + MARKER.encode() + b'", "doc_type": ' + b"9" * 10_000 + b"}",
    "deep list": NESTED_LIST,
    "deep object": NESTED_OBJECT,
    "invalid UTF-8": draft_json()[:40] + b"\xff\xfe\xc3\x28" + draft_json()[40:],
    "overlong UTF-8 NUL": b'{"text": "' + MARKER.encode() + b'\xc0\x80"}',
    "lone surrogate": b'{"text": "' + MARKER.encode() + b' \\ud800 ' + b'"}',
    "reversed surrogates": b'{"text": "' + MARKER.encode() + b' \\udc00\\ud800"}',
    "unknown field": draft_json(extra=1),
    "unknown case field": draft_json(case={"verdict": MARKER}),
    "text as object": json.dumps({"text": {"value": DRAFT}}).encode(),
    "text as list": json.dumps({"text": [DRAFT]}).encode(),
    "doc type not a string": draft_json(doc_type=["vcl_letter"]),
    "unknown doc type": draft_json(doc_type=MARKER),
    # A bad case value is quoted back to name the problem, cut to a few dozen characters.
    "bad case date": draft_json(case={"decision_date": "2025-" + "9" * 100 + MARKER}),
    "bad service level": draft_json(case={"service_level": "enhanced" + " " * 100 + MARKER}),
    "bad decision type": draft_json(case={"decision_type": "charge" + "_" * 100 + MARKER}),
}


@pytest.mark.parametrize("name", list(BAD_JSON))
def test_malformed_json_to_check_is_422_without_echo(hostile_client, name):
    response = hostile_client.post("/v1/check", content=BAD_JSON[name], headers=JSON)
    assert_refused_without_echo(response, (422,))
    assert isinstance(response.json()["detail"], list) and response.json()["detail"][0]["loc"][0] == "body"


@pytest.mark.parametrize("name", ["truncated", "deep list", "invalid UTF-8", "lone surrogate", "unknown field"])
def test_malformed_json_to_batch_and_labels_is_422_without_echo(hostile_client, name):
    body = BAD_JSON[name]
    wrapped = b'{"documents": [{"id": 1, ' + body.lstrip(b"{") + b"]}" if body.startswith(b"{") else body
    response = hostile_client.post("/v1/batch", content=wrapped, headers=JSON)
    if response.status_code == 200:  # a document-level problem: that document gets an error, in order
        result = response.json()
        assert result["n_errors"] == 1 and "error" in result["results"][0]
        assert MARKER not in response.text
    else:
        assert_refused_without_echo(response, (422,))
    label = body[:-1] + b', "doc_type": "vcl_letter", "concern": "missing_vrr", "mark": "missed"}' \
        if body.endswith(b"}") else body
    assert_refused_without_echo(hostile_client.post("/v1/labels", content=label, headers=ADMIN), (422,))


@pytest.mark.parametrize("ctype", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                                   "application/xml", "", "application/json-patch+json", "text/json",
                                   "application/jsonx"])
def test_wrong_content_type_is_415_on_every_json_route(hostile_client, ctype):
    admin = {"authorization": f"Bearer {ADMIN_TOKEN}"}
    for path, headers in (("/v1/check", {}), ("/v1/batch", {}), ("/v1/labels", admin)):
        response = hostile_client.post(path, content=draft_json(), headers={"content-type": ctype, **headers})
        assert_refused_without_echo(response, (415,))
        assert "application/json" in response.json()["detail"]


def test_json_content_type_is_matched_without_case_or_parameters(hostile_client):
    for ctype in ("application/json; charset=utf-8", "Application/JSON", "application/json ; foo=bar"):
        response = hostile_client.post("/v1/check", content=draft_json(), headers={"content-type": ctype})
        assert response.status_code == 200


def test_nul_and_control_characters_are_scored_with_exact_offsets(hostile_client):
    text = CONTROL + DRAFT.replace(" ", "\x00 ", 3).replace("Please", "\x1bPlease\x07") + "\u0000" * 50
    response = hostile_client.post("/v1/check", content=json.dumps({"text": text}).encode(), headers=JSON)
    assert response.status_code == 200, response.text[:300]
    body = response.json()
    assert body["concerns"] and all(text[i["start"] : i["end"]] == i["text"] for i in body["concerns"])
    documents = [{"id": "c", "text": text}, {"id": "n", "text": "\x00" * 9}]
    batch = hostile_client.post("/v1/batch", json={"documents": documents})
    assert batch.status_code == 200 and [r.get("error") is None for r in batch.json()["results"]] == [True, True]


def test_text_over_the_limit_is_413_and_at_the_limit_is_scored(hostile_client):
    limit = 100_000
    over = hostile_client.post("/v1/check", json={"text": MARKER + "a" * (limit + 1 - len(MARKER))})
    assert_refused_without_echo(over, (413,))
    assert "100001" in over.json()["detail"] and "100000" in over.json()["detail"]
    words = (DRAFT + "\n\n") * (limit // (len(DRAFT) + 2))
    at_limit = words + "x" * (limit - len(words))
    assert len(at_limit) == limit
    assert hostile_client.post("/v1/check", json={"text": at_limit}).status_code == 200
    batch = hostile_client.post("/v1/batch", json={"documents": [{"id": 1, "text": MARKER + "a" * limit}]})
    assert batch.status_code == 200 and "limit" in batch.json()["results"][0]["error"] and MARKER not in batch.text


def test_batch_shape_problems_are_refused(hostile_client):
    too_many = {"documents": [{"id": i, "text": "x"} for i in range(1001)]}
    assert_refused_without_echo(hostile_client.post("/v1/batch", json=too_many), (413,))
    for body in ({"documents": DRAFT}, {"documents": [DRAFT]}, {"documents": [{"id": 1}]},
                 {"documents": [{"id": None, "text": DRAFT}]}, {"documents": [{"id": 1, "text": DRAFT, "x": 1}]},
                 {"documents": [], "extra": DRAFT}):
        assert_refused_without_echo(hostile_client.post("/v1/batch", json=body), (422,))


# -- the web form -----------------------------------------------------------------------------------
def test_form_control_characters_and_bad_encodings_never_500(hostile_client):
    cases = [
        {"text": CONTROL + DRAFT, "doc_type": "vcl_letter"},
        {"text": DRAFT.replace(" ", "\x00 ", 5)},
        {"text": DRAFT, "doc_type": "vcl_letter", "unknown_field": MARKER},
        {"text": DRAFT, "doc_type": "vcl_letter", "decision_type": "<script>", "service_level": MARKER},
    ]
    for data in cases:
        response = hostile_client.post("/", data=data)
        assert response.status_code in (200, 422), response.status_code
        if response.status_code == 422:
            assert_refused_without_echo(response, (422,))
    raw = [
        b"text=%FF%FE%00" + MARKER.encode() + b"&doc_type=vcl_letter",  # percent-escaped invalid UTF-8
        b"text=\xff\xfe" + MARKER.encode() + b"+Dear+Ms+Smith",  # raw invalid UTF-8
        b"text=%ED%A0%80" + MARKER.encode(),  # an encoded surrogate
        b"text=" + MARKER.encode() + b"&" + b"&".join(b"f%d=1" % i for i in range(5000)),  # thousands of fields
        b"text=%" + MARKER.encode() + b"%%%GG",  # broken escapes
        b"=&&==&text",
    ]
    for body in raw:
        response = hostile_client.post("/", content=body, headers=FORM)
        assert response.status_code < 500 and response.headers["content-type"].startswith("text/html")
        if response.status_code >= 400:
            assert_refused_without_echo(response, (413, 415, 422))
    feedback = hostile_client.post("/feedback", content=b"text=\xff" + MARKER.encode() + b"&doc_type=vcl_letter&"
                                   b"wrong=missing_vrr:0:99999999999999999999&missed=%00", headers=FORM)
    assert_refused_without_echo(feedback, (403, 422, 501))


def test_form_over_the_limit_and_wrong_content_types(hostile_client):
    page = hostile_client.post("/", data={"text": MARKER + "a" * 100_001})
    assert_refused_without_echo(page, (422,))
    assert "100000" in alert_of(page.text)
    for ctype, body in (("multipart/form-data; boundary=b", b"--b\r\nContent-Disposition: form-data; name=\"text\""
                                                             b"\r\n\r\n" + MARKER.encode() + b"\r\n--b--\r\n"),
                        ("application/json", draft_json()), ("text/plain", DRAFT.encode()), ("", DRAFT.encode())):
        for path in ("/", "/feedback"):
            response = hostile_client.post(path, content=body, headers={"content-type": ctype})
            assert_refused_without_echo(response, (415,))
            assert response.headers["content-type"].startswith("text/html")


# -- raw HTTP against uvicorn ---------------------------------------------------------------------
def _raw(port: int, request: bytes, *, shut_write: bool = False, timeout: float = 10) -> bytes:
    """Send ``request`` bytes as is; read until the server closes, or is quiet for 0.5 s after answering."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(request)
        if shut_write:
            sock.shutdown(socket.SHUT_WR)
        chunks = []
        try:
            while chunk := sock.recv(65536):
                chunks.append(chunk)
                sock.settimeout(0.5)
        except TimeoutError:
            pass
    return b"".join(chunks)


def _first_answer(port: int, request: bytes, timeout: float) -> tuple[bytes, float]:
    """The first response's head (and the seconds it took), read as soon as it arrives."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        started = time.monotonic()
        sock.sendall(request)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
        return data, time.monotonic() - started


def _statuses(raw: bytes) -> list[int]:
    return [int(s) for s in re.findall(rb"HTTP/1\.1 (\d{3}) ", raw)]


def _head(path: str, length: str | None, *, ctype: str = "application/json", extra: str = "") -> bytes:
    cl = f"Content-Length: {length}\r\n" if length is not None else ""
    return (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: {ctype}\r\n{cl}{extra}\r\n").encode()


@pytest.fixture(scope="module")
def live(trained_home):
    settings = Settings(home=trained_home, max_upload_bytes=200_000, _env_file=None)
    with live_server(settings) as base:
        yield int(base.rsplit(":", 1)[1])


def test_a_body_over_the_limit_is_refused_from_its_headers_before_any_of_it_is_sent(live):
    for path, ctype in (("/v1/check", "application/json"), ("/", "application/x-www-form-urlencoded"),
                        ("/v1/batch/file", "multipart/form-data; boundary=x")):
        answer, seconds = _first_answer(live, _head(path, "60000000", ctype=ctype) + b'{"text": "' + MARKER.encode(),
                                        timeout=10)
        assert _statuses(answer)[:1] == [413], answer[:300]
        assert seconds < 2, "the server waited for the body before refusing it"
        assert MARKER.encode() not in answer


def test_a_chunked_body_is_cut_off_at_the_limit(live):
    chunk = b"a" * 50_000
    body = b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in [b'{"text": "' + MARKER.encode()] + [chunk] * 6)
    answer = _raw(live, _head("/v1/check", None, extra="Transfer-Encoding: chunked\r\n") + body + b"0\r\n\r\n")
    assert _statuses(answer)[:1] == [413] and b"200000 bytes" in answer and MARKER.encode() not in answer


def test_bodies_that_lie_about_their_length(live, caplog):
    caplog.set_level(logging.INFO, logger="casecheck")
    body = draft_json()
    short = _raw(live, _head("/v1/check", "25") + body)  # the rest arrives as a (bad) next request
    # h11 answers the first request (422) before it reads the bad next one; httptools (uvicorn's parser when
    # installed, as here) reads both at once and answers the connection with one 400 before closing it.
    assert _statuses(short)[:1] in ([422], [400]) and all(s < 500 for s in _statuses(short)), short[:400]
    assert MARKER.encode() not in short
    # Promises more than it sends, then stops writing: no answer is owed, and nothing breaks.
    longer = _raw(live, _head("/v1/check", str(len(body) + 5000)) + body, shut_write=True, timeout=5)
    assert all(s < 500 for s in _statuses(longer)) and MARKER.encode() not in longer
    for length in ("-1", "abc", "1e3", "99999999999999999999999", "12, 12"):
        answer = _raw(live, _head("/v1/check", length) + body, timeout=5)
        assert _statuses(answer) and all(400 <= s < 500 for s in _statuses(answer)), (length, answer[:300])
        assert MARKER.encode() not in answer
    both = _raw(live, _head("/v1/check", str(len(body)), extra="Transfer-Encoding: chunked\r\n") + body, timeout=5)
    assert all(400 <= s < 500 for s in _statuses(both)) and MARKER.encode() not in both
    two = _raw(live, _head("/v1/check", str(len(body)), extra="Content-Length: 3\r\n") + body, timeout=5)
    assert all(400 <= s < 500 for s in _statuses(two)), two[:300]
    # Still serving, and nothing unexpected was logged.
    ok = httpx.post(f"http://127.0.0.1:{live}/v1/check", content=body, headers=JSON, timeout=30)
    assert ok.status_code == 200
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], [r.getMessage() for r in caplog.records
                                                                          if r.levelno >= logging.ERROR]
