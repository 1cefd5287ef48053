"""Admin and label routes: ``POST /v1/labels``, ``POST /v1/admin/retrain``, promotion ([retrain] work)."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(prefix="/v1", tags=["admin"])
