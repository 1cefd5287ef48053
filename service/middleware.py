"""Middleware: request ids, security headers, host, size and content-type limits, metrics, logs.

One pure ASGI middleware, outermost, so that every response (refusals and unexpected
errors included) carries ``X-Request-ID`` and the security headers. Logs and metrics
name the route template (``/v1/check``), never the raw path or query, and never text.
"""

from __future__ import annotations

import logging
import os
import re
import time
import traceback
from typing import Any

from fastapi import FastAPI
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service.errors import error_response
from service.metrics import ServiceMetrics
from service.settings import Settings
from service.websecurity import queued_cookies

log = logging.getLogger("casecheck.access")

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
JSON_ROUTES = ("/v1/check", "/v1/batch", "/v1/labels")
FORM_ROUTES = ("/", "/feedback", "/login", "/logout")
# URL-encoded only: multipart parts can be spooled to temporary files, and drafts stay off disk.
FORM_TYPES = ("application/x-www-form-urlencoded",)
REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")
# The request headers the middleware reads, picked out of the scope in one pass (first occurrence wins,
# as in Starlette's ``Headers.get``); ASGI servers give header names in lower case.
READ_HEADERS = frozenset({b"host", b"content-length", b"content-type", b"x-request-id"})
_SECURITY_RAW = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in SECURITY_HEADERS.items()]
_SECURITY_NAMES = frozenset(k for k, _ in _SECURITY_RAW) | {b"x-request-id", b"cache-control"}
_NO_STORE = (b"cache-control", b"no-store")


class BodyTooLargeError(HTTPException):
    """The body grew past the limit while streaming (no or a false Content-Length)."""

    def __init__(self, limit: int) -> None:
        super().__init__(status_code=413, detail=f"request body over {limit} bytes")


def add_middleware(app: FastAPI, settings: Settings, metrics: ServiceMetrics) -> None:
    app.add_middleware(RequestContextMiddleware, settings=settings, metrics=metrics)


def read_headers(scope: Scope) -> dict[bytes, str]:
    """The request headers of ``READ_HEADERS`` (first occurrence of each), decoded as Latin-1."""
    found: dict[bytes, str] = {}
    for key, value in scope["headers"]:
        if key in READ_HEADERS and key not in found:
            found[key] = value.decode("latin-1")
    return found


def request_id_of(headers: dict[bytes, str]) -> str:
    """The caller's ``X-Request-ID`` when it is a plain token, else a new one (128 random bits, hex)."""
    given = headers.get(b"x-request-id", "")
    return given if REQUEST_ID.fullmatch(given) else os.urandom(16).hex()


def add_response_headers(message: Message, request_id: str) -> None:
    """``X-Request-ID``, the security headers and ``Cache-Control: no-store`` unless the route set one."""
    raw = message.get("headers", ())
    if any(k.lower() in _SECURITY_NAMES for k, _ in raw):
        # A route set one of these headers itself: replace (or keep Cache-Control) by name.
        out = MutableHeaders(scope=message)
        out["X-Request-ID"] = request_id
        for k, v in SECURITY_HEADERS.items():
            out[k] = v
        if "cache-control" not in out:
            out["Cache-Control"] = "no-store"
        return
    # A new list: the response object's own header list is left as it was.
    message["headers"] = [*raw, (b"x-request-id", request_id.encode("latin-1")), *_SECURITY_RAW, _NO_STORE]


def add_queued_cookies(message: Message, state: dict[str, Any]) -> None:
    """The ``Set-Cookie`` headers a route or template queued on the request (a new CSRF cookie)."""
    cookies = queued_cookies(state)
    if cookies:
        message["headers"] = [*message.get("headers", ()), *((b"set-cookie", c.encode("latin-1")) for c in cookies)]


def host_allowed(host: str, allowed: list[str]) -> bool:
    name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
    for pattern in allowed:
        if pattern == "*" or name == pattern or (pattern.startswith("*.") and name.endswith(pattern[1:])):
            return True
    return False


class RequestContextMiddleware:
    def __init__(self, app: ASGIApp, settings: Settings, metrics: ServiceMetrics) -> None:
        self.app = app
        self.settings = settings
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        headers = read_headers(scope)
        request_id = request_id_of(headers)
        scope.setdefault("state", {})["request_id"] = request_id
        sent: dict[str, Any] = {"status": 500, "started": False}
        limit = self.settings.max_upload_bytes
        received = 0

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                sent.update(status=message["status"], started=True)
                add_response_headers(message, request_id)
                add_queued_cookies(message, scope["state"])
            await send(message)

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLargeError(limit)
            return message

        try:
            refusal = self._refuse(scope, headers)
            if refusal is not None:
                await error_response(Request(scope), *refusal)(scope, receive, send_with_headers)
            else:
                await self.app(scope, limited_receive, send_with_headers)
        except Exception as exc:
            # Only the type and the frames: an exception's message could quote the draft.
            frames = "".join(traceback.format_tb(exc.__traceback__)[-5:])
            log.error("unhandled %s id=%s route=%s\n%s", type(exc).__name__, request_id, _route(scope), frames)
            if sent["started"]:
                raise
            message = "Something went wrong on our side; the error has been logged under the request id."
            await error_response(Request(scope), 500, message)(scope, receive, send_with_headers)
        finally:
            elapsed = time.perf_counter() - started
            route = _route(scope)
            self.metrics.observe_request(route, scope["method"], sent["status"], elapsed)
            if log.isEnabledFor(logging.INFO):
                log.info("request id=%s method=%s route=%s status=%s bytes_in=%s ms=%.1f", request_id,
                         scope["method"], route or "unmatched", sent["status"],
                         headers.get(b"content-length", "0")[:12], elapsed * 1000)

    def _refuse(self, scope: Scope, headers: dict[bytes, str]) -> tuple[int, str] | None:
        """Refuse unknown hosts, oversize bodies and wrong content types before anything is read."""
        if not host_allowed(headers.get(b"host", ""), self.settings.allowed_hosts):
            return 400, "host not allowed (see CASECHECK_ALLOWED_HOSTS)"
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.settings.max_upload_bytes):
            return 413, f"request body over {self.settings.max_upload_bytes} bytes"
        if scope["method"] == "POST":
            ctype = headers.get(b"content-type", "").split(";")[0].strip().lower()
            path = scope["path"]
            if path in JSON_ROUTES and ctype != "application/json":
                return 415, "content type must be application/json"
            if path in FORM_ROUTES and ctype not in FORM_TYPES:
                return 415, "content type must be a form (application/x-www-form-urlencoded)"
        return None


def _route(scope: Scope) -> str | None:
    """The matched route's template (``/v1/check``, ``/static``), or None when nothing matched."""
    return getattr(scope.get("route"), "path", None)
