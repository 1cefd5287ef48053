"""Batch files over HTTP: ``POST /v1/batch/file`` (owned by the [batch] work)."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from service.deps import require_scoring_access

router = APIRouter(prefix="/v1", tags=["batch"], dependencies=[Depends(require_scoring_access)])
