"""CORS for the LanguageTool-compatible routes only, and only for the origins in ``CASECHECK_CORS_ORIGINS``.

A browser add-on calls ``/v2/check`` from its own origin (``chrome-extension://<id>``,
``moz-extension://<id>``). Every other route, and every origin not listed, gets no CORS headers,
so a web page elsewhere cannot read answers. Closed by default (an empty list).
"""

from __future__ import annotations

from fastapi import FastAPI
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from service.errors import LANGUAGETOOL_PREFIX
from service.settings import Settings

CORS_METHODS = ["GET", "POST"]
CORS_HEADERS = ["Authorization", "Content-Type", "X-Request-ID"]


class LanguageToolCORS:
    """Starlette's ``CORSMiddleware`` in front of ``/v2/`` paths; other paths pass straight through."""

    def __init__(self, app: ASGIApp, origins: list[str]) -> None:
        self.app = app
        self.cors = CORSMiddleware(app, allow_origins=origins, allow_methods=CORS_METHODS,
                                   allow_headers=CORS_HEADERS, max_age=600)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith(LANGUAGETOOL_PREFIX):
            await self.cors(scope, receive, send)
        else:
            await self.app(scope, receive, send)


def add_cors(app: FastAPI, settings: Settings) -> None:
    """Add the CORS layer when origins are configured (call before ``add_middleware``: it stays inside it)."""
    if settings.cors_origins:
        app.add_middleware(LanguageToolCORS, origins=settings.cors_origins)
