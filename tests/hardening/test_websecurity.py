"""Browser security: the signing secret, CSRF tokens, cross-origin refusal, admin sessions, trusted proxy."""

from __future__ import annotations

import re
import stat
import time
from pathlib import Path
from typing import Annotated

import pytest
from fastapi import Depends, Form
from fastapi.testclient import TestClient

from service import websecurity
from service.app import create_app
from service.settings import Settings
from service.websecurity import AdminSessionDep, require_form_post, sign, unsign, user_of_record

ADMIN = "adm1n-token-for-sessions-0123456789"
EVIL = "https://evil.example"


def make_app(home: Path, **changes: object):
    settings = Settings(home=home, admin_tokens=[ADMIN], _env_file=None).model_copy(update=changes)
    app = create_app(settings)

    @app.get("/whoami")
    def whoami(user: AdminSessionDep) -> dict[str, str]:
        return {"user": user.name}

    @app.post("/act", dependencies=[Depends(require_form_post)])
    def act(value: Annotated[str, Form()] = "") -> dict[str, str]:
        return {"done": value}

    return app


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def token_of(page: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert found, "the page has no CSRF field"
    return found.group(1)


def fresh_token(client: TestClient, path: str = "/login") -> str:
    return token_of(client.get(path).text)


def test_the_secret_is_generated_once_private_and_shared_by_every_worker(home):
    first = websecurity.load_secret_key(Settings(home=home, _env_file=None))
    path = home / "secret_key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert websecurity.load_secret_key(Settings(home=home, _env_file=None)) == first  # another worker: same key
    assert len(first) >= 64
    path.chmod(0o644)
    assert websecurity.load_secret_key(Settings(home=home, _env_file=None)) == first
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # tightened back
    assert websecurity.load_secret_key(Settings(home=home, secret_key="k" * 40, _env_file=None)) == b"k" * 40
    assert not [p for p in home.iterdir() if p.name != "secret_key"]  # no temp file left


def test_signed_values_refuse_tampering_other_purposes_and_expiry():
    key = b"k" * 32
    token = sign(key, "csrf", {"b": "x", "exp": int(time.time()) + 60})
    assert unsign(key, "csrf", token)["b"] == "x"
    assert unsign(key, "session", token) is None
    assert unsign(b"j" * 32, "csrf", token) is None
    body, mac = token.split(".")
    assert unsign(key, "csrf", body[:-2] + "AA." + mac) is None
    assert unsign(key, "csrf", token, now=time.time() + 61) is None
    for junk in ("", ".", "a.b", "!!!.???", "x" * 5000, token + "x"):
        assert unsign(key, "csrf", junk) is None


def test_form_posts_need_a_token_of_this_browser(home):
    with TestClient(make_app(home)) as client:
        page = client.get("/")
        assert "casecheck_csrf" in page.headers["set-cookie"]
        cookie = page.headers["set-cookie"]
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Secure" not in cookie
        token = token_of(page.text)
        assert client.post("/act", data={"value": "1", "csrf_token": token}).json() == {"done": "1"}
        missing = client.post("/act", data={"value": "1"})
        assert missing.status_code == 403 and "no CSRF token" in missing.text
        forged = client.post("/act", data={"value": "1", "csrf_token": token[:-3] + "AAA"})
        assert forged.status_code == 403 and "invalid or expired" in forged.text
        with TestClient(make_app(home)) as other:  # another browser: its own cookie
            other.get("/")
            stolen = other.post("/act", data={"value": "1", "csrf_token": token})
            assert stolen.status_code == 403 and "does not belong" in stolen.text
        client.cookies.clear()
        assert client.post("/act", data={"value": "1", "csrf_token": token}).status_code == 403


def test_an_expired_form_token_is_refused(home):
    with TestClient(make_app(home, session_minutes=1)) as client:
        token = fresh_token(client, "/")
        key = websecurity.load_secret_key(Settings(home=home, _env_file=None))
        payload = unsign(key, "csrf", token)
        old = sign(key, "csrf", {**payload, "exp": int(time.time()) - 1})
        response = client.post("/act", data={"csrf_token": old})
        assert response.status_code == 403 and "expired" in response.text


@pytest.mark.parametrize(("headers", "why"), [
    ({"origin": EVIL}, "Origin"),
    ({"origin": "null"}, "Origin"),
    ({"origin": "http://testserver.evil.example"}, "Origin"),
    ({"sec-fetch-site": "cross-site"}, "Sec-Fetch-Site"),
    ({"sec-fetch-site": "same-site", "origin": "http://testserver"}, "Sec-Fetch-Site"),
    ({"referer": EVIL + "/page"}, "Referer"),
])
def test_cross_site_posts_are_refused_even_with_a_valid_token(home, headers, why):
    with TestClient(make_app(home)) as client:
        token = fresh_token(client, "/")
        for path, data in (("/act", {"csrf_token": token}), ("/feedback", {"csrf_token": token, "text": "x"}),
                           ("/", {"csrf_token": token, "text": "A letter."}),
                           ("/login", {"csrf_token": token, "token": ADMIN})):
            response = client.post(path, data=data, headers=headers)
            assert response.status_code == 403, (path, headers)
            assert why in response.text and "refused" in response.text
        ok = client.post("/act", data={"csrf_token": token}, headers={"origin": "http://testserver",
                                                                      "sec-fetch-site": "same-origin"})
        assert ok.status_code == 200


def test_admin_sessions_sign_in_once_and_end_on_logout_expiry_or_rotation(home):
    with TestClient(make_app(home)) as client:
        assert client.get("/whoami", follow_redirects=False).status_code == 303
        assert client.get("/whoami", follow_redirects=False).headers["location"] == "/login?next=/whoami"
        wrong = client.post("/login", data={"csrf_token": fresh_token(client), "token": ADMIN + "x"})
        assert wrong.status_code == 401 and ADMIN not in wrong.text
        no_csrf = client.post("/login", data={"token": ADMIN}, follow_redirects=False)
        assert no_csrf.status_code == 403
        signed_in = client.post("/login", data={"csrf_token": fresh_token(client), "token": ADMIN,
                                                "next": "//evil.example/x"}, follow_redirects=False)
        assert signed_in.status_code == 303 and signed_in.headers["location"] == "/"  # never another site
        cookie = next(c for c in signed_in.headers.get_list("set-cookie") if c.startswith("casecheck_session="))
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Max-Age=28800" in cookie
        assert ADMIN not in cookie
        assert client.get("/whoami").json() == {"user": "admin"}
        out = client.post("/logout", data={"csrf_token": fresh_token(client)}, follow_redirects=False)
        assert out.status_code == 303
        assert client.get("/whoami", follow_redirects=False).status_code == 303
        client.post("/login", data={"csrf_token": fresh_token(client), "token": ADMIN})
        session = client.cookies["casecheck_session"]
        assert client.post("/whoami-missing").status_code in (404, 405)
    with TestClient(make_app(home, admin_tokens=["another-admin-token-000000000000"])) as rotated:
        rotated.cookies.set("casecheck_session", session)
        assert rotated.get("/whoami", follow_redirects=False).status_code == 303  # the token left: so does it
    with TestClient(make_app(home)) as later:
        later.cookies.set("casecheck_session", session)
        assert later.get("/whoami").json() == {"user": "admin"}
        key = websecurity.load_secret_key(Settings(home=home, _env_file=None))
        payload = unsign(key, "session", session)
        later.cookies.set("casecheck_session", sign(key, "session", {**payload, "exp": int(time.time()) - 1}))
        assert later.get("/whoami", follow_redirects=False).status_code == 303
        later.cookies.set("casecheck_session", sign(b"x" * 64, "session", payload))
        assert later.get("/whoami", follow_redirects=False).status_code == 303


def test_the_session_cookie_is_secure_under_https(home):
    with TestClient(make_app(home), base_url="https://testserver") as client:
        token = fresh_token(client)
        response = client.post("/login", data={"csrf_token": token, "token": ADMIN}, follow_redirects=False,
                               headers={"origin": "https://testserver"})
        assert response.status_code == 303
        assert all("; Secure" in c for c in response.headers.get_list("set-cookie"))


def test_the_trusted_user_header_is_off_by_default_and_names_the_user_when_set(home):
    header = {"x-remote-user": "assessor.jones"}
    with TestClient(make_app(home)) as client:
        client.post("/login", data={"csrf_token": fresh_token(client), "token": ADMIN}, headers=header)
        assert client.get("/whoami", headers=header).json() == {"user": "admin"}
    with TestClient(make_app(home, trusted_user_header="X-Remote-User")) as client:
        client.post("/login", data={"csrf_token": fresh_token(client), "token": ADMIN}, headers=header)
        assert client.get("/whoami", headers=header).json() == {"user": "assessor.jones"}
        # The header names the user; it does not sign anyone in by itself.
        client.cookies.delete("casecheck_session")
        assert client.get("/whoami", headers=header, follow_redirects=False).status_code == 303


def test_user_of_record_prefers_the_trusted_proxy():
    from starlette.requests import Request

    class App:
        class state:
            settings = Settings(trusted_user_header="X-User", _env_file=None)
            secret_key = b"k" * 32

    scope = {"type": "http", "headers": [(b"x-user", b"a.smith")], "app": App, "method": "GET", "path": "/"}
    assert user_of_record(Request(scope)) == "a.smith"
    scope["headers"] = [(b"x-user", b"bad\x01name")]
    assert user_of_record(Request(scope)) is None


def test_login_attempts_are_rate_limited(home):
    with TestClient(make_app(home)) as client:
        codes = [client.post("/login", data={"csrf_token": fresh_token(client), "token": "wrong"}).status_code
                 for _ in range(12)]
        assert codes[:10] == [401] * 10 and codes[-1] == 429
