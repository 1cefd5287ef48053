"""Browser security: the signing secret, CSRF tokens, cross-origin refusal, admin sessions.

- **Secret.** ``CASECHECK_SECRET_KEY``, or one generated once into ``<home>/secret_key`` (mode 0600)
  so every server worker signs and checks with the same key.
- **CSRF.** ``csrf_token(request)`` signs a token bound to a random per-browser cookie
  (``casecheck_csrf``: HttpOnly, SameSite=Strict) with an expiry; every template gets it as
  ``csrf_token`` (``csrf_context`` is a context processor of ``TEMPLATES``).
  ``require_form_post`` checks the form's ``csrf_token`` field and the origin of the post.
- **Origin.** ``check_same_origin`` refuses a post whose ``Sec-Fetch-Site`` says another site, or
  whose ``Origin`` (else ``Referer``) is not this server: 403 with a message saying which.
- **Sessions.** ``POST /login`` takes a token once and sets ``casecheck_session``: a signed,
  HttpOnly, SameSite=Strict cookie (Secure under HTTPS) that expires after
  ``CASECHECK_SESSION_MINUTES`` and ends when its token leaves the settings. An admin token
  (``CASECHECK_ADMIN_TOKENS``) opens everything; a scoring token (``CASECHECK_API_TOKENS``) only
  the scoring pages (``/dip-sample``) when scoring is closed. ``require_admin_session``
  (``AdminSessionDep``) gives the signed-in admin; ``session_user`` either kind; ``POST /logout``.
- **Trusted proxy.** With ``CASECHECK_TRUSTED_USER_HEADER`` set, the user named in that header (set
  by an SSO proxy in front) is the user of record (``user_of_record``). Off by default.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import logging
import os
import secrets
import tempfile
import time
from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from service.settings import Settings

log = logging.getLogger("casecheck.websecurity")

SECRET_FILE = "secret_key"
CSRF_COOKIE = "casecheck_csrf"
SESSION_COOKIE = "casecheck_session"
CSRF_FIELD = "csrf_token"
SAFE_FETCH_SITES = frozenset({"same-origin", "none"})  # "none": the user typed or bookmarked it
_NEW_COOKIES = "new_cookies"  # key in the request's state: cookies the middleware adds to the response


# --- the secret -------------------------------------------------------------------------------------------------

def load_secret_key(settings: Settings) -> bytes:
    """``CASECHECK_SECRET_KEY``, else ``<home>/secret_key`` (created once, 0600, race-free across workers)."""
    if settings.secret_key:
        return settings.secret_key.encode()
    path = settings.home / SECRET_FILE
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".secret_key.")  # mkstemp: mode 0600
        try:
            os.write(fd, secrets.token_hex(32).encode())
            os.fsync(fd)
            os.close(fd)
            with contextlib.suppress(FileExistsError):  # another worker made it first: theirs is kept
                os.link(tmp, path)
        finally:
            os.unlink(tmp)
    if path.stat().st_mode & 0o077:
        log.warning("%s was readable by others; its mode is now 0600", path)
        path.chmod(0o600)
    key = path.read_text().strip()
    if len(key) < 32:
        raise RuntimeError(f"{path} holds no usable secret; delete it to have a new one made")
    return key.encode()


def app_secret(request: Request) -> bytes:
    """The app's secret, loaded on first use and kept on ``app.state``."""
    state = request.app.state
    key = getattr(state, "secret_key", None)
    if key is None:
        key = state.secret_key = load_secret_key(state.settings)
    return key


# --- signing ----------------------------------------------------------------------------------------------------

def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign(key: bytes, purpose: str, payload: dict[str, Any]) -> str:
    """``payload.mac``: a JSON payload and its HMAC-SHA256 under ``key`` for one ``purpose``."""
    body = _b64(json.dumps(payload, separators=(",", ":"), sort_keys=True).encode())
    mac = hmac.new(key, f"{purpose}.{body}".encode(), hashlib.sha256).digest()
    return f"{body}.{_b64(mac)}"


def unsign(key: bytes, purpose: str, token: str, now: float | None = None) -> dict[str, Any] | None:
    """The payload of a token signed by ``sign`` for ``purpose`` and not expired (``exp``), else None."""
    body, _, mac = token.partition(".")
    if not body or not mac or len(token) > 4096:
        return None
    expected = hmac.new(key, f"{purpose}.{body}".encode(), hashlib.sha256).digest()
    try:
        if not hmac.compare_digest(_unb64(mac), expected):
            return None
        payload = json.loads(_unb64(body))
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(payload, dict) or not isinstance(payload.get("exp"), int | float):
        return None
    return payload if payload["exp"] > (time.time() if now is None else now) else None


def _digest(key: bytes, value: str) -> str:
    return hmac.new(key, value.encode(), hashlib.sha256).hexdigest()[:32]


# --- cookies ----------------------------------------------------------------------------------------------------

def is_https(request: Request) -> bool:
    return request.url.scheme == "https"


def cookie_header(request: Request, name: str, value: str, max_age: int) -> str:
    """A ``Set-Cookie`` value: HttpOnly, SameSite=Strict, Path=/, Secure under HTTPS."""
    secure = "; Secure" if is_https(request) else ""
    return f"{name}={value}; Max-Age={max_age}; Path=/; HttpOnly; SameSite=Strict{secure}"


def queue_cookie(request: Request, header: str) -> None:
    """Have the middleware add ``Set-Cookie: header`` to this request's response (whichever it is)."""
    request.scope.setdefault("state", {}).setdefault(_NEW_COOKIES, []).append(header)


def queued_cookies(state: dict[str, Any]) -> list[str]:
    """The ``Set-Cookie`` values queued on a request's scope state (for the middleware)."""
    return state.get(_NEW_COOKIES, [])


# --- CSRF -------------------------------------------------------------------------------------------------------

def _csrf_binding(request: Request) -> str:
    """This browser's CSRF cookie value; a new one (queued to be set) when it has none."""
    existing = getattr(request.state, "csrf_binding", None) or request.cookies.get(CSRF_COOKIE, "")
    if len(existing) == 43 and existing.replace("-", "").replace("_", "").isalnum():
        request.state.csrf_binding = existing
        return existing
    fresh = secrets.token_urlsafe(32)
    request.state.csrf_binding = fresh
    settings: Settings = request.app.state.settings
    queue_cookie(request, cookie_header(request, CSRF_COOKIE, fresh, settings.session_minutes * 60 * 3))
    return fresh


def csrf_token(request: Request) -> str:
    """A CSRF token for a form rendered now: bound to this browser's CSRF cookie, expiring with sessions."""
    settings: Settings = request.app.state.settings
    key = app_secret(request)
    payload = {"b": _digest(key, _csrf_binding(request)), "exp": int(time.time()) + settings.session_minutes * 60}
    return sign(key, "csrf", payload)


def csrf_context(request: Request) -> dict[str, Any]:
    """Template context for every page: ``csrf_token`` (lazy: made when a form uses it), ``admin_user`` and
    ``session_user`` (an admin or a scoring session)."""
    user = session_user(request)
    return {"csrf_token": _LazyToken(request), "admin_user": user if user and user.role == ADMIN else None,
            "session_user": user}


class _LazyToken:
    """Renders as a fresh CSRF token: pages without a form set no cookie."""

    def __init__(self, request: Request) -> None:
        self.request = request
        self.value: str | None = None

    def __str__(self) -> str:
        if self.value is None:
            self.value = csrf_token(self.request)
        return self.value

    __html__ = __str__


def csrf_problem(request: Request, token: str) -> str | None:
    """Why ``token`` is not a valid CSRF token for this browser, or None."""
    if not token:
        return "the form has no CSRF token: reload the page and submit it again"
    key = app_secret(request)
    payload = unsign(key, "csrf", token)
    if payload is None:
        return "the form's CSRF token is invalid or expired: reload the page and submit it again"
    cookie = request.cookies.get(CSRF_COOKIE, "")
    if not cookie or not hmac.compare_digest(str(payload.get("b", "")), _digest(key, cookie)):
        return "the form's CSRF token does not belong to this browser session: reload the page and submit it again"
    return None


# --- origin -----------------------------------------------------------------------------------------------------

def origin_problem(request: Request) -> str | None:
    """Why this request comes from another site, or None (same origin, or a client that is no browser)."""
    site = request.headers.get("sec-fetch-site", "").lower()
    if site and site not in SAFE_FETCH_SITES:
        return f"cross-site form posts are refused (Sec-Fetch-Site: {site[:20]})"
    if site:  # a browser that says same-origin (a header pages cannot set): its Origin may be "null" under
        return None  # this site's Referrer-Policy: no-referrer, which Chromium sends on same-origin form posts
    host = request.headers.get("host", "").lower()
    origin = request.headers.get("origin")
    if origin is not None:
        if origin == "null" or urlsplit(origin).netloc.lower() != host:
            return "cross-origin form posts are refused (the Origin header names another site)"
        return None
    referer = request.headers.get("referer")
    if referer and urlsplit(referer).netloc.lower() != host:
        return "cross-origin form posts are refused (the Referer header names another site)"
    return None


def check_same_origin(request: Request) -> None:
    """403 when the request comes from another site (see ``origin_problem``)."""
    problem = origin_problem(request)
    if problem:
        raise HTTPException(status_code=403, detail=_sentence(problem))


def _sentence(text: str) -> str:
    return text[0].upper() + text[1:] + "."


async def require_same_origin(request: Request) -> None:
    """Dependency: refuse cross-site posts (forms that change nothing, such as ``POST /``)."""
    check_same_origin(request)


async def require_form_post(request: Request, csrf_token: Annotated[str, Form()] = "") -> None:
    """Dependency for every form post that changes state: same origin and a valid CSRF token."""
    check_same_origin(request)
    problem = csrf_problem(request, csrf_token)
    if problem:
        raise HTTPException(status_code=403, detail=_sentence(problem))


# --- admin sessions and the user of record ----------------------------------------------------------------------

ADMIN, SCORING = "admin", "scoring"  # the two kinds of session: the token each was made with


@dataclass(frozen=True)
class AdminUser:
    """A signed-in user: ``name`` is the user of record (the SSO user, else the role); ``role`` is ``admin``,
    or ``scoring`` (signed in with a scoring token: the scoring pages only)."""

    name: str
    expires: int
    role: str = ADMIN


def role_tokens(settings: Settings, role: str) -> list[str]:
    return settings.admin_tokens if role == ADMIN else settings.api_tokens


def token_role(settings: Settings, token: str) -> str | None:
    """``admin`` or ``scoring`` for a configured token (compared in constant time with every one), else None."""
    found = None
    for role in (SCORING, ADMIN):  # a token configured as both is an admin token
        for candidate in role_tokens(settings, role):
            if secrets.compare_digest(token.encode(), candidate.encode()):
                found = role
    return found


def start_session(request: Request, response: Response, token: str) -> AdminUser | None:
    """Sign in with an admin or scoring token: set the session cookie on ``response``; None if the token is wrong."""
    settings: Settings = request.app.state.settings
    role = token_role(settings, token) if token else None
    if role is None:
        return None
    key = app_secret(request)
    user = AdminUser(trusted_user(request) or role, int(time.time()) + settings.session_minutes * 60, role)
    value = sign(key, "session", {"u": user.name, "t": _digest(key, token), "exp": user.expires, "r": role,
                                  "n": secrets.token_hex(8)})
    response.headers.append("set-cookie", cookie_header(request, SESSION_COOKIE, value, settings.session_minutes * 60))
    return user


def end_session(request: Request, response: Response) -> None:
    response.headers.append("set-cookie", cookie_header(request, SESSION_COOKIE, "", 0))


def session_user(request: Request) -> AdminUser | None:
    """The signed-in user of this request (admin or scoring): a valid, unexpired session whose token is still
    configured for its role."""
    value = request.cookies.get(SESSION_COOKIE)
    if not value:
        return None
    settings: Settings = request.app.state.settings
    key = app_secret(request)
    payload = unsign(key, "session", value)
    if payload is None:
        return None
    role = SCORING if payload.get("r") == SCORING else ADMIN
    if not any(hmac.compare_digest(str(payload.get("t", "")), _digest(key, t)) for t in role_tokens(settings, role)):
        return None  # the token it was made with was rotated out: the session ends with it
    return AdminUser(str(payload.get("u", role)), int(payload["exp"]), role)


def admin_user(request: Request) -> AdminUser | None:
    """The signed-in admin of this request (a scoring session is not one)."""
    user = session_user(request)
    return user if user is not None and user.role == ADMIN else None


def trusted_user(request: Request) -> str | None:
    """The user named by the trusted SSO proxy's header, when ``CASECHECK_TRUSTED_USER_HEADER`` is set."""
    header = request.app.state.settings.trusted_user_header
    if not header:
        return None
    value = request.headers.get(header, "").strip()
    return value[:128] if value and value.isprintable() else None


def user_of_record(request: Request) -> str | None:
    """Who acts: the trusted proxy's user, else the signed-in admin's name, else None."""
    user = admin_user(request)
    return trusted_user(request) or (user.name if user else None)


async def require_admin_session(request: Request) -> AdminUser:
    """Dependency for admin pages: the signed-in admin; else a redirect to ``/login`` (GET) or 401."""
    user = admin_user(request)
    if user is not None:
        return user
    if request.method in ("GET", "HEAD"):
        raise HTTPException(status_code=303, detail="sign in first",
                            headers={"Location": f"/login?next={_safe_next(request.url.path)}"})
    raise HTTPException(status_code=401, detail="Sign in with an admin token first (see /login).")


AdminSessionDep = Annotated[AdminUser, Depends(require_admin_session)]


def _safe_next(target: str) -> str:
    """A local path to go to after signing in (never another site)."""
    return target if target.startswith("/") and not target.startswith(("//", "/\\")) and len(target) < 512 else "/"


# --- the login and logout routes --------------------------------------------------------------------------------

router = APIRouter(tags=["web"], include_in_schema=False)


def _login_page(request: Request, next_path: str, error: str = "", status: int = 200) -> HTMLResponse:
    templates = request.app.state.templates
    return templates.TemplateResponse(request, "login.html", {"next": _safe_next(next_path), "error": error},
                                      status_code=status)


@router.get("/login", response_class=HTMLResponse)
def read_login(request: Request, next: str = "/") -> HTMLResponse:
    """The sign-in form: one admin or scoring token."""
    return _login_page(request, next)


@router.post("/login", response_class=HTMLResponse, dependencies=[Depends(require_form_post)])
def create_session(request: Request, token: Annotated[str, Form()] = "",
                   next: Annotated[str, Form()] = "/") -> Response:
    """Check the token; on success set the session cookie and go to ``next``."""
    limiter = getattr(request.app.state, "login_limiter", None)
    if limiter is not None and not limiter.allow(client_key(request)):
        return _login_page(request, next, "Too many sign-in attempts; wait a minute and try again.", 429)
    response = RedirectResponse(_safe_next(next), status_code=303)
    user = start_session(request, response, token.strip())
    if user is None:
        log.info("sign-in refused id=%s", request.state.request_id)
        return _login_page(request, next, "That token is not an admin or scoring token on this server.", 401)
    log.info("signed in role=%s id=%s", user.role, request.state.request_id)
    return response


@router.post("/logout", dependencies=[Depends(require_form_post)])
def delete_session(request: Request) -> Response:
    """End the admin session (the cookie is cleared) and go to the start page."""
    response = RedirectResponse("/", status_code=303)
    end_session(request, response)
    return response


# --- rate limits ------------------------------------------------------------------------------------------------

def client_key(request: Request) -> str:
    """Whom a rate limit counts: the client's address (behind a proxy, set uvicorn's ``--proxy-headers``)."""
    return request.client.host if request.client else "unknown"


class RateLimiter:
    """A token bucket per client: ``per_minute`` requests a minute, bursts up to ``burst``. Per process."""

    def __init__(self, per_minute: int, burst: int | None = None, max_clients: int = 10_000) -> None:
        self.rate = per_minute / 60.0
        self.burst = float(burst if burst is not None else max(1, per_minute))
        self.max_clients = max_clients
        self.buckets: dict[str, tuple[float, float]] = {}

    def allow(self, key: str, now: float | None = None) -> bool:
        """Take one token from ``key``'s bucket; False when it is empty (or limits are off: rate 0 is off)."""
        if self.rate <= 0:
            return True
        now = time.monotonic() if now is None else now
        tokens, last = self.buckets.get(key, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        if len(self.buckets) >= self.max_clients and key not in self.buckets:
            self._forget_full(now)
        if tokens < 1:
            self.buckets[key] = (tokens, now)
            return False
        self.buckets[key] = (tokens - 1, now)
        return True

    def _forget_full(self, now: float) -> None:
        """Drop the buckets that have refilled (they hold nothing to remember)."""
        self.buckets = {k: (t, last) for k, (t, last) in self.buckets.items()
                        if t + (now - last) * self.rate < self.burst}


def setup(app: Any, settings: Settings) -> None:
    """Wire the security pieces into ``app``: the limiters, the templates' context and the login routes."""
    app.state.feedback_limiter = RateLimiter(settings.feedback_per_minute)
    app.state.login_limiter = RateLimiter(10)
    app.include_router(router)

