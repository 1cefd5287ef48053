"""Errors at the HTTP edge: one JSON shape for the API, an HTML page for the web form.

API routes (``/v1/...``, ``/healthz``, ``/readyz``, ``/metrics``, ``/openapi.json``) answer
``{"detail": ...}``; the LanguageTool-compatible routes (``/v2/...``) answer as LanguageTool does,
plain text ``Error: ...`` (400 where the others say 422); every other path renders ``error.html``.
Messages never repeat submitted text: validation errors drop pydantic's ``input``.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from model import BundleError, CaseDataError, InvalidTextError, UnknownDocTypeError
from service.schemas import CASE_FIELDS

API_PREFIXES = ("/v1/", "/healthz", "/readyz", "/metrics", "/openapi.json", "/docs", "/redoc")
LANGUAGETOOL_PREFIX = "/v2/"
FORM_MESSAGE = "The form could not be read; check the fields and try again."
# FastAPI's 400 for a body it cannot decode (not UTF-8, nested too deeply); Starlette's multipart parser
# raises a 400 with its own message (a broken part header, over 1,000 fields). Both answer 422, as malformed
# JSON does.
BODY_UNREADABLE = "There was an error parsing the body"


def is_api_path(path: str) -> bool:
    return path == "/v1" or path.startswith(API_PREFIXES)


def plain_error(status: int, message: str) -> Response:
    """A LanguageTool error: plain text, ``Error: `` and the message."""
    return PlainTextResponse(f"Error: {message}", status_code=status)


def error_response(request: Request, status: int, detail: object) -> Response:
    """``{"detail": ...}`` for API paths, plain text for ``/v2/``, the error page for the web form."""
    if request.url.path.startswith(LANGUAGETOOL_PREFIX):
        message = detail if isinstance(detail, str) else _first_message(detail)
        return plain_error(400 if status == 422 else status, message)
    if not is_api_path(request.url.path):
        templates = request.app.state.templates
        message = detail if isinstance(detail, str) else _first_message(detail)
        return templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                          status_code=status)
    return JSONResponse({"detail": detail}, status_code=status)


def _first_message(detail: object) -> str:
    if isinstance(detail, list) and detail and isinstance(detail[0], dict) and "msg" in detail[0]:
        loc = [str(x) for x in detail[0].get("loc", []) if x not in ("body", "query")]
        return f"{' '.join(loc)}: {detail[0]['msg']}" if loc else str(detail[0]["msg"])
    return FORM_MESSAGE


def field_error(loc: list[str | int], message: str) -> list[dict[str, object]]:
    """FastAPI's 422 shape for one field."""
    return [{"loc": loc, "msg": message, "type": "value_error"}]


def case_field_of(exc: CaseDataError) -> str | None:
    """The case field a ``CaseDataError`` names (its message starts with it)."""
    first = str(exc).split(" ", 1)[0]
    return first if first in CASE_FIELDS else None


def _validation_detail(exc: RequestValidationError) -> list[dict[str, object]]:
    """FastAPI's 422 detail without the submitted input (drafts must not be echoed)."""
    return [{k: v for k, v in e.items() if k in ("loc", "msg", "type")} for e in exc.errors()]


def register_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def on_validation(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 422, _validation_detail(exc))

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 400:  # only body parsing raises a 400 (the host check answers by itself)
            reason = "not UTF-8, nested too deeply or malformed" if exc.detail == BODY_UNREADABLE else str(exc.detail)
            return error_response(request, 422, field_error(["body"], f"the body cannot be read ({reason[:200]})"))
        response = error_response(request, exc.status_code, exc.detail)
        for k, v in (exc.headers or {}).items():
            response.headers[k] = v
        return response

    @app.exception_handler(InvalidTextError)
    async def on_invalid_text(request: Request, exc: InvalidTextError) -> Response:
        return error_response(request, 422, field_error(["body", "text"], str(exc)))

    @app.exception_handler(UnknownDocTypeError)
    async def on_doc_type(request: Request, exc: UnknownDocTypeError) -> Response:
        return error_response(request, 422, field_error(["body", "doc_type"], str(exc)))

    @app.exception_handler(CaseDataError)
    async def on_case_data(request: Request, exc: CaseDataError) -> Response:
        field = case_field_of(exc)
        return error_response(request, 422, field_error(["body", "case", *([field] if field else [])], str(exc)))

    @app.exception_handler(BundleError)
    async def on_bundle(request: Request, exc: BundleError) -> Response:
        return error_response(request, 503, str(exc))
