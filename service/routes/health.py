"""Liveness and readiness."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

router = APIRouter(tags=["health"])


@router.get("/healthz")
def read_health() -> dict[str, str]:
    """The process is alive."""
    return {"status": "ok"}


@router.get("/readyz")
def read_ready(request: Request) -> JSONResponse:
    """A model is loaded and verified."""
    scorer = request.app.state.models.scorer
    if scorer is None:
        return JSONResponse({"status": "not ready", "detail": request.app.state.models.error}, status_code=503)
    return JSONResponse({"status": "ready", "model_version": scorer.version})
