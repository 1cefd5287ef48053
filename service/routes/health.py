"""Liveness, readiness and Prometheus metrics."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse, Response

from service.deps import HolderDep, MetricsDep

router = APIRouter(tags=["health"])


@router.get("/healthz")
async def read_health() -> dict[str, str]:
    """The process is alive."""
    return {"status": "ok"}


@router.get("/readyz", responses={503: {"description": "No model loaded yet, or it failed to load"}})
def read_ready(holder: HolderDep) -> JSONResponse:
    """A model is loaded and verified (the current champion, if the pointer moved).

    ``degraded`` (still 200): the registry cannot be read, and the model loaded before serves on.
    """
    scorer = holder.refresh()
    if scorer is None:
        return JSONResponse({"status": "not ready", "detail": holder.error}, status_code=503)
    if holder.degraded:  # still serving the loaded model: ready, but someone must look
        return JSONResponse({"status": "degraded", "model_version": scorer.version, "detail": holder.degraded})
    return JSONResponse({"status": "ready", "model_version": scorer.version})


@router.get("/metrics", response_class=Response)
def read_metrics(metrics: MetricsDep) -> Response:
    """Prometheus metrics: requests, latency, documents scored, flags per concern, model version."""
    body, content_type = metrics.render()
    return Response(body, media_type=content_type)
