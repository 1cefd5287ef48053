"""Errors at the HTTP edge: one JSON shape for the API, an HTML page for the web form."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from model.errors import BundleError, InvalidTextError, UnknownDocTypeError


def _is_web(request: Request) -> bool:
    return not (request.url.path.startswith("/v1") or request.url.path in ("/healthz", "/readyz", "/metrics"))


def error_response(request: Request, status: int, detail: object) -> Response:
    if _is_web(request) and request.method in ("GET", "POST"):
        templates = request.app.state.templates
        message = detail if isinstance(detail, str) else "The form could not be read; check the fields and try again."
        return templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                          status_code=status)
    return JSONResponse({"detail": detail}, status_code=status)


def _validation_detail(exc: RequestValidationError) -> list[dict[str, object]]:
    """FastAPI's 422 detail without the submitted input (drafts must not be echoed)."""
    return [{k: v for k, v in e.items() if k in ("loc", "msg", "type")} for e in exc.errors()]


def register_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def on_validation(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 422, _validation_detail(exc))

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException) -> Response:
        response = error_response(request, exc.status_code, exc.detail)
        for k, v in (exc.headers or {}).items():
            response.headers[k] = v
        return response

    @app.exception_handler(InvalidTextError)
    async def on_invalid_text(request: Request, exc: InvalidTextError) -> Response:
        return error_response(request, 422, [{"loc": ["body", "text"], "msg": str(exc), "type": "value_error"}])

    @app.exception_handler(UnknownDocTypeError)
    async def on_doc_type(request: Request, exc: UnknownDocTypeError) -> Response:
        return error_response(request, 422, [{"loc": ["body", "doc_type"], "msg": str(exc), "type": "value_error"}])

    @app.exception_handler(BundleError)
    async def on_bundle(request: Request, exc: BundleError) -> Response:
        return error_response(request, 503, str(exc))
