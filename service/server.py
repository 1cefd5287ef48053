"""The HTTP protocol ``casecheck serve`` runs: uvicorn's httptools protocol with read deadlines.

uvicorn closes idle keep-alive connections (``timeout_keep_alive``) and caps concurrent
connections (``limit_concurrency``: 503 past it), but has no deadline for reading a request: a
client sending its headers a byte a minute (slowloris) holds a connection, and a file
descriptor, for as long as it likes. ``DeadlineHttpToolsProtocol`` closes a connection whose
request headers are not complete ``header_timeout`` seconds after the connection opened (or the
next request on it began), or whose body is not complete ``body_timeout`` seconds after its
headers. Without httptools (an unusual install) uvicorn's own protocol runs, and the
reverse-proxy recipe in ``docs/reliability.md`` gives the same deadlines.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from service.settings import get_settings

log = logging.getLogger("casecheck.access")


class DeadlineHttpToolsProtocol(HttpToolsProtocol):
    """``HttpToolsProtocol`` that closes connections too slow to send a request (see the module)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        settings = get_settings()  # CASECHECK_HEADER_TIMEOUT, CASECHECK_BODY_TIMEOUT (read once per process)
        self.header_timeout, self.body_timeout = settings.header_timeout, settings.body_timeout
        self._deadline: asyncio.TimerHandle | None = None

    def _arm(self, seconds: float, what: str) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(seconds, self._expired, what)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _expired(self, what: str) -> None:
        self._deadline = None
        if not self.transport.is_closing():
            log.info("connection closed: the client took too long to send the request %s", what)
            self.transport.close()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm(self.header_timeout, "headers")

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._arm(self.header_timeout, "headers")

    def on_headers_complete(self) -> None:
        super().on_headers_complete()
        self._arm(self.body_timeout, "body")

    def on_message_complete(self) -> None:
        self._disarm()
        super().on_message_complete()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if self.transport.is_closing():
            return
        # Idle until the next request: uvicorn's keep-alive timeout closes it; a request that begins gets a deadline.
        self._disarm()

