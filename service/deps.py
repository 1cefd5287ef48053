"""Dependencies shared by the routes."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends, HTTPException, Request

from model.scoring import Scorer
from service.metrics import ServiceMetrics
from service.settings import Settings
from service.state import ModelHolder


def get_settings_dep(request: Request) -> Settings:
    return request.app.state.settings


def get_metrics(request: Request) -> ServiceMetrics:
    return request.app.state.metrics


def get_holder(request: Request) -> ModelHolder:
    return request.app.state.models


def get_scorer(request: Request) -> Scorer:
    scorer = request.app.state.models.refresh()
    if scorer is None:
        detail = request.app.state.models.error or "no model loaded"
        raise HTTPException(status_code=503, detail=f"model not ready: {detail}")
    return scorer


def _token_ok(request: Request, tokens: list[str]) -> bool:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        return False
    return any(secrets.compare_digest(token.encode(), t.encode()) for t in tokens)


def require_scoring_access(request: Request) -> None:
    settings: Settings = request.app.state.settings
    if settings.scoring_open:
        return
    if not _token_ok(request, settings.api_tokens + settings.admin_tokens):
        raise HTTPException(status_code=401, detail="a valid bearer token is required",
                            headers={"WWW-Authenticate": "Bearer"})


def require_admin(request: Request) -> None:
    settings: Settings = request.app.state.settings
    if not request.headers.get("authorization"):
        raise HTTPException(status_code=401, detail="admin bearer token required",
                            headers={"WWW-Authenticate": "Bearer"})
    if not settings.admin_tokens or not _token_ok(request, settings.admin_tokens):
        raise HTTPException(status_code=403, detail="token not accepted for admin routes")


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
ScorerDep = Annotated[Scorer, Depends(get_scorer)]
MetricsDep = Annotated[ServiceMetrics, Depends(get_metrics)]
HolderDep = Annotated[ModelHolder, Depends(get_holder)]
