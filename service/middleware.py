"""Middleware: request ids, security headers, host and size limits, and logs without text."""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from starlette.middleware.trustedhost import TrustedHostMiddleware

from service.settings import Settings

log = logging.getLogger("casecheck.access")

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
JSON_ROUTES = ("/v1/check", "/v1/batch", "/v1/labels")


def add_middleware(app: FastAPI, settings: Settings) -> None:
    @app.middleware("http")
    async def request_context(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        request_id = request.headers.get("x-request-id", "")[:64] or uuid.uuid4().hex
        request.state.request_id = request_id
        started = time.perf_counter()
        refusal = _refuse(request, settings)
        response = refusal or await call_next(request)
        response.headers["X-Request-ID"] = request_id
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers.setdefault("Cache-Control", "no-store")
        log.info("request id=%s method=%s path=%s status=%s bytes_in=%s ms=%.1f", request_id, request.method,
                 request.url.path, response.status_code, request.headers.get("content-length", "0"),
                 (time.perf_counter() - started) * 1000)
        return response

    app.add_middleware(TrustedHostMiddleware, allowed_hosts=settings.allowed_hosts)


def _refuse(request: Request, settings: Settings) -> Response | None:
    """Refuse oversize bodies and wrong content types before anything is parsed."""
    length = request.headers.get("content-length")
    if length is not None and (not length.isdigit() or int(length) > settings.max_upload_bytes):
        return JSONResponse({"detail": f"request body over {settings.max_upload_bytes} bytes"}, status_code=413)
    if request.method == "POST" and request.url.path in JSON_ROUTES:
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype != "application/json":
            return JSONResponse({"detail": "content type must be application/json"}, status_code=415)
    return None
