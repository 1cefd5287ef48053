"""Access: admin tokens, constant-time comparison, CORS, body limits, framing, and tokens kept out of logs."""

from __future__ import annotations

import ast
import inspect
import logging
import secrets
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from service import deps
from service.app import create_app
from service.settings import Settings
from tests.hardening.kit import casecheck_serve, copy_home
from tests.test_scoring import LETTER

ADMIN = "adm1n-" + secrets.token_hex(16)
OTHER = "0ther-" + secrets.token_hex(16)
API = "ap1-" + secrets.token_hex(16)
ADMIN_ROUTES = [("POST", "/v1/labels", {"text": LETTER, "doc_type": "vcl_letter", "concern": "missing_vrr",
                                        "mark": "missed"}),
                # (an unknown field: with a good token it is a 422, so no training run starts)
                ("POST", "/v1/admin/retrain", {"wait": True, "not_a_field": 1}), ("GET", "/v1/admin/retrain", None),
                ("POST", "/v1/admin/promote", {"version": "v-none", "reason": "x"}),
                ("POST", "/v1/admin/rollback", {"reason": "x"})]


@pytest.fixture
def own_home(trained_home: Path, tmp_path: Path) -> Path:
    return copy_home(trained_home, tmp_path / "home")


def app_client(home: Path, **changes: object) -> TestClient:
    settings = Settings(home=home, admin_tokens=[OTHER, ADMIN], _env_file=None).model_copy(update=changes)
    return TestClient(create_app(settings))


def call(client: TestClient, method: str, path: str, body: object, token: str | None = None,
         scheme: str = "Bearer") -> httpx.Response:
    headers = {"authorization": f"{scheme} {token}".strip()} if token is not None else {}
    return client.request(method, path, json=body, headers=headers)


@pytest.mark.parametrize(("method", "path", "body"), ADMIN_ROUTES)
def test_admin_routes_refuse_missing_wrong_and_rotated_tokens(own_home, method, path, body):
    with app_client(own_home) as client:
        assert call(client, method, path, body).status_code == 401
        missing = call(client, method, path, body)
        assert missing.headers["www-authenticate"] == "Bearer"
        for token, scheme in ((ADMIN + "x", "Bearer"), (ADMIN[:-1], "Bearer"), (ADMIN.upper(), "Bearer"),
                              (ADMIN, "Basic"), (ADMIN, "Token"), ("", "Bearer"), (f" {ADMIN}", "Bearer"),
                              (API, "Bearer"), (ADMIN + "\x00", "Bearer"), ("é" + ADMIN, "Bearer")):
            try:
                response = call(client, method, path, body, token, scheme)
            except (UnicodeEncodeError, ValueError):  # the client itself will not send it
                continue
            assert response.status_code in (401, 403), (token, scheme, response.status_code)
            assert ADMIN not in response.text
        assert call(client, method, path, body, ADMIN).status_code not in (401, 403)
        assert call(client, method, path, body, OTHER).status_code not in (401, 403)
    # A token taken out of the configuration (rotated, expired) stops working at once.
    with app_client(own_home, admin_tokens=[OTHER]) as client:
        assert call(client, method, path, body, ADMIN).status_code == 403
    # No admin tokens configured: the admin routes are closed to everyone.
    with app_client(own_home, admin_tokens=[]) as client:
        assert call(client, method, path, body, ADMIN).status_code == 403
        assert call(client, method, path, body, "").status_code in (401, 403)


def test_scoring_tokens_do_not_open_admin_routes(own_home):
    with app_client(own_home, scoring_open=False, api_tokens=[API]) as client:
        assert call(client, "POST", "/v1/check", {"text": LETTER}, API).status_code == 200
        assert call(client, "POST", "/v1/check", {"text": LETTER}, ADMIN).status_code == 200  # admins may score
        assert call(client, "POST", "/v1/check", {"text": LETTER}, OTHER + "x").status_code == 401
        assert call(client, "POST", "/v1/labels", ADMIN_ROUTES[0][2], API).status_code == 403


def test_tokens_are_compared_in_constant_time():
    tree = ast.parse(inspect.getsource(deps))
    calls = {ast.unparse(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)}
    assert "secrets.compare_digest" in calls
    token_ok = next(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == "_token_ok")
    compares = [ast.unparse(n) for n in ast.walk(token_ok) if isinstance(n, ast.Compare)]
    assert all("token" not in c or c.startswith("scheme") or "not token" in c for c in compares), compares
    for fn in (deps.require_admin, deps.require_scoring_access):
        source = inspect.getsource(fn)
        assert "_token_ok(" in source and "==" not in source and " in settings." not in source


def test_every_configured_token_is_compared_with_compare_digest(own_home, monkeypatch):
    seen: list[tuple[bytes, bytes]] = []
    real = secrets.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        seen.append((a, b))
        return real(a, b)

    monkeypatch.setattr(deps.secrets, "compare_digest", spy)
    with app_client(own_home) as client:
        assert call(client, "GET", "/v1/admin/retrain", None, "wrong-token").status_code == 403
    assert [b for _, b in seen] == [OTHER.encode(), ADMIN.encode()] and {a for a, _ in seen} == {b"wrong-token"}


def test_cors_is_closed_by_default(own_home):
    evil = {"origin": "https://evil.example"}
    with app_client(own_home) as client:
        preflight = client.options("/v1/check", headers={**evil, "access-control-request-method": "POST",
                                                         "access-control-request-headers": "content-type"})
        assert preflight.status_code in (400, 404, 405)
        simple = client.post("/v1/check", json={"text": LETTER}, headers=evil)
        page = client.get("/", headers=evil)
        admin = call(client, "GET", "/v1/admin/retrain", None, ADMIN)
    for response in (preflight, simple, page, admin):
        assert not [h for h in response.headers if h.lower().startswith("access-control-")], response.headers
    assert simple.headers["cross-origin-resource-policy"] == "same-origin"


def test_the_form_and_every_page_refuse_to_be_framed(own_home):
    with app_client(own_home) as client:
        for response in (client.get("/"), client.post("/", data={"text": LETTER}), client.post("/", data={}),
                         client.get("/nope"), client.get("/healthz"), client.post("/v1/check", json={})):
            csp = response.headers["content-security-policy"]
            assert "frame-ancestors 'none'" in csp and "default-src 'self'" in csp and "object-src 'none'" in csp
            assert response.headers["x-frame-options"] == "DENY"


def test_body_size_is_limited_before_parsing(own_home, monkeypatch):
    """A declared length over the limit is refused without reading the body (the JSON parser never runs);
    the raw-socket version against uvicorn is in test_hostile_http.py."""
    import json as json_module

    parsed: list[str | bytes] = []
    real = json_module.loads
    monkeypatch.setattr(json_module, "loads", lambda s, *a, **k: parsed.append(s) or real(s, *a, **k))
    with app_client(own_home, max_upload_bytes=1000) as client:
        response = client.post("/v1/check", content=b'{"text": "' + b"a" * 2000 + b'"}',
                               headers={"content-type": "application/json"})
        form = client.post("/", content=b"text=" + b"a" * 2000,
                           headers={"content-type": "application/x-www-form-urlencoded"})
    assert response.status_code == 413 and form.status_code == 413
    assert not [p for p in parsed if "a" * 1000 in str(p)], "the oversize body was parsed"


# -- tokens never reach the logs ------------------------------------------------------------------------
def _token_requests(client: httpx.Client | TestClient) -> None:
    for token in (ADMIN, ADMIN + "-wrong", API):
        for scheme in ("Bearer", "Basic", "bearer"):
            headers = {"authorization": f"{scheme} {token}"}
            client.get("/v1/admin/retrain", headers=headers)
            client.post("/v1/admin/promote", json={"version": token, "reason": token}, headers=headers)
            client.post("/v1/check", json={"text": LETTER}, headers=headers)
            client.post("/", data={"text": LETTER}, headers=headers)
        client.get(f"/v1/check?access_token={token}")
        client.get(f"/{token}")
        client.post("/v1/check", json={"text": LETTER, "token": token})


def test_tokens_are_never_logged_in_process(own_home, caplog):
    for name in ("", "casecheck", "casecheck.access", "uvicorn", "uvicorn.error", "fastapi", "starlette"):
        caplog.set_level(logging.DEBUG, logger=name or None)
    with app_client(own_home, scoring_open=False, api_tokens=[API], log_level="DEBUG") as client:
        _token_requests(client)
        metrics = client.get("/metrics").text
    server = [r for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))]
    assert any(r.name == "casecheck.access" for r in server)
    text = "\n".join(f"{r.name} {r.getMessage()} {r.exc_text or ''}" for r in server)
    for token in (ADMIN, API):
        assert token not in text and token not in metrics


def test_tokens_are_never_logged_by_casecheck_serve(own_home):
    """The real command, as deployed: everything it prints at DEBUG level is searched for the tokens."""
    log = own_home / "serve.log"
    env = {"CASECHECK_ADMIN_TOKENS": f'["{ADMIN}"]', "CASECHECK_API_TOKENS": f'["{API}"]',
           "CASECHECK_SCORING_OPEN": "false", "CASECHECK_LOG_LEVEL": "DEBUG"}
    with casecheck_serve(own_home, log, **env) as (base, _), httpx.Client(base_url=base, timeout=30) as client:
        _token_requests(client)
        assert client.post("/v1/check", json={"text": LETTER},
                           headers={"authorization": f"Bearer {API}"}).status_code == 200
    time.sleep(0.1)
    printed = log.read_text(errors="replace")
    assert "request id=" in printed, printed[-2000:]  # the access log was on and captured
    assert ADMIN not in printed and API not in printed
